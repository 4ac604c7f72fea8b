// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;

namespace Crashcart {
class Workspace;
}

namespace Crashcart::Inventory {

class DatabaseUri;

// One connection to the inventory database, migrated to the schema this build knows.
// SQLite is the embedded default, PostgreSQL (QPSQL) the shared one for a team; the SQL is kept
// to what both run, and the same migrations build both.
// A Database lives on the thread that opened it (a Qt Sql rule).
class Database
{
public:
    static constexpr int LatestVersion = 8;

    enum class Engine { Sqlite, Postgres };
    // Asked for the password when the server wants one and ~/.pgpass gave none (or a wrong
    // one): the keychain. An empty answer means "none stored".
    using PasswordLookup = std::function<Result<QString>(const DatabaseUri &)>;

    // Opens (creating if needed) the SQLite file and migrates it to |targetVersion|
    // (tests pass an older one to build databases as earlier releases left them).
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path, int targetVersion = LatestVersion);
    // Connects to a PostgreSQL database and migrates it to |targetVersion|. The password comes
    // from ~/.pgpass (libpq reads it) or, when the server asks for one, from |password|.
    static Result<std::unique_ptr<Database>> openPostgres(const DatabaseUri &uri, int targetVersion = LatestVersion,
                                                          const PasswordLookup &password = {});
    // A workspace's inventory, the one way the app and every CLI command open it: the
    // workspace's database address (Workspace::databaseUri()) if it has one, else its SQLite
    // file (Workspace::databasePath()).
    static Result<std::unique_ptr<Database>> open(const Workspace &workspace, const PasswordLookup &password = {});

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase connection() const;
    int schemaVersion() const { return m_version; }
    Engine engine() const { return m_engine; }
    // The file, or user@host:port/db: for messages.
    QString location() const { return m_location; }
    // Changes whenever another connection may have committed a change, for polling: SQLite's
    // data_version; on PostgreSQL the server's transaction snapshot (it moves with any
    // committed write, so it may also move for writes to other databases: a reload too many,
    // never one too few).
    qint64 dataVersion() const;

    // Migrates forward to |version|, each step in its own transaction.
    Result<void> migrateTo(int version);

    Result<void> begin();
    Result<void> commit();
    void rollback();

    // Runs a prepared query, turning a failure into an Error that names |what|. A refusal by
    // PostgreSQL's rights (a GRANT or a row-level policy) is "db.denied", said as "Not allowed".
    static Result<void> exec(QSqlQuery &query, const QString &what);
    // The same for an UPDATE that must change a row: none changed is "db.denied" too (a
    // row-level policy hides the rows a role may not change, so the UPDATE finds none).
    static Result<void> execChanging(QSqlQuery &query, const QString &what);
    Result<void> exec(const QString &sql);

private:
    Database(QString connectionName, Engine engine, QString location);
    Result<int> readVersion();
    Result<void> finishOpening(int targetVersion);

    friend class Transaction;
    QString m_connectionName;
    Engine m_engine;
    QString m_location;
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
