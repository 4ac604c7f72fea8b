// SPDX-License-Identifier: GPL-3.0-or-later
// Rights on a team inventory, enforced by PostgreSQL: the database's owner (CREATEROLE, not a
// superuser) runs init; then a viewer, an operator of two pools and an admin each try every
// write, through Crashcart's repositories and with hand-written SQL (QSqlQuery and psql), and
// meet exactly the refusals of issue 14. Runs under tests/pg/pg-session.sh (tst_databaseroles_pg).
#include "install/installrepository.h"
#include "inventory/audittrail.h"
#include "inventory/bmcsettings.h"
#include "inventory/database.h"
#include "inventory/databaseroles.h"
#include "inventory/databaseuri.h"
#include "inventory/distribution.h"
#include "inventory/eventlog.h"
#include "inventory/hostrepository.h"
#include "inventory/profile.h"
#include "testdatabase.h"
#include "testhosts.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::Inventory;
using namespace Qt::StringLiterals;

namespace {

const MacAddress kRack12 = *MacAddress::parse(u"52:54:00:bb:00:12"_s);
const MacAddress kRack13 = *MacAddress::parse(u"52:54:00:bb:00:13"_s);
const MacAddress kRack14 = *MacAddress::parse(u"52:54:00:bb:00:14"_s);

QString uriFor(const QString &user)
{
    return Test::postgresServer() + u"&dbname=rolesdb&user="_s + user;
}

std::unique_ptr<Database> login(const QString &user)
{
    auto uri = DatabaseUri::parse(uriFor(user));
    if (!uri)
        return nullptr;
    auto db = Database::openPostgres(*uri);
    if (!db) {
        qWarning() << db.error().message;
        return nullptr;
    }
    return std::move(*db);
}

// Hand-written SQL: true when the database ran it.
bool sql(Database &db, const QString &text, int *rows = nullptr, QString *error = nullptr)
{
    QSqlQuery q(db.connection());
    const bool ok = q.exec(text);
    if (rows)
        *rows = q.numRowsAffected();
    if (error)
        *error = q.lastError().text();
    return ok;
}

QString hostState(Database &db, const MacAddress &mac)
{
    auto h = HostRepository(db).find(mac);
    return h && *h ? stateName((*h)->state) : QString();
}

} // namespace

class TestDatabaseRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusedOnSqlite();
    void viewerReadsOnly();
    void operatorWorksInItsPools();
    void operatorHandWrittenSqlRefused();
    void operatorWithPsql();
    void adminDoesEverything();
    void grantChecksItsInput();

private:
    std::unique_ptr<Database> m_owner;
};

void TestDatabaseRoles::initTestCase()
{
    if (!Test::onPostgres())
        return;
    auto server = DatabaseUri::parse(Test::postgresServer());
    QVERIFY(server.ok());
    auto super = Database::openPostgres(*server, 0);
    QVERIFY(super.ok());
    // The owner as the issue has it: may create roles, is no superuser.
    QVERIFY((*super)->exec(u"CREATE ROLE inv_owner LOGIN CREATEROLE NOSUPERUSER"_s).ok());
    QVERIFY((*super)->exec(u"CREATE DATABASE rolesdb OWNER inv_owner"_s).ok());
    m_owner = login(u"inv_owner"_s);
    QVERIFY(m_owner);
    for (const char *user : { "vera", "otto", "adam" })
        QVERIFY(m_owner->exec(u"CREATE ROLE "_s + QLatin1String(user) + u" LOGIN"_s).ok());
    auto init = DatabaseRoles::init(*m_owner);
    QVERIFY2(init.ok(), qPrintable(init.ok() ? QString() : init.error().message));
    QVERIFY(DatabaseRoles::init(*m_owner).ok()); // again: nothing breaks

    Profile p;
    p.name = u"rhel9"_s;
    p.kernel = u"/srv/vmlinuz"_s;
    QVERIFY(ProfileRepository(*m_owner).save(p).ok());
    HostRepository hosts(*m_owner);
    for (const auto &[mac, pool] : { std::pair { kRack12, "pool=rack12" }, std::pair { kRack13, "pool=rack13" },
                                     std::pair { kRack14, "pool=rack14" } }) {
        Host h = Test::makeHost(mac.toString());
        h.profile = u"rhel9"_s;
        h.tags = QStringList { QLatin1String(pool), u"web"_s };
        QVERIFY(hosts.add(h).ok());
    }
    QVERIFY(DatabaseRoles::grant(*m_owner, u"vera"_s, DatabaseRoles::Role::Viewer, {}).ok());
    QVERIFY(DatabaseRoles::grant(*m_owner, u"adam"_s, DatabaseRoles::Role::Admin, {}).ok());
    // An admin grants pools.
    auto admin = login(u"adam"_s);
    QVERIFY(admin);
    auto granted = DatabaseRoles::grant(*admin, u"otto"_s, DatabaseRoles::Role::Operator, { u"rack12"_s, u"rack13"_s });
    QVERIFY2(granted.ok(), qPrintable(granted.ok() ? QString() : granted.error().message));
}

