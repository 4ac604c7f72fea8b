// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlQuery;

namespace Crashcart {
class Workspace;
}

namespace Crashcart::Inventory {

// One connection to the inventory database, migrated to the schema this build knows.
// SQLite is the embedded default; the SQL is kept to what PostgreSQL (QPSQL) also runs.
// A Database lives on the thread that opened it (a Qt Sql rule).
class Database
{
public:
    static constexpr int LatestVersion = 7;

    // Opens (creating if needed) the SQLite file and migrates it to |targetVersion|
    // (tests pass an older one to build databases as earlier releases left them).
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path, int targetVersion = LatestVersion);
    // A workspace's inventory, the one way the app and every CLI command open it: today the
    // workspace's SQLite file (Workspace::databasePath()).
    static Result<std::unique_ptr<Database>> open(const Workspace &workspace);

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase connection() const;
    int schemaVersion() const { return m_version; }

    // Migrates forward to |version|, each step in its own transaction.
    Result<void> migrateTo(int version);

    Result<void> begin();
    Result<void> commit();
    void rollback();

    // Runs a prepared query, turning a failure into an Error that names |what|.
    static Result<void> exec(QSqlQuery &query, const QString &what);
    Result<void> exec(const QString &sql);

private:
    explicit Database(QString connectionName);
    Result<int> readVersion();

    friend class Transaction;
    QString m_connectionName;
    int m_version = 0;
    int m_depth = 0;            // Transactions open on this connection, the outer one first
    bool m_rollbackOnly = false; // an inner one ended without committing
};

// Rolls back unless committed: every multi-statement write goes through one of these. One
// begun inside another joins it: nothing is written until the outer one commits, and an inner
// one that ends without committing makes the outer one's commit fail (so nothing half-done is
// ever written).
class Transaction
{
public:
    explicit Transaction(Database &db) : m_db(db) { }
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    Result<void> begin();
    Result<void> commit();

private:
    Database &m_db;
    bool m_open = false;
    bool m_joined = false;
};

} // namespace Crashcart::Inventory
