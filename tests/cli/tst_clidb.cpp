// SPDX-License-Identifier: GPL-3.0-or-later
// Where the inventory lives, from the shell: --database and `db use` refuse a bad address or a
// password and lose nothing; `db migrate-to` copies a workspace's SQLite inventory into an
// empty PostgreSQL database in one transaction, every table counted, ids going on after the
// copied ones, and refuses a database that is not empty. The PostgreSQL cases run under
// tests/pg/pg-session.sh (tst_clidb_pg).
#include "clirun.h"
#include "testdatabase.h"

#include "inventory/database.h"
#include "inventory/databaseuri.h"
#include "inventory/inventorycopy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace Crashcart;
using namespace Qt::StringLiterals;

class TestCliDb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void refusesBadAddresses_data();
    void refusesBadAddresses();
    void statusOnSqlite();
    void unreachableServerLosesNothing();
    void migrateCopiesEveryTable();
    void migrateRefusesNonEmpty();
    void migrateIsOneTransaction();
    void useKeepsTheServer();
    void initGrantAndNotAllowed();
    void auditCommand();

private:
    QProcessEnvironment env() const;
    void fillWorkspace();
    QString emptyDatabase(const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
};

QProcessEnvironment TestCliDb::env() const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"CRASHCART_WORKSPACE"_s, m_dir->filePath(u"ws"_s));
    e.remove(u"CRASHCART_DATABASE"_s);
    return e;
}

void TestCliDb::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

// Three hosts, a profile, an armed host (an install row), their events.
void TestCliDb::fillWorkspace()
{
    write(*m_dir, u"vmlinuz"_s, "KERNEL");
    write(*m_dir, u"web.ks"_s, "text\n");
    write(*m_dir, u"hosts.csv"_s,
          "mac,hostname,ip,profile,tags\n52:54:00:aa:50:01,web01,10.0.0.1,rhel9,pool=rack12\n"
          "52:54:00:aa:50:02,web02,10.0.0.2,rhel9,\"pool=rack13,db\"\n52:54:00:aa:50:03,db01,,,\n");
    QCOMPARE(cli({ u"hosts"_s, u"import"_s, m_dir->filePath(u"hosts.csv"_s) }, env()).status, 0);
    QCOMPARE(cli({ u"profiles"_s, u"set"_s, u"rhel9"_s, u"--kernel"_s, m_dir->filePath(u"vmlinuz"_s), u"--kickstart"_s,
                   m_dir->filePath(u"web.ks"_s) },
                 env())
                 .status,
             0);
    QCOMPARE(cli({ u"hosts"_s, u"arm"_s, u"52:54:00:aa:50:01"_s }, env()).status, 0);
}

QString TestCliDb::emptyDatabase(const QString &name)
{
    // Test::openDatabase creates the database; version 0 leaves it without tables.
    auto db = Test::openDatabase(m_dir->filePath(name), 0);
    if (!db)
        return {};
    return Test::postgresUri(m_dir->filePath(name));
}

void TestCliDb::refusesBadAddresses_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("words");
    QTest::newRow("not postgresql") << u"mysql://ops@db/c"_s << u"postgresql://"_s;
    QTest::newRow("password") << u"postgresql://ops:hunter2@db/c"_s << u"password"_s;
    QTest::newRow("password param") << u"postgresql://ops@db/c?password=hunter2"_s << u"password"_s;
    QTest::newRow("typo param") << u"postgresql://ops@db/c?sslmod=require"_s << u"sslmod"_s;
}

void TestCliDb::refusesBadAddresses()
{
    QFETCH(QString, uri);
    QFETCH(QString, words);
    for (const QStringList &args : { QStringList { u"hosts"_s, u"list"_s, u"--database"_s, uri },
                                     QStringList { u"--database="_s + uri, u"profiles"_s, u"list"_s },
                                     QStringList { u"db"_s, u"use"_s, uri } }) {
        const Run r = cli(args, env());
        QVERIFY2(r.status != 0, qPrintable(args.join(u' ')));
        QVERIFY2(r.err.contains(words), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"hunter2"_s), "a password is never repeated");
    }
    QVERIFY(!QFile::exists(m_dir->filePath(u"ws/workspace.ini"_s)));
}

