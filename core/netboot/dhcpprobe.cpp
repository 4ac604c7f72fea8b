// SPDX-License-Identifier: GPL-3.0-or-later
#include "dhcpprobe.h"

#include "dhcp/dhcppacket.h"

#include <QCoreApplication>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QTimer>
#include <QUdpSocket>

#include <sys/socket.h>

namespace Crashcart::Netboot {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Netboot::DhcpProbe)
};

QHostAddress nonZero(const QHostAddress &a)
{
    return a.isNull() || a.toIPv4Address() == 0 ? QHostAddress() : a;
}

constexpr int kSends = 3; // firmware retries too; a busy server may drop the first

} // namespace

QByteArray makeProbeDiscover(quint32 xid, const QByteArray &mac)
{
    Dhcp::Packet p;
    p.xid = xid;
    p.flags = 0x8000; // broadcast: we have no address to be answered at
    p.chaddr = mac.left(6).leftJustified(16, '\0');
    p.options[53] = QByteArray(1, char(Dhcp::MessageType::Discover));
    p.options[55] = QByteArray("\x01\x03\x2b\x3c\x42\x43", 6); // mask, router, vendor, class, tftp server, boot file
    p.options[60] = "PXEClient:Arch:00007:UNDI:003016";
    p.options[93] = QByteArray("\x00\x07", 2);
    p.options[94] = QByteArray("\x01\x03\x10", 3);
    p.options[97] = QByteArray(1, '\0') + QByteArray(16, '\x5a');
    return Dhcp::serialize(p);
}

std::optional<DhcpOffer> parseProbeReply(QByteArrayView datagram, quint32 xid, const QHostAddress &from)
{
    const auto packet = Dhcp::parse(datagram);
    if (!packet || packet->op != 2 || packet->xid != xid)
        return std::nullopt;
    const auto type = packet->messageType();
    if (type != Dhcp::MessageType::Offer && type != Dhcp::MessageType::Ack)
        return std::nullopt;
    DhcpOffer offer;
    offer.from = from;
    const QByteArray id = packet->options.value(54);
    offer.server = id.size() == 4 ? QHostAddress(quint32((quint8(id[0]) << 24) | (quint8(id[1]) << 16) | (quint8(id[2]) << 8) | quint8(id[3])))
                                  : from;
    offer.offered = nonZero(packet->yiaddr);
    offer.nextServer = nonZero(packet->siaddr);
    offer.bootFile = !packet->file.isEmpty() ? packet->file : packet->options.value(67);
    offer.pxe = !offer.bootFile.isEmpty() || packet->options.value(60).startsWith("PXEClient");
    return offer;
}

DhcpProbe::DhcpProbe(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<QList<DhcpOffer>>();
}

DhcpProbe::~DhcpProbe() = default;

void DhcpProbe::start(const Options &options)
{
    if (m_socket)
        return;
    m_options = options;
    m_offers.clear();
    m_sent = 0;
    m_xid = QRandomGenerator::global()->generate();
    QByteArray mac;
    if (!options.interface.isEmpty()) {
        const QNetworkInterface iface = QNetworkInterface::interfaceFromName(options.interface);
        if (!iface.isValid()) {
            // Said after start() returns, like every other result.
            QTimer::singleShot(0, this, [this, name = options.interface] {
                Q_EMIT finished(false, Tr::tr("there is no interface %1").arg(name), {});
            });
            return;
        }
        mac = QByteArray::fromHex(iface.hardwareAddress().toLatin1().replace(':', ""));
    }
    if (mac.size() != 6) { // locally administered, so it names no real machine
        mac = QByteArray(6, '\0');
        for (char &c : mac)
            c = char(QRandomGenerator::global()->bounded(256));
        mac[0] = char((quint8(mac[0]) & 0xfe) | 0x02);
    }
    m_discover = makeProbeDiscover(m_xid, mac);

    m_socket = new QUdpSocket(this);
    QString failure;
    if (!m_socket->bind(QHostAddress::AnyIPv4, options.clientPort, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        failure = Tr::tr("cannot listen on UDP port %1 for the answers: %2").arg(options.clientPort).arg(m_socket->errorString());
    } else {
        const int fd = int(m_socket->socketDescriptor());
        const int one = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_BROADCAST, &one, sizeof one);
        const QByteArray name = options.interface.toLocal8Bit();
        if (!name.isEmpty() && ::setsockopt(fd, SOL_SOCKET, SO_BINDTODEVICE, name.constData(), socklen_t(name.size())) != 0)
            failure = Tr::tr("cannot send on the interface %1 alone (it needs CAP_NET_RAW)").arg(options.interface);
    }
    if (!failure.isEmpty()) {
        delete m_socket;
        m_socket = nullptr;
        QTimer::singleShot(0, this, [this, failure] { Q_EMIT finished(false, failure, {}); });
        return;
    }
    connect(m_socket, &QUdpSocket::readyRead, this, &DhcpProbe::read);
    m_resend = new QTimer(this);
    connect(m_resend, &QTimer::timeout, this, &DhcpProbe::send);
    m_resend->start(std::max(100, options.timeoutMs / (kSends + 1)));
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] { finish(true, QString()); });
    m_deadline->start(options.timeoutMs);
    send();
}

void DhcpProbe::send()
{
    if (!m_socket)
        return;
    if (m_sent >= kSends) {
        m_resend->stop();
        return;
    }
    ++m_sent;
    if (m_socket->writeDatagram(m_discover, m_options.target, m_options.serverPort) < 0 && m_sent == 1) {
        const QString why = Tr::tr("cannot send the DHCP request: %1").arg(m_socket->errorString());
        QTimer::singleShot(0, this, [this, why] { finish(false, why); });
    }
}

void DhcpProbe::read()
{
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram d = m_socket->receiveDatagram(65536);
        const auto offer = parseProbeReply(d.data(), m_xid, d.senderAddress());
        if (!offer)
            continue;
        // Resends draw the same server again: keep one offer per server and kind.
        const bool seen = std::any_of(m_offers.cbegin(), m_offers.cend(), [&](const DhcpOffer &o) {
            return o.server == offer->server && o.offered.isNull() == offer->offered.isNull();
        });
        if (!seen)
            m_offers.append(*offer);
    }
}

void DhcpProbe::finish(bool checked, const QString &reason)
{
    if (!m_socket)
        return;
    // Possibly inside one of their own signals: later.
    m_resend->deleteLater();
    m_deadline->deleteLater();
    m_socket->disconnect(this);
    m_socket->close(); // port 68 is free again at once
    m_socket->deleteLater();
    m_resend = m_deadline = nullptr;
    m_socket = nullptr;
    Q_EMIT finished(checked, reason, m_offers);
}

} // namespace Crashcart::Netboot
