// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "databaseuri.h"
#include "migrations.h"

#include "common/workspace.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

Q_LOGGING_CATEGORY(lcDatabase, "crashcart.inventory.database", QtInfoMsg)

namespace Crashcart::Inventory {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Inventory::Database)
};

// Taken by each migration step on PostgreSQL, so that two Crashcarts opening a fresh database
// at once migrate it one after the other (the second then finds the step done).
constexpr qint64 kMigrationLock = 0x63726173; // "cras"

// A value in libpq's key='value' syntax (DatabaseUri refused ';', Qt's separator).
QString quotedOption(QString value)
{
    value.replace(u'\\', QLatin1String("\\\\"));
    value.replace(u'\'', QLatin1String("\\'"));
    return u'\'' + value + u'\'';
}

// libpq's words when the server asks for a password that it did not have, or had wrong.
bool wantsPassword(const QString &error)
{
    return error.contains(QLatin1String("no password supplied"))
        || error.contains(QLatin1String("password authentication failed"));
}

QAtomicInteger<quint64> s_connectionCounter;

} // namespace

Database::Database(QString connectionName, Engine engine, QString location)
    : m_connectionName(std::move(connectionName)), m_engine(engine), m_location(std::move(location))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const Workspace &workspace, const PasswordLookup &password)
{
    if (workspace.databaseUri().isEmpty())
        return openSqlite(workspace.databasePath());
    auto uri = DatabaseUri::parse(workspace.databaseUri());
    if (!uri)
        return uri.error();
    return openPostgres(*uri, LatestVersion, password);
}

Result<std::unique_ptr<Database>> Database::openPostgres(const DatabaseUri &uri, int targetVersion, const PasswordLookup &password)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return makeError("db.driver", Tr::tr("Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql)"));
    }
    const QString name = QStringLiteral("crashcart-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(name, Engine::Postgres, uri.display()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(uri.host());
        if (uri.port() != 0)
            db.setPort(uri.port());
        db.setUserName(uri.user());
        db.setDatabaseName(uri.database());
        QStringList options;
        for (const auto &[key, value] : uri.options())
            options.append(key + u'=' + quotedOption(value));
        if (!uri.hasParameter(QStringLiteral("connect_timeout")))
            options.append(QStringLiteral("connect_timeout=10")); // an unreachable server: an answer in seconds
        if (!uri.hasParameter(QStringLiteral("application_name")))
            options.append(QStringLiteral("application_name=crashcart"));
        db.setConnectOptions(options.join(u';'));
        bool open = db.open();
        if (!open && password && wantsPassword(db.lastError().text())) {
            auto secret = password(uri);
            if (!secret)
                return secret.error();
            if (!secret->isEmpty()) {
                db.setPassword(*secret);
                open = db.open();
                db.setPassword(QString());
            }
        }
        if (!open) {
            const QString why = db.lastError().text();
            if (wantsPassword(why)) {
                return makeError("db.password", Tr::tr("The database %1 wants a password, and none that works is in "
                                                       "~/.pgpass or the keychain ('crashcart-cli db password' stores "
                                                       "one): %2").arg(uri.display(), why));
            }
            return makeError("db.connect", Tr::tr("Cannot connect to the inventory database %1: %2").arg(uri.display(), why));
        }
    }
    if (auto r = database->finishOpening(targetVersion); !r)
        return r.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, int targetVersion)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return makeError("db.driver", Tr::tr("Qt's SQLite driver is not installed (Debian package libqt6sql6-sqlite)"));
    }
    const QString name = QStringLiteral("crashcart-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(name, Engine::Sqlite, path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            return makeError("db.open", Tr::tr("Cannot open the inventory database %1: %2")
                                            .arg(path, db.lastError().text()));
        }
    }
    // WAL lets the desktop app and the CLI read while the other writes; FULL sync keeps a
    // committed import on disk even if the machine loses power right after.
    for (const char *pragma : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON" }) {
        QSqlQuery q(database->connection());
        if (!q.exec(QLatin1String(pragma))) {
            return makeError("db.open", Tr::tr("Cannot set up the inventory database %1: %2")
                                            .arg(path, q.lastError().text()));
        }
    }
    if (auto r = database->finishOpening(targetVersion); !r)
        return r.error();
    return database;
}

Result<void> Database::finishOpening(int targetVersion)
{
    auto version = readVersion();
    if (!version)
        return version.error();
    m_version = *version;
    if (*version > LatestVersion) {
        return makeError("db.newer", Tr::tr("The inventory %1 was written by a newer Crashcart (schema %2; this one knows %3)")
                                         .arg(m_location).arg(*version).arg(LatestVersion));
    }
    return migrateTo(targetVersion);
}

