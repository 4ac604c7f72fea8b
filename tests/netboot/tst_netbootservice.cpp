// SPDX-License-Identifier: GPL-3.0-or-later
// The service on loopback with real clients: curl fetches over TFTP and HTTP while the
// servers run on the worker thread, and the events arrive on the creator's thread; servers
// stop cleanly, one at a time or with the service; a taken port names the process holding it;
// full DHCP on loopback offers an address from its pool and keeps the lease in its file; the
// syslog server hears a datagram and a TCP line on one port and says where it listens; HTTP
// accesses travel in batches, yet each arrives once, in order, also when HTTP stops at once.
#include "dhcptestclient.h"

#include "netboot/dhcp/dhcppacket.h"
#include "netboot/netbootservice.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkInterface>
#include <QNetworkDatagram>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QUdpSocket>

using namespace Crashcart;
using namespace Crashcart::Netboot;
using namespace Qt::StringLiterals;

namespace {

bool makeFile(const QString &path, qint64 size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(7);
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (qint64 done = 0; done < size; done += chunk.size()) {
        rng.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
        f.write(chunk.constData(), std::min<qint64>(chunk.size(), size - done));
    }
    return true;
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    return f.open(QIODevice::ReadOnly) && h.addData(&f) ? h.result() : QByteArray();
}

// curl runs while the event loop turns, so events arrive as they would in the app.
int curl(const QStringList &args)
{
    QProcess p;
    p.start(u"curl"_s, args);
    if (!p.waitForStarted())
        return -1;
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < 60000)
        QTest::qWait(20);
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

ServiceConfig loopback()
{
    ServiceConfig c;
    c.listen = QHostAddress::LocalHost;
    c.tftpPort = 0;
    c.httpPort = 0;
    c.dhcpPort = 0;
    c.pxePort = 0;
    c.syslogPort = 0;
    return c;
}

} // namespace

class TestNetbootService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void servesAndReportsOnTheCallersThread();
    void stopsEachServer();
    void idsStayUniqueAcrossRestarts();
    void takenPortNamesTheProcess();
    void dhcpModes();
    void foreignAddressIsNotATakenPort();
    void dhcpHearsBeyondTheListenAddress();
    void fullDhcpOffersFromThePool();
    void fullDhcpRefusesABadPool_data();
    void fullDhcpRefusesABadPool();
    void serverChangedReachesTheContent();
    void destroyedWhileServing();
    void repeatedRequestIsOneTransfer();
    void newRequestEndsLostSizeProbe();
    void syslogOverUdpAndTcp();
    void everyHttpAccessArrivesInOrder();

private:
    QTemporaryDir m_dir;
    QString m_tftp, m_http;
};

void TestNetbootService::initTestCase()
{
    for (const QString &tool : { u"curl"_s, u"python3"_s }) {
        QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                 qPrintable(tool + u" is missing: packaging/dev.sh test installs it (packaging/debian-test.txt)"_s));
    }
    QVERIFY(m_dir.isValid());
    m_tftp = m_dir.filePath(u"tftp"_s);
    m_http = m_dir.filePath(u"http"_s);
    QVERIFY(QDir().mkpath(m_tftp) && QDir().mkpath(m_http));
    QVERIFY(makeFile(m_tftp + u"/big.bin"_s, 8 * 1024 * 1024));
    QVERIFY(makeFile(m_http + u"/vmlinuz"_s, 3 * 1024 * 1024 + 17));
}

