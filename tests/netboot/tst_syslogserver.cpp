// SPDX-License-Identifier: GPL-3.0-or-later
// The syslog socket layer on loopback: datagrams from QUdpSocket and from util-linux's
// logger (a real third-party client) in both formats, garbage reported and not received,
// the flood gate on a fake clock and over the socket, and a taken port.
#include "netboot/syslog/syslogserver.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUdpSocket>

using namespace Crashcart;
using namespace Crashcart::Netboot::Syslog;
using namespace Qt::StringLiterals;

namespace {

ServerConfig loopback()
{
    ServerConfig config;
    config.address = QHostAddress::LocalHost;
    config.port = 0;
    return config;
}

Message messageAt(const QSignalSpy &spy, qsizetype i)
{
    return spy.at(i).at(1).value<Message>();
}

} // namespace

class TestSyslogServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void receivesBothFormats();
    void reportsGarbage();
    void largestUdpDatagram();
    void floodGateOnFakeClock();
    void floodIsCut();
    void takenPort();
    void stopFromSlotAndRestart();
    void loggerInterop_data();
    void loggerInterop();
};

void TestSyslogServer::receivesBothFormats()
{
    Server server(loopback());
    QVERIFY(server.start().ok());
    QVERIFY(server.port() != 0);
    QSignalSpy received(&server, &Server::received);
    QSignalSpy ignored(&server, &Server::ignored);

    QUdpSocket client;
    client.writeDatagram("<30>Dec  4 16:00:01 localhost anaconda[1234]: Installing bash.x86_64 (12/345)"_ba,
                         QHostAddress::LocalHost, server.port());
    client.writeDatagram("<14>1 2026-12-04T16:00:01.123Z host anaconda 1234 - [a@1 k=\"v\"] \xEF\xBB\xBFhello"_ba,
                         QHostAddress::LocalHost, server.port());
    QTRY_COMPARE(received.size(), 2);
    QCOMPARE(ignored.size(), 0);

    QCOMPARE(received.at(0).at(0).value<QHostAddress>(), QHostAddress(QHostAddress::LocalHost));
    const Message bsd = messageAt(received, 0);
    QCOMPARE(bsd.format, Format::Rfc3164);
    QCOMPARE(bsd.severityName(), u"info"_s);
    QCOMPARE(bsd.app, u"anaconda"_s);
    QCOMPARE(bsd.text, u"Installing bash.x86_64 (12/345)"_s);
    const Message modern = messageAt(received, 1);
    QCOMPARE(modern.format, Format::Rfc5424);
    QCOMPARE(modern.hostname, u"host"_s);
    QCOMPARE(modern.structuredData.size(), 1);
    QCOMPARE(modern.text, u"hello"_s);

    server.stop();
    QCOMPARE(server.port(), quint16(0));
}

