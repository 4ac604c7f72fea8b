// SPDX-License-Identifier: GPL-3.0-or-later
#include "kickstart/commandtable.h"

#include <QTest>

using namespace Crashcart::Kickstart;
using namespace Qt::StringLiterals;

class TestCommandTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void releases();
    void unknownRelease();
    void canonical_data();
    void canonical();
    void status_data();
    void status();
    void options();
    void sections();
    void groupsAndConflicts();
};

void TestCommandTable::releases()
{
    const QStringList r = CommandTable::releases();
    for (const QString &name : { u"RHEL7"_s, u"RHEL8"_s, u"RHEL9"_s, u"RHEL10"_s, u"F39"_s, u"F42"_s, u"F45"_s })
        QVERIFY2(r.contains(name), qPrintable(name));
    QVERIFY(r.indexOf(u"RHEL7"_s) < r.indexOf(u"RHEL10"_s));
    QVERIFY(r.contains(CommandTable::defaultRelease()));
}

void TestCommandTable::unknownRelease()
{
    const auto t = CommandTable::forRelease(u"RHEL99"_s);
    QVERIFY(!t.ok());
    QCOMPARE(t.error().code, u"kickstart.release"_s);
    QVERIFY(t.error().message.contains(u"RHEL99"_s));
}

void TestCommandTable::canonical_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lower case") << u"rhel9"_s << u"RHEL9"_s;
    QTest::newRow("old fedora") << u"F34"_s << u"F39"_s;
    QTest::newRow("fc prefix") << u"fc6"_s << u"F39"_s;
    QTest::newRow("current fedora") << u"F45"_s << u"F45"_s;
}

void TestCommandTable::canonical()
{
    QFETCH(QString, given);
    QFETCH(QString, expected);
    QCOMPARE(CommandTable::canonicalRelease(given), expected);
}

void TestCommandTable::status_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("status"); // -1 unknown
    QTest::newRow("install active in RHEL7") << u"RHEL7"_s << u"install"_s << int(CommandSpec::Status::Active);
    QTest::newRow("install deprecated in RHEL8") << u"RHEL8"_s << u"install"_s << int(CommandSpec::Status::Deprecated);
    QTest::newRow("install removed in RHEL9") << u"RHEL9"_s << u"install"_s << int(CommandSpec::Status::Removed);
    QTest::newRow("rootpw active") << u"RHEL9"_s << u"rootpw"_s << int(CommandSpec::Status::Active);
    QTest::newRow("bootc unknown in RHEL9") << u"RHEL9"_s << u"bootc"_s << -1;
    QTest::newRow("nonsense unknown") << u"F45"_s << u"frobnicate"_s << -1;
}

void TestCommandTable::status()
{
    QFETCH(QString, release);
    QFETCH(QString, command);
    QFETCH(int, status);
    const auto t = CommandTable::forRelease(release);
    QVERIFY(t.ok());
    const CommandSpec *c = t->command(command);
    QCOMPARE(c ? int(c->status) : -1, status);
}

void TestCommandTable::options()
{
    const auto t = CommandTable::forRelease(u"RHEL9"_s);
    QVERIFY(t.ok());
    const CommandSpec *part = t->command(u"part"_s);
    QVERIFY(part);
    QVERIFY(part->options.value(u"--size"_s).needsValue());
    QCOMPARE(part->options.value(u"--size"_s).type, 'i');
    QCOMPARE(part->options.value(u"--grow"_s).kind, OptionSpec::Kind::Flag);
    QVERIFY(part->options.contains(u"--ondrive"_s)); // alias of --ondisk
    QVERIFY(t->command(u"logging"_s)->options.value(u"--level"_s).deprecated);
    QCOMPARE(t->command(u"timezone"_s)->options.value(u"--isUtc"_s).preferred, u"--utc"_s);
    QVERIFY(t->command(u"repo"_s)->options.value(u"--name"_s).required);
    QVERIFY(!t->command(u"rootpw"_s)->repeatable);
    QVERIFY(t->command(u"part"_s)->repeatable);
    QVERIFY(t->command(u"network"_s)->options.value(u"--bootproto"_s).choices.contains(u"dhcp"_s));
}

void TestCommandTable::sections()
{
    const auto t9 = CommandTable::forRelease(u"RHEL9"_s);
    const auto t7 = CommandTable::forRelease(u"RHEL7"_s);
    QVERIFY(t9.ok() && t7.ok());
    QVERIFY(t9->section(u"%post"_s)->options.contains(u"--nochroot"_s));
    QVERIFY(!t9->section(u"%pre"_s)->options.contains(u"--nochroot"_s));
    QVERIFY(t7->section(u"%packages"_s)->options.value(u"--nobase"_s).deprecated);
    QVERIFY(!t9->section(u"%packages"_s)->options.contains(u"--nobase"_s));
    QVERIFY(t9->section(u"%addon"_s)->ignoredBody);
    QVERIFY(t9->section(u"%traceback"_s)->deprecated);
    QVERIFY(!t7->section(u"%traceback"_s)->deprecated);
    QVERIFY(t9->sectionsNeedEnd());
    QVERIFY(!CommandTable::forRelease(u"RHEL5"_s)->sectionsNeedEnd());
}

void TestCommandTable::groupsAndConflicts()
{
    const auto t = CommandTable::forRelease(u"RHEL9"_s);
    QVERIFY(t->aliasGroup(u"text"_s).contains(u"graphical"_s));
    QVERIFY(t->aliasGroup(u"reboot"_s).contains(u"poweroff"_s));
    QVERIFY(t->aliasGroup(u"rootpw"_s).isEmpty());
    QVERIFY(t->command(u"autopart"_s)->conflicts.contains(u"partition"_s));
    QVERIFY(t->releasesWith(u"bootc"_s).contains(u"F45"_s));
}

QTEST_APPLESS_MAIN(TestCommandTable)
#include "tst_commandtable.moc"