void TestNetbootService::servesAndReportsOnTheCallersThread()
{
    NetbootService service(ServiceContent::fromFolders(m_tftp, m_http));
    QThread *const mine = QThread::currentThread();
    int foreignEmissions = 0;
    const auto check = [&] { foreignEmissions += QThread::currentThread() != mine; };
    connect(&service, &NetbootService::started, this, check, Qt::DirectConnection);
    connect(&service, &NetbootService::transferStarted, this, check, Qt::DirectConnection);
    connect(&service, &NetbootService::transferProgress, this, check, Qt::DirectConnection);
    connect(&service, &NetbootService::transferFinished, this, check, Qt::DirectConnection);
    connect(&service, &NetbootService::httpAccessed, this, check, Qt::DirectConnection);
    QSignalSpy started(&service, &NetbootService::started);
    QSignalSpy transferStarted(&service, &NetbootService::transferStarted);
    QSignalSpy progress(&service, &NetbootService::transferProgress);
    QSignalSpy finished(&service, &NetbootService::transferFinished);
    QSignalSpy accessed(&service, &NetbootService::httpAccessed);

    service.start(ServerKind::Tftp, loopback());
    service.start(ServerKind::Http, loopback());
    QCOMPARE(service.state(ServerKind::Tftp), NetbootService::State::Starting);
    QTRY_COMPARE(started.size(), 2);
    QVERIFY(service.isRunning(ServerKind::Tftp) && service.isRunning(ServerKind::Http));
    const quint16 tftpPort = service.port(ServerKind::Tftp);
    const quint16 httpPort = service.port(ServerKind::Http);
    QVERIFY(tftpPort && httpPort && tftpPort != 69 && httpPort != 80);

    const QString out = m_dir.filePath(u"out.bin"_s);
    QCOMPARE(curl({ u"-sS"_s, u"--tftp-blksize"_s, u"1468"_s, u"tftp://127.0.0.1:%1/big.bin"_s.arg(tftpPort), u"-o"_s, out }), 0);
    QCOMPARE(sha256(out), sha256(m_tftp + u"/big.bin"_s));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(transferStarted.size(), 1);
    const auto info = transferStarted.first().at(0).value<Tftp::TransferInfo>();
    QCOMPARE(info.file, u"big.bin"_s);
    QCOMPARE(info.size, 8 * 1024 * 1024);
    QCOMPARE(info.blockSize, 1468);
    QCOMPARE(info.client, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(transferStarted.first().at(1).value<MacAddress>().isNull()); // loopback has no neighbours
    QCOMPARE(finished.first().at(0).toULongLong(), info.id);
    QVERIFY(finished.first().at(1).toBool());
    QCOMPARE(finished.first().at(3).toLongLong(), 8 * 1024 * 1024);
    for (const auto &p : std::as_const(progress))
        QCOMPARE(p.at(0).toULongLong(), info.id);

    QCOMPARE(curl({ u"-sS"_s, u"-H"_s, u"X-RHN-Provisioning-MAC-0: eth0 52:54:00:aa:bb:cc"_s,
                    u"http://127.0.0.1:%1/vmlinuz"_s.arg(httpPort), u"-o"_s, out }), 0);
    QCOMPARE(sha256(out), sha256(m_http + u"/vmlinuz"_s));
    QTRY_COMPARE(accessed.size(), 1);
    const auto access = accessed.first().at(0).value<Http::Access>();
    QCOMPARE(access.status, 200);
    QCOMPARE(access.path, u"/vmlinuz"_s);
    QCOMPARE(access.mac.toString(), u"52:54:00:aa:bb:cc"_s);

    // A refusal is an event too.
    QSignalSpy refused(&service, &NetbootService::requestRefused);
    QVERIFY(curl({ u"-sS"_s, u"tftp://127.0.0.1:%1/../etc/passwd"_s.arg(tftpPort), u"-o"_s, out }) != 0);
    QTRY_COMPARE(refused.size(), 1);
    QCOMPARE(foreignEmissions, 0);
}

void TestNetbootService::stopsEachServer()
{
    NetbootService service(ServiceContent::fromFolders(m_tftp, m_http));
    QSignalSpy started(&service, &NetbootService::started);
    QSignalSpy stopped(&service, &NetbootService::stopped);
    service.start(ServerKind::Tftp, loopback());
    service.start(ServerKind::Http, loopback());
    QTRY_COMPARE(started.size(), 2);
    const quint16 tftpPort = service.port(ServerKind::Tftp);
    const quint16 httpPort = service.port(ServerKind::Http);

    service.stop(ServerKind::Tftp);
    QCOMPARE(service.state(ServerKind::Tftp), NetbootService::State::Stopping);
    QTRY_COMPARE(stopped.size(), 1);
    QCOMPARE(stopped.first().at(0).value<ServerKind>(), ServerKind::Tftp);
    QCOMPARE(service.state(ServerKind::Tftp), NetbootService::State::Stopped);
    QVERIFY(service.isRunning(ServerKind::Http));
    QUdpSocket rebind; // the port is free again
    QVERIFY(rebind.bind(QHostAddress::LocalHost, tftpPort));
    QCOMPARE(curl({ u"-sS"_s, u"-o"_s, u"/dev/null"_s, u"http://127.0.0.1:%1/vmlinuz"_s.arg(httpPort) }), 0);

    service.stopAll();
    QTRY_COMPARE(stopped.size(), 2);
    QCOMPARE(service.state(ServerKind::Http), NetbootService::State::Stopped);
    QVERIFY(curl({ u"-sS"_s, u"-o"_s, u"/dev/null"_s, u"http://127.0.0.1:%1/vmlinuz"_s.arg(httpPort) }) != 0);
    service.stop(ServerKind::Dhcp); // not running: nothing to say
    QTest::qWait(50);
    QCOMPARE(stopped.size(), 2);
}

void TestNetbootService::idsStayUniqueAcrossRestarts()
{
    NetbootService service(ServiceContent::fromFolders(m_tftp, m_http));
    QSignalSpy started(&service, &NetbootService::started);
    QSignalSpy finished(&service, &NetbootService::transferFinished);
    QList<quint64> ids;
    for (int round = 0; round < 2; ++round) {
        service.start(ServerKind::Tftp, loopback()); // the second start restarts it
        QTRY_COMPARE(started.size(), round + 1);
        QCOMPARE(curl({ u"-sS"_s, u"-o"_s, u"/dev/null"_s, u"tftp://127.0.0.1:%1/big.bin"_s.arg(service.port(ServerKind::Tftp)) }), 0);
        QTRY_COMPARE(finished.size(), round + 1);
        ids.append(finished.last().at(0).toULongLong());
    }
    QVERIFY(ids[0] != ids[1]);
}

void TestNetbootService::takenPortNamesTheProcess()
{
    // Another program holds a UDP and a TCP port on loopback.
    QProcess holder;
    holder.start(u"python3"_s, { u"-c"_s, uR"(import socket, sys, time
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(("127.0.0.1", 0))
t = socket.socket(); t.bind(("127.0.0.1", 0)); t.listen(1)
print(u.getsockname()[1], t.getsockname()[1], flush=True)
time.sleep(60))"_s });
    for (int i = 0; i < 100 && !holder.canReadLine(); ++i)
        holder.waitForReadyRead(100);
    const QByteArray printed = holder.readLine();
    const QList<QByteArray> ports = printed.trimmed().split(' ');
    QVERIFY2(ports.size() == 2, printed.constData());
    QFile comm(u"/proc/%1/comm"_s.arg(holder.processId()));
    QVERIFY(comm.open(QIODevice::ReadOnly));
    const QString name = QString::fromLocal8Bit(comm.readAll()).trimmed();
    const qint64 pid = holder.processId();

    NetbootService service(ServiceContent::fromFolders(m_tftp, m_http));
    QSignalSpy failed(&service, &NetbootService::failed);
    ServiceConfig config = loopback();
    config.tftpPort = quint16(ports[0].toUInt());
    config.httpPort = quint16(ports[1].toUInt());
    service.start(ServerKind::Tftp, config);
    service.start(ServerKind::Http, config);
    QTRY_COMPARE(failed.size(), 2);
    holder.kill();
    QVERIFY(holder.waitForFinished());
    const QString who = u"%1 (process %2)"_s.arg(name).arg(pid);
    for (const auto &f : std::as_const(failed)) {
        const QString message = f.at(1).toString();
        QVERIFY2(message.contains(who), qPrintable(message));
    }
    QCOMPARE(service.state(ServerKind::Tftp), NetbootService::State::Stopped);
    QCOMPARE(service.state(ServerKind::Http), NetbootService::State::Stopped);
}

void TestNetbootService::foreignAddressIsNotATakenPort()
{
    // Listening on an address this machine does not have: said so, not "port taken".
    NetbootService service(ServiceContent::fromFolders(m_tftp, m_http));
    QSignalSpy failed(&service, &NetbootService::failed);
    ServiceConfig config = loopback();
    config.listen = QHostAddress(u"192.0.2.77"_s); // TEST-NET-1: never a local address
    config.tftpPort = 16969;
    config.httpPort = 18080;
    service.start(ServerKind::Tftp, config);
    service.start(ServerKind::Http, config);
    QTRY_COMPARE(failed.size(), 2);
    for (const auto &f : std::as_const(failed)) {
        const QString message = f.at(1).toString();
        QVERIFY2(message.contains(u"not one of this machine's"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"taken"_s), qPrintable(message));
    }
}

void TestNetbootService::dhcpModes()
{
    NetbootService service(ServiceContent::fromFolders(m_tftp, m_http));
    QSignalSpy failed(&service, &NetbootService::failed);
    QSignalSpy started(&service, &NetbootService::started);
    QSignalSpy listening(&service, &NetbootService::dhcpListening);
    ServiceConfig config = loopback();
    config.dhcpMode = DhcpMode::Full; // without an interface: refused, it would answer everywhere
    config.pool.first = QHostAddress(u"127.0.0.100"_s);
    config.pool.last = QHostAddress(u"127.0.0.120"_s);
    service.start(ServerKind::Dhcp, config);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.first().at(1).toString().contains(u"interface"_s), qPrintable(failed.first().at(1).toString()));
    QCOMPARE(service.state(ServerKind::Dhcp), NetbootService::State::Stopped);
    config.dhcpMode = DhcpMode::Proxy;
    service.start(ServerKind::Dhcp, config);
    QTRY_COMPARE(started.size(), 1);
    QCOMPARE(listening.size(), 1);
    QVERIFY(listening.first().at(0).toUInt() && listening.first().at(1).toUInt());
    QCOMPARE(listening.first().at(2).value<QHostAddress>(), QHostAddress(QHostAddress::LocalHost));
}

namespace {

Dhcp::Packet clientMessage(Dhcp::MessageType type, const QHostAddress &requested = {}, const QHostAddress &server = {})
{
    return DhcpTestClient::message(type, QByteArray("\x52\x54\x00\x00\x00\x09", 6), requested, server);
}

} // namespace

void TestNetbootService::dhcpHearsBeyondTheListenAddress()
{
    // Listening on one of this machine's network addresses, proxyDHCP still hears what does
    // not come to that address (a PXE client's broadcast; here a datagram to loopback), and
    // tells clients to boot from the listen address.
    QHostAddress own;
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && own.isNull())
            own = a;
    }
    if (own.isNull())
        QSKIP("this machine has no IPv4 address besides loopback");
    NetbootService service(ServiceContent::fromFolders(m_tftp, m_http));
    QSignalSpy started(&service, &NetbootService::started);
    QSignalSpy failed(&service, &NetbootService::failed);
    ServiceConfig config = loopback();
    config.listen = own;
    config.dhcpMode = DhcpMode::Proxy;
    service.start(ServerKind::Dhcp, config);
    QTRY_VERIFY(started.size() + failed.size() == 1);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, 0));
    const auto offer = DhcpTestClient::exchange(client, clientMessage(Dhcp::MessageType::Discover), service.port(ServerKind::Dhcp));
    QVERIFY(offer);
    QCOMPARE(offer->siaddr, own);
}

