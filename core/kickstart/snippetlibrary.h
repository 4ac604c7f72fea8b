// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace Crashcart::Kickstart {

// The %pre/%post fragments templates pull in with `{{> name }}`: the ones shipped in the
// program (:/snippets/NAME.ks, from resources/snippets) and, overriding them by name, the
// NAME.ks files of a workspace's snippets/ folder. Preseed templates have their own library
// of NAME.preseed files beside them (Format::Preseed): a kickstart fragment means nothing
// in a preseed, so the two never see each other's snippets.
class SnippetLibrary
{
public:
    enum class Format { Kickstart, Preseed };

    struct Snippet
    {
        QString name;
        QString path;        // a resource path (":/...") or a file in the workspace
        bool builtIn = true;
        QString summary;     // the first comment line, without "# "
    };

    // |userFolder| may be empty or missing.
    explicit SnippetLibrary(const QString &userFolder = QString(), Format format = Format::Kickstart);

    QList<Snippet> snippets() const { return m_snippets.values(); }
    std::optional<QByteArray> text(const QString &name) const;

    static QString builtInFolder() { return QStringLiteral(":/snippets"); }
    // "ks" or "preseed", without the dot.
    static QString suffix(Format format);
    Format format() const { return m_format; }

private:
    void scan(const QString &folder, bool builtIn);
    QMap<QString, Snippet> m_snippets;
    Format m_format = Format::Kickstart;
};

} // namespace Crashcart::Kickstart
