// SPDX-License-Identifier: GPL-3.0-or-later
// The proxyDHCP socket layer on loopback: DISCOVER on the DHCP port, REQUEST on the PXE
// port, garbage and non-PXE clients left unanswered.
#include "netboot/dhcp/dhcpserver.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace Crashcart;
using namespace Crashcart::Netboot::Dhcp;
using namespace Qt::StringLiterals;

namespace {

QByteArray message(MessageType type, const QByteArray &vendorClass)
{
    Packet p;
    p.xid = 42;
    p.chaddr = QByteArray("\x52\x54\x00\x00\x00\x01", 6) + QByteArray(10, '\0');
    p.options[53] = QByteArray(1, char(type));
    p.options[60] = vendorClass;
    p.options[93] = QByteArray("\x00\x07", 2);
    return serialize(p);
}

} // namespace

class TestDhcpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersPxeClientsOnly();
    void refusesWithoutAddress();
};

void TestDhcpServer::answersPxeClientsOnly()
{
    ServerConfig config;
    config.listen = QHostAddress::LocalHost;
    config.dhcpPort = 0;
    config.pxePort = 0;
    config.advertised = QHostAddress(u"127.0.0.1"_s);
    Server server([](const BootQuestion &) { return std::optional<BootSpec>(BootSpec { "bootx64.efi" }); }, config);
    QVERIFY(server.start().ok());
    QVERIFY(server.dhcpPort() && server.pxePort());

    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, 0));
    QSignalSpy received(&client, &QUdpSocket::readyRead);

    // Garbage and a laptop's DHCP: silence.
    client.writeDatagram(QByteArray(10, 'x'), QHostAddress::LocalHost, server.dhcpPort());
    client.writeDatagram(message(MessageType::Discover, "MSFT 5.0"), QHostAddress::LocalHost, server.dhcpPort());
    QTest::qWait(200);
    QCOMPARE(received.size(), 0);

    client.writeDatagram(message(MessageType::Discover, "PXEClient:Arch:00007"), QHostAddress::LocalHost, server.dhcpPort());
    QTRY_VERIFY(client.hasPendingDatagrams());
    auto offer = parse(client.receiveDatagram().data());
    QVERIFY(offer.ok());
    QCOMPARE(offer->messageType(), std::optional<MessageType>(MessageType::Offer));
    QCOMPARE(offer->file, QByteArray("bootx64.efi"));
    QCOMPARE(offer->xid, quint32(42));

    client.writeDatagram(message(MessageType::Request, "PXEClient:Arch:00007"), QHostAddress::LocalHost, server.pxePort());
    QTRY_VERIFY(client.hasPendingDatagrams());
    auto ack = parse(client.receiveDatagram().data());
    QVERIFY(ack.ok());
    QCOMPARE(ack->messageType(), std::optional<MessageType>(MessageType::Ack));
}

void TestDhcpServer::refusesWithoutAddress()
{
    ServerConfig config;
    config.listen = QHostAddress::LocalHost;
    config.dhcpPort = 0;
    config.pxePort = 0;
    Server server([](const BootQuestion &) { return std::optional<BootSpec>(); }, config);
    const auto r = server.start();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"dhcp.address"_s);
}

QTEST_GUILESS_MAIN(TestDhcpServer)
#include "tst_dhcpserver.moc"