void TestNetbootService::fullDhcpOffersFromThePool()
{
    // The loopback interface stands in for the isolated lab network.
    ServiceContent content = ServiceContent::fromFolders(m_tftp, m_http);
    const auto reserved = MacAddress::parse(u"52:54:00:00:00:0a"_s).value();
    content.reservations = [reserved] { return QHash<MacAddress, QHostAddress> { { reserved, QHostAddress(u"127.0.0.110"_s) } }; };
    NetbootService service(std::move(content));
    QSignalSpy started(&service, &NetbootService::started);
    QSignalSpy failed(&service, &NetbootService::failed);
    QSignalSpy leased(&service, &NetbootService::dhcpLeased);
    QSignalSpy answered(&service, &NetbootService::dhcpAnswered);
    ServiceConfig config = loopback();
    config.interface = u"lo"_s;
    config.dhcpMode = DhcpMode::Full;
    config.pool.first = QHostAddress(u"127.0.0.100"_s);
    config.pool.last = QHostAddress(u"127.0.0.120"_s);
    config.pool.router = QHostAddress(u"127.0.0.1"_s);
    config.pool.dns = { QHostAddress(u"127.0.0.53"_s) };
    config.pool.leaseFile = m_dir.filePath(u"dhcp-leases.json"_s);
    QFile::remove(config.pool.leaseFile);
    service.start(ServerKind::Dhcp, config);
    QTRY_VERIFY(started.size() + failed.size() == 1);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
    const quint16 port = service.port(ServerKind::Dhcp);
    QVERIFY(port);

    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, 0));
    const auto offer = DhcpTestClient::exchange(client, clientMessage(Dhcp::MessageType::Discover), port);
    QVERIFY(offer);
    QCOMPARE(offer->messageType(), std::optional<Dhcp::MessageType>(Dhcp::MessageType::Offer));
    const quint32 offered = offer->yiaddr.toIPv4Address();
    QVERIFY2(offered >= QHostAddress(u"127.0.0.100"_s).toIPv4Address() && offered <= QHostAddress(u"127.0.0.120"_s).toIPv4Address(),
             qPrintable(offer->yiaddr.toString()));
    QVERIFY(offer->yiaddr != QHostAddress(u"127.0.0.110"_s)); // another MAC's reservation
    QCOMPARE(offer->options.value(1), QByteArray("\xff\x00\x00\x00", 4)); // lo's netmask
    QCOMPARE(offer->options.value(3), QByteArray("\x7f\x00\x00\x01", 4));
    QCOMPARE(offer->file, QByteArray("pxelinux.0")); // a PXE client also gets its boot file
    QTRY_COMPARE(leased.size(), 1);
    QCOMPARE(leased.first().at(1).value<QHostAddress>(), offer->yiaddr);
    QVERIFY(!leased.first().at(2).toBool());
    QTRY_COMPARE(answered.size(), 1);

    const auto ack = DhcpTestClient::exchange(client, clientMessage(Dhcp::MessageType::Request, offer->yiaddr, QHostAddress::LocalHost), port);
    QVERIFY(ack);
    QCOMPARE(ack->messageType(), std::optional<Dhcp::MessageType>(Dhcp::MessageType::Ack));
    QCOMPARE(ack->yiaddr, offer->yiaddr);
    QTRY_COMPARE(leased.size(), 2);
    QVERIFY(leased.last().at(2).toBool());
    QCOMPARE(leased.last().at(0).value<MacAddress>().toString(), u"52:54:00:00:00:09"_s);

    // The lease is in the workspace's file.
    QFile file(config.pool.leaseFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray leases = QJsonDocument::fromJson(file.readAll()).object().value(u"leases"_s).toArray();
    QCOMPARE(leases.size(), 1);
    QCOMPARE(leases.first().toObject().value(u"address"_s).toString(), offer->yiaddr.toString());
}

