// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL addresses as people type them: accepted ones name their parts; a password, a
// wrong scheme, several servers or a parameter libpq does not know are refused with a reason.
#include "inventory/databaseuri.h"

#include <QTest>

using namespace Crashcart;
using namespace Crashcart::Inventory;
using namespace Qt::StringLiterals;

class TestDatabaseUri : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void withDatabase();
};

void TestDatabaseUri::accepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("display");
    QTest::newRow("tcp") << u"postgresql://ops@db.example.org:5433/crashcart"_s << u"ops"_s << u"db.example.org"_s << 5433
                         << u"crashcart"_s << u"ops@db.example.org:5433/crashcart"_s;
    QTest::newRow("short scheme") << u"postgres://ops@10.0.0.5/inv"_s << u"ops"_s << u"10.0.0.5"_s << 0 << u"inv"_s
                                  << u"ops@10.0.0.5/inv"_s;
    QTest::newRow("unix socket") << u"postgresql://ops@/crashcart?host=/run/postgresql"_s << u"ops"_s
                                 << u"/run/postgresql"_s << 0 << u"crashcart"_s << u"ops@/run/postgresql/crashcart"_s;
    QTest::newRow("ipv6") << u"postgresql://ops@[::1]:5432/c"_s << u"ops"_s << u"::1"_s << 5432 << u"c"_s
                          << u"ops@::1:5432/c"_s;
    QTest::newRow("no user") << u"postgresql://db/c?sslmode=require"_s << QString() << u"db"_s << 0 << u"c"_s << u"db/c"_s;
    QTest::newRow("port param") << u"postgresql:///c?host=/tmp&port=6000"_s << QString() << u"/tmp"_s << 6000 << u"c"_s
                                << u"/tmp:6000/c"_s;
    QTest::newRow("encoded user") << u"postgresql://j%40corp@db/c"_s << u"j@corp"_s << u"db"_s << 0 << u"c"_s
                                  << u"j@corp@db/c"_s;
    QTest::newRow("spaces around") << u"  postgresql://ops@db/c  "_s << u"ops"_s << u"db"_s << 0 << u"c"_s << u"ops@db/c"_s;
}

void TestDatabaseUri::accepts()
{
    QFETCH(QString, text);
    auto uri = DatabaseUri::parse(text);
    QVERIFY2(uri.ok(), qPrintable(uri.ok() ? QString() : uri.error().message));
    QTEST(uri->user(), "user");
    QTEST(uri->host(), "host");
    QTEST(uri->port(), "port");
    QTEST(uri->database(), "database");
    QTEST(uri->display(), "display");
    QCOMPARE(uri->uri(), text.trimmed());
}

void TestDatabaseUri::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString() << u"db.uri"_s;
    QTest::newRow("sqlite path") << u"/var/lib/crashcart.db"_s << u"db.uri"_s;
    QTest::newRow("mysql") << u"mysql://ops@db/c"_s << u"db.uri"_s;
    QTest::newRow("password") << u"postgresql://ops:secret@db/c"_s << u"db.uri.password"_s;
    QTest::newRow("empty password") << u"postgresql://ops:@db/c"_s << u"db.uri.password"_s;
    QTest::newRow("password param") << u"postgresql://ops@db/c?password=secret"_s << u"db.uri.password"_s;
    QTest::newRow("several hosts") << u"postgresql://ops@a:5432,b:5432/c"_s << u"db.uri"_s;
    QTest::newRow("unknown param") << u"postgresql://ops@db/c?sslmod=require"_s << u"db.uri"_s;
    QTest::newRow("bad port") << u"postgresql://ops@db:99999/c"_s << u"db.uri"_s;
    QTest::newRow("port zero") << u"postgresql://ops@db:0/c"_s << u"db.uri"_s;
    QTest::newRow("bad port param") << u"postgresql://ops@db/c?port=x"_s << u"db.uri"_s;
    QTest::newRow("space inside") << u"postgresql://ops@db/c d"_s << u"db.uri"_s;
    QTest::newRow("newline") << u"postgresql://ops@db/c\nhost=evil"_s << u"db.uri"_s;
    QTest::newRow("slash in name") << u"postgresql://ops@db/c/d"_s << u"db.uri"_s;
    QTest::newRow("fragment") << u"postgresql://ops@db/c#x"_s << u"db.uri"_s;
    QTest::newRow("conninfo") << u"host=db dbname=c"_s << u"db.uri"_s;
}

void TestDatabaseUri::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    auto uri = DatabaseUri::parse(text);
    QVERIFY(!uri.ok());
    QCOMPARE(uri.error().code, code);
    QVERIFY(!uri.error().message.isEmpty());
    QVERIFY2(!uri.error().message.contains(u"secret"_s), "a refused password is never repeated");
}

void TestDatabaseUri::withDatabase()
{
    auto uri = DatabaseUri::parse(u"postgresql://ops@/postgres?host=/tmp/x&connect_timeout=3"_s);
    QVERIFY(uri.ok());
    const DatabaseUri other = uri->withDatabase(u"t_1"_s);
    QCOMPARE(other.database(), u"t_1"_s);
    auto again = DatabaseUri::parse(other.uri());
    QVERIFY2(again.ok(), qPrintable(other.uri()));
    QCOMPARE(again->database(), u"t_1"_s);
    QCOMPARE(again->host(), u"/tmp/x"_s);
    QVERIFY(again->hasParameter(u"connect_timeout"_s));
}

QTEST_APPLESS_MAIN(TestDatabaseUri)
#include "tst_databaseuri.moc"
