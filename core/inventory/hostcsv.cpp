// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostcsv.h"

#include "csvreader.h"
#include "hostrepository.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

namespace Crashcart::Inventory::HostCsv {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Inventory::HostCsv)
};

bool decodeUtf8(const QByteArray &bytes, QString *out)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    *out = decoder(bytes);
    return !decoder.hasError();
}

QString knownColumns()
{
    QStringList names;
    for (int i = 0; i < HostFieldCount; ++i)
        names.append(fieldName(HostField(i)));
    return names.join(QStringLiteral(", "));
}

// The record back as text, for showing beside the reason (invalid UTF-8 shows as U+FFFD).
QString rowText(const CsvRecord &r, char delimiter)
{
    QByteArray joined;
    for (qsizetype i = 0; i < r.fields.size() && joined.size() <= 200; ++i) {
        if (i > 0)
            joined += delimiter;
        joined += r.fields[i];
    }
    QString text = QString::fromUtf8(joined.left(200)).simplified();
    return joined.size() > 200 ? text + QStringLiteral("…") : text;
}

QString lineRange(const CsvRecord &r)
{
    return r.lastLine > r.line ? QStringLiteral("%1-%2").arg(r.line).arg(r.lastLine) : QString::number(r.line);
}

// |size| when known, else -1 (a pipe that went on past the limit).
Error tooLarge(qint64 size, qint64 limit)
{
    const auto mib = [](qint64 bytes) { return QString::number(double(bytes) / (1 << 20), 'f', bytes % (1 << 20) ? 1 : 0); };
    if (size < 0) {
        return makeError("csv.toolarge", Tr::tr("The input goes on past %1 MiB; a host list is at most that large "
                                                "(split it into several files)").arg(mib(limit)));
    }
    return makeError("csv.toolarge", Tr::tr("The file is %1 MiB; a host list is at most %2 MiB "
                                            "(split it into several files)").arg(mib(size), mib(limit)));
}

} // namespace