void TestNetbootService::fullDhcpRefusesABadPool_data()
{
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("router");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no interface") << QString() << u"127.0.0.100"_s << u"127.0.0.120"_s << QString() << u"interface"_s;
    QTest::newRow("no pool") << u"lo"_s << QString() << QString() << QString() << u"first and the last"_s;
    QTest::newRow("outside the interface") << u"lo"_s << u"10.9.0.100"_s << u"10.9.0.120"_s << QString() << u"not in a subnet of lo"_s;
    QTest::newRow("reversed") << u"lo"_s << u"127.0.0.120"_s << u"127.0.0.100"_s << QString() << u"comes after"_s;
    QTest::newRow("router elsewhere") << u"lo"_s << u"127.0.0.100"_s << u"127.0.0.120"_s << u"10.0.0.1"_s << u"router"_s;
    QTest::newRow("no such interface") << u"nosuchif0"_s << u"127.0.0.100"_s << u"127.0.0.120"_s << QString() << u"nosuchif0"_s;
}

void TestNetbootService::fullDhcpRefusesABadPool()
{
    QFETCH(QString, interface);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, router);
    QFETCH(QString, expected);
    NetbootService service(ServiceContent::fromFolders(m_tftp, m_http));
    QSignalSpy failed(&service, &NetbootService::failed);
    ServiceConfig config = loopback();
    config.interface = interface;
    config.dhcpMode = DhcpMode::Full;
    config.pool.first = QHostAddress(first);
    config.pool.last = QHostAddress(last);
    config.pool.router = QHostAddress(router);
    service.start(ServerKind::Dhcp, config);
    QTRY_COMPARE(failed.size(), 1);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestNetbootService::serverChangedReachesTheContent()
{
    ServiceContent content = ServiceContent::fromFolders(m_tftp, m_http);
    QList<BootServer> seen;
    QMutex mutex;
    content.serverChanged = [&](const BootServer &server) {
        QMutexLocker lock(&mutex);
        seen.append(server);
    };
    NetbootService service(std::move(content));
    QSignalSpy started(&service, &NetbootService::started);
    service.start(ServerKind::Http, loopback());
    QTRY_COMPARE(started.size(), 1);
    service.start(ServerKind::Tftp, loopback());
    QTRY_COMPARE(started.size(), 2);
    QMutexLocker lock(&mutex);
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.last().address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(seen.last().httpPort, service.port(ServerKind::Http)); // the port the system picked
    QCOMPARE(seen.last().tftpPort, service.port(ServerKind::Tftp));
}

