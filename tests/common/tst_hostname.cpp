// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/hostname.h"

#include <QTest>

namespace Hostname = Crashcart::Hostname;

class TestHostname : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
};

void TestHostname::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused

    QTest::newRow("label") << "web01" << "web01";
    QTest::newRow("upper") << "WEB01" << "web01";
    QTest::newRow("fqdn") << "web01.rack3.example.com" << "web01.rack3.example.com";
    QTest::newRow("trailing dot") << "web01.example.com." << "web01.example.com";
    QTest::newRow("digit first (RFC 1123)") << "3com" << "3com";
    QTest::newRow("inner hyphen") << "db-primary" << "db-primary";
    QTest::newRow("63 chars") << QString(63, u'a') << QString(63, u'a');
    QTest::newRow("253 chars") << (QString(63, u'a') + u'.' + QString(63, u'b') + u'.' + QString(63, u'c') + u'.' + QString(61, u'd'))
                               << (QString(63, u'a') + u'.' + QString(63, u'b') + u'.' + QString(63, u'c') + u'.' + QString(61, u'd'));
    QTest::newRow("blanks trimmed") << "  web01 " << "web01";

    QTest::newRow("empty") << "" << "";
    QTest::newRow("64 chars") << QString(64, u'a') << "";
    QTest::newRow("254 chars") << (QString(63, u'a') + u'.' + QString(63, u'b') + u'.' + QString(63, u'c') + u'.' + QString(62, u'd')) << "";
    QTest::newRow("leading hyphen") << "-web" << "";
    QTest::newRow("trailing hyphen") << "web-" << "";
    QTest::newRow("underscore") << "web_01" << "";
    QTest::newRow("space") << "web 01" << "";
    QTest::newRow("empty label") << "web..example" << "";
    QTest::newRow("leading dot") << ".web" << "";
    QTest::newRow("only dot") << "." << "";
    QTest::newRow("ipv4") << "10.0.0.1" << "";
    QTest::newRow("unicode") << QString::fromUtf8("\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8") << "";
    QTest::newRow("fullwidth") << QString::fromUtf8("\xef\xbd\x97\xef\xbd\x85\xef\xbd\x82") << "";
    QTest::newRow("nul") << QString::fromUtf16(u"web\u000001", 6) << "";
    QTest::newRow("shell") << "web;rm -rf /" << "";
    QTest::newRow("slash") << "web/01" << "";
    QTest::newRow("huge") << QString(100000, u'a') << "";
}

void TestHostname::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto result = Hostname::normalize(input);
    if (expected.isEmpty()) {
        QVERIFY(!result.ok());
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(result.error().message.size() < 400);
    } else {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(*result, expected);
    }
}

QTEST_APPLESS_MAIN(TestHostname)
#include "tst_hostname.moc"
