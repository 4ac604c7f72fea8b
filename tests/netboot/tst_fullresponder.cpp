// SPDX-License-Identifier: GPL-3.0-or-later
#include "netboot/dhcp/fullresponder.h"
#include "netboot/dhcp/leasepool.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::Netboot::Dhcp;
using namespace Qt::StringLiterals;

namespace {

const QHostAddress kServer(u"10.9.0.1"_s);

Packet message(MessageType type, quint8 last, const QByteArray &vendorClass = {})
{
    Packet p;
    p.xid = 0x1234;
    p.chaddr = QByteArray("\x52\x54\x00\x00\x00", 5) + char(last) + QByteArray(10, '\0');
    p.options[53] = QByteArray(1, char(type));
    if (!vendorClass.isEmpty()) {
        p.options[60] = vendorClass;
        p.options[93] = QByteArray("\x00\x07", 2);
    }
    return p;
}

QByteArray addr(const char *text)
{
    const quint32 v = QHostAddress(QString::fromLatin1(text)).toIPv4Address();
    const char bytes[4] = { char(v >> 24), char(v >> 16), char(v >> 8), char(v) };
    return QByteArray(bytes, 4);
}

PoolConfig pool(const QString &leaseFile = {})
{
    PoolConfig c;
    c.first = QHostAddress(u"10.9.0.100"_s);
    c.last = QHostAddress(u"10.9.0.102"_s);
    c.netmask = QHostAddress(u"255.255.255.0"_s);
    c.router = QHostAddress(u"10.9.0.1"_s);
    c.dns = { QHostAddress(u"10.9.0.53"_s) };
    c.leaseFile = leaseFile;
    return c;
}

ProxyResponder::Decide bootPxelinux()
{
    return [](const BootQuestion &) { return std::optional<BootSpec>(BootSpec { "pxelinux.0" }); };
}

} // namespace

class TestFullResponder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void poolConfigs_data();
    void poolConfigs();
    void discoverRequestAck();
    void pxeClientsGetBootInfoOthersDoNot();
    void requestForAnotherServerIsSilent();
    void wrongAddressIsNaked();
    void anotherServersLeaseIsSilent_data();
    void anotherServersLeaseIsSilent();
    void poolRunsOutThenOffersExpire();
    void reservationsAndDecline();
    void leasesSurviveARestart();
    void damagedLeaseFileIsAnError();
    void malformedRequestsGetNothing();
};

void TestFullResponder::poolConfigs_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("mask");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ok") << u"10.9.0.100"_s << u"10.9.0.199"_s << u"255.255.255.0"_s << true;
    QTest::newRow("reversed") << u"10.9.0.199"_s << u"10.9.0.100"_s << u"255.255.255.0"_s << false;
    QTest::newRow("two subnets") << u"10.9.0.100"_s << u"10.9.1.10"_s << u"255.255.255.0"_s << false;
    QTest::newRow("network address") << u"10.9.0.0"_s << u"10.9.0.10"_s << u"255.255.255.0"_s << false;
    QTest::newRow("broadcast") << u"10.9.0.10"_s << u"10.9.0.255"_s << u"255.255.255.0"_s << false;
    QTest::newRow("not a mask") << u"10.9.0.10"_s << u"10.9.0.20"_s << u"255.0.255.0"_s << false;
    QTest::newRow("ipv6") << u"fd00::10"_s << u"fd00::20"_s << u"255.255.255.0"_s << false;
    QTest::newRow("huge") << u"10.0.0.1"_s << u"10.2.0.1"_s << u"255.0.0.0"_s << false;
}

void TestFullResponder::poolConfigs()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, mask);
    QFETCH(bool, valid);
    PoolConfig c;
    c.first = QHostAddress(first);
    c.last = QHostAddress(last);
    c.netmask = QHostAddress(mask);
    QCOMPARE(c.validate().ok(), valid);
}

void TestFullResponder::discoverRequestAck()
{
    LeasePool leases(pool());
    FullResponder responder(kServer, leases, bootPxelinux());
    const auto offer = responder.answer(message(MessageType::Discover, 1), 1000);
    QVERIFY(offer);
    QCOMPARE(offer->messageType(), MessageType::Offer);
    QCOMPARE(offer->yiaddr, QHostAddress(u"10.9.0.100"_s));
    QCOMPARE(offer->options.value(1), addr("255.255.255.0"));
    QCOMPARE(offer->options.value(3), addr("10.9.0.1"));
    QCOMPARE(offer->options.value(6), addr("10.9.0.53"));
    QCOMPARE(offer->options.value(54), addr("10.9.0.1"));
    QCOMPARE(offer->options.value(51), QByteArray("\x00\x00\x0e\x10", 4));
    // A second client gets another address while the first offer is held.
    QCOMPARE(responder.answer(message(MessageType::Discover, 2), 1001)->yiaddr, QHostAddress(u"10.9.0.101"_s));

    Packet request = message(MessageType::Request, 1);
    request.options[50] = addr("10.9.0.100");
    request.options[54] = addr("10.9.0.1");
    const auto ack = responder.answer(request, 1002);
    QVERIFY(ack);
    QCOMPARE(ack->messageType(), MessageType::Ack);
    QCOMPARE(ack->yiaddr, QHostAddress(u"10.9.0.100"_s));
    // Renewal from its address (ciaddr) works too, and the same MAC gets the same address.
    Packet renew = message(MessageType::Request, 1);
    renew.ciaddr = QHostAddress(u"10.9.0.100"_s);
    QCOMPARE(responder.answer(renew, 2000)->messageType(), MessageType::Ack);
    QCOMPARE(responder.answer(message(MessageType::Discover, 1), 2001)->yiaddr, QHostAddress(u"10.9.0.100"_s));
    // Release frees it for others, after which the MAC still prefers it.
    Packet release = message(MessageType::Release, 1);
    release.ciaddr = QHostAddress(u"10.9.0.100"_s);
    QVERIFY(!responder.answer(release, 2002));
    QCOMPARE(responder.answer(message(MessageType::Discover, 1), 2003)->yiaddr, QHostAddress(u"10.9.0.100"_s));
}

