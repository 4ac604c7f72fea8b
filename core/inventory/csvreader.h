// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

namespace Crashcart::Inventory {

struct CsvRecord
{
    qint64 line = 0;     // physical line where the record starts, 1-based
    qint64 lastLine = 0; // where it ends (a quoted field may span lines)
    QList<QByteArray> fields;
    QString error;     // set when the record is malformed; fields are then incomplete
};

// Streams RFC 4180 records from a device: quoted fields with "" escapes and line breaks,
// LF, CRLF or CR line ends, a UTF-8 BOM skipped. Works on bytes, so any encoding whose
// delimiters are ASCII passes through; decoding is the caller's. Memory stays bounded: a
// field longer than MaxFieldBytes or a record of more than MaxFields fields is an error, and
// reading resumes on the next line; with setMaxBytes() the reader stops at that much input.
class CsvReader
{
public:
    static constexpr int MaxFieldBytes = 64 * 1024;
    static constexpr int MaxFields = 1024;

    explicit CsvReader(QIODevice *device);

    // ',' or ';', whichever the first line uses more of outside quotes (',' by default).
    // Must be called before the first next(); peeks without consuming.
    char detectDelimiter();
    void setDelimiter(char delimiter) { m_delimiter = delimiter; }
    char delimiter() const { return m_delimiter; }

    // The next non-blank record; false at the end of the input.
    bool next(CsvRecord *record);

    // Reads no more than |bytes| of the device: what lies beyond is treated as missing and
    // tooLarge() says so. Negative (the default): no limit.
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    bool tooLarge() const { return m_tooLarge; }

    qint64 bytesConsumed() const { return m_consumed; }
    bool readError() const { return m_readError; }

private:
    int peekByte();
    int getByte();
    bool fill();
    void skipRestOfLine();

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_read = 0;
    qint64 m_maxBytes = -1;
    qint64 m_line = 1;
    char m_delimiter = ',';
    bool m_started = false;
    bool m_eof = false;
    bool m_readError = false;
    bool m_tooLarge = false;
};

} // namespace Crashcart::Inventory
