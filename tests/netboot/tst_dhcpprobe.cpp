// SPDX-License-Identifier: GPL-3.0-or-later
// The segment probe: the DISCOVER it sends, the replies it accepts, and a real exchange with
// Crashcart's own proxyDHCP on loopback; when it cannot listen it says so.
#include "netboot/defaultboot.h"
#include "netboot/dhcp/dhcpserver.h"
#include "netboot/dhcpprobe.h"

#include <QSignalSpy>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Crashcart;
using namespace Crashcart::Netboot;
using namespace Qt::StringLiterals;

namespace {

QByteArray reply(quint32 xid, Dhcp::MessageType type, const char *yiaddr, const QByteArray &file, quint8 op = 2)
{
    Dhcp::Packet p;
    p.op = op;
    p.xid = xid;
    p.yiaddr = QHostAddress(QLatin1String(yiaddr));
    p.siaddr = QHostAddress(u"10.0.0.2"_s);
    p.file = file;
    p.chaddr = QByteArray(16, '\1');
    p.options[53] = QByteArray(1, char(type));
    p.options[54] = QByteArray("\x0a\x00\x00\x01", 4);
    return Dhcp::serialize(p);
}

} // namespace

class TestDhcpProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void discoverLooksLikePxeFirmware();
    void replies_data();
    void replies();
    void findsOurProxyDhcp();
    void saysWhenItCannotListen();
    void saysWhenTheInterfaceIsMissing();
};

void TestDhcpProbe::discoverLooksLikePxeFirmware()
{
    const auto p = Dhcp::parse(makeProbeDiscover(0x12345678, QByteArray("\x02\x00\x00\xaa\xbb\xcc", 6)));
    QVERIFY(p.ok());
    QCOMPARE(p->op, quint8(1));
    QCOMPARE(p->xid, 0x12345678u);
    QCOMPARE(p->flags, quint16(0x8000));
    QCOMPARE(p->messageType(), std::optional(Dhcp::MessageType::Discover));
    QVERIFY(p->isPxeClient());
    QCOMPARE(p->architecture(), std::optional(Dhcp::Architecture::EfiX86_64));
    QCOMPARE(p->clientMac().toString(), u"02:00:00:aa:bb:cc"_s);
}

void TestDhcpProbe::replies_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("offered");
    QTest::addColumn<bool>("pxe");
    QTest::newRow("site DHCP offer") << reply(7, Dhcp::MessageType::Offer, "10.0.0.50", {}) << true << u"10.0.0.50"_s << false;
    QTest::newRow("proxyDHCP offer") << reply(7, Dhcp::MessageType::Offer, "0.0.0.0", "pxelinux.0") << true << QString() << true;
    QTest::newRow("both at once") << reply(7, Dhcp::MessageType::Offer, "10.0.0.51", "undionly.kpxe") << true << u"10.0.0.51"_s << true;
    QTest::newRow("ack") << reply(7, Dhcp::MessageType::Ack, "0.0.0.0", "bootx64.efi") << true << QString() << true;
    QTest::newRow("someone else's xid") << reply(8, Dhcp::MessageType::Offer, "10.0.0.50", {}) << false << QString() << false;
    QTest::newRow("a request") << reply(7, Dhcp::MessageType::Offer, "10.0.0.50", {}, 1) << false << QString() << false;
    QTest::newRow("a nak") << reply(7, Dhcp::MessageType::Nak, "0.0.0.0", {}) << false << QString() << false;
    QTest::newRow("garbage") << QByteArray(40, 'x') << false << QString() << false;
    QTest::newRow("empty") << QByteArray() << false << QString() << false;
}

void TestDhcpProbe::replies()
{
    QFETCH(QByteArray, datagram);
    QFETCH(bool, accepted);
    QFETCH(QString, offered);
    QFETCH(bool, pxe);
    const auto offer = parseProbeReply(datagram, 7, QHostAddress(u"10.0.0.1"_s));
    QCOMPARE(offer.has_value(), accepted);
    if (!offer)
        return;
    QCOMPARE(offer->server, QHostAddress(u"10.0.0.1"_s));
    QCOMPARE(offer->offered.isNull() ? QString() : offer->offered.toString(), offered);
    QCOMPARE(offer->pxe, pxe);
    QCOMPARE(offer->nextServer, QHostAddress(u"10.0.0.2"_s));
}

void TestDhcpProbe::findsOurProxyDhcp()
{
    Dhcp::ServerConfig config;
    config.listen = QHostAddress::LocalHost;
    config.dhcpPort = 0;
    config.pxePort = 0;
    config.advertised = QHostAddress::LocalHost;
    Dhcp::Server server(defaultBootDecision({ QHostAddress::LocalHost, 69, 80, UefiChain::Ipxe }), config);
    QVERIFY(server.start().ok());

    DhcpProbe probe;
    QSignalSpy finished(&probe, &DhcpProbe::finished);
    DhcpProbe::Options options;
    options.clientPort = 0;
    options.serverPort = server.dhcpPort();
    options.target = QHostAddress::LocalHost;
    options.timeoutMs = 1000;
    probe.start(options);
    QVERIFY(probe.isRunning());
    QVERIFY(finished.wait(5000));
    QVERIFY(!probe.isRunning());
    QCOMPARE(finished.first().at(0).toBool(), true);
    const auto offers = finished.first().at(2).value<QList<DhcpOffer>>();
    QCOMPARE(offers.size(), 1); // three DISCOVERs, one server
    QVERIFY(offers[0].pxe);
    QVERIFY(offers[0].offered.isNull());
    QCOMPARE(offers[0].bootFile, QByteArray("snponly.efi"));
    QCOMPARE(offers[0].server, QHostAddress(QHostAddress::LocalHost));
}

void TestDhcpProbe::saysWhenItCannotListen()
{
    // A socket without SO_REUSEADDR keeps everyone else off its port, as dhclient's may.
    const int blocker = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_ANY);
    QCOMPARE(::bind(blocker, reinterpret_cast<sockaddr *>(&a), sizeof a), 0);
    socklen_t len = sizeof a;
    ::getsockname(blocker, reinterpret_cast<sockaddr *>(&a), &len);
    const quint16 port = ntohs(a.sin_port);

    DhcpProbe probe;
    QSignalSpy finished(&probe, &DhcpProbe::finished);
    DhcpProbe::Options options;
    options.clientPort = port;
    options.target = QHostAddress::LocalHost;
    probe.start(options);
    QVERIFY(finished.wait(2000));
    ::close(blocker);
    QCOMPARE(finished.first().at(0).toBool(), false);
    const QString reason = finished.first().at(1).toString();
    QVERIFY2(reason.contains(QString::number(port)), qPrintable(reason));
}

void TestDhcpProbe::saysWhenTheInterfaceIsMissing()
{
    DhcpProbe probe;
    QSignalSpy finished(&probe, &DhcpProbe::finished);
    DhcpProbe::Options options;
    options.interface = u"nosuchif0"_s;
    probe.start(options);
    QVERIFY(finished.wait(2000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(finished.first().at(1).toString().contains(u"nosuchif0"_s));
}

QTEST_GUILESS_MAIN(TestDhcpProbe)
#include "tst_dhcpprobe.moc"
