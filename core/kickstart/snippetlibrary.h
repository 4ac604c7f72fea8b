// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace Crashcart::Kickstart {

// The %pre/%post fragments templates pull in with `{{> name }}`: the ones shipped in the
// program (:/snippets/NAME.ks, from resources/snippets) and, overriding them by name, the
// NAME.ks files of a workspace's snippets/ folder.
class SnippetLibrary
{
public:
    struct Snippet
    {
        QString name;
        QString path;        // a resource path (":/...") or a file in the workspace
        bool builtIn = true;
        QString summary;     // the first comment line, without "# "
    };

    // |userFolder| may be empty or missing.
    explicit SnippetLibrary(const QString &userFolder = QString());

    QList<Snippet> snippets() const { return m_snippets.values(); }
    std::optional<QByteArray> text(const QString &name) const;

    static QString builtInFolder() { return QStringLiteral(":/snippets"); }

private:
    void scan(const QString &folder, bool builtIn);
    QMap<QString, Snippet> m_snippets;
};

} // namespace Crashcart::Kickstart