void TestDatabaseRoles::refusedOnSqlite()
{
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(u"i.db"_s));
    QVERIFY(db.ok());
    auto r = DatabaseRoles::init(**db);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"db.roles.engine"_s);
}

void TestDatabaseRoles::viewerReadsOnly()
{
    if (!Test::onPostgres())
        QSKIP("needs the PostgreSQL server of tests/pg/pg-session.sh");
    auto vera = login(u"vera"_s);
    QVERIFY(vera);
    auto all = HostRepository(*vera).all();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 3);
    QVERIFY(ProfileRepository(*vera).all().ok());
    QVERIFY(EventLog(*vera).forHost(kRack12).ok());
    // Writes, each refused and said so.
    auto arm = HostRepository(*vera).setArmed({ kRack12 }, true);
    QVERIFY(!arm.ok());
    QCOMPARE(arm.error().code, u"db.denied"_s);
    QVERIFY2(arm.error().message.startsWith(u"Not allowed"_s), qPrintable(arm.error().message));
    auto event = EventLog(*vera).append(kRack12, u"boot.dhcp"_s);
    QCOMPARE(event.ok() ? QString() : event.error().code, u"db.denied"_s);
    Profile p;
    p.name = u"rhel9"_s;
    auto save = ProfileRepository(*vera).save(p);
    QCOMPARE(save.ok() ? QString() : save.error().code, u"db.denied"_s);
    // The install tokens are secrets.
    QString error;
    QVERIFY(!sql(*vera, u"SELECT token FROM installs"_s, nullptr, &error));
    QVERIFY2(error.contains(u"permission denied"_s), qPrintable(error));
    QVERIFY(sql(*vera, u"SELECT id, mac, state FROM installs"_s));
    // Crashcart's own reading of installs leaves the token out for a viewer.
    QVERIFY(Install::InstallRepository(*m_owner).arm({ kRack14 }, u"owner"_s).ok());
    auto latest = Install::InstallRepository(*vera).latestForAll();
    QVERIFY2(latest.ok(), qPrintable(latest.ok() ? QString() : latest.error().message));
    QCOMPARE(latest->value(kRack14).state, Install::InstallState::Ready);
    QCOMPARE(latest->value(kRack14).token, QString());
    QVERIFY(!Install::InstallRepository(*m_owner).latest(kRack14)->value().token.isEmpty());
    QVERIFY(Install::InstallRepository(*m_owner).disarm({ kRack14 }, u"test"_s, Install::InstallState::Cancelled).ok());
    QCOMPARE(hostState(*m_owner, kRack12), u"new"_s);
}

