// SPDX-License-Identifier: GPL-3.0-or-later
// The syslog socket layer on loopback: datagrams from QUdpSocket and from util-linux's
// logger (a real third-party client) in both formats, garbage reported and not received,
// the flood gate on a fake clock and over the socket, and a taken port. Over TCP on the same
// port: both RFC 6587 framings from QTcpSocket and from logger --tcp, a MiB without a newline,
// a broken octet count, more connections than allowed, idle connections closed.
#include "netboot/syslog/syslogserver.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

#include <memory>
#include <vector>

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
    void tcpBothFramings();
    void tcpLoggerInterop_data();
    void tcpLoggerInterop();
    void tcpHugeLine();
    void tcpBrokenFraming();
    void tcpTooManyConnections();
    void tcpIdleTimeout();
    void tcpStopFromSlot();
    void takenTcpPort();
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

void TestSyslogServer::tcpBothFramings()
{
    Server server(loopback());
    QVERIFY(server.start().ok());
    QSignalSpy received(&server, &Server::received);
    QSignalSpy ignored(&server, &Server::ignored);

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(client.waitForConnected(5000));
    // rsyslog's @@ forwarding (what Anaconda sends), then octet counting, in awkward pieces.
    const QByteArray rsyslog = "<30>2026-12-04T16:00:01+00:00 localhost anaconda[1234]: Installing bash.x86_64 (12/345)\n"_ba;
    const QByteArray modern = "<14>1 2026-12-04T16:00:01.123Z host anaconda 1234 - - hello\nthere"_ba;
    const QByteArray stream = rsyslog + QByteArray::number(modern.size()) + ' ' + modern + "<13>app: last\r\n"_ba;
    for (qsizetype at = 0; at < stream.size(); at += 7) {
        client.write(stream.mid(at, 7));
        QVERIFY(client.waitForBytesWritten(5000));
    }
    QTRY_COMPARE(received.size(), 3);
    QCOMPARE(ignored.size(), 0);
    QCOMPARE(received.at(0).at(0).value<QHostAddress>(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(messageAt(received, 0).format, Format::Rfc3164);
    QCOMPARE(messageAt(received, 0).app, u"anaconda"_s);
    QCOMPARE(messageAt(received, 0).text, u"Installing bash.x86_64 (12/345)"_s);
    QVERIFY(!messageAt(received, 0).truncated);
    QCOMPARE(messageAt(received, 1).format, Format::Rfc5424);
    QVERIFY(messageAt(received, 1).text.startsWith(u"hello"_s)); // the LF inside is the codec's to clean
    QCOMPARE(messageAt(received, 2).text, u"last"_s);
}

void TestSyslogServer::tcpLoggerInterop_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("octetCount");
    QTest::newRow("rfc5424 lf") << u"--rfc5424"_s << false;
    QTest::newRow("rfc3164 lf") << u"--rfc3164"_s << false;
    QTest::newRow("rfc5424 octet count") << u"--rfc5424"_s << true;
    QTest::newRow("rfc3164 octet count") << u"--rfc3164"_s << true;
}

void TestSyslogServer::tcpLoggerInterop()
{
    QFETCH(QString, format);
    QFETCH(bool, octetCount);
    const QString logger = QStandardPaths::findExecutable(u"logger"_s);
    if (logger.isEmpty())
        QSKIP("util-linux's logger is not installed (Debian: bsdutils)");

    Server server(loopback());
    QVERIFY(server.start().ok());
    QSignalSpy received(&server, &Server::received);
    QSignalSpy ignored(&server, &Server::ignored);
    QStringList arguments { u"--tcp"_s, u"--server"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(server.port()),
                            format, u"--id=4242"_s, u"-p"_s, u"local1.warning"_s, u"-t"_s, u"anaconda"_s };
    if (octetCount)
        arguments << u"--octet-count"_s;
    QProcess process;
    process.start(logger, arguments + QStringList { u"Installing bash.x86_64 (12/345) \u00e9t\u00e9"_s });
    QVERIFY(process.waitForFinished(10000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    process.start(logger, arguments + QStringList { u"Running post-installation scripts"_s });
    QVERIFY(process.waitForFinished(10000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    QTRY_COMPARE(received.size(), 2);
    QCOMPARE(ignored.size(), 0);
    const Message m = messageAt(received, 0);
    QCOMPARE(m.format == Format::Rfc5424, format == u"--rfc5424"_s);
    QCOMPARE(m.facility, 17);
    QCOMPARE(m.severityName(), u"warning"_s);
    QCOMPARE(m.app, u"anaconda"_s);
    QCOMPARE(m.procId, u"4242"_s);
    QVERIFY(m.timestamp.isValid());
    QCOMPARE(m.text, u"Installing bash.x86_64 (12/345) \u00e9t\u00e9"_s);
    QCOMPARE(messageAt(received, 1).text, u"Running post-installation scripts"_s);
}

void TestSyslogServer::tcpHugeLine()
{
    Server server(loopback());
    QVERIFY(server.start().ok());
    QSignalSpy received(&server, &Server::received);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(client.waitForConnected(5000));
    client.write("<13>app: "_ba);
    const QByteArray chunk(64 * 1024, 'x');
    for (int i = 0; i < 16; ++i) // a MiB without a newline
        client.write(chunk);
    QTRY_COMPARE(received.size(), 1);
    QVERIFY(messageAt(received, 0).truncated);
    QVERIFY(messageAt(received, 0).text.size() <= kMaxStreamMessage);
    QVERIFY(messageAt(received, 0).text.startsWith(u"xxxx"_s));
    client.write("\n<13>app: after\n"_ba);
    QTRY_COMPARE(received.size(), 2);
    QCOMPARE(messageAt(received, 1).text, u"after"_s);
    QVERIFY(!messageAt(received, 1).truncated);
    QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
}

void TestSyslogServer::tcpBrokenFraming()
{
    Server server(loopback());
    QVERIFY(server.start().ok());
    QSignalSpy received(&server, &Server::received);
    QSignalSpy ignored(&server, &Server::ignored);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(client.waitForConnected(5000));
    client.write("<13>app: fine\nnot syslog\n12x<13>app: lost\n"_ba);
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(received.size(), 1);
    QCOMPARE(messageAt(received, 0).text, u"fine"_s);
    QCOMPARE(ignored.size(), 2);
    QVERIFY(ignored.at(0).at(1).toString().contains(u"<PRI>"_s)); // a line that is not syslog: the stream goes on
    QVERIFY2(ignored.at(1).at(1).toString().contains(u"octet count"_s), qPrintable(ignored.at(1).at(1).toString()));
}

void TestSyslogServer::tcpTooManyConnections()
{
    Server server(loopback()); // the default limit, 256
    QVERIFY(server.start().ok());
    QSignalSpy received(&server, &Server::received);
    QSignalSpy ignored(&server, &Server::ignored);
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < 300; ++i) {
        clients.push_back(std::make_unique<QTcpSocket>());
        clients.back()->connectToHost(QHostAddress::LocalHost, server.port());
    }
    const auto closed = [&clients] {
        return std::count_if(clients.begin(), clients.end(), [](const auto &c) {
            return c->state() == QAbstractSocket::UnconnectedState;
        });
    };
    QTRY_COMPARE(closed(), qsizetype(300 - 256));
    QTest::qWait(100);
    QCOMPARE(closed(), qsizetype(300 - 256));
    QCOMPARE(ignored.size(), 1); // said once, not 44 times
    QVERIFY(ignored.at(0).at(1).toString().contains(u"more than 256 connections"_s));

    // The accepted ones still work; once one leaves, a newcomer is accepted.
    const auto open = std::find_if(clients.begin(), clients.end(), [](const auto &c) {
        return c->state() == QAbstractSocket::ConnectedState;
    });
    QVERIFY(open != clients.end());
    (*open)->write("<13>app: still here\n"_ba);
    QTRY_COMPARE(received.size(), 1);
    (*open)->disconnectFromHost();
    QTest::qWait(100);
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(late.waitForConnected(5000));
    late.write("<13>app: newcomer\n"_ba);
    QTRY_COMPARE(received.size(), 2);
    QCOMPARE(messageAt(received, 1).text, u"newcomer"_s);
    QCOMPARE(late.state(), QAbstractSocket::ConnectedState);
}

void TestSyslogServer::tcpIdleTimeout()
{
    ServerConfig config = loopback();
    config.tcp.idleTimeoutMs = 200;
    Server server(config);
    QVERIFY(server.start().ok());
    QSignalSpy received(&server, &Server::received);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(client.waitForConnected(5000));
    client.write("<13>app: one\n"_ba);
    QTRY_COMPARE(received.size(), 1);
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
}

void TestSyslogServer::tcpStopFromSlot()
{
    Server server(loopback());
    QVERIFY(server.start().ok());
    const quint16 port = server.port();
    QSignalSpy received(&server, &Server::received);
    connect(&server, &Server::received, &server, [&server] { server.stop(); });
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    client.write("<13>app: a\n<13>app: b\n<13>app: c\n"_ba);
    QTRY_COMPARE(received.size(), 1);
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(received.size(), 1);
    ServerConfig config = loopback();
    config.port = port;
    Server again(config);
    QVERIFY(again.start().ok());
}

void TestSyslogServer::takenTcpPort()
{
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
    ServerConfig config = loopback();
    config.port = holder.serverPort();
    Server server(config);
    const auto started = server.start();
    QVERIFY(!started.ok()); // UDP's port was free, TCP's is held
    QCOMPARE(started.error().code, u"syslog.tcp.bind"_s);
    QVERIFY2(started.error().message.contains(u"TCP"_s), qPrintable(started.error().message));
    QCOMPARE(server.port(), quint16(0));
}

QTEST_GUILESS_MAIN(TestSyslogServer)
#include "tst_syslogserver.moc"
