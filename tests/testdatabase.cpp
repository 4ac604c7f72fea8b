// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "inventory/databaseuri.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

namespace Crashcart::Test {

using Inventory::Database;
using Inventory::DatabaseUri;

bool onPostgres()
{
    return !postgresServer().isEmpty();
}

QString postgresServer()
{
    return qEnvironmentVariable("CRASHCART_TEST_DATABASE");
}

namespace {

QString databaseName(const QString &path)
{
    return QStringLiteral("t_")
        + QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(24));
}

Result<void> createIfMissing(const QString &name)
{
    auto server = DatabaseUri::parse(postgresServer());
    if (!server)
        return server.error();
    auto admin = Database::openPostgres(*server, 0); // version 0: creates nothing there
    if (!admin)
        return admin.error();
    QSqlQuery q((*admin)->connection());
    q.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
    q.addBindValue(name);
    if (auto r = Database::exec(q, QStringLiteral("pg_database")); !r)
        return r;
    if (q.next())
        return {};
    return (*admin)->exec(QStringLiteral("CREATE DATABASE ") + name);
}

} // namespace

QString postgresUri(const QString &path)
{
    auto server = DatabaseUri::parse(postgresServer());
    return server ? server->withDatabase(databaseName(path)).uri() : QString();
}

Result<std::unique_ptr<Database>> openDatabase(const QString &path, int version)
{
    if (!onPostgres())
        return Database::openSqlite(path, version);
    const QString name = databaseName(path);
    if (auto r = createIfMissing(name); !r)
        return r.error();
    auto uri = DatabaseUri::parse(postgresUri(path));
    if (!uri)
        return uri.error();
    return Database::openPostgres(*uri, version);
}

} // namespace Crashcart::Test
