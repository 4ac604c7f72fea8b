// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/database.h"
#include "inventory/profile.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart::Inventory;
using namespace Qt::StringLiterals;

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data();
    void names();
    void savesReplacesAndRemoves();
    void version2ProfilesKeepTheirNames();
    void syslogRoundTrip();
};

void TestProfile::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"rhel9"_s << true;
    QTest::newRow("dots dashes") << u"rhel-9.4_web"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("dot dot") << u".."_s << false;
    QTest::newRow("leading dash") << u"-x"_s << false;
    QTest::newRow("space") << u"rhel 9"_s << false;
    QTest::newRow("non-ascii") << u"红帽"_s << false;
    QTest::newRow("too long") << QString(65, u'a') << false;
}

void TestProfile::names()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(validateProfileName(name).ok(), valid);
}

void TestProfile::savesReplacesAndRemoves()
{
    QTemporaryDir dir;
    auto db = Crashcart::Test::openDatabase(dir.filePath(u"i.db"_s));
    QVERIFY(db);
    ProfileRepository repo(**db);
    Profile p { u"rhel9"_s, u"web servers"_s, u"/srv/rhel9/vmlinuz"_s, { u"/srv/rhel9/initrd.img"_s, u"overlay with space.img"_s },
                u"inst.repo=http://m/rhel9"_s, u"kickstarts/web.ks"_s };
    QVERIFY(repo.save(p));
    auto found = repo.find(u"rhel9"_s);
    QVERIFY(found && *found);
    QCOMPARE(**found, p);
    p.kernelArgs = u"console=ttyS0"_s;
    p.initrds.clear();
    QVERIFY(repo.save(p));
    QCOMPARE(**repo.find(u"rhel9"_s), p);
    QCOMPARE(repo.all()->size(), 1);
    QVERIFY(!repo.save(Profile { u"bad/name"_s, {}, {}, {}, {}, {} }));
    QVERIFY(repo.remove(u"rhel9"_s));
    QVERIFY(!repo.find(u"rhel9"_s)->has_value());
}

void TestProfile::version2ProfilesKeepTheirNames()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.db"_s);
    {
        auto old = Crashcart::Test::openDatabase(path, 2);
        QVERIFY(old);
        QVERIFY((*old)->exec(u"INSERT INTO profiles (name, description, created_at) VALUES ('legacy', 'from v2', 1)"_s));
    }
    auto db = Crashcart::Test::openDatabase(path);
    QVERIFY(db);
    auto found = ProfileRepository(**db).find(u"legacy"_s);
    QVERIFY(found && *found);
    QCOMPARE((*found)->description, u"from v2"_s);
    QVERIFY((*found)->kernel.isEmpty());
}

void TestProfile::syslogRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.db"_s);
    {
        auto old = Crashcart::Test::openDatabase(path, 4); // before the column: profiles default to off
        QVERIFY(old);
        QVERIFY((*old)->exec(u"INSERT INTO profiles (name, description, created_at) VALUES ('legacy', '', 1)"_s));
    }
    auto db = Crashcart::Test::openDatabase(path);
    QVERIFY(db);
    QCOMPARE((*db)->schemaVersion(), Database::LatestVersion);
    ProfileRepository repo(**db);
    QCOMPARE((*repo.find(u"legacy"_s))->syslog, false);
    QCOMPARE((*repo.find(u"legacy"_s))->firmware, Firmware::Bios); // v6: BIOS unless set
    Profile p = **repo.find(u"legacy"_s);
    p.syslog = true;
    QVERIFY(repo.save(p));
    QCOMPARE(**repo.find(u"legacy"_s), p);
    QCOMPARE(repo.all()->at(0).syslog, true);
    p.syslog = false;
    QVERIFY(repo.save(p));
    QCOMPARE((*repo.find(u"legacy"_s))->syslog, false);
    p.firmware = Firmware::Uefi;
    QVERIFY(repo.save(p));
    QCOMPARE((*repo.find(u"legacy"_s))->firmware, Firmware::Uefi);
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
