// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/database.h"
#include "inventory/databaseuri.h"
#include "inventory/hostrepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::Inventory;
using namespace Qt::StringLiterals;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshIsLatest();
    void migratesFromEveryOlderVersion_data();
    void migratesFromEveryOlderVersion();
    void refusesNewerSchema();
    void refusesGarbageFile();
    void integrityAfterWrites();
    void dataVersionSeesOtherConnections();
    void postgresRefusals_data();
    void postgresRefusals();
};

void TestDatabase::freshIsLatest()
{
    QTemporaryDir tmp;
    auto db = Crashcart::Test::openDatabase(tmp.filePath(u"i.db"_s));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QCOMPARE((*db)->schemaVersion(), Database::LatestVersion);
    const QStringList tables = (*db)->connection().tables();
    for (const QString &t : { u"schema_version"_s, u"hosts"_s, u"profiles"_s, u"events"_s, u"settings"_s })
        QVERIFY2(tables.contains(t), qPrintable(t));
}

void TestDatabase::migratesFromEveryOlderVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < Database::LatestVersion; ++v)
        QTest::addRow("from v%d", v) << v;
}

void TestDatabase::migratesFromEveryOlderVersion()
{
    QFETCH(int, from);
    QTemporaryDir tmp;
    const QString path = tmp.filePath(u"i.db"_s);
    {
        auto old = Crashcart::Test::openDatabase(path, from);
        QVERIFY(old.ok());
        QCOMPARE((*old)->schemaVersion(), from);
        if (from >= 1) {
            // A host as a release with that schema stored it.
            QSqlQuery q((*old)->connection());
            QVERIFY(q.exec(u"INSERT INTO hosts (mac, hostname, ip, tags, notes, state, created_at, updated_at)"
                           " VALUES ('52:54:00:00:00:01', 'web01', '10.0.0.1', 'a,b', 'n', 'new', 1, 1)"_s));
        }
    }
    auto db = Crashcart::Test::openDatabase(path);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QCOMPARE((*db)->schemaVersion(), Database::LatestVersion);
    HostRepository repo(**db);
    auto hosts = repo.all();
    QVERIFY(hosts.ok());
    QCOMPARE(hosts->size(), from >= 1 ? 1 : 0);
    if (from >= 1) {
        QCOMPARE(hosts->first().hostname, u"web01"_s);
        QCOMPARE(hosts->first().tags, (QStringList { u"a"_s, u"b"_s }));
    }
    // Reopening a migrated database changes nothing.
    db->reset();
    auto again = Crashcart::Test::openDatabase(path);
    QVERIFY(again.ok());
    QCOMPARE((*again)->schemaVersion(), Database::LatestVersion);
}

void TestDatabase::refusesNewerSchema()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(u"i.db"_s);
    {
        auto db = Crashcart::Test::openDatabase(path);
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(u"UPDATE schema_version SET version = 99"_s).ok());
    }
    auto db = Crashcart::Test::openDatabase(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, u"db.newer"_s);
}

void TestDatabase::refusesGarbageFile()
{
    if (Crashcart::Test::onPostgres())
        QSKIP("a file's bytes: SQLite only");
    QTemporaryDir tmp;
    const QString path = tmp.filePath(u"i.db"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    auto db = Crashcart::Test::openDatabase(path);
    QVERIFY(!db.ok());
    QVERIFY(!db.error().message.isEmpty());
}

void TestDatabase::integrityAfterWrites()
{
    if (Crashcart::Test::onPostgres())
        QSKIP("SQLite's integrity check and journal mode");
    QTemporaryDir tmp;
    auto db = Crashcart::Test::openDatabase(tmp.filePath(u"i.db"_s));
    QVERIFY(db.ok());
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
}

// What the app and `serve` poll to see another process's writes.
void TestDatabase::dataVersionSeesOtherConnections()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(u"i.db"_s);
    auto watcher = Crashcart::Test::openDatabase(path);
    QVERIFY(watcher.ok());
    auto writer = Crashcart::Test::openDatabase(path);
    QVERIFY(writer.ok());
    const qint64 before = (*watcher)->dataVersion();
    QVERIFY(before != -1);
    QCOMPARE((*watcher)->dataVersion(), before); // nothing written: nothing to reload
    QVERIFY((*writer)->exec(u"INSERT INTO settings (name, value) VALUES ('k', 'v')"_s).ok());
    QVERIFY((*watcher)->dataVersion() != before);
}

void TestDatabase::postgresRefusals_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("code");
    QTest::newRow("no server there") << u"port=1"_s << u"db.connect"_s;
    QTest::newRow("no such database") << u"dbname=nothere"_s << u"db.connect"_s;
    QTest::newRow("no such role") << u"user=nobodyhere"_s << u"db.connect"_s;
}

// A wrong address or login is an error that says what happened, not a crash or a hang.
void TestDatabase::postgresRefusals()
{
    if (!Crashcart::Test::onPostgres())
        QSKIP("needs the PostgreSQL server of tests/pg/pg-session.sh");
    QFETCH(QString, change);
    QFETCH(QString, code);
    auto uri = DatabaseUri::parse(Crashcart::Test::postgresServer() + u'&' + change);
    QVERIFY2(uri.ok(), qPrintable(uri.ok() ? QString() : uri.error().message));
    auto db = Database::openPostgres(*uri);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, code);
    QVERIFY2(db.error().message.contains(uri->display()), qPrintable(db.error().message));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
