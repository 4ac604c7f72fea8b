// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace Crashcart::Inventory {

class Database;

// Moving a workspace's inventory from its SQLite file to a team's PostgreSQL database
// (crashcart-cli db migrate-to). Every table of the schema is copied with its ids, in one
// transaction on the target: it ends with all rows there, counts checked table by table, or
// with nothing written.
class InventoryCopy
{
public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    // The tables with rows in |db| (schema_version aside; only those in |only| if given): a
    // target must have none.
    static Result<QList<TableCount>> nonEmptyTables(Database &db, const QStringList &only = {});
    // Copies |from| into |to|; both at the same schema version, |to| without rows. Identity
    // columns' sequences continue after the highest id copied.
    static Result<QList<TableCount>> copy(Database &from, Database &to);
    // The tables of the schema, as |db| has them (schema_version aside).
    static Result<QStringList> tables(Database &db);
};

} // namespace Crashcart::Inventory
