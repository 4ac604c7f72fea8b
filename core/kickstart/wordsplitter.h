// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace Crashcart::Kickstart {

// One word of a line as the installer's shlex sees it: `value` has quotes and escapes
// removed; begin/end are byte offsets of the raw text in the whole file.
struct Word
{
    QByteArray value;
    qsizetype begin = 0;
    qsizetype end = 0;
    bool quoted = false;
};

// A line split the way pykickstart splits it (shlex, POSIX rules, `#` comments). The offsets
// of trouble are kept (-1 when absent) so the linter can point at them.
struct SplitLine
{
    QList<Word> words;
    qsizetype commentBegin = -1;     // where a `#` comment starts
    qsizetype midWordComment = -1;   // a `#` that cut a word short (shlex ends the word there)
    qsizetype unclosedQuote = -1;    // the opening quote that never closes
    qsizetype continuation = -1;     // a backslash at the very end of the line
};

namespace WordSplitter {

// Splits data[begin, end) (one line, without its newline).
SplitLine split(const QByteArray &data, qsizetype begin, qsizetype end);

} // namespace WordSplitter

} // namespace Crashcart::Kickstart
