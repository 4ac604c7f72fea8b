// SPDX-License-Identifier: GPL-3.0-or-later
#include "servedroot.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <sys/stat.h>
#include <unistd.h>

namespace Crashcart::Netboot {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Netboot::ServedRoot)
};

constexpr qsizetype kMaxName = 1024;

} // namespace

ServedRoot::ServedRoot(const QString &root)
{
    const QFileInfo info(root);
    if (info.isDir()) {
        m_root = info.canonicalFilePath();
        m_rootName = QFile::encodeName(m_root);
    }
}

Result<QStringList> ServedRoot::cleanName(QByteArrayView name)
{
    if (name.isEmpty() || name.size() > kMaxName)
        return makeError("path.invalid", Tr::tr("The requested name is empty or too long"));
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder(name);
    if (decoder.hasError())
        return makeError("path.invalid", Tr::tr("The requested name is not valid UTF-8"));
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c == u'\x7f')
            return makeError("path.invalid", Tr::tr("The requested name contains a control character"));
        if (c == u'\\')
            return makeError("path.traversal", Tr::tr("The requested name contains a backslash"));
    }
    QStringList parts;
    for (const QString &part : text.split(u'/', Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String(".."))
            return makeError("path.traversal", Tr::tr("The requested name climbs out with '..'"));
        parts.append(part);
    }
    if (parts.isEmpty())
        return makeError("path.notfile", Tr::tr("The requested name is the root folder"));
    return parts;
}

Result<QString> ServedRoot::resolve(QByteArrayView name) const
{
    const auto refuse = [&](const char *code, const QString &why) {
        return makeError(code, why);
    };
    if (!isValid())
        return refuse("path.notfound", Tr::tr("No folder is being served"));
    auto clean = cleanName(name);
    if (!clean)
        return clean.error();
    const QStringList &parts = *clean;

    // Walked with lstat() first: where neither the root nor a component is a symlink, the
    // joined name is already the canonical one (the root's path was made canonical when it was
    // opened), and realpath()'s readlink() on every component of the root's own path is saved.
    // A symlink on the way takes the general road below.
    QByteArray walked = m_rootName;
    struct stat st {};
    bool plain = ::lstat(walked.constData(), &st) == 0 && S_ISDIR(st.st_mode);
    for (qsizetype i = 0; plain && i < parts.size(); ++i) {
        walked += '/' + QFile::encodeName(parts.at(i));
        if (::lstat(walked.constData(), &st) != 0)
            return refuse("path.notfound", Tr::tr("No such file: %1").arg(parts.join(u'/')));
        plain = !S_ISLNK(st.st_mode);
    }
    if (plain) {
        if (!S_ISREG(st.st_mode))
            return refuse("path.notfile", Tr::tr("%1 is not a regular file").arg(parts.join(u'/')));
        if (::access(walked.constData(), R_OK) != 0)
            return refuse("path.notfound", Tr::tr("%1 cannot be read").arg(parts.join(u'/')));
        return QString(m_root + u'/' + parts.join(u'/'));
    }

    const QFileInfo info(m_root + u'/' + parts.join(u'/'));
    if (!info.exists())
        return refuse("path.notfound", Tr::tr("No such file: %1").arg(parts.join(u'/')));
    const QString canonical = info.canonicalFilePath();
    if (!canonical.startsWith(m_root + u'/'))
        return refuse("path.outside", Tr::tr("%1 leads outside the served folder").arg(parts.join(u'/')));
    const QFileInfo target(canonical);
    if (!target.isFile())
        return refuse("path.notfile", Tr::tr("%1 is not a regular file").arg(parts.join(u'/')));
    if (!target.isReadable())
        return refuse("path.notfound", Tr::tr("%1 cannot be read").arg(parts.join(u'/')));
    return canonical;
}

} // namespace Crashcart::Netboot
