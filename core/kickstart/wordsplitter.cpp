// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordsplitter.h"

namespace Crashcart::Kickstart::WordSplitter {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

} // namespace

SplitLine split(const QByteArray &data, qsizetype begin, qsizetype end)
{
    SplitLine out;
    const char *d = data.constData();
    qsizetype i = begin;
    while (i < end) {
        if (isBlank(d[i])) {
            ++i;
            continue;
        }
        if (d[i] == '#') {
            out.commentBegin = i;
            return out;
        }
        Word w;
        w.begin = i;
        bool done = false;
        while (i < end && !done) {
            const char c = d[i];
            if (isBlank(c)) {
                done = true;
            } else if (c == '#') {
                // shlex ends the word at a comment character, even in the middle of one.
                out.midWordComment = i;
                out.commentBegin = i;
                w.end = i;
                out.words.append(w);
                return out;
            } else if (c == '\\') {
                if (i + 1 >= end) {
                    out.continuation = i;
                    ++i;
                } else {
                    w.value += d[i + 1];
                    i += 2;
                }
            } else if (c == '\'' || c == '"') {
                const qsizetype open = i++;
                w.quoted = true;
                bool closed = false;
                while (i < end) {
                    if (d[i] == c) {
                        closed = true;
                        ++i;
                        break;
                    }
                    if (c == '"' && d[i] == '\\' && i + 1 < end && (d[i + 1] == '"' || d[i + 1] == '\\')) {
                        w.value += d[i + 1];
                        i += 2;
                        continue;
                    }
                    w.value += d[i++];
                }
                if (!closed)
                    out.unclosedQuote = open;
            } else {
                w.value += c;
                ++i;
            }
        }
        w.end = i;
        // A lone trailing backslash is no word of its own; the line is reported for it.
        if (!(out.continuation >= 0 && w.end - w.begin == 1))
            out.words.append(w);
    }
    return out;
}

} // namespace Crashcart::Kickstart::WordSplitter
