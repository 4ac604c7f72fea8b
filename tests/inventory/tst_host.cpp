// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/host.h"

#include <QTest>

using namespace Crashcart::Inventory;

class TestHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setField_data();
    void setField();
    void refusedEditLeavesHost();
    void fieldNames();
    void stateNames();
};

void TestHost::setField_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("stored"); // the text form afterwards

    const int mac = int(HostField::Mac), name = int(HostField::Hostname), ip = int(HostField::Ip),
              profile = int(HostField::Profile), bmc = int(HostField::BmcAddress), bmcType = int(HostField::BmcType),
              tags = int(HostField::Tags), notes = int(HostField::Notes);
    QTest::newRow("mac") << mac << "AA-BB-CC-DD-EE-F0" << true << "aa:bb:cc:dd:ee:f0";
    QTest::newRow("mac bad") << mac << "nope" << false << "";
    QTest::newRow("name") << name << "Web01" << true << "web01";
    QTest::newRow("name empty") << name << "" << true << "";
    QTest::newRow("name bad") << name << "web_01" << false << "";
    QTest::newRow("ip dhcp word") << ip << "DHCP" << true << "";
    QTest::newRow("ip empty") << ip << "" << true << "";
    QTest::newRow("ip v4") << ip << "10.1.2.3" << true << "10.1.2.3";
    QTest::newRow("ip bad") << ip << "10.1.2" << false << "";
    QTest::newRow("profile") << profile << " rhel9-web " << true << "rhel9-web";
    QTest::newRow("profile bad") << profile << "rhel 9" << false << "";
    QTest::newRow("bmc ip") << bmc << "10.9.0.1" << true << "10.9.0.1";
    QTest::newRow("bmc name") << bmc << "web01-ipmi.oob" << true << "web01-ipmi.oob";
    QTest::newRow("bmc bad") << bmc << "http://x" << false << "";
    QTest::newRow("bmc ip:port") << bmc << " 10.9.0.1:6230 " << true << "10.9.0.1:6230";
    QTest::newRow("bmc [v6]:port") << bmc << "[FD00::5]:8443" << true << "[fd00::5]:8443";
    QTest::newRow("bmc loopback tunnel") << bmc << "127.0.0.1:6623" << true << "127.0.0.1:6623";
    QTest::newRow("bmc port 0") << bmc << "10.9.0.1:0" << false << "";
    QTest::newRow("bmc port junk") << bmc << "bmc1:ipmi" << false << "";
    QTest::newRow("bmc type") << bmcType << "Redfish" << true << "redfish";
    QTest::newRow("bmc type bad") << bmcType << "telnet" << false << "";
    QTest::newRow("tags") << tags << "rack3, gpu  role=web,rack3" << true << "rack3,gpu,role=web";
    QTest::newRow("tags bad") << tags << "a\"b" << false << "";
    QTest::newRow("notes") << notes << "line 1\nline 2, with; punctuation \"quoted\"" << true
                           << "line 1\nline 2, with; punctuation \"quoted\"";
    QTest::newRow("notes control") << notes << QString::fromLatin1("bell\x07") << false << "";
    QTest::newRow("notes too long") << notes << QString(5000, u'x') << false << "";
}

void TestHost::setField()
{
    QFETCH(int, field);
    QFETCH(QString, input);
    QFETCH(bool, accepted);
    QFETCH(QString, stored);
    Host h;
    const auto r = h.setField(HostField(field), input);
    QCOMPARE(r.ok(), accepted);
    if (accepted) {
        QCOMPARE(h.field(HostField(field)), stored);
        // What field() writes, setField() reads back to the same value.
        Host again;
        QVERIFY(again.setField(HostField(field), h.field(HostField(field))).ok());
        QCOMPARE(again.field(HostField(field)), stored);
    } else {
        QVERIFY(!r.error().message.isEmpty());
    }
}

void TestHost::refusedEditLeavesHost()
{
    Host h;
    QVERIFY(h.setField(HostField::Hostname, QStringLiteral("web01")).ok());
    const Host before = h;
    QVERIFY(!h.setField(HostField::Hostname, QStringLiteral("-bad-")).ok());
    QCOMPARE(h, before);
}

void TestHost::fieldNames()
{
    for (int i = 0; i < HostFieldCount; ++i) {
        HostField f;
        QVERIFY(fieldFromName(fieldName(HostField(i)).toUpper(), &f));
        QCOMPARE(int(f), i);
        QVERIFY(!fieldLabel(HostField(i)).isEmpty());
    }
    HostField f;
    QVERIFY(!fieldFromName(u"state", &f));
    QVERIFY(!fieldFromName(u"", &f));
}

void TestHost::stateNames()
{
    for (int i = int(HostState::New); i <= int(HostState::Failed); ++i) {
        HostState s;
        QVERIFY(stateFromName(stateName(HostState(i)), &s));
        QCOMPARE(int(s), i);
    }
    HostState s;
    QVERIFY(!stateFromName(u"bogus", &s));
}

QTEST_APPLESS_MAIN(TestHost)
#include "tst_host.moc"
