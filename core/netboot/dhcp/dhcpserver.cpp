// SPDX-License-Identifier: GPL-3.0-or-later
#include "dhcpserver.h"

#include "../bindhint.h"
#include "fullresponder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkDatagram>
#include <QUdpSocket>

#include <sys/socket.h>

namespace Crashcart::Netboot::Dhcp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Netboot::Dhcp::Server)
};

} // namespace

Server::Server(ProxyResponder::Decide decide, ServerConfig config, QObject *parent)
    : QObject(parent), m_responder(config.advertised, std::move(decide)), m_config(std::move(config))
{
}

Server::~Server()
{
    stop();
}

Result<QUdpSocket *> Server::bindSocket(quint16 port, const char *option)
{
    auto *socket = new QUdpSocket(this);
    if (!socket->bind(m_config.listen, port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        const QString why = socket->errorString();
        const BindFailure kind = bindFailureFromSocket(socket->error());
        delete socket;
        return makeError("dhcp.bind", Tr::tr("The proxyDHCP server cannot listen on %1 port %2: %3. %4")
                                          .arg(m_config.listen.toString())
                                          .arg(port)
                                          .arg(why, bindFailureHint(port, QLatin1String(option), kind)));
    }
    const int fd = int(socket->socketDescriptor());
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_BROADCAST, &one, sizeof one);
    if (!m_config.interface.isEmpty()) {
        const QByteArray name = m_config.interface.toLocal8Bit();
        if (::setsockopt(fd, SOL_SOCKET, SO_BINDTODEVICE, name.constData(), socklen_t(name.size())) != 0) {
            delete socket;
            return makeError("dhcp.interface", Tr::tr("Cannot limit proxyDHCP to the interface %1 (it needs "
                                                      "CAP_NET_RAW or root, and the interface must exist)")
                                                   .arg(m_config.interface));
        }
    }
    return socket;
}

Result<void> Server::start()
{
    stop();
    if (m_config.advertised.isNull() || m_config.advertised.protocol() != QAbstractSocket::IPv4Protocol)
        return makeError("dhcp.address", Tr::tr("proxyDHCP needs the IPv4 address clients should boot from (--listen or --interface)"));
    auto dhcp = bindSocket(m_config.dhcpPort, "--dhcp-port");
    if (!dhcp)
        return dhcp.error();
    auto pxe = bindSocket(m_config.pxePort, "--pxe-port");
    if (!pxe) {
        delete *dhcp;
        return pxe.error();
    }
    m_dhcp = *dhcp;
    m_pxe = *pxe;
    connect(m_dhcp, &QUdpSocket::readyRead, this, [this] { read(m_dhcp, ProxyResponder::Port::Dhcp); });
    connect(m_pxe, &QUdpSocket::readyRead, this, [this] { read(m_pxe, ProxyResponder::Port::Pxe4011); });
    return {};
}

void Server::stop()
{
    delete m_dhcp;
    delete m_pxe;
    m_dhcp = m_pxe = nullptr;
}

quint16 Server::dhcpPort() const
{
    return m_dhcp ? m_dhcp->localPort() : 0;
}

quint16 Server::pxePort() const
{
    return m_pxe ? m_pxe->localPort() : 0;
}

void Server::read(QUdpSocket *socket, ProxyResponder::Port port)
{
    while (socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = socket->receiveDatagram(65536);
        if (!datagram.isValid())
            continue;
        const auto request = parse(datagram.data());
        if (!request) {
            Q_EMIT ignored(datagram.senderAddress(), request.error().message);
            continue;
        }
        const bool full = m_full && port == ProxyResponder::Port::Dhcp;
        QString problem;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const auto reply = full ? m_full->answer(*request, now, &problem) : m_responder.answer(*request, port);
        if (!reply) {
            // Mostly by design (not a PXE client, nothing to boot, another server's client: the
            // site's DHCP server answers alone). A problem is said, once a minute per client:
            // a client retries every few seconds and the log is for reading.
            if (!problem.isEmpty() && m_problemsSaid.value(problem, -60) + 60 <= now) {
                if (m_problemsSaid.size() >= 1024)
                    m_problemsSaid.clear();
                m_problemsSaid.insert(problem, now);
                Q_EMIT ignored(datagram.senderAddress(), problem);
            }
            continue;
        }
        // Where the client can hear us: its relay, its address, or everyone on the segment.
        QHostAddress to;
        quint16 toPort = m_config.clientPort;
        if (!request->giaddr.isNull() && request->giaddr != QHostAddress(QHostAddress::AnyIPv4)) {
            to = request->giaddr;
            toPort = m_config.dhcpPort;
        } else if (full && (reply->flags & 0x8000)) {
            to = QHostAddress::Broadcast;
        } else if (port == ProxyResponder::Port::Pxe4011
                   || (datagram.senderAddress() != QHostAddress(QHostAddress::AnyIPv4) && !datagram.senderAddress().isNull())) {
            to = datagram.senderAddress();
            toPort = quint16(datagram.senderPort());
        } else {
            to = QHostAddress::Broadcast;
        }
        socket->writeDatagram(serialize(*reply), to, toPort);
        const auto arch = request->architecture();
        const auto replyType = reply->messageType();
        if (full && (replyType == MessageType::Offer || replyType == MessageType::Ack) && !reply->yiaddr.isNull()
            && reply->yiaddr != QHostAddress(QHostAddress::AnyIPv4))
            Q_EMIT leased(request->clientMac(), reply->yiaddr, replyType == MessageType::Ack);
        if (!reply->file.isEmpty())
            Q_EMIT answered(request->clientMac(), arch ? int(*arch) : -1, reply->file, port == ProxyResponder::Port::Pxe4011);
    }
}

} // namespace Crashcart::Netboot::Dhcp
