// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace Crashcart::Preseed {

// One field of an entry: its bytes and where they start in the entry's joined text.
struct Field
{
    QByteArray text;
    qsizetype offset = -1;  // -1: the field is not there

    bool present() const { return offset >= 0; }
};

// Where a run of the joined text was copied from: bytes from |source| on physical line |line|.
struct Segment
{
    qsizetype joined = 0;  // offset in Entry::text
    qsizetype source = 0;  // offset in Document::source
    int line = 0;
};

// One logical line `owner question type value`, as debconf-set-selections reads it: physical
// lines ending in a backslash are joined, the whitespace around the join condensed to one
// blank; the type is followed by one blank or tab, and everything after it is the value
// (further blanks included, trailing blanks not: they are stripped, as debconf does).
struct Entry
{
    int line = 0;      // first physical line, 1-based
    int lastLine = 0;  // last physical line (a continuation makes it larger)
    QByteArray text;   // the joined line, without the CR of a CRLF file
    QList<Segment> segments;
    int fieldCount = 0;  // 0 to 4; 3 means the value is empty
    Field owner;
    Field question;
    Field type;
    Field value;
};

struct Position
{
    int line = 0;
    int column = 1;  // in characters (UTF-8 code points), 1-based
};

struct Document
{
    QByteArray source;
    QList<Entry> entries;
    QList<int> continuedComments;  // first lines of comments ending in a backslash
    int lineCount = 0;

    // Where an offset into |entry|'s joined text was written.
    Position position(const Entry &entry, qsizetype offset) const;
};

class Parser
{
public:
    static Document parse(const QByteArray &source);

    // For choosing an editor mode: most non-comment lines have the `owner question type`
    // shape with a debconf type, or the file opens with the "#_preseed_V1" marker.
    static bool looksLikePreseed(const QByteArray &source);
};

} // namespace Crashcart::Preseed
