// SPDX-License-Identifier: GPL-3.0-or-later
#include "netboot/dhcp/dhcppacket.h"

#include <QTest>

using namespace Crashcart::Netboot::Dhcp;
using namespace Qt::StringLiterals;

namespace {

// A PXE ROM's DHCPDISCOVER as QEMU's iPXE-less SeaBIOS PXE stack would send it.
Packet pxeDiscover(quint16 arch)
{
    Packet p;
    p.xid = 0x12345678;
    p.flags = 0x8000;
    p.chaddr = QByteArray("\x52\x54\x00\x12\x34\x56", 6) + QByteArray(10, '\0');
    p.options[53] = QByteArray(1, char(MessageType::Discover));
    p.options[60] = "PXEClient:Arch:00000:UNDI:002001";
    p.options[93] = QByteArray(1, char(arch >> 8)) + QByteArray(1, char(arch & 0xff));
    p.options[97] = QByteArray(17, '\x01');
    return p;
}

} // namespace

class TestDhcpPacket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void classification();
    void longOptionSplitsAndJoins();
    void overload();
    void malformed_data();
    void malformed();
    void fuzzNeverCrashes();
};

void TestDhcpPacket::roundTrip()
{
    Packet p = pxeDiscover(7);
    p.siaddr = QHostAddress(u"192.0.2.10"_s);
    p.file = "pxelinux.0";
    const QByteArray wire = serialize(p);
    QVERIFY(wire.size() >= 300);
    const auto back = parse(wire);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(back->xid, p.xid);
    QCOMPARE(back->flags, p.flags);
    QCOMPARE(back->siaddr, p.siaddr);
    QCOMPARE(back->file, QByteArray("pxelinux.0"));
    QCOMPARE(back->options, p.options);
    QCOMPARE(back->clientMac().toString(), u"52:54:00:12:34:56"_s);
    QCOMPARE(back->messageType(), std::optional<MessageType>(MessageType::Discover));
}

void TestDhcpPacket::classification()
{
    Packet bios = pxeDiscover(0);
    QVERIFY(bios.isPxeClient());
    QVERIFY(!bios.isIpxe());
    QCOMPARE(bios.architecture(), std::optional<Architecture>(Architecture::BiosX86));
    QCOMPARE(pxeDiscover(7).architecture(), std::optional<Architecture>(Architecture::EfiX86_64));
    QCOMPARE(pxeDiscover(16).architecture(), std::optional<Architecture>(Architecture::EfiX86_64Http));

    Packet ipxe = pxeDiscover(0);
    ipxe.options[77] = "iPXE";
    QVERIFY(ipxe.isIpxe());

    Packet laptop;
    laptop.options[53] = QByteArray(1, char(MessageType::Discover));
    laptop.options[60] = "android-dhcp-13";
    QVERIFY(!laptop.isPxeClient());
    QVERIFY(!laptop.architecture());
}

void TestDhcpPacket::longOptionSplitsAndJoins()
{
    Packet p = pxeDiscover(0);
    p.options[43] = QByteArray(600, 'v');
    const auto back = parse(serialize(p));
    QVERIFY(back.ok());
    QCOMPARE(back->options.value(43), QByteArray(600, 'v'));
}

void TestDhcpPacket::overload()
{
    // Option 52 = 1: the file field carries options (here the message type).
    Packet p = pxeDiscover(0);
    p.options.remove(53);
    p.options[52] = QByteArray(1, '\1');
    QByteArray wire = serialize(p);
    const QByteArray inFile = QByteArray("\x35\x01\x03\xff", 4);
    wire.replace(108, inFile.size(), inFile);
    const auto back = parse(wire);
    QVERIFY(back.ok());
    QCOMPARE(back->messageType(), std::optional<MessageType>(MessageType::Request));
    QVERIFY(back->file.isEmpty());
}

void TestDhcpPacket::malformed_data()
{
    QTest::addColumn<QByteArray>("wire");
    const QByteArray good = serialize(pxeDiscover(0));
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("short header") << good.left(200);
    QTest::newRow("no cookie") << QByteArray(good).replace(236, 4, QByteArray(4, '\0'));
    QByteArray badOp = good;
    badOp[0] = 7;
    QTest::newRow("bad op") << badOp;
    QByteArray badHlen = good;
    badHlen[2] = char(200);
    QTest::newRow("hlen 200") << badHlen;
    QByteArray lying = good.left(240);
    lying += QByteArray("\x3c\xff" "PXE", 5); // option 60 claims 255 bytes, has 3
    QTest::newRow("length past the end") << lying;
    QByteArray codeOnly = good.left(240);
    codeOnly += QByteArray("\x3c", 1);
    QTest::newRow("code without length") << codeOnly;
}

void TestDhcpPacket::malformed()
{
    QFETCH(QByteArray, wire);
    const auto r = parse(wire);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().message.isEmpty());
}

void TestDhcpPacket::fuzzNeverCrashes()
{
    const QByteArray seed = serialize(pxeDiscover(7));
    int parsed = 0;
    for (qsizetype n = 0; n <= seed.size(); n += 3)
        parsed += parse(seed.left(n)).ok();
    for (qsizetype i = 0; i < seed.size(); ++i) {
        for (int v : { 0, 1, 0x34, 0xff }) {
            QByteArray m = seed;
            m[i] = char(v);
            const auto r = parse(m);
            parsed += r.ok();
            if (r.ok())
                (void)serialize(*r);
        }
    }
    QVERIFY(parsed > 0);
}

QTEST_APPLESS_MAIN(TestDhcpPacket)
#include "tst_dhcppacket.moc"
