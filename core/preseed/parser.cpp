// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser.h"

#include <QLoggingCategory>

namespace Crashcart::Preseed {

Q_LOGGING_CATEGORY(lcParser, "crashcart.preseed.parser", QtWarningMsg)

namespace {

bool isBlank(char c) { return c == ' ' || c == '\t'; }

// A physical line: [begin, end) in the source, without the newline and a CR before it.
struct Physical
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

qsizetype skipBlanks(const QByteArray &s, qsizetype i, qsizetype end)
{
    while (i < end && isBlank(s[i]))
        ++i;
    return i;
}

qsizetype trimEnd(const QByteArray &s, qsizetype begin, qsizetype end)
{
    while (end > begin && isBlank(s[end - 1]))
        --end;
    return end;
}

// The next word of |text| from |at|: its offset and end, or offset -1.
Field word(const QByteArray &text, qsizetype &at)
{
    at = skipBlanks(text, at, text.size());
    if (at >= text.size())
        return {};
    const qsizetype begin = at;
    while (at < text.size() && !isBlank(text[at]))
        ++at;
    return Field { text.mid(begin, at - begin), begin };
}

void splitFields(Entry &e)
{
    qsizetype at = 0;
    Field *fields[] = { &e.owner, &e.question, &e.type };
    for (Field *f : fields) {
        *f = word(e.text, at);
        if (!f->present())
            return;
        ++e.fieldCount;
    }
    // One blank or tab after the type; anything further belongs to the value.
    const qsizetype begin = std::min(at + 1, e.text.size());
    e.value = Field { e.text.mid(begin), begin };
    if (!e.value.text.isEmpty())
        ++e.fieldCount;
}

// Appends [from, to) of the source to the entry's joined text.
void append(Entry &e, const QByteArray &source, qsizetype from, qsizetype to, int line)
{
    if (to <= from)
        return;
    e.segments.append(Segment { e.text.size(), from, line });
    e.text.append(source.constData() + from, to - from);
}

} // namespace

Document Parser::parse(const QByteArray &source)
{
    Document doc;
    doc.source = source;
    Entry current;
    bool open = false;  // a continuation is pending
    qsizetype pos = 0;
    int lineNo = 0;
    while (pos < source.size()) {
        ++lineNo;
        qsizetype eol = source.indexOf('\n', pos);
        const qsizetype next = eol < 0 ? source.size() : eol + 1;
        if (eol < 0)
            eol = source.size();
        Physical p { pos, eol };
        pos = next;
        if (p.end > p.begin && source[p.end - 1] == '\r')
            --p.end;
        const bool continues = p.end > p.begin && source[p.end - 1] == '\\';
        if (!open) {
            current = Entry {};
            current.line = lineNo;
        } else {
            p.begin = skipBlanks(source, p.begin, p.end);  // condensed with the join
        }
        current.lastLine = lineNo;
        const qsizetype contentEnd = continues ? trimEnd(source, p.begin, p.end - 1) : p.end;
        if (open && contentEnd > p.begin && !current.text.isEmpty() && !current.text.endsWith(' '))
            current.text.append(' ');
        append(current, source, p.begin, contentEnd, lineNo);
        open = continues;
        if (open)
            continue;
        const qsizetype first = skipBlanks(current.text, 0, current.text.size());
        if (first >= current.text.size())
            continue;
        if (current.text[first] == '#') {
            if (current.lastLine > current.line)
                doc.continuedComments.append(current.line);
            continue;
        }
        current.text.truncate(trimEnd(current.text, 0, current.text.size()));
        splitFields(current);
        doc.entries.append(std::move(current));
    }
    if (open && !current.text.trimmed().isEmpty() && !current.text.trimmed().startsWith('#')) {
        // A backslash on the last line: the entry ends with the file.
        current.text.truncate(trimEnd(current.text, 0, current.text.size()));
        splitFields(current);
        doc.entries.append(std::move(current));
    }
    doc.lineCount = lineNo;
    qCDebug(lcParser) << doc.entries.size() << "entries in" << lineNo << "lines";
    return doc;
}

Position Document::position(const Entry &entry, qsizetype offset) const
{
    if (entry.segments.isEmpty())
        return { entry.line, 1 };
    // The last segment starting at or before |offset| (a join's blank maps to its end).
    qsizetype i = entry.segments.size() - 1;
    while (i > 0 && entry.segments[i].joined > offset)
        --i;
    const Segment &s = entry.segments[i];
    qsizetype at = s.source + std::max<qsizetype>(0, offset - s.joined);
    at = std::min(at, source.size());
    qsizetype lineBegin = s.source;
    while (lineBegin > 0 && source[lineBegin - 1] != '\n')
        --lineBegin;
    int column = 1;
    for (qsizetype k = lineBegin; k < at; ++k)
        column += (uchar(source[k]) & 0xC0) != 0x80;
    return { s.line, column };
}

bool Parser::looksLikePreseed(const QByteArray &source)
{
    if (source.startsWith("#_preseed_V1"))
        return true;
    static const QByteArrayList types = { "string", "boolean", "select", "multiselect", "note", "text",
                                          "password", "title", "error", "seen" };
    // The first 200 entries are enough to decide, and keep a large file cheap.
    const Document doc = parse(source.left(64 * 1024));
    int shaped = 0;
    int total = 0;
    for (const Entry &e : doc.entries) {
        if (++total > 200)
            break;
        shaped += e.fieldCount >= 3 && (e.owner.text == "d-i" || types.contains(e.type.text));
    }
    return total > 0 && shaped * 2 > std::min(total, 200);
}

} // namespace Crashcart::Preseed
