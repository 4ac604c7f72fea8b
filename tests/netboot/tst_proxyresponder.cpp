// SPDX-License-Identifier: GPL-3.0-or-later
#include "netboot/dhcp/proxyresponder.h"

#include <QTest>

using namespace Crashcart;
using namespace Crashcart::Netboot::Dhcp;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Crashcart::Netboot::Dhcp::Packet)

namespace {

Packet request(MessageType type, const QByteArray &vendorClass, int arch, bool ipxe = false)
{
    Packet p;
    p.xid = 0xabcdef01;
    p.chaddr = QByteArray("\x52\x54\x00\x12\x34\x56", 6) + QByteArray(10, '\0');
    p.options[53] = QByteArray(1, char(type));
    p.options[60] = vendorClass;
    if (arch >= 0)
        p.options[93] = QByteArray(1, char(arch >> 8)) + QByteArray(1, char(arch & 0xff));
    p.options[97] = QByteArray(17, '\x07');
    if (ipxe)
        p.options[77] = "iPXE";
    return p;
}

// Boots BIOS into pxelinux, UEFI into shim, HTTP boot and iPXE into URLs; knows one MAC.
std::optional<BootSpec> decide(const BootQuestion &q)
{
    if (q.mac.toString() != u"52:54:00:12:34:56"_s)
        return std::nullopt;
    if (q.ipxe)
        return BootSpec { "http://192.0.2.1/boot.ipxe" };
    if (q.architecture == Architecture::EfiX86_64Http)
        return BootSpec { "http://192.0.2.1/bootx64.efi" };
    if (q.architecture == Architecture::EfiX86_64 || q.architecture == Architecture::EfiBc)
        return BootSpec { "bootx64.efi" };
    return BootSpec { "pxelinux.0" };
}

} // namespace

class TestProxyResponder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answers_data();
    void answers();
    void offerShape();
};

void TestProxyResponder::answers_data()
{
    QTest::addColumn<Packet>("request");
    QTest::addColumn<int>("port"); // 0: 67, 1: 4011
    QTest::addColumn<QByteArray>("file"); // empty: no answer
    QTest::addColumn<int>("replyType");

    QTest::newRow("bios discover") << request(MessageType::Discover, "PXEClient:Arch:00000:UNDI:002001", 0) << 0
                                   << QByteArray("pxelinux.0") << int(MessageType::Offer);
    QTest::newRow("uefi discover") << request(MessageType::Discover, "PXEClient:Arch:00007:UNDI:003016", 7) << 0
                                   << QByteArray("bootx64.efi") << int(MessageType::Offer);
    QTest::newRow("uefi request on 4011") << request(MessageType::Request, "PXEClient:Arch:00007:UNDI:003016", 7) << 1
                                          << QByteArray("bootx64.efi") << int(MessageType::Ack);
    QTest::newRow("http boot") << request(MessageType::Discover, "HTTPClient:Arch:00016:UNDI:003001", 16) << 0
                               << QByteArray("http://192.0.2.1/bootx64.efi") << int(MessageType::Offer);
    QTest::newRow("ipxe") << request(MessageType::Discover, "PXEClient:Arch:00000:UNDI:002001", 0, true) << 0
                          << QByteArray("http://192.0.2.1/boot.ipxe") << int(MessageType::Offer);
    QTest::newRow("not a pxe client") << request(MessageType::Discover, "MSFT 5.0", -1) << 0 << QByteArray() << 0;
    QTest::newRow("request on 67 is the site's") << request(MessageType::Request, "PXEClient", 0) << 0 << QByteArray() << 0;
    QTest::newRow("discover on 4011") << request(MessageType::Discover, "PXEClient", 0) << 1 << QByteArray() << 0;
    QTest::newRow("release") << request(MessageType::Release, "PXEClient", 0) << 0 << QByteArray() << 0;
    Packet stranger = request(MessageType::Discover, "PXEClient", 0);
    stranger.chaddr[5] = 0x57;
    QTest::newRow("unknown machine") << stranger << 0 << QByteArray() << 0;
    Packet reply = request(MessageType::Discover, "PXEClient", 0);
    reply.op = 2;
    QTest::newRow("a reply, not a request") << reply << 0 << QByteArray() << 0;
}

void TestProxyResponder::answers()
{
    QFETCH(Packet, request);
    QFETCH(int, port);
    QFETCH(QByteArray, file);
    QFETCH(int, replyType);
    const ProxyResponder responder(QHostAddress(u"192.0.2.1"_s), decide);
    const auto reply = responder.answer(request, port ? ProxyResponder::Port::Pxe4011 : ProxyResponder::Port::Dhcp);
    if (file.isEmpty()) {
        QVERIFY(!reply);
        return;
    }
    QVERIFY(reply);
    QCOMPARE(reply->file, file);
    QCOMPARE(int(*reply->messageType()), replyType);
    // What goes on the wire parses back the same.
    const auto wire = parse(serialize(*reply));
    QVERIFY(wire.ok());
    QCOMPARE(wire->file, file);
}

void TestProxyResponder::offerShape()
{
    const ProxyResponder responder(QHostAddress(u"192.0.2.1"_s), decide);
    const Packet discover = request(MessageType::Discover, "PXEClient:Arch:00000:UNDI:002001", 0);
    const auto offer = responder.answer(discover, ProxyResponder::Port::Dhcp);
    QVERIFY(offer);
    QCOMPARE(offer->op, quint8(2));
    QCOMPARE(offer->xid, discover.xid);
    QVERIFY(offer->yiaddr.isNull()); // never an address: the site's DHCP server gives those
    QCOMPARE(offer->siaddr, QHostAddress(u"192.0.2.1"_s));
    QCOMPARE(offer->options.value(54), QByteArray("\xc0\x00\x02\x01", 4));
    QCOMPARE(offer->options.value(60), QByteArray("PXEClient"));
    QCOMPARE(offer->options.value(97), discover.options.value(97));
    QVERIFY(offer->options.contains(43));
    QCOMPARE(offer->chaddr, discover.chaddr);
}

QTEST_APPLESS_MAIN(TestProxyResponder)
#include "tst_proxyresponder.moc"