void TestFullResponder::pxeClientsGetBootInfoOthersDoNot()
{
    LeasePool leases(pool());
    FullResponder responder(kServer, leases, bootPxelinux());
    const auto pxe = responder.answer(message(MessageType::Discover, 1, "PXEClient:Arch:00007:UNDI:003016"), 1000);
    QVERIFY(pxe);
    QCOMPARE(pxe->file, QByteArray("pxelinux.0"));
    QCOMPARE(pxe->siaddr, kServer);
    QCOMPARE(pxe->options.value(60), QByteArray("PXEClient"));
    const auto plain = responder.answer(message(MessageType::Discover, 2), 1000);
    QVERIFY(plain);
    QVERIFY(plain->file.isEmpty());
    QVERIFY(!plain->options.contains(60));
    Packet inform = message(MessageType::Inform, 3);
    inform.ciaddr = QHostAddress(u"10.9.0.150"_s);
    const auto informed = responder.answer(inform, 1000);
    QVERIFY(informed && informed->yiaddr.isNull() && !informed->options.contains(51));
}

void TestFullResponder::requestForAnotherServerIsSilent()
{
    LeasePool leases(pool());
    FullResponder responder(kServer, leases, bootPxelinux());
    responder.answer(message(MessageType::Discover, 1), 1000);
    Packet request = message(MessageType::Request, 1);
    request.options[50] = addr("10.9.0.100");
    request.options[54] = addr("10.9.0.254");
    QVERIFY(!responder.answer(request, 1001));
}

void TestFullResponder::wrongAddressIsNaked()
{
    LeasePool leases(pool());
    FullResponder responder(kServer, leases, bootPxelinux());
    Packet request = message(MessageType::Request, 1);
    request.options[50] = addr("192.168.1.20"); // INIT-REBOOT from another network
    const auto nak = responder.answer(request, 1000);
    QVERIFY(nak);
    QCOMPARE(nak->messageType(), MessageType::Nak);
    QVERIFY(nak->flags & 0x8000);
    QVERIFY(nak->yiaddr.isNull());
}

void TestFullResponder::anotherServersLeaseIsSilent_data()
{
    QTest::addColumn<QByteArray>("requested");   // option 50; empty: ciaddr (REBINDING)
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("knownClient");       // the pool holds a lease of this MAC
    QTest::addColumn<int>("expected");           // 0: silence, else the message type

    // A machine that is not ours reboots or rebinds with what another server on this
    // network leased it (outside our range): nothing from us, whatever the address.
    QTest::newRow("init-reboot, unknown, other range") << QByteArray("50") << u"10.9.0.20"_s << false << 0;
    QTest::newRow("rebinding, unknown, other range") << QByteArray() << u"10.9.0.20"_s << false << 0;
    QTest::newRow("init-reboot, unknown, broadcast end") << QByteArray("50") << u"10.9.0.254"_s << false << 0;
    // A client we know, asking for an address that is not its: told no.
    QTest::newRow("init-reboot, known, other range") << QByteArray("50") << u"10.9.0.20"_s << true << int(MessageType::Nak);
    QTest::newRow("rebinding, known, other range") << QByteArray() << u"10.9.0.20"_s << true << int(MessageType::Nak);
    // Another network: the client moved, whoever it is.
    QTest::newRow("init-reboot, unknown, other network") << QByteArray("50") << u"10.8.0.20"_s << false << int(MessageType::Nak);
    // Our own range: ours to answer.
    QTest::newRow("init-reboot, unknown, free in range") << QByteArray("50") << u"10.9.0.101"_s << false << int(MessageType::Ack);
}