void TestCliDb::statusOnSqlite()
{
    const Run r = cli({ u"db"_s, u"status"_s }, env());
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(u"SQLite"_s) && r.out.contains(u"crashcart.db"_s), qPrintable(r.out));
}

// A server that is not there: a message in seconds, the workspace as it was.
void TestCliDb::unreachableServerLosesNothing()
{
    fillWorkspace();
    const QString nowhere = u"postgresql://ops@/crashcart?host="_s + m_dir->filePath(u"no-server"_s);
    Run r = cli({ u"db"_s, u"use"_s, nowhere }, env());
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(u"Cannot connect"_s), qPrintable(r.err));
    r = cli({ u"hosts"_s, u"list"_s, u"--database"_s, nowhere }, env());
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(u"Cannot connect"_s), qPrintable(r.err));
    r = cli({ u"hosts"_s, u"list"_s }, env());
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(u"web01"_s), qPrintable(r.out));
}

void TestCliDb::migrateCopiesEveryTable()
{
    if (!Test::onPostgres())
        QSKIP("needs the PostgreSQL server of tests/pg/pg-session.sh (tst_clidb_pg)");
    fillWorkspace();
    const QString uri = emptyDatabase(u"target"_s);
    QVERIFY(!uri.isEmpty());
    const Run r = cli({ u"db"_s, u"migrate-to"_s, uri }, env());
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"hosts: 3 rows"_s), qPrintable(r.out));

    // Every table, row for row.
    auto from = Inventory::Database::openSqlite(m_dir->filePath(u"ws/crashcart.db"_s));
    QVERIFY(from.ok());
    auto to = Test::openDatabase(m_dir->filePath(u"target"_s));
    QVERIFY(to.ok());
    auto tables = Inventory::InventoryCopy::tables(**from);
    QVERIFY(tables.ok());
    QVERIFY(tables->contains(u"installs"_s) && tables->contains(u"events"_s) && tables->contains(u"bmc_settings"_s));
    for (const QString &t : std::as_const(*tables)) {
        QSqlQuery a((*from)->connection()), b((*to)->connection());
        QVERIFY(a.exec(u"SELECT COUNT(*) FROM "_s + t) && a.next());
        QVERIFY(b.exec(u"SELECT COUNT(*) FROM "_s + t) && b.next());
        QCOMPARE(b.value(0).toLongLong(), a.value(0).toLongLong());
    }
    // The same answers from both engines.
    for (const QStringList &query : { QStringList { u"hosts"_s, u"list"_s, u"--json"_s },
                                      QStringList { u"hosts"_s, u"timeline"_s, u"52:54:00:aa:50:01"_s, u"--json"_s },
                                      QStringList { u"profiles"_s, u"list"_s } }) {
        const Run onSqlite = cli(query, env());
        const Run onServer = cli(QStringList { u"--database"_s, uri } + query, env());
        QCOMPARE(onSqlite.status, 0);
        QVERIFY2(onServer.status == 0, qPrintable(onServer.err));
        QCOMPARE(onServer.out, onSqlite.out);
    }
    // New rows take ids after the copied ones.
    QSqlQuery maxId((*to)->connection());
    QVERIFY(maxId.exec(u"SELECT MAX(id) FROM events"_s) && maxId.next());
    const qint64 before = maxId.value(0).toLongLong();
    const Run arm = cli({ u"--database"_s, uri, u"hosts"_s, u"arm"_s, u"52:54:00:aa:50:02"_s }, env());
    QVERIFY2(arm.status == 0, qPrintable(arm.err));
    QVERIFY(maxId.exec(u"SELECT MAX(id) FROM events"_s) && maxId.next());
    QVERIFY(maxId.value(0).toLongLong() > before);
}