void TestNetbootService::destroyedWhileServing()
{
    auto service = std::make_unique<NetbootService>(ServiceContent::fromFolders(m_tftp, m_http));
    QSignalSpy started(service.get(), &NetbootService::started);
    QSignalSpy transferStarted(service.get(), &NetbootService::transferStarted);
    service->start(ServerKind::Tftp, loopback());
    QTRY_COMPARE(started.size(), 1);
    // A client that asks and then never acknowledges: the transfer is still running (and
    // retransmitting) when the service goes.
    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, 0));
    client.writeDatagram(QByteArray("\0\1big.bin\0octet\0", 16), QHostAddress::LocalHost, service->port(ServerKind::Tftp));
    QTRY_COMPARE(transferStarted.size(), 1);
    QTRY_VERIFY(client.hasPendingDatagrams()); // the first block
    QElapsedTimer t;
    t.start();
    service.reset();
    QVERIFY(t.elapsed() < 5000);
}

// A client that asks again because our first block was lost (the same request from the same
// port) gets the one transfer it started, not a second from another port; once that transfer
// has ended, the same request starts a new one.
void TestNetbootService::repeatedRequestIsOneTransfer()
{
    QVERIFY(makeFile(m_tftp + u"/small.bin"_s, 700)); // two blocks of 512
    NetbootService service(ServiceContent::fromFolders(m_tftp, m_http));
    QSignalSpy started(&service, &NetbootService::started);
    QSignalSpy transferStarted(&service, &NetbootService::transferStarted);
    QSignalSpy finished(&service, &NetbootService::transferFinished);
    service.start(ServerKind::Tftp, loopback());
    QTRY_COMPARE(started.size(), 1);
    const quint16 port = service.port(ServerKind::Tftp);
    const QByteArray rrq("\0\1small.bin\0octet\0", 18);
    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, 0));
    QSet<quint16> senders;
    const auto drain = [&] {
        while (client.hasPendingDatagrams())
            senders.insert(quint16(client.receiveDatagram().senderPort()));
    };
    client.writeDatagram(rrq, QHostAddress::LocalHost, port);
    QTRY_VERIFY(client.hasPendingDatagrams());
    client.writeDatagram(rrq, QHostAddress::LocalHost, port); // "I heard nothing"
    client.writeDatagram(rrq, QHostAddress::LocalHost, port);
    QTest::qWait(300);
    drain();
    QCOMPARE(transferStarted.size(), 1);
    QCOMPARE(senders.size(), 1); // one TID answers
    const quint16 tid = *senders.cbegin();
    client.writeDatagram(QByteArray("\0\4\0\1", 4), QHostAddress::LocalHost, tid);
    QTRY_VERIFY(client.hasPendingDatagrams()); // block 2, the last
    client.writeDatagram(QByteArray("\0\4\0\2", 4), QHostAddress::LocalHost, tid);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.first().at(1).toBool());

    client.writeDatagram(rrq, QHostAddress::LocalHost, port); // the transfer is over: a new request
    QTRY_COMPARE(transferStarted.size(), 2);
}

