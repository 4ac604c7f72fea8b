// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippetlibrary.h"

#include <QDir>
#include <QFile>

namespace Crashcart::Kickstart {

SnippetLibrary::SnippetLibrary(const QString &userFolder, Format format) : m_format(format)
{
    scan(builtInFolder(), true);
    if (!userFolder.isEmpty())
        scan(userFolder, false);
}

void SnippetLibrary::scan(const QString &folder, bool builtIn)
{
    const QDir dir(folder);
    const QString ext = u'.' + suffix(m_format);
    const QStringList files = dir.entryList({ u'*' + ext }, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &file : files) {
        Snippet s { file.chopped(ext.size()), dir.filePath(file), builtIn, {} };
        QFile f(s.path);
        if (f.open(QIODevice::ReadOnly)) {
            // The summary is the first "# " line (after a possible SPDX line).
            while (!f.atEnd()) {
                const QByteArray line = f.readLine().trimmed();
                if (line.startsWith("# ") && !line.contains("SPDX-License-Identifier")) {
                    s.summary = QString::fromUtf8(line.mid(2));
                    break;
                }
            }
        }
        m_snippets.insert(s.name, s);
    }
}

QString SnippetLibrary::suffix(Format format)
{
    return format == Format::Preseed ? QStringLiteral("preseed") : QStringLiteral("ks");
}

std::optional<QByteArray> SnippetLibrary::text(const QString &name) const
{
    const auto it = m_snippets.constFind(name);
    if (it == m_snippets.constEnd())
        return std::nullopt;
    QFile f(it->path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return f.readAll();
}

} // namespace Crashcart::Kickstart
