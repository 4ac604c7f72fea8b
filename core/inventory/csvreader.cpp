// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>

namespace Crashcart::Inventory {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Inventory::CsvReader)
};

constexpr qint64 kChunk = 256 * 1024;

} // namespace

CsvReader::CsvReader(QIODevice *device) : m_device(device) { }

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + kChunk);
    // One byte past the limit tells a file of exactly that size from a larger one.
    const qint64 want = m_maxBytes < 0 ? kChunk : std::min<qint64>(kChunk, m_maxBytes + 1 - m_read);
    qint64 n = m_device->read(m_buffer.data() + old, want);
    if (n > 0 && m_maxBytes >= 0 && m_read + n > m_maxBytes) {
        m_tooLarge = true;
        m_eof = true; // what came within the limit is still read
        n = m_maxBytes - m_read;
    }
    if (n <= 0) {
        m_buffer.resize(old);
        m_eof = true;
        m_readError = n < 0;
        return false;
    }
    m_read += n;
    m_buffer.resize(old + n);
    if (!m_started) {
        m_started = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
            m_consumed = 3;
        }
    }
    return true;
}

int CsvReader::peekByte()
{
    if (m_pos >= m_buffer.size() && !fill())
        return -1;
    return static_cast<unsigned char>(m_buffer[m_pos]);
}

int CsvReader::getByte()
{
    const int c = peekByte();
    if (c >= 0) {
        ++m_pos;
        ++m_consumed;
    }
    return c;
}

char CsvReader::detectDelimiter()
{
    // Make sure the first line is buffered (bounded: a header is never this long).
    while (!m_eof && m_buffer.indexOf('\n', m_pos) < 0 && m_buffer.size() - m_pos < MaxFieldBytes)
        fill();
    if (!m_started)
        fill();
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const char c = m_buffer[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    m_delimiter = semicolons > commas ? ';' : ',';
    return m_delimiter;
}

void CsvReader::skipRestOfLine()
{
    for (int c = peekByte(); c >= 0 && c != '\n' && c != '\r'; c = peekByte())
        getByte();
}

bool CsvReader::next(CsvRecord *record)
{
    *record = CsvRecord();
    // Skip blank lines.
    for (;;) {
        const int c = peekByte();
        if (c < 0)
            return false;
        if (c == '\r' || c == '\n') {
            getByte();
            if (c == '\r' && peekByte() == '\n')
                getByte();
            ++m_line;
            continue;
        }
        break;
    }

    record->line = m_line;
    QByteArray field;
    const auto fail = [&](const QString &why) {
        record->error = why;
        skipRestOfLine();
        const int c = getByte();
        if (c == '\r' && peekByte() == '\n')
            getByte();
        record->lastLine = m_line;
        if (c >= 0)
            ++m_line;
        return true;
    };

    for (;;) {
        int c = getByte();
        if (c == '"') {
            // Quoted field: runs to the next lone quote.
            const int openedOn = m_line;
            for (;;) {
                c = getByte();
                if (c < 0) {
                    record->lastLine = m_line;
                    record->error = Tr::tr("a quoted field opened on line %1 is never closed").arg(openedOn);
                    return true;
                }
                if (c == '"') {
                    if (peekByte() == '"') {
                        getByte();
                        field.append('"');
                        continue;
                    }
                    break;
                }
                if (c == '\n' || (c == '\r' && peekByte() != '\n'))
                    ++m_line;
                field.append(char(c));
                if (field.size() > MaxFieldBytes) {
                    return fail(Tr::tr("a quoted field opened on line %1 is longer than %2 bytes "
                                       "(is a quote left open?)").arg(openedOn).arg(MaxFieldBytes));
                }
            }
            c = getByte();
            if (c >= 0 && c != m_delimiter && c != '\n' && c != '\r')
                return fail(Tr::tr("unexpected text after a closing quote"));
        } else {
            while (c >= 0 && c != m_delimiter && c != '\n' && c != '\r') {
                if (c == '"')
                    return fail(Tr::tr("a quote inside an unquoted field (quote the whole field and double the quote)"));
                field.append(char(c));
                if (field.size() > MaxFieldBytes)
                    return fail(Tr::tr("a field is longer than %1 bytes").arg(MaxFieldBytes));
                c = getByte();
            }
        }
        record->fields.append(field);
        field.clear();
        if (c == m_delimiter) {
            if (record->fields.size() == MaxFields)
                return fail(Tr::tr("a row has more than %1 fields").arg(MaxFields));
            continue;
        }
        // End of record.
        record->lastLine = m_line;
        if (c == '\r' && peekByte() == '\n')
            getByte();
        if (c >= 0)
            ++m_line;
        return true;
    }
}

} // namespace Crashcart::Inventory