// OVMF sizes a file first (tsize in the request, our OACK, its ERROR) and then asks for it from
// a new port. When that ERROR is lost, the probe would wait for an ACK and fail after its
// retries beside a boot that went on; after the new request it ends at its first timeout as the
// size probe it was. A transfer already sending data is not touched, nor is another client of
// the same address (loopback here, NAT elsewhere) that ACKs its OACK.
void TestNetbootService::newRequestEndsLostSizeProbe()
{
    QVERIFY(makeFile(m_tftp + u"/snponly.efi"_s, 5000));
    NetbootService service(ServiceContent::fromFolders(m_tftp, m_http));
    QSignalSpy started(&service, &NetbootService::started);
    QSignalSpy transferStarted(&service, &NetbootService::transferStarted);
    QSignalSpy finished(&service, &NetbootService::transferFinished);
    service.start(ServerKind::Tftp, loopback());
    QTRY_COMPARE(started.size(), 1);
    const quint16 port = service.port(ServerKind::Tftp);
    const QByteArray probeRrq("\0\1snponly.efi\0octet\0tsize\0" "0\0", 28);
    const QByteArray plainRrq("\0\1snponly.efi\0octet\0", 20);

    QUdpSocket plain; // a transfer sending data (no options, so no OACK): never a probe
    QVERIFY(plain.bind(QHostAddress::LocalHost, 0));
    plain.writeDatagram(plainRrq, QHostAddress::LocalHost, port);
    QTRY_VERIFY(plain.hasPendingDatagrams());
    QCOMPARE(plain.receiveDatagram().data().left(4), QByteArray("\0\3\0\1", 4)); // DATA 1
    QUdpSocket probe;
    QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
    probe.writeDatagram(probeRrq, QHostAddress::LocalHost, port);
    QTRY_VERIFY(probe.hasPendingDatagrams());
    const QNetworkDatagram oack = probe.receiveDatagram();
    QCOMPARE(oack.data().left(2), QByteArray("\0\6", 2));
    QVERIFY(oack.data().contains("tsize\0" "5000\0"));
    QCOMPARE(transferStarted.size(), 2);
    QCOMPARE(finished.size(), 0);

    // Its ERROR is "lost": the same machine asks for the file from a new port, and ACKs the
    // OACK of that request at once.
    QUdpSocket real;
    QVERIFY(real.bind(QHostAddress::LocalHost, 0));
    real.writeDatagram(probeRrq, QHostAddress::LocalHost, port);
    QTRY_COMPARE(transferStarted.size(), 3);
    QTRY_VERIFY(real.hasPendingDatagrams()); // the real transfer's OACK
    const QNetworkDatagram realOack = real.receiveDatagram();
    QCOMPARE(realOack.data().left(2), QByteArray("\0\6", 2));
    real.writeDatagram(QByteArray("\0\4\0\0", 4), realOack.senderAddress(), quint16(realOack.senderPort()));
    QTRY_VERIFY(real.hasPendingDatagrams());
    QCOMPARE(real.receiveDatagram().data().left(4), QByteArray("\0\3\0\1", 4)); // DATA 1
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000); // the probe, at its first timeout
    const auto probeInfo = transferStarted.at(1).at(0).value<Tftp::TransferInfo>();
    QCOMPARE(finished.at(0).at(0).value<quint64>(), probeInfo.id);
    QVERIFY(finished.at(0).at(1).toBool()); // done, not failed
    QVERIFY2(finished.at(0).at(2).toString().contains(u"size only"_s), qPrintable(finished.at(0).at(2).toString()));
    QCOMPARE(finished.at(0).at(5).toInt(), 0); // its OACK was not sent again
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1); // the plain and the real transfers go on
}