void TestDatabaseRoles::operatorWorksInItsPools()
{
    if (!Test::onPostgres())
        QSKIP("needs the PostgreSQL server of tests/pg/pg-session.sh");
    auto otto = login(u"otto"_s);
    QVERIFY(otto);
    Install::InstallRepository installs(*otto);
    auto armed = installs.arm({ kRack12, kRack13 }, u"otto"_s);
    QVERIFY2(armed.ok(), qPrintable(armed.ok() ? QString() : armed.error().message));
    QCOMPARE(hostState(*m_owner, kRack12), u"ready"_s);
    // Recorded with the role that did it.
    auto trail = AuditTrail(*m_owner).entries(kRack12);
    QVERIFY(trail.ok() && !trail->isEmpty());
    QCOMPARE(trail->last().action, u"arm"_s);
    QCOMPARE(trail->last().user, u"otto"_s);
    QVERIFY(EventLog(*otto).append(kRack12, u"boot.dhcp"_s).ok());
    QVERIFY(BmcSettingsRepository(*otto).setPowerState(kRack12, u"on"_s, QDateTime::currentDateTimeUtc()).ok());
    auto cancelled = installs.disarm({ kRack13 }, u"cancelled"_s, Install::InstallState::Cancelled);
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.ok() ? QString() : cancelled.error().message));
    QCOMPARE(hostState(*m_owner, kRack13), u"new"_s);

    // Outside its pools: no row changes, and it says "not allowed".
    auto outside = installs.arm({ kRack14 }, u"otto"_s);
    QVERIFY(!outside.ok());
    QCOMPARE(outside.error().code, u"db.denied"_s);
    QVERIFY2(outside.error().message.startsWith(u"Not allowed"_s), qPrintable(outside.error().message));
    QCOMPARE(hostState(*m_owner, kRack14), u"new"_s);
    auto power = BmcSettingsRepository(*otto).setPowerState(kRack14, u"on"_s, QDateTime::currentDateTimeUtc());
    QCOMPARE(power.ok() ? QString() : power.error().code, u"db.denied"_s);

    // Profiles, distributions and hosts' own fields are not an operator's.
    Profile p;
    p.name = u"rhel9"_s;
    p.kernel = u"/srv/other"_s;
    auto save = ProfileRepository(*otto).save(p);
    QCOMPARE(save.ok() ? QString() : save.error().code, u"db.denied"_s);
    QVERIFY2(save.error().message.startsWith(u"Not allowed"_s), qPrintable(save.error().message));
    QCOMPARE(ProfileRepository(*otto).remove(u"rhel9"_s).ok(), false);
    QVERIFY(ProfileRepository(*m_owner).find(u"rhel9"_s)->has_value());
    Host edited = HostRepository(*otto).find(kRack12)->value();
    edited.notes = u"mine now"_s;
    auto edit = HostRepository(*otto).update(kRack12, edited);
    QCOMPARE(edit.ok() ? QString() : edit.error().code, u"db.denied"_s);
    auto removed = HostRepository(*otto).remove({ kRack12 });
    QCOMPARE(removed.ok() ? QString() : removed.error().code, u"db.denied"_s);
    QCOMPARE(HostRepository(*m_owner).count().value(), 3);
}

void TestDatabaseRoles::operatorHandWrittenSqlRefused()
{
    if (!Test::onPostgres())
        QSKIP("needs the PostgreSQL server of tests/pg/pg-session.sh");
    auto otto = login(u"otto"_s);
    QVERIFY(otto);
    const QString rack14 = kRack14.toString();
    int rows = -1;
    QString error;
    // Outside the pools: the row is not there for an UPDATE.
    QVERIFY(sql(*otto, u"UPDATE hosts SET state = 'ready' WHERE mac = '"_s + rack14 + u"'"_s, &rows));
    QCOMPARE(rows, 0);
    QVERIFY(sql(*otto, u"UPDATE hosts SET state = 'ready'"_s, &rows));
    QVERIFY(rows <= 2); // its two pools at most
    QCOMPARE(hostState(*m_owner, kRack14), u"new"_s);
    // Moving a host into its pool, or any other column: no right at all.
    QVERIFY(!sql(*otto, u"UPDATE hosts SET tags = 'pool=rack12' WHERE mac = '"_s + rack14 + u"'"_s, nullptr, &error));
    QVERIFY2(error.contains(u"permission denied"_s), qPrintable(error));
    QVERIFY(!sql(*otto, u"INSERT INTO events (mac, at, kind) VALUES ('"_s + rack14 + u"', 1, 'forged')"_s, nullptr, &error));
    QVERIFY2(error.contains(u"row-level security"_s), qPrintable(error));
    QVERIFY(!sql(*otto, u"DELETE FROM events"_s, nullptr, &error));
    QVERIFY(!sql(*otto, u"UPDATE profiles SET kernel = '/tmp/evil'"_s, nullptr, &error));
    QVERIFY(!sql(*otto, u"INSERT INTO pool_grants (role_name, pool) VALUES ('otto', 'rack14')"_s, nullptr, &error));
    QVERIFY(!sql(*otto, u"DELETE FROM distributions"_s, nullptr, &error));
    QVERIFY(!sql(*otto, u"ALTER TABLE hosts DISABLE ROW LEVEL SECURITY"_s, nullptr, &error));
    // The audit trail: read, never written or erased by hand.
    QVERIFY(sql(*otto, u"SELECT COUNT(*) FROM audit"_s));
    QVERIFY(!sql(*otto, u"DELETE FROM audit"_s, nullptr, &error));
    QVERIFY(!sql(*otto, u"UPDATE audit SET db_user = 'adam'"_s, nullptr, &error));
    QVERIFY(!sql(*otto, u"INSERT INTO audit (at, action) VALUES (1, 'arm')"_s, nullptr, &error));
    QVERIFY(!sql(*otto, u"TRUNCATE audit"_s, nullptr, &error));
}