Result<ImportPlan> plan(QIODevice &input, const HostKeys &existing, const Options &options)
{
    ImportPlan plan;
    if (!input.isSequential() && input.size() > options.maxBytes)
        return tooLarge(input.size(), options.maxBytes);
    CsvReader reader(&input);
    reader.setMaxBytes(options.maxBytes);
    plan.delimiter = reader.detectDelimiter();

    CsvRecord header;
    const bool gotHeader = reader.next(&header);
    if (reader.tooLarge())
        return tooLarge(-1, options.maxBytes);
    if (!gotHeader) {
        if (reader.readError())
            return makeError("csv.read", Tr::tr("The file cannot be read: %1").arg(input.errorString()));
        return makeError("csv.empty", Tr::tr("The file is empty: the first row must name the columns, e.g. mac,hostname,ip"));
    }
    if (!header.error.isEmpty())
        return makeError("csv.header", Tr::tr("Line %1: the header row is malformed: %2").arg(header.line).arg(header.error));
    for (const QByteArray &raw : std::as_const(header.fields)) {
        QString name;
        HostField field;
        if (!decodeUtf8(raw, &name) || !fieldFromName(name, &field)) {
            return makeError("csv.column", Tr::tr("Line %1: unknown column '%2' (known columns: %3)")
                                               .arg(header.line).arg(QString::fromUtf8(raw).left(40), knownColumns()));
        }
        if (plan.columns.contains(field))
            return makeError("csv.column", Tr::tr("Line %1: the column '%2' appears twice").arg(header.line).arg(fieldName(field)));
        plan.columns.append(field);
    }
    if (!plan.columns.contains(HostField::Mac))
        return makeError("csv.column", Tr::tr("Line %1: there is no 'mac' column; it is the one column every file needs").arg(header.line));

    HostKeys seen = existing;
    // Which line of this file claimed each key first, to name it in the message.
    QHash<MacAddress, qint64> lineOf;
    CsvRecord record;
    int sinceProgress = 0;
    while (reader.next(&record)) {
        if (plan.rows.size() + plan.problems.size() == options.maxRows) {
            return makeError("csv.toolarge", Tr::tr("Line %1: the file has more than %2 rows; a host list is at most "
                                                    "that long (split it into several files)")
                                                 .arg(record.line).arg(options.maxRows));
        }
        if (++sinceProgress == 1000) {
            sinceProgress = 0;
            if (options.progress && !options.progress(reader.bytesConsumed()))
                return makeError("import.cancelled", Tr::tr("The import was cancelled; nothing was imported"));
        }
        if (!record.error.isEmpty()) {
            plan.problems.append({ record.line, record.error, rowText(record, plan.delimiter) });
            continue;
        }
        if (record.fields.size() != plan.columns.size()) {
            QString why = Tr::tr("%1 fields where the header has %2").arg(record.fields.size()).arg(plan.columns.size());
            if (record.lastLine > record.line)
                why += Tr::tr(" (the row runs over lines %1: is a quote left open?)").arg(lineRange(record));
            plan.problems.append({ record.line, why, rowText(record, plan.delimiter) });
            continue;
        }
        Host host;
        QString problem;
        for (int i = 0; i < plan.columns.size() && problem.isEmpty(); ++i) {
            QString text;
            if (!decodeUtf8(record.fields[i], &text)) {
                problem = Tr::tr("the %1 column is not valid UTF-8 (save the file as UTF-8)").arg(fieldName(plan.columns[i]));
                break;
            }
            if (auto r = host.setField(plan.columns[i], text); !r)
                problem = r.error().message;
        }
        if (host.profile.isEmpty())
            host.profile = options.defaultProfile;
        if (problem.isEmpty()) {
            if (auto conflict = seen.conflict(host)) {
                problem = conflict->message;
                // Say where in this file the other host came from, when it did.
                MacAddress other = host.mac;
                if (!seen.labels.contains(host.mac))
                    other = seen.hostnames.value(host.hostname, seen.ips.value(host.ip));
                if (lineOf.contains(other))
                    problem += Tr::tr(" (line %1 of this file)").arg(lineOf.value(other));
            }
        }
        if (!problem.isEmpty()) {
            plan.problems.append({ record.line, problem, rowText(record, plan.delimiter) });
            continue;
        }
        seen.insert(host);
        lineOf.insert(host.mac, record.line);
        plan.rows.append({ record.line, host });
    }
    if (reader.readError())
        return makeError("csv.read", Tr::tr("The file cannot be read: %1").arg(input.errorString()));
    if (reader.tooLarge())
        return tooLarge(-1, options.maxBytes);
    return plan;
}

QByteArray quoteField(const QString &value, char delimiter)
{
    QByteArray bytes = value.toUtf8();
    const bool needsQuotes = bytes.contains(delimiter) || bytes.contains('"') || bytes.contains('\n')
        || bytes.contains('\r') || (!bytes.isEmpty() && (bytes.front() == ' ' || bytes.back() == ' '));
    if (!needsQuotes)
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

Result<void> write(QIODevice &output, const QList<Host> &hosts)
{
    QByteArray line;
    for (int i = 0; i < HostFieldCount; ++i) {
        if (i)
            line.append(',');
        line.append(fieldName(HostField(i)).toLatin1());
    }
    line.append('\n');
    for (const Host &h : hosts) {
        for (int i = 0; i < HostFieldCount; ++i) {
            if (i)
                line.append(',');
            line.append(quoteField(h.field(HostField(i))));
        }
        line.append('\n');
        if (line.size() > 64 * 1024) {
            if (output.write(line) != line.size())
                return makeError("csv.write", Tr::tr("Writing the CSV failed: %1").arg(output.errorString()));
            line.clear();
        }
    }
    if (output.write(line) != line.size())
        return makeError("csv.write", Tr::tr("Writing the CSV failed: %1").arg(output.errorString()));
    return {};
}

} // namespace Crashcart::Inventory::HostCsv