void TestFullResponder::anotherServersLeaseIsSilent()
{
    QFETCH(QByteArray, requested);
    QFETCH(QString, address);
    QFETCH(bool, knownClient);
    QFETCH(int, expected);
    LeasePool leases(pool());
    FullResponder responder(kServer, leases, bootPxelinux());
    if (knownClient)
        QVERIFY(responder.answer(message(MessageType::Discover, 1), 1000));
    Packet request = message(MessageType::Request, 1);
    if (requested.isEmpty())
        request.ciaddr = QHostAddress(address);
    else
        request.options[50] = addr(address.toLatin1().constData());
    const auto reply = responder.answer(request, 1001);
    QCOMPARE(reply ? int(reply->messageType().value_or(MessageType(0))) : 0, expected);
}

void TestFullResponder::poolRunsOutThenOffersExpire()
{
    LeasePool leases(pool());
    FullResponder responder(kServer, leases, bootPxelinux());
    for (quint8 i = 1; i <= 3; ++i)
        QVERIFY(responder.answer(message(MessageType::Discover, i), 1000));
    QString problem;
    QVERIFY(!responder.answer(message(MessageType::Discover, 4), 1001, &problem)); // full: silence, said
    QVERIFY2(problem.contains(u"no address left in the pool"_s), qPrintable(problem));
    problem.clear();
    QVERIFY(!responder.answer(message(MessageType::Request, 4), 1001, &problem)); // by design: not a problem
    QVERIFY(problem.isEmpty());
    // Offers nobody requested lapse after the hold time.
    QCOMPARE(responder.answer(message(MessageType::Discover, 4), 1061)->yiaddr, QHostAddress(u"10.9.0.100"_s));
}

void TestFullResponder::reservationsAndDecline()
{
    LeasePool leases(pool());
    const MacAddress reserved = *MacAddress::parse(u"52:54:00:00:00:09"_s);
    leases.setReservations({ { reserved, QHostAddress(u"10.9.0.100"_s) },
                             { *MacAddress::parse(u"52:54:00:00:00:08"_s), QHostAddress(u"10.1.1.1"_s) } }); // outside: ignored
    FullResponder responder(kServer, leases, bootPxelinux());
    QCOMPARE(responder.answer(message(MessageType::Discover, 1), 1000)->yiaddr, QHostAddress(u"10.9.0.101"_s));
    QCOMPARE(responder.answer(message(MessageType::Discover, 9), 1000)->yiaddr, QHostAddress(u"10.9.0.100"_s));
    // Client 1 finds 10.9.0.101 in use (ARP) and declines: the address rests, 1 gets the next.
    Packet decline = message(MessageType::Decline, 1);
    decline.options[50] = addr("10.9.0.101");
    QVERIFY(!responder.answer(decline, 1001));
    QCOMPARE(responder.answer(message(MessageType::Discover, 1), 1002)->yiaddr, QHostAddress(u"10.9.0.102"_s));
}

void TestFullResponder::leasesSurviveARestart()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"dhcp-leases.json"_s);
    {
        LeasePool leases(pool(file));
        FullResponder responder(kServer, leases, bootPxelinux());
        responder.answer(message(MessageType::Discover, 1), 1000);
        responder.answer(message(MessageType::Discover, 2), 1000);
        Packet request = message(MessageType::Request, 2);
        request.options[50] = addr("10.9.0.101");
        QVERIFY(responder.answer(request, 1000));
        QVERIFY(leases.saveError().isEmpty());
    }
    LeasePool again(pool(file));
    QVERIFY(again.load());
    QCOMPARE(again.leases().size(), 1); // the bound lease, not the mere offer
    FullResponder responder(kServer, again, bootPxelinux());
    // Another MAC cannot take the leased address; its owner gets it back.
    Packet steal = message(MessageType::Request, 3);
    steal.options[50] = addr("10.9.0.101");
    QCOMPARE(responder.answer(steal, 1100)->messageType(), MessageType::Nak);
    QCOMPARE(responder.answer(message(MessageType::Discover, 2), 1100)->yiaddr, QHostAddress(u"10.9.0.101"_s));
}

void TestFullResponder::damagedLeaseFileIsAnError()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"dhcp-leases.json"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"version\": 1, \"leases\": [");
    f.close();
    LeasePool leases(pool(file));
    const auto r = leases.load();
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(file));
    QVERIFY(QFile(file).size() > 0); // never overwritten
}

void TestFullResponder::malformedRequestsGetNothing()
{
    LeasePool leases(pool());
    FullResponder responder(kServer, leases, bootPxelinux());
    Packet reply = message(MessageType::Discover, 1);
    reply.op = 2;
    QVERIFY(!responder.answer(reply, 1000));
    Packet noType = message(MessageType::Discover, 1);
    noType.options.remove(53);
    QVERIFY(!responder.answer(noType, 1000));
    Packet noMac = message(MessageType::Discover, 1);
    noMac.chaddr = QByteArray(16, '\0');
    QVERIFY(!responder.answer(noMac, 1000));
    Packet badRequested = message(MessageType::Request, 1);
    badRequested.options[50] = "\x0a\x09"; // 2 bytes
    QVERIFY(!responder.answer(badRequested, 1000));
}

QTEST_GUILESS_MAIN(TestFullResponder)
#include "tst_fullresponder.moc"
