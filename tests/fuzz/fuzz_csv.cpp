// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: a hosts CSV file as someone might hand it over: read record by record (CsvReader),
// then planned as an import (HostCsv::plan) next to an inventory that already holds one host.
// Checked: the reader consumes every byte, its records follow each other line by line within
// the file and stay within the field limits; an import either fails as a whole with a message
// or accounts for every data record once, as a host or as a problem with a line and a reason;
// an accepted host has a valid MAC and collides with nothing; and the accepted hosts, exported
// and planned again, come back the same.
#include "inventory/csvreader.h"
#include "inventory/hostcsv.h"
#include "inventory/hostrepository.h"

#include <QBuffer>
#include <QSet>

using namespace Crashcart;
using namespace Crashcart::Inventory;

namespace {

#define CHECK(condition)                                                                                               \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            __builtin_trap();                                                                                          \
    } while (false)

// Physical lines as the reader counts them: LF, CR LF and a lone CR each end one.
qint64 lineCount(const QByteArray &bytes)
{
    qint64 lines = 1;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n')))
            ++lines;
    }
    return lines;
}

Host existingHost()
{
    Host h;
    (void)h.setField(HostField::Mac, QStringLiteral("52:54:00:00:00:01"));
    (void)h.setField(HostField::Hostname, QStringLiteral("taken"));
    (void)h.setField(HostField::Ip, QStringLiteral("10.0.0.1"));
    return h;
}

// Returns how many records the reader found.
qint64 checkReader(const QByteArray &bytes, qint64 lines)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    const char delimiter = reader.detectDelimiter();
    CHECK(delimiter == ',' || delimiter == ';');
    CsvRecord record;
    qint64 records = 0;
    qint64 previousEnd = 0;
    while (reader.next(&record)) {
        ++records;
        CHECK(record.line > previousEnd);
        CHECK(record.lastLine >= record.line && record.lastLine <= lines);
        previousEnd = record.lastLine;
        CHECK(record.fields.size() <= CsvReader::MaxFields);
        for (const QByteArray &field : std::as_const(record.fields))
            CHECK(field.size() <= CsvReader::MaxFieldBytes);
        if (record.error.isEmpty())
            CHECK(!record.fields.isEmpty()); // blank lines are skipped, never a record
        CHECK(records <= lines);
    }
    CHECK(!reader.readError() && !reader.tooLarge());
    CHECK(reader.bytesConsumed() == bytes.size());
    CHECK(!reader.next(&record)); // the end stays the end
    return records;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qint64 lines = lineCount(bytes);
    const qint64 records = checkReader(bytes, lines);

    const Host existing = existingHost();
    HostKeys keys;
    keys.insert(existing);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto plan = HostCsv::plan(buffer, keys);
    if (!plan) {
        CHECK(!plan.error().code.isEmpty() && !plan.error().message.isEmpty());
        return 0;
    }
    // The header is one record; every other one is a host or a problem, never both.
    CHECK(plan->rows.size() + plan->problems.size() == records - 1);
    CHECK(!plan->columns.isEmpty() && plan->columns.contains(HostField::Mac));
    QSet<qint64> seenLines;
    qint64 previous = 0;
    for (const CsvProblem &p : plan->problems) {
        CHECK(p.line >= 2 && p.line <= lines && p.line > previous);
        CHECK(!p.reason.isEmpty());
        CHECK(p.row.size() <= 201);
        previous = p.line;
        seenLines.insert(p.line);
    }
    QSet<MacAddress> macs { existing.mac };
    QSet<QString> hostnames { existing.hostname };
    QSet<QString> ips { existing.ip };
    QList<Host> hosts;
    previous = 0;
    for (const ImportRow &r : plan->rows) {
        CHECK(r.line >= 2 && r.line <= lines && r.line > previous);
        CHECK(!seenLines.contains(r.line));
        previous = r.line;
        const Host &h = r.host;
        CHECK(!h.mac.isNull());
        const auto again = MacAddress::parse(h.mac.toString());
        CHECK(again && *again == h.mac);
        CHECK(!macs.contains(h.mac));
        macs.insert(h.mac);
        if (!h.hostname.isEmpty()) {
            CHECK(!hostnames.contains(h.hostname));
            hostnames.insert(h.hostname);
        }
        if (!h.ip.isEmpty()) {
            CHECK(!ips.contains(h.ip));
            ips.insert(h.ip);
        }
        hosts.append(h);
    }

    // Exported and read back: the same hosts, in the same order, nothing rejected.
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    CHECK(HostCsv::write(out, hosts));
    out.close();
    out.open(QIODevice::ReadOnly);
    const auto back = HostCsv::plan(out, HostKeys());
    CHECK(back && back->problems.isEmpty() && back->rows.size() == hosts.size());
    for (qsizetype i = 0; i < hosts.size(); ++i)
        CHECK(back->rows[i].host == hosts[i]);
    return 0;
}
