// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wordsplitter.h"

#include <QByteArray>
#include <QList>

namespace Crashcart::Kickstart {

enum class TokenKind {
    Whitespace,
    Newline,
    Comment,
    Command,        // the first word of a command line
    Option,         // --name (also in section headers and %packages entries)
    Equals,         // the `=` of --name=value
    Value,          // an option's value or a positional argument
    SectionHeader,  // %pre, %post, %packages, ... (also an unknown %word opening a section)
    SectionEnd,     // %end
    ScriptLine,     // one line of a script or ignored section body, verbatim
    PackageEntry,   // a %packages line's package, @group, @^environment or -exclude
    Directive,      // %include, %ksappend
};

// Exact position of a run of bytes: offsets in bytes, line and column 1-based, the column in
// characters (UTF-8 code points). Concatenating every token's bytes gives the file back.
struct Token
{
    TokenKind kind = TokenKind::Whitespace;
    qsizetype offset = 0;
    qsizetype length = 0;
    int line = 0;
    int column = 0;
};

// A command line or a section header, split into words.
struct Statement
{
    int line = 0;
    qsizetype lineBegin = 0;  // byte offset of the line, for columns
    SplitLine split;
};

struct BodyLine
{
    int line = 0;
    qsizetype begin = 0;
    qsizetype end = 0;  // without the newline
};

struct Section
{
    QByteArray name;           // "%post", or the unknown word as written
    bool known = false;
    Statement header;
    QList<BodyLine> body;
    int endLine = 0;           // the %end line, 0 when missing
    int interruptedAt = 0;     // when missing: where the next section starts, or the last line
    bool interruptedByEof = false;
};

struct Include
{
    Statement statement;
    int sectionIndex = -1;     // inside this section (index into sections), -1 at top level
};

struct Document
{
    QByteArray source;
    QList<Token> tokens;
    QList<Statement> commands;
    QList<Section> sections;
    QList<Include> includes;
    QList<Statement> strayEnds;  // %end outside any section
    QList<qsizetype> lineStarts; // byte offset of each line (index 0 is line 1)

    QByteArray text(const Token &t) const { return source.mid(t.offset, t.length); }
    int column(qsizetype offset) const;
    int lineOf(qsizetype offset) const;
};

} // namespace Crashcart::Kickstart