void TestNetbootService::syslogOverUdpAndTcp()
{
    ServiceContent content = ServiceContent::fromFolders(m_tftp, m_http);
    QList<BootServer> seen;
    QMutex mutex;
    content.serverChanged = [&](const BootServer &server) {
        QMutexLocker lock(&mutex);
        seen.append(server);
    };
    NetbootService service(std::move(content));
    QSignalSpy started(&service, &NetbootService::started);
    QSignalSpy stopped(&service, &NetbootService::stopped);
    QSignalSpy received(&service, &NetbootService::syslogReceived);
    QSignalSpy ignored(&service, &NetbootService::syslogIgnored);
    QCOMPARE(serverName(ServerKind::Syslog), u"syslog"_s);
    service.start(ServerKind::Syslog, loopback());
    QTRY_COMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(0).value<ServerKind>(), ServerKind::Syslog);
    const quint16 port = service.port(ServerKind::Syslog);
    QVERIFY(port != 0);
    QVERIFY(service.isRunning(ServerKind::Syslog));
    {
        QMutexLocker lock(&mutex);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.last().syslogPort, port); // what inst.syslog= will name
    }

    QUdpSocket udp;
    udp.writeDatagram("<30>anaconda[12]: Installing bash.x86_64 (12/345)"_ba, QHostAddress::LocalHost, port);
    QTRY_COMPARE(received.size(), 1);
    QTcpSocket tcp;
    tcp.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(tcp.waitForConnected(5000));
    tcp.write("<29>2026-12-04T16:00:01+00:00 localhost anaconda[12]: Running post-installation scripts\nnot syslog\n"_ba);
    QTRY_COMPARE(received.size(), 2);
    QTRY_COMPARE(ignored.size(), 1);
    QCOMPARE(received.at(0).at(0).value<QHostAddress>(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(received.at(0).at(2).value<Syslog::Message>().text, u"Installing bash.x86_64 (12/345)"_s);
    QCOMPARE(received.at(1).at(2).value<Syslog::Message>().text, u"Running post-installation scripts"_s);
    QCOMPARE(received.at(1).at(2).value<Syslog::Message>().severityName(), u"notice"_s);

    service.stop(ServerKind::Syslog);
    QTRY_COMPARE(stopped.size(), 1);
    QCOMPARE(stopped.at(0).at(0).value<ServerKind>(), ServerKind::Syslog);
    QTRY_COMPARE(tcp.state(), QAbstractSocket::UnconnectedState);
    {
        QMutexLocker lock(&mutex);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.last().syslogPort, quint16(0)); // no more inst.syslog=
    }
    QUdpSocket rebind; // both ports are free again
    QVERIFY(rebind.bind(QHostAddress::LocalHost, port));
    QTcpServer relisten;
    QVERIFY(relisten.listen(QHostAddress::LocalHost, port));
}

