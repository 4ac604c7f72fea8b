// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

namespace Crashcart::App {

// Colours a kickstart (or a Crashcart kickstart template) line by line. The kickstart part
// mirrors the installer's reading: the first word is the command, --words are options,
// the rest values; %sections and %end; %packages entries. %pre/%post/%onerror bodies are
// coloured as shell, or as Python when the header's --interpreter names python.
//
// It works one block at a time with the section kind carried in the block state, so a
// keystroke rehighlights one line (plus the following ones only when a header changes
// what they are). It does not use the core parser: that one reads whole files.
class KickstartHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KickstartHighlighter)

public:
    enum class Kind {
        Command,
        Option,
        Value,
        Comment,
        SectionHeader,
        PackageEntry,
        Directive,      // %include, %ksappend
        ScriptKeyword,  // shell or Python keywords
        ScriptString,
        ScriptVariable, // $x, ${x}, $(...)
        ScriptComment,
        TemplateTag,    // {{ ... }}
        Count
    };
    // What a block is, kept as its state (the low byte; bit 8 marks an open shell string).
    enum class Region { TopLevel = 0, Shell = 1, Python = 2, Packages = 3, OtherBody = 4 };

    explicit KickstartHighlighter(QTextDocument *document);

    QTextCharFormat format(Kind kind) const { return m_formats[size_t(kind)]; }
    static Region region(int blockState);

protected:
    void highlightBlock(const QString &text) override;

private:
    void setKind(int start, int length, Kind kind) { setFormat(start, length, m_formats[size_t(kind)]); }
    int highlightHeader(const QString &text);
    void highlightWords(const QString &text, bool firstIsCommand);
    void highlightPackages(const QString &text);
    bool highlightShell(const QString &text, bool inString);
    void highlightPython(const QString &text);
    void highlightTemplateTags(const QString &text);

    std::array<QTextCharFormat, size_t(Kind::Count)> m_formats;
};

} // namespace Crashcart::App