qint64 Database::dataVersion() const
{
    QSqlQuery q(connection());
    const QString sql = m_engine == Engine::Postgres ? QStringLiteral("SELECT hashtext(pg_current_snapshot()::text)")
                                                     : QStringLiteral("PRAGMA data_version");
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

Result<int> Database::readVersion()
{
    if (m_engine == Engine::Postgres) {
        // In the schema the connection uses (search_path), as every other statement does.
        QSqlQuery exists(connection());
        if (!exists.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !exists.next())
            return makeError("db.version", Tr::tr("The inventory's schema version cannot be read: %1").arg(exists.lastError().text()));
        if (!exists.value(0).toBool())
            return 0;
    } else if (!connection().tables().contains(QStringLiteral("schema_version"))) {
        return 0;
    }
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")) || !q.next())
        return makeError("db.version", Tr::tr("The inventory's schema version cannot be read: %1").arg(q.lastError().text()));
    return q.value(0).toInt();
}

Result<void> Database::migrateTo(int version)
{
    const QString driver = connection().driverName();
    while (m_version < version) {
        const int next = m_version + 1;
        Transaction tx(*this);
        if (auto r = tx.begin(); !r)
            return r;
        if (m_engine == Engine::Postgres) {
            if (auto r = exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock)); !r)
                return r;
            auto now = readVersion(); // another Crashcart may have migrated while this one waited
            if (!now)
                return now.error();
            if (*now >= next) {
                if (auto r = tx.commit(); !r)
                    return r;
                m_version = *now;
                continue;
            }
        }
        for (const QString &sql : migrationSteps(next, driver)) {
            if (auto r = exec(sql); !r) {
                return makeError("db.migrate", Tr::tr("Updating the inventory to schema %1 failed: %2")
                                                   .arg(next).arg(r.error().message));
            }
        }
        QSqlQuery q(connection());
        q.prepare(QStringLiteral("UPDATE schema_version SET version = ?"));
        q.addBindValue(next);
        if (auto r = exec(q, QStringLiteral("schema_version")); !r)
            return r;
        if (auto r = tx.commit(); !r)
            return r;
        qCDebug(lcDatabase) << "migrated inventory to schema" << next;
        m_version = next;
    }
    return {};
}

Result<void> Database::exec(QSqlQuery &query, const QString &what)
{
    if (query.exec())
        return {};
    const QSqlError error = query.lastError();
    if (error.nativeErrorCode() == QLatin1String("42501")) { // insufficient_privilege
        return makeError("db.denied", Tr::tr("Not allowed: your database role may not change %1 (%2)")
                                          .arg(what, error.databaseText().trimmed()));
    }
    return makeError("db.query", Tr::tr("Database error (%1): %2").arg(what, error.text()));
}

Result<void> Database::execChanging(QSqlQuery &query, const QString &what)
{
    if (auto r = exec(query, what); !r)
        return r;
    if (query.numRowsAffected() > 0)
        return {};
    return makeError("db.denied", Tr::tr("Not allowed: %1 was not changed (it is outside the pools your database role "
                                         "may work on, or no longer there)").arg(what));
}

Result<void> Database::exec(const QString &sql)
{
    QSqlQuery q(connection());
    if (q.exec(sql))
        return {};
    if (q.lastError().nativeErrorCode() == QLatin1String("42501"))
        return makeError("db.denied", Tr::tr("Not allowed: %1").arg(q.lastError().databaseText().trimmed()));
    return makeError("db.query", Tr::tr("Database error: %1").arg(q.lastError().text()));
}

Result<void> Database::begin()
{
    if (connection().transaction())
        return {};
    return makeError("db.transaction", Tr::tr("Cannot start a transaction: %1").arg(connection().lastError().text()));
}

Result<void> Database::commit()
{
    if (connection().commit())
        return {};
    return makeError("db.transaction", Tr::tr("Cannot commit: %1").arg(connection().lastError().text()));
}

void Database::rollback()
{
    connection().rollback();
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_joined) {
        m_db.m_rollbackOnly = true; // the outer transaction must not commit half of this
        --m_db.m_depth;
        return;
    }
    m_db.m_depth = 0;
    m_db.m_rollbackOnly = false;
    m_db.rollback();
}

Result<void> Transaction::begin()
{
    if (m_db.m_depth > 0) {
        // Inside another one: join it; its commit (or rollback) decides for both.
        m_joined = true;
        m_open = true;
        ++m_db.m_depth;
        return {};
    }
    auto r = m_db.begin();
    m_open = r.ok();
    if (m_open) {
        m_db.m_depth = 1;
        m_db.m_rollbackOnly = false;
    }
    return r;
}

Result<void> Transaction::commit()
{
    if (m_joined) {
        m_open = false;
        --m_db.m_depth;
        return {};
    }
    if (m_db.m_rollbackOnly) {
        return makeError("db.transaction",
                         Tr::tr("Cannot commit: a step inside this change failed, so none of it was written"));
    }
    auto r = m_db.commit();
    if (r) {
        m_open = false;
        m_db.m_depth = 0;
    }
    return r;
}

} // namespace Crashcart::Inventory
