// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/macaddress.h"

#include <QTest>

using Crashcart::MacAddress;

class TestMacAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void hashAndOrder();
};

void TestMacAddress::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::addColumn<QString>("errorCode");

    const QString norm = QStringLiteral("aa:bb:cc:dd:ee:f0");
    QTest::newRow("colons") << "aa:bb:cc:dd:ee:f0" << norm << "";
    QTest::newRow("upper colons") << "AA:BB:CC:DD:EE:F0" << norm << "";
    QTest::newRow("dashes") << "AA-BB-CC-DD-EE-F0" << norm << "";
    QTest::newRow("cisco dots") << "aabb.ccdd.eef0" << norm << "";
    QTest::newRow("bare") << "aabbccddeef0" << norm << "";
    QTest::newRow("bare upper") << "AABBCCDDEEF0" << norm << "";
    QTest::newRow("surrounding blanks") << "  aa:bb:cc:dd:ee:f0\t" << norm << "";
    QTest::newRow("single digit groups") << "2:0:c:d:e:f" << "02:00:0c:0d:0e:0f" << "";
    QTest::newRow("qemu") << "52:54:00:12:34:56" << "52:54:00:12:34:56" << "";

    QTest::newRow("empty") << "" << "" << "mac.empty";
    QTest::newRow("blank") << "   " << "" << "mac.empty";
    QTest::newRow("five groups") << "aa:bb:cc:dd:ee" << "" << "mac.syntax";
    QTest::newRow("seven groups") << "aa:bb:cc:dd:ee:ff:00" << "" << "mac.syntax";
    QTest::newRow("mixed separators") << "aa:bb-cc:dd:ee:f0" << "" << "mac.syntax";
    QTest::newRow("mixed five and one") << "aa:bb:cc:dd:ee-f0" << "" << "mac.syntax";
    QTest::newRow("three digit group") << "aaa:bb:cc:dd:ee:f0" << "" << "mac.syntax";
    QTest::newRow("empty group") << "aa::cc:dd:ee:f0" << "" << "mac.syntax";
    QTest::newRow("non hex") << "gg:bb:cc:dd:ee:f0" << "" << "mac.syntax";
    QTest::newRow("eleven digits") << "aabbccddeef" << "" << "mac.syntax";
    QTest::newRow("thirteen digits") << "aabbccddeef00" << "" << "mac.syntax";
    QTest::newRow("cisco short group") << "aabb.ccd.eef0" << "" << "mac.syntax";
    QTest::newRow("inner space") << "aa:bb:cc :dd:ee:f0" << "" << "mac.syntax";
    QTest::newRow("fullwidth digits") << QString::fromUtf8("\xef\xbc\x91\xef\xbc\x92:bb:cc:dd:ee:f0") << "" << "mac.syntax";
    QTest::newRow("arabic digits") << QString::fromUtf8("\xd9\xa1\xd9\xa2" "bbccddeef0") << "" << "mac.syntax";
    QTest::newRow("nul inside") << QString::fromUtf16(u"aa:bb:cc:dd:ee:f\u00000", 17) << "" << "mac.syntax";
    QTest::newRow("very long") << QString(10000, u'a') << "" << "mac.syntax";
    QTest::newRow("sql") << "'; DROP TABLE hosts;--" << "" << "mac.syntax";
    QTest::newRow("all zero") << "00:00:00:00:00:00" << "" << "mac.zero";
    QTest::newRow("broadcast") << "ff:ff:ff:ff:ff:ff" << "" << "mac.multicast";
    QTest::newRow("multicast") << "01:00:5e:00:00:fb" << "" << "mac.multicast";
    QTest::newRow("plus sign") << "+a:bb:cc:dd:ee:f0" << "" << "mac.syntax";
}

void TestMacAddress::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QString, errorCode);
    const auto result = MacAddress::parse(input);
    if (expected.isEmpty()) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, errorCode);
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(result.error().message.size() < 300);
    } else {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->toString(), expected);
        // The normalised form parses back to the same address.
        QCOMPARE(MacAddress::parse(result->toString())->toString(), expected);
    }
}

void TestMacAddress::hashAndOrder()
{
    const auto a = *MacAddress::parse(u"52:54:00:00:00:01");
    const auto b = *MacAddress::parse(u"5254.0000.0001");
    const auto c = *MacAddress::parse(u"52:54:00:00:00:02");
    QCOMPARE(a, b);
    QCOMPARE(qHash(a), qHash(b));
    QVERIFY(a < c);
    QVERIFY(MacAddress().isNull());
    QVERIFY(MacAddress().toString().isEmpty());
}

QTEST_APPLESS_MAIN(TestMacAddress)
#include "tst_macaddress.moc"