void TestCliDb::migrateRefusesNonEmpty()
{
    if (!Test::onPostgres())
        QSKIP("needs the PostgreSQL server of tests/pg/pg-session.sh (tst_clidb_pg)");
    fillWorkspace();
    const QString uri = emptyDatabase(u"target"_s);
    QCOMPARE(cli({ u"db"_s, u"migrate-to"_s, uri }, env()).status, 0);
    Run again = cli({ u"db"_s, u"migrate-to"_s, uri }, env());
    QCOMPARE(again.status, 1);
    QVERIFY2(again.err.contains(u"already holds an inventory"_s), qPrintable(again.err));
    auto to = Test::openDatabase(m_dir->filePath(u"target"_s));
    QVERIFY(to.ok());
    QSqlQuery q((*to)->connection());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM hosts"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);

    // Another application's database is not touched either.
    const QString other = emptyDatabase(u"other"_s);
    {
        auto db = Test::openDatabase(m_dir->filePath(u"other"_s), 0);
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(u"CREATE TABLE invoices (id INTEGER)"_s).ok());
    }
    again = cli({ u"db"_s, u"migrate-to"_s, other }, env());
    QCOMPARE(again.status, 1);
    QVERIFY2(again.err.contains(u"not empty"_s) && again.err.contains(u"invoices"_s), qPrintable(again.err));
    auto untouched = Test::openDatabase(m_dir->filePath(u"other"_s), 0);
    QVERIFY(untouched.ok());
    QSqlQuery t((*untouched)->connection());
    QVERIFY(t.exec(u"SELECT to_regclass('hosts') IS NULL"_s) && t.next());
    QVERIFY(t.value(0).toBool());
}

// A row the target refuses (SQLite keeps a host name longer than the column allows): nothing
// of the copy stays.
void TestCliDb::migrateIsOneTransaction()
{
    if (!Test::onPostgres())
        QSKIP("needs the PostgreSQL server of tests/pg/pg-session.sh (tst_clidb_pg)");
    fillWorkspace();
    {
        auto from = Inventory::Database::openSqlite(m_dir->filePath(u"ws/crashcart.db"_s));
        QVERIFY(from.ok());
        QVERIFY((*from)->exec(u"UPDATE hosts SET hostname = '"_s + QString(300, u'x') + u"' WHERE hostname = 'db01'"_s).ok());
    }
    const QString uri = emptyDatabase(u"target"_s);
    const Run r = cli({ u"db"_s, u"migrate-to"_s, uri }, env());
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(u"hosts"_s) && r.err.contains(u"nothing was copied"_s), qPrintable(r.err));
    auto to = Test::openDatabase(m_dir->filePath(u"target"_s));
    QVERIFY(to.ok());
    auto busy = Inventory::InventoryCopy::nonEmptyTables(**to);
    QVERIFY(busy.ok());
    QVERIFY(busy->isEmpty());
}

void TestCliDb::useKeepsTheServer()
{
    if (!Test::onPostgres())
        QSKIP("needs the PostgreSQL server of tests/pg/pg-session.sh (tst_clidb_pg)");
    fillWorkspace();
    const QString uri = emptyDatabase(u"target"_s);
    QCOMPARE(cli({ u"db"_s, u"migrate-to"_s, uri }, env()).status, 0);
    Run r = cli({ u"db"_s, u"use"_s, uri }, env());
    QVERIFY2(r.status == 0, qPrintable(r.err));
    r = cli({ u"db"_s, u"status"_s }, env());
    QVERIFY2(r.out.contains(u"PostgreSQL"_s), qPrintable(r.out));
    // A host added now goes to the server, not to the file.
    write(*m_dir, u"more.csv"_s, "mac,hostname\n52:54:00:aa:50:09,new01\n");
    QCOMPARE(cli({ u"hosts"_s, u"import"_s, m_dir->filePath(u"more.csv"_s) }, env()).status, 0);
    QVERIFY(cli({ u"hosts"_s, u"list"_s }, env()).out.contains(u"new01"_s));
    QVERIFY(!cli({ u"--database"_s, u"sqlite"_s, u"hosts"_s, u"list"_s }, env()).out.contains(u"new01"_s));
    QCOMPARE(cli({ u"db"_s, u"use"_s, u"sqlite"_s }, env()).status, 0);
    QVERIFY(!cli({ u"hosts"_s, u"list"_s }, env()).out.contains(u"new01"_s));
}