void TestNetbootService::everyHttpAccessArrivesInOrder()
{
    NetbootService service(ServiceContent::fromFolders(m_tftp, m_http));
    QSignalSpy started(&service, &NetbootService::started);
    QSignalSpy accessed(&service, &NetbootService::httpAccessed);
    qsizetype accessedWhenStopped = -1;
    connect(&service, &NetbootService::stopped, this, [&] { accessedWhenStopped = accessed.size(); });
    service.start(ServerKind::Http, loopback());
    QTRY_COMPARE(started.size(), 1);
    // One curl, one keep-alive connection, 60 requests; the last ones still gathering in the
    // service when HTTP is told to stop.
    constexpr int count = 60;
    QStringList args { u"-sS"_s };
    for (int i = 0; i < count; ++i)
        args << u"-o"_s << u"/dev/null"_s << u"http://127.0.0.1:%1/missing/%2"_s.arg(service.port(ServerKind::Http)).arg(i);
    QCOMPARE(curl(args), 0);
    service.stop(ServerKind::Http);
    QTRY_VERIFY(accessedWhenStopped >= 0);
    QCOMPARE(accessedWhenStopped, count);
    QCOMPARE(accessed.size(), count);
    for (int i = 0; i < count; ++i) {
        const auto access = accessed.at(i).at(0).value<Http::Access>();
        QCOMPARE(access.path, u"/missing/%1"_s.arg(i));
        QCOMPARE(access.status, 404);
    }
}

QTEST_GUILESS_MAIN(TestNetbootService)
#include "tst_netbootservice.moc"
