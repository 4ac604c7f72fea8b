// SPDX-License-Identifier: GPL-3.0-or-later
// host, host:port, v6 and [v6]:port: parsed, normalised, written back the same way; loopback
// accepted (tunnels and test BMCs); bad ports and shapes refused with the text named.
#include "common/hostport.h"

#include <QTest>

using namespace Crashcart;

class TestHostPort : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestHostPort::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("back");
    QTest::newRow("ipv4") << "10.0.0.5" << true << "10.0.0.5" << 0 << "10.0.0.5";
    QTest::newRow("ipv4:port") << "10.0.0.5:6230" << true << "10.0.0.5" << 6230 << "10.0.0.5:6230";
    QTest::newRow("name") << "BMC1.oob" << true << "bmc1.oob" << 0 << "bmc1.oob";
    QTest::newRow("name:port") << "bmc1:623" << true << "bmc1" << 623 << "bmc1:623";
    QTest::newRow("v6") << "FD00::5" << true << "fd00::5" << 0 << "fd00::5";
    QTest::newRow("[v6]") << "[fd00::5]" << true << "fd00::5" << 0 << "fd00::5";
    QTest::newRow("[v6]:port") << "[fd00::5]:8443" << true << "fd00::5" << 8443 << "[fd00::5]:8443";
    QTest::newRow("loopback") << "127.0.0.1:6623" << true << "127.0.0.1" << 6623 << "127.0.0.1:6623";
    QTest::newRow("[::1]:port") << "[::1]:6623" << true << "::1" << 6623 << "[::1]:6623";
    QTest::newRow("empty") << "  " << false << "" << 0 << "";
    QTest::newRow("port 0") << "10.0.0.5:0" << false << "" << 0 << "";
    QTest::newRow("port too big") << "10.0.0.5:65536" << false << "" << 0 << "";
    QTest::newRow("port words") << "10.0.0.5:ipmi" << false << "" << 0 << "";
    QTest::newRow("unclosed [") << "[fd00::5:8443" << false << "" << 0 << "";
    QTest::newRow("junk after ]") << "[fd00::5]x" << false << "" << 0 << "";
    QTest::newRow("not v6 in []") << "[10.0.0.5]:1" << false << "" << 0 << "";
    QTest::newRow("url") << "https://bmc1/" << false << "" << 0 << "";
    QTest::newRow("bad name") << "bmc_1!:623" << false << "" << 0 << "";
}

void TestHostPort::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, back);
    auto parsed = HostPort::parse(text);
    QCOMPARE(bool(parsed), ok);
    if (!ok) {
        QCOMPARE(parsed.error().code, QStringLiteral("hostport"));
        QVERIFY2(parsed.error().message.contains(text.trimmed().left(20)), qPrintable(parsed.error().message));
        return;
    }
    QCOMPARE(parsed->host, host);
    QCOMPARE(int(parsed->port), port);
    QCOMPARE(parsed->toString(), back);
    QCOMPARE(HostPort::parse(parsed->toString()).value(), *parsed);
}

QTEST_GUILESS_MAIN(TestHostPort)
#include "tst_hostport.moc"
