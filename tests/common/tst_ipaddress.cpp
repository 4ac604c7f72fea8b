// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ipaddress.h"

#include <QTest>

namespace IpAddress = Crashcart::IpAddress;

class TestIpAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
};

void TestIpAddress::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused

    QTest::newRow("v4") << "10.0.0.1" << "10.0.0.1";
    QTest::newRow("v4 zero octet") << "192.168.0.10" << "192.168.0.10";
    QTest::newRow("v4 blanks") << " 10.0.0.1 " << "10.0.0.1";
    QTest::newRow("v6") << "2001:db8::1" << "2001:db8::1";
    QTest::newRow("v6 upper long") << "2001:0DB8:0000:0000:0000:0000:0000:0001" << "2001:db8::1";
    QTest::newRow("v6 link-local") << "fe80::1" << "fe80::1";

    QTest::newRow("empty") << "" << "";
    QTest::newRow("three octets") << "10.0.1" << "";
    QTest::newRow("single number") << "167772161" << "";
    QTest::newRow("octal-looking") << "010.0.0.1" << "";
    QTest::newRow("octet too big") << "10.0.0.256" << "";
    QTest::newRow("hex octet") << "0x0a.0.0.1" << "";
    QTest::newRow("loopback") << "127.0.0.1" << "";
    QTest::newRow("unspecified") << "0.0.0.0" << "";
    QTest::newRow("multicast") << "224.0.0.1" << "";
    QTest::newRow("broadcast") << "255.255.255.255" << "";
    QTest::newRow("v6 loopback") << "::1" << "";
    QTest::newRow("v6 any") << "::" << "";
    QTest::newRow("v6 scoped") << "fe80::1%eth0" << "";
    QTest::newRow("v6 garbage") << "2001:db8:::1" << "";
    QTest::newRow("cidr") << "10.0.0.1/24" << "";
    QTest::newRow("port") << "10.0.0.1:80" << "";
    QTest::newRow("fullwidth digits") << QString::fromUtf8("\xef\xbc\x91\xef\xbc\x90.0.0.1") << "";
    QTest::newRow("huge") << QString(5000, u'1') << "";
}

void TestIpAddress::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto result = IpAddress::normalize(input);
    if (expected.isEmpty()) {
        QVERIFY(!result.ok());
        QVERIFY(!result.error().message.isEmpty());
    } else {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(*result, expected);
    }
}

QTEST_APPLESS_MAIN(TestIpAddress)
#include "tst_ipaddress.moc"