// db init by the owner, db grant, and an operator's arm outside its pools said as "Not allowed".
void TestCliDb::initGrantAndNotAllowed()
{
    if (!Test::onPostgres())
        QSKIP("needs the PostgreSQL server of tests/pg/pg-session.sh (tst_clidb_pg)");
    fillWorkspace();
    auto server = Inventory::DatabaseUri::parse(Test::postgresServer());
    QVERIFY(server.ok());
    auto super = Inventory::Database::openPostgres(*server, 0);
    QVERIFY(super.ok());
    QVERIFY((*super)->exec(u"CREATE ROLE cli_owner LOGIN CREATEROLE"_s).ok());
    QVERIFY((*super)->exec(u"CREATE ROLE cli_op LOGIN"_s).ok());
    QVERIFY((*super)->exec(u"CREATE DATABASE clidb OWNER cli_owner"_s).ok());
    const QString owner = Test::postgresServer() + u"&dbname=clidb&user=cli_owner"_s;
    const QString op = Test::postgresServer() + u"&dbname=clidb&user=cli_op"_s;
    Run r = cli({ u"db"_s, u"init"_s, u"--database"_s, owner }, env());
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"crashcart_operator"_s), qPrintable(r.out));
    QCOMPARE(cli({ u"db"_s, u"migrate-to"_s, owner }, env()).status, 0);
    r = cli({ u"db"_s, u"grant"_s, u"cli_op"_s, u"--role"_s, u"operator"_s, u"--pool"_s, u"rack12"_s, u"--database"_s, owner }, env());
    QVERIFY2(r.status == 0, qPrintable(r.err));
    r = cli({ u"db"_s, u"grant"_s, u"cli_op"_s, u"--role"_s, u"boss"_s, u"--database"_s, owner }, env());
    QCOMPARE(r.status, 2);
    // web01 is in rack12, web02 in rack13.
    r = cli({ u"--database"_s, op, u"hosts"_s, u"arm"_s, u"52:54:00:aa:50:01"_s }, env());
    QVERIFY2(r.status == 0, qPrintable(r.err));
    r = cli({ u"--database"_s, op, u"hosts"_s, u"arm"_s, u"52:54:00:aa:50:02"_s }, env());
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(u"Not allowed"_s), qPrintable(r.err));
    r = cli({ u"--database"_s, op, u"profiles"_s, u"remove"_s, u"rhel9"_s }, env());
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(u"Not allowed"_s), qPrintable(r.err));
    QVERIFY(cli({ u"--database"_s, op, u"profiles"_s, u"list"_s }, env()).out.contains(u"rhel9"_s));
}

void TestCliDb::auditCommand()
{
    fillWorkspace();
    Run r = cli({ u"audit"_s }, env());
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(u"  profile  -  saved rhel9"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"  arm  52:54:00:aa:50:01  rhel9"_s), qPrintable(r.out));
    r = cli({ u"audit"_s, u"--host"_s, u"52:54:00:aa:50:01"_s, u"--since"_s, u"1h"_s, u"--json"_s }, env());
    QCOMPARE(r.status, 0);
    const QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first()[u"action"_s].toString(), u"arm"_s);
    QCOMPARE(entries.first()[u"mac"_s].toString(), u"52:54:00:aa:50:01"_s);
    r = cli({ u"audit"_s, u"--since"_s, u"2999-01-01"_s }, env());
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out, QString());
    QCOMPARE(cli({ u"audit"_s, u"--since"_s, u"yesterday"_s }, env()).status, 2);
    QCOMPARE(cli({ u"audit"_s, u"--host"_s, u"web01"_s }, env()).status, 2);
    if (!Test::onPostgres())
        return;
    // Copied with the inventory, as it was.
    const QString uri = emptyDatabase(u"target"_s);
    QCOMPARE(cli({ u"db"_s, u"migrate-to"_s, uri }, env()).status, 0);
    const Run copied = cli({ u"--database"_s, uri, u"audit"_s, u"--json"_s }, env());
    QCOMPARE(copied.status, 0);
    QCOMPARE(copied.out, cli({ u"audit"_s, u"--json"_s }, env()).out);
}

QTEST_GUILESS_MAIN(TestCliDb)
#include "tst_clidb.moc"