void TestSyslogServer::reportsGarbage()
{
    Server server(loopback());
    QVERIFY(server.start().ok());
    QSignalSpy received(&server, &Server::received);
    QSignalSpy ignored(&server, &Server::ignored);

    QUdpSocket client;
    client.writeDatagram("hello"_ba, QHostAddress::LocalHost, server.port());
    client.writeDatagram("<999>x"_ba, QHostAddress::LocalHost, server.port());
    client.writeDatagram("<13>after the garbage"_ba, QHostAddress::LocalHost, server.port());
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(messageAt(received, 0).text, u"after the garbage"_s);
    QCOMPARE(ignored.size(), 2);
    QCOMPARE(ignored.at(0).at(0).value<QHostAddress>(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(ignored.at(0).at(1).toString().contains(u"<PRI>"_s));
    QVERIFY(ignored.at(1).at(1).toString().contains(u"191"_s));
}

void TestSyslogServer::largestUdpDatagram()
{
    // 65507 bytes is the most an IPv4 datagram carries, so the over-64-KiB branch cannot be
    // reached over loopback; the codec's test covers the limit itself.
    Server server(loopback());
    QVERIFY(server.start().ok());
    QSignalSpy received(&server, &Server::received);
    QUdpSocket client;
    const QByteArray head = "<13>app: "_ba;
    QCOMPARE(client.writeDatagram(QByteArray(head + QByteArray(65507 - head.size(), 'z')), QHostAddress::LocalHost, server.port()),
             qint64(65507));
    QTRY_COMPARE(received.size(), 1);
    QVERIFY(messageAt(received, 0).truncated);
    QCOMPARE(messageAt(received, 0).text.size(), kMaxText);
}

void TestSyslogServer::floodGateOnFakeClock()
{
    using V = FloodGate::Verdict;
    FloodGate gate(3);
    QCOMPARE(gate.admit(5000), V::Pass);
    QCOMPARE(gate.admit(5001), V::Pass);
    QCOMPARE(gate.admit(5500), V::Pass);
    QCOMPARE(gate.admit(5600), V::DropFirst);
    QCOMPARE(gate.admit(5999), V::Drop);
    QCOMPARE(gate.admit(6000), V::Pass); // a new second
    QCOMPARE(gate.admit(6001), V::Pass);
    QCOMPARE(gate.admit(6002), V::Pass);
    QCOMPARE(gate.admit(6003), V::DropFirst);
    QCOMPARE(gate.admit(9000), V::Pass);
}

void TestSyslogServer::floodIsCut()
{
    ServerConfig config = loopback();
    config.maxPerSecond = 10;
    Server server(config);
    QVERIFY(server.start().ok());
    QSignalSpy received(&server, &Server::received);
    QSignalSpy ignored(&server, &Server::ignored);
    QUdpSocket client;
    for (int i = 0; i < 200; ++i)
        client.writeDatagram(QByteArray("<13>app: flood "_ba + QByteArray::number(i)), QHostAddress::LocalHost, server.port());
    QTRY_VERIFY(!ignored.isEmpty());
    QVERIFY(ignored.at(0).at(1).toString().contains(u"more than 10 datagrams a second"_s));
    QVERIFY2(received.size() < 200, qPrintable(QString::number(received.size())));
    QCOMPARE(messageAt(received, 0).text, u"flood 0"_s);
}

void TestSyslogServer::takenPort()
{
    QUdpSocket holder;
    QVERIFY(holder.bind(QHostAddress::LocalHost, 0));
    ServerConfig config = loopback();
    config.port = holder.localPort();
    Server server(config);
    const auto started = server.start();
    QVERIFY(!started.ok());
    QCOMPARE(started.error().code, u"syslog.bind"_s);
    const QString message = started.error().message;
    QVERIFY2(message.contains(QString::number(config.port)) && message.contains(u"--syslog-port"_s), qPrintable(message));
    QCOMPARE(server.port(), quint16(0));
}

void TestSyslogServer::stopFromSlotAndRestart()
{
    Server server(loopback());
    QVERIFY(server.start().ok());
    const quint16 port = server.port();
    QSignalSpy received(&server, &Server::received);
    connect(&server, &Server::received, &server, [&server] { server.stop(); });
    QUdpSocket client;
    for (int i = 0; i < 3; ++i)
        client.writeDatagram("<13>app: x"_ba, QHostAddress::LocalHost, port);
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(server.port(), quint16(0));
    QTest::qWait(100);
    QCOMPARE(received.size(), 1); // nothing read after stop()

    // The port is free again at once, on the same server.
    ServerConfig config = loopback();
    config.port = port;
    Server again(config);
    QVERIFY(again.start().ok());
    QCOMPARE(again.port(), port);
}

void TestSyslogServer::loggerInterop_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("rfc5424");
    QTest::newRow("rfc5424") << u"--rfc5424"_s << true;
    QTest::newRow("rfc3164") << u"--rfc3164"_s << false;
}

void TestSyslogServer::loggerInterop()
{
    QFETCH(QString, format);
    QFETCH(bool, rfc5424);
    // util-linux's logger is in bsdutils, which Debian marks essential.
    const QString logger = QStandardPaths::findExecutable(u"logger"_s);
    if (logger.isEmpty())
        QSKIP("util-linux's logger is not installed (Debian: bsdutils)");

    Server server(loopback());
    QVERIFY(server.start().ok());
    QSignalSpy received(&server, &Server::received);
    QProcess process;
    process.start(logger, { u"--udp"_s, u"--server"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(server.port()),
                            format, u"--id=4242"_s, u"-p"_s, u"local1.warning"_s, u"-t"_s, u"anaconda"_s,
                            u"Installing bash.x86_64 (12/345) \u00e9t\u00e9"_s });
    QVERIFY(process.waitForFinished(10000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    QTRY_COMPARE(received.size(), 1);
    const Message m = messageAt(received, 0);
    QCOMPARE(m.format == Format::Rfc5424, rfc5424);
    QCOMPARE(m.facility, 17);
    QCOMPARE(m.severityName(), u"warning"_s);
    QCOMPARE(m.app, u"anaconda"_s);
    QCOMPARE(m.procId, u"4242"_s);
    QVERIFY(!m.hostname.isEmpty());
    QVERIFY(m.timestamp.isValid());
    QCOMPARE(m.text, u"Installing bash.x86_64 (12/345) \u00e9t\u00e9"_s);
    if (rfc5424) // logger adds [timeQuality tzKnown="1" isSynced="..." ...]
        QVERIFY(!m.structuredData.isEmpty() && m.structuredData.at(0).id == u"timeQuality"_s);
}

QTEST_GUILESS_MAIN(TestSyslogServer)
#include "tst_syslogserver.moc"