// The same refusals for someone who skips Crashcart entirely.
void TestDatabaseRoles::operatorWithPsql()
{
    if (!Test::onPostgres())
        QSKIP("needs the PostgreSQL server of tests/pg/pg-session.sh");
    const QString psqlPath = QStandardPaths::findExecutable(u"psql"_s);
    QVERIFY2(!psqlPath.isEmpty(), "psql is missing (postgresql-client-15, packaging/debian-test.txt)");
    auto psql = [&](const QString &command) {
        QProcess p;
        p.start(psqlPath, { u"-X"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, uriFor(u"otto"_s), u"-c"_s, command });
        p.waitForFinished(30000);
        return std::pair { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()) };
    };
    auto [status, text] = psql(u"UPDATE hosts SET state = 'ready' WHERE mac = '"_s + kRack14.toString() + u"'"_s);
    QCOMPARE(status, 0);
    QVERIFY2(text.contains(u"UPDATE 0"_s), qPrintable(text));
    std::tie(status, text) = psql(u"DELETE FROM events"_s);
    QVERIFY(status != 0);
    QVERIFY2(text.contains(u"permission denied"_s), qPrintable(text));
    std::tie(status, text) = psql(u"DELETE FROM audit"_s);
    QVERIFY(status != 0);
    QVERIFY2(text.contains(u"permission denied"_s), qPrintable(text));
    QCOMPARE(hostState(*m_owner, kRack14), u"new"_s);
}

void TestDatabaseRoles::adminDoesEverything()
{
    if (!Test::onPostgres())
        QSKIP("needs the PostgreSQL server of tests/pg/pg-session.sh");
    auto adam = login(u"adam"_s);
    QVERIFY(adam);
    auto armed = Install::InstallRepository(*adam).arm({ kRack14 }, u"adam"_s);
    QVERIFY2(armed.ok(), qPrintable(armed.ok() ? QString() : armed.error().message));
    Profile p;
    p.name = u"rhel10"_s;
    p.kernel = u"/srv/vmlinuz"_s;
    QVERIFY(ProfileRepository(*adam).save(p).ok());
    Host h = HostRepository(*adam).find(kRack13)->value();
    h.notes = u"rack moved"_s;
    QVERIFY(HostRepository(*adam).update(kRack13, h).ok());
    // Pools follow the grant: otto keeps rack12 only.
    QVERIFY(DatabaseRoles::grant(*adam, u"otto"_s, DatabaseRoles::Role::Operator, { u"rack12"_s }).ok());
    auto otto = login(u"otto"_s);
    QVERIFY(otto);
    auto lost = Install::InstallRepository(*otto).arm({ kRack13 }, u"otto"_s);
    QCOMPARE(lost.ok() ? QString() : lost.error().code, u"db.denied"_s);
    // Only the owner makes admins.
    auto admins = DatabaseRoles::grant(*adam, u"vera"_s, DatabaseRoles::Role::Admin, {});
    QCOMPARE(admins.ok() ? QString() : admins.error().code, u"db.denied"_s);
}

void TestDatabaseRoles::grantChecksItsInput()
{
    if (!Test::onPostgres())
        QSKIP("needs the PostgreSQL server of tests/pg/pg-session.sh");
    using Role = DatabaseRoles::Role;
    QCOMPARE(DatabaseRoles::grant(*m_owner, u"nobody_here"_s, Role::Viewer, {}).error().code, u"db.grant.user"_s);
    QCOMPARE(DatabaseRoles::grant(*m_owner, u"crashcart_admin"_s, Role::Viewer, {}).error().code, u"db.grant.user"_s);
    QCOMPARE(DatabaseRoles::grant(*m_owner, u"x; DROP TABLE hosts"_s, Role::Viewer, {}).error().code, u"db.grant.user"_s);
    QCOMPARE(DatabaseRoles::grant(*m_owner, u"otto"_s, Role::Operator, { u"a,b"_s }).error().code, u"db.grant.pool"_s);
    QCOMPARE(DatabaseRoles::grant(*m_owner, u"vera"_s, Role::Viewer, { u"rack12"_s }).error().code, u"db.grant.pool"_s);
    QCOMPARE(HostRepository(*m_owner).count().value(), 3);
}

QTEST_GUILESS_MAIN(TestDatabaseRoles)
#include "tst_databaseroles.moc"
