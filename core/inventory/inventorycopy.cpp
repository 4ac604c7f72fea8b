// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventorycopy.h"

#include "database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

Q_LOGGING_CATEGORY(lcInventoryCopy, "crashcart.inventory.copy", QtInfoMsg)

namespace Crashcart::Inventory {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Inventory::InventoryCopy)
};

// Rows per INSERT: one round trip for many rows, far under PostgreSQL's 65535 parameters.
constexpr int kBatchRows = 200;

// Table names come from the database's own catalogue; quoting keeps them names.
QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QLatin1String("\"\"")) + u'"';
}

Result<qint64> countRows(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT COUNT(*) FROM " + quoted(table)) || !q.next())
        return makeError("db.query", Tr::tr("Cannot count the rows of %1 in %2: %3").arg(table, db.location(), q.lastError().text()));
    return q.value(0).toLongLong();
}

Result<void> insertBatch(Database &to, const QString &table, const QStringList &columns, const QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return {};
    const QString one = u'(' + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
    QStringList quotedColumns;
    for (const QString &c : columns)
        quotedColumns.append(quoted(c));
    QSqlQuery q(to.connection());
    q.prepare(u"INSERT INTO " + quoted(table) + u" (" + quotedColumns.join(u',') + u") VALUES "
              + QStringList(rows.size(), one).join(u','));
    for (const QVariantList &row : rows) {
        for (const QVariant &v : row)
            q.addBindValue(v);
    }
    if (q.exec())
        return {};
    return makeError("db.copy", Tr::tr("Copying %1 failed, so nothing was copied: %2").arg(table, q.lastError().text()));
}

// Continues an identity column's sequence after the ids copied in explicitly.
Result<void> fixSequences(Database &to, const QString &table, const QStringList &columns)
{
    for (const QString &column : columns) {
        QSqlQuery seq(to.connection());
        seq.prepare(QStringLiteral("SELECT pg_get_serial_sequence(?, ?)"));
        seq.addBindValue(table);
        seq.addBindValue(column);
        if (auto r = Database::exec(seq, table); !r)
            return r;
        if (!seq.next() || seq.value(0).isNull())
            continue;
        QSqlQuery set(to.connection());
        set.prepare(u"SELECT setval(?, COALESCE(MAX(" + quoted(column) + u"), 0) + 1, false) FROM " + quoted(table));
        set.addBindValue(seq.value(0).toString());
        if (auto r = Database::exec(set, table); !r)
            return r;
    }
    return {};
}

} // namespace

Result<QStringList> InventoryCopy::tables(Database &db)
{
    QStringList out;
    if (db.engine() == Database::Engine::Postgres) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                                   " AND table_type = 'BASE TABLE' ORDER BY table_name")))
            return makeError("db.query", Tr::tr("Cannot list the tables of %1: %2").arg(db.location(), q.lastError().text()));
        while (q.next())
            out.append(q.value(0).toString());
    } else {
        out = db.connection().tables(QSql::Tables);
        out.sort();
    }
    out.removeIf([](const QString &t) { return t == QLatin1String("schema_version") || t.startsWith(QLatin1String("sqlite_")); });
    return out;
}

Result<QList<InventoryCopy::TableCount>> InventoryCopy::nonEmptyTables(Database &db, const QStringList &only)
{
    auto names = tables(db);
    if (!names)
        return names.error();
    QList<TableCount> out;
    for (const QString &t : std::as_const(*names)) {
        if (!only.isEmpty() && !only.contains(t))
            continue;
        auto n = countRows(db, t);
        if (!n)
            return n.error();
        if (*n > 0)
            out.append({ t, *n });
    }
    return out;
}

Result<QList<InventoryCopy::TableCount>> InventoryCopy::copy(Database &from, Database &to)
{
    if (from.schemaVersion() != to.schemaVersion()) {
        return makeError("db.copy.version", Tr::tr("%1 has schema %2 and %3 schema %4: open both with this Crashcart first")
                                                .arg(from.location()).arg(from.schemaVersion()).arg(to.location()).arg(to.schemaVersion()));
    }
    auto names = tables(from);
    if (!names)
        return names.error();
    auto targetNames = tables(to);
    if (!targetNames)
        return targetNames.error();
    for (const QString &t : std::as_const(*names)) {
        if (!targetNames->contains(t))
            return makeError("db.copy.schema", Tr::tr("%1 has no table %2").arg(to.location(), t));
    }

    // One snapshot of the source (SQLite's WAL keeps it while others write), one transaction
    // on the target.
    Transaction read(from);
    if (auto r = read.begin(); !r)
        return r.error();
    Transaction write(to);
    if (auto r = write.begin(); !r)
        return r.error();
    // The inventory's own tables: the pools db init's grants wrote stay.
    if (auto busy = nonEmptyTables(to, *names); !busy)
        return busy.error();
    else if (!busy->isEmpty())
        return makeError("db.copy.notempty", Tr::tr("%1 already holds an inventory (%2 has %n row(s)): copy only into an "
                                                    "empty database", nullptr, int(busy->first().rows))
                                                 .arg(to.location(), busy->first().table));
    // Copied rows are history, not new actions: the audit triggers stay out of it (only
    // within this transaction; taking them off needs the tables' owner).
    const bool postgres = to.engine() == Database::Engine::Postgres;
    if (postgres) {
        for (const QString &table : std::as_const(*names)) {
            if (auto r = to.exec(u"ALTER TABLE " + quoted(table) + u" DISABLE TRIGGER USER"); !r) {
                return makeError("db.copy.owner", Tr::tr("Only the owner of %1 can copy an inventory into it: %2")
                                                      .arg(to.location(), r.error().message));
            }
        }
    }
    QList<TableCount> copied;
    for (const QString &table : std::as_const(*names)) {
        QSqlQuery q(from.connection());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT * FROM " + quoted(table)))
            return makeError("db.query", Tr::tr("Cannot read %1 from %2: %3").arg(table, from.location(), q.lastError().text()));
        const QSqlRecord record = q.record();
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns.append(record.fieldName(i));
        QList<QVariantList> batch;
        qint64 rows = 0;
        while (q.next()) {
            QVariantList row;
            row.reserve(columns.size());
            for (int i = 0; i < columns.size(); ++i)
                row.append(q.value(i));
            batch.append(row);
            ++rows;
            if (batch.size() == kBatchRows) {
                if (auto r = insertBatch(to, table, columns, batch); !r)
                    return r.error();
                batch.clear();
            }
        }
        if (auto r = insertBatch(to, table, columns, batch); !r)
            return r.error();
        if (postgres) {
            if (auto r = fixSequences(to, table, columns); !r)
                return r.error();
        }
        auto sourceRows = countRows(from, table);
        if (!sourceRows)
            return sourceRows.error();
        auto targetRows = countRows(to, table);
        if (!targetRows)
            return targetRows.error();
        if (*sourceRows != rows || *targetRows != rows) {
            return makeError("db.copy.count", Tr::tr("%1: %2 rows in the source, %3 read, %4 in the target; nothing was copied")
                                                  .arg(table).arg(*sourceRows).arg(rows).arg(*targetRows));
        }
        qCDebug(lcInventoryCopy) << "copied" << rows << "rows of" << table;
        copied.append({ table, rows });
    }
    if (postgres) {
        for (const QString &table : std::as_const(*names)) {
            if (auto r = to.exec(u"ALTER TABLE " + quoted(table) + u" ENABLE TRIGGER USER"); !r)
                return r.error();
        }
    }
    if (auto r = write.commit(); !r)
        return r.error();
    (void)read.commit();
    return copied;
}

} // namespace Crashcart::Inventory
