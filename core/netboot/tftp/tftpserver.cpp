// SPDX-License-Identifier: GPL-3.0-or-later
#include "tftpserver.h"

#include "tftptransfer.h"

#include "../bindhint.h"

#include "../content.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QTimer>
#include <QSocketNotifier>
#include <QUdpSocket>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcTftp, "crashcart.netboot.tftp", QtInfoMsg)

namespace Crashcart::Netboot::Tftp {

namespace {

// The largest file sent in netascii: the conversion is made in memory.
constexpr qint64 kNetasciiLimit = qint64(16) << 20;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Netboot::Tftp::Server)
};

constexpr qint64 kProgressEveryMs = 250;

// The largest block that fits the MTU of the interface carrying |local|: IP (20 or 40),
// UDP (8) and the TFTP header (4) come off.
std::optional<int> pathBlockLimit(const QHostAddress &local)
{
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            if (entry.ip().isEqual(local) && iface.maximumTransmissionUnit() > 0) {
                const int overhead = local.protocol() == QAbstractSocket::IPv6Protocol ? 52 : 32;
                return iface.maximumTransmissionUnit() - overhead;
            }
        }
    }
    return std::nullopt;
}

} // namespace

// A UDP socket bound next to the request socket and connected to one client. Raw
// descriptors rather than QUdpSocket: a transfer is a datagram per round trip, and
// QUdpSocket spends three system calls receiving each one where recv() needs one.
class TransferSocket
{
public:
    ~TransferSocket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool open(const QHostAddress &local, const QHostAddress &peer, quint16 peerPort)
    {
        const bool v6 = peer.protocol() == QAbstractSocket::IPv6Protocol;
        m_fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (m_fd < 0)
            return false;
        sockaddr_storage a {};
        socklen_t len = fill(&a, v6, local.isNull() || local.protocol() != peer.protocol() ? QHostAddress() : local, 0);
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&a), len) != 0)
            return false;
        len = fill(&a, v6, peer, peerPort);
        if (::connect(m_fd, reinterpret_cast<sockaddr *>(&a), len) != 0)
            return false;
        len = sizeof a;
        if (::getsockname(m_fd, reinterpret_cast<sockaddr *>(&a), &len) == 0)
            m_local.setAddress(reinterpret_cast<sockaddr *>(&a));
        return true;
    }
    int fd() const { return m_fd; }
    QHostAddress localAddress() const { return m_local; }
    void send(const QByteArray &packet) const
    {
        // A full send buffer drops the datagram; the retransmit timer covers it like a loss.
        [[maybe_unused]] const ssize_t n = ::send(m_fd, packet.constData(), size_t(packet.size()), MSG_NOSIGNAL);
    }

private:
    static socklen_t fill(sockaddr_storage *a, bool v6, const QHostAddress &address, quint16 port)
    {
        *a = {};
        if (v6) {
            auto *in6 = reinterpret_cast<sockaddr_in6 *>(a);
            in6->sin6_family = AF_INET6;
            in6->sin6_port = htons(port);
            if (!address.isNull()) {
                const Q_IPV6ADDR ip = address.toIPv6Address();
                std::memcpy(&in6->sin6_addr, ip.c, 16);
            }
            return sizeof *in6;
        }
        auto *in = reinterpret_cast<sockaddr_in *>(a);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr.s_addr = address.isNull() ? htonl(INADDR_ANY) : htonl(address.toIPv4Address());
        return sizeof *in;
    }

    int m_fd = -1;
    QHostAddress m_local;
};

struct Server::Active
{
    TransferInfo info;
    std::unique_ptr<Transfer> transfer;
    std::shared_ptr<const Content> content;
    TransferSocket socket;
    QSocketNotifier *notifier = nullptr;
    QTimer *timer = nullptr;
    qint64 startedMs = 0;
    qint64 lastProgressMs = 0;
    qint64 timerDue = 0;
};

Server::Server(ContentProvider &provider, ServerConfig config, QObject *parent)
    : QObject(parent), m_provider(provider), m_config(std::move(config))
{
    m_clock.start();
}

Server::~Server()
{
    stop();
}

Result<void> Server::start()
{
    stop();
    m_socket = new QUdpSocket(this);
    if (!m_socket->bind(m_config.address, m_config.port)) {
        const QString why = m_socket->errorString();
        const BindFailure kind = bindFailureFromSocket(m_socket->error());
        delete m_socket;
        m_socket = nullptr;
        return Crashcart::makeError("tftp.bind", Tr::tr("The TFTP server cannot listen on %1 port %2: %3. %4")
                                          .arg(m_config.address.toString())
                                          .arg(m_config.port)
                                          .arg(why, bindFailureHint(m_config.port, QStringLiteral("--tftp-port"), kind)));
    }
    connect(m_socket, &QUdpSocket::readyRead, this, &Server::readRequests);
    qCDebug(lcTftp) << "listening on" << m_config.address << port();
    return {};
}

void Server::stop()
{
    const auto transfers = m_transfers.values();
    for (Active *active : transfers)
        finish(active);
    delete m_socket;
    m_socket = nullptr;
}

quint16 Server::port() const
{
    return m_socket ? m_socket->localPort() : 0;
}

void Server::readRequests()
{
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram(65536);
        if (!datagram.isValid())
            continue;
        handleRequest(datagram.data(), datagram.senderAddress(), quint16(datagram.senderPort()));
    }
}

void Server::refuse(const QHostAddress &client, quint16 clientPort, ErrorCode code, const QByteArray &wire,
                    const QString &file, const QString &reason)
{
    if (m_socket && clientPort != 0)
        m_socket->writeDatagram(makeError(code, wire), client, clientPort);
    Q_EMIT requestRefused(client, file, reason);
}

void Server::handleRequest(const QByteArray &datagram, const QHostAddress &client, quint16 clientPort)
{
    auto packet = parse(datagram);
    if (!packet) {
        // A broken request is told what is wrong with it (in a reply of a few dozen bytes, so
        // never much larger than the question). Anything else goes only to the log: answering
        // garbage from anywhere would make us a reflector.
        const QByteArray refusal = requestRefusal(datagram);
        if (!refusal.isEmpty() && m_socket && clientPort != 0)
            m_socket->writeDatagram(refusal, client, clientPort);
        Q_EMIT requestRefused(client, QString(), packet.error().message);
        return;
    }
    const QString file = QString::fromUtf8(packet->filename.left(256));
    switch (packet->opcode) {
    case Opcode::Rrq:
        startTransfer(*packet, client, clientPort);
        return;
    case Opcode::Wrq:
        refuse(client, clientPort, ErrorCode::AccessViolation, "this server is read-only", file,
               Tr::tr("write request refused: the server is read-only"));
        return;
    default:
        refuse(client, clientPort, ErrorCode::IllegalOperation, "expected a read request", file,
               Tr::tr("unexpected packet on the request port"));
        return;
    }
}

void Server::startTransfer(const Packet &request, const QHostAddress &client, quint16 clientPort)
{
    const QString file = QString::fromUtf8(request.filename.left(256));
    if (request.mode != "octet" && request.mode != "netascii" && request.mode != "binary") {
        refuse(client, clientPort, ErrorCode::IllegalOperation, "unknown transfer mode", file,
               Tr::tr("unknown transfer mode '%1'").arg(QString::fromLatin1(request.mode.left(20))));
        return;
    }
    if (m_transfers.size() >= m_config.maxTransfers) {
        refuse(client, clientPort, ErrorCode::NotDefined, "server busy, try again", file,
               Tr::tr("too many transfers at once (%1)").arg(m_config.maxTransfers));
        return;
    }
    auto content = m_provider.open({ request.filename, client, {} });
    if (!content) {
        const bool missing = content.error().code == QLatin1String("path.notfound");
        refuse(client, clientPort, missing ? ErrorCode::FileNotFound : ErrorCode::AccessViolation,
               missing ? "file not found" : "access violation", file, content.error().message);
        return;
    }

    if (request.mode == "netascii") {
        // Text mode (tftp-hpa's default): the file is converted whole, so its converted size
        // is what tsize says; boot files are binary and large, text files are not.
        if ((*content)->size() > kNetasciiLimit) {
            refuse(client, clientPort, ErrorCode::IllegalOperation, "netascii is for text files; use octet (binary)", file,
                   Tr::tr("netascii refused for a file of %1 bytes (at most %2; binary files go in octet mode)")
                       .arg((*content)->size())
                       .arg(kNetasciiLimit));
            return;
        }
        QByteArray bytes((*content)->size(), Qt::Uninitialized);
        if ((*content)->read(0, bytes.data(), bytes.size()) != bytes.size()) {
            refuse(client, clientPort, ErrorCode::AccessViolation, "the file could not be read", file,
                   Tr::tr("reading the file for a netascii transfer failed"));
            return;
        }
        content = std::shared_ptr<const Content>(std::make_shared<BufferContent>(toNetascii(bytes), (*content)->modified()));
    }
    auto *active = new Active;
    active->content = *content;
    // A socket of its own, connected to the client: its port is the transfer's TID, and the
    // kernel drops datagrams from anyone else.
    const QHostAddress local = m_config.address == QHostAddress(QHostAddress::AnyIPv4) ? QHostAddress() : m_config.address;
    if (!active->socket.open(local, client, clientPort)) {
        delete active;
        refuse(client, clientPort, ErrorCode::NotDefined, "server error", file,
               Tr::tr("no socket for the transfer: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    std::optional<int> pathLimit;
    if (m_config.capToPathMtu)
        pathLimit = pathBlockLimit(active->socket.localAddress());
    Transfer::Config config;
    config.options = negotiate(request.options, m_config.limits, active->content->size(), pathLimit);
    active->transfer = std::make_unique<Transfer>(active->content, config);
    active->timer = new QTimer(this);
    active->timer->setSingleShot(true);
    active->timer->setTimerType(Qt::PreciseTimer);
    active->info = { m_nextId++, client, clientPort, file, active->content->size(), config.options.blockSize,
                     config.options.windowSize };
    active->startedMs = m_clock.elapsed();
    m_transfers.insert(active->info.id, active);
    active->notifier = new QSocketNotifier(qintptr(active->socket.fd()), QSocketNotifier::Read, this);
    connect(active->notifier, &QSocketNotifier::activated, this, [this, active] { readTransfer(active); });
    connect(active->timer, &QTimer::timeout, this, [this, active] { timeout(active); });
    Q_EMIT transferStarted(active->info);
    send(active, active->transfer->start(m_clock.elapsed()));
}

void Server::send(Active *active, const QList<QByteArray> &packets)
{
    for (const QByteArray &packet : packets)
        active->socket.send(packet);
    const qint64 now = m_clock.elapsed();
    if (active->transfer->finished()) {
        finish(active);
        return;
    }
    if (now - active->lastProgressMs >= kProgressEveryMs) {
        active->lastProgressMs = now;
        Q_EMIT transferProgress(active->info.id, active->transfer->bytesAcknowledged(), active->info.size,
                                active->transfer->retransmits());
    }
    // Re-arming a QTimer for every packet costs more than the packet: arm only when the
    // deadline comes sooner than the timer; a timer that fires early finds the transfer
    // not yet due and is armed again here.
    const qint64 deadline = active->transfer->deadline();
    if (!active->timer->isActive() || deadline < active->timerDue) {
        active->timerDue = deadline;
        active->timer->start(int(std::max<qint64>(1, deadline - now)));
    }
}

void Server::readTransfer(Active *active)
{
    const quint64 id = active->info.id;
    char buffer[2048]; // clients send ACKs and ERRORs; anything longer is not for us
    // A few datagrams per wake-up at most: the notifier is level-triggered and calls again if
    // more wait. In lock-step (window 1) only one ACK can be waiting, and not reading on to
    // EAGAIN saves a system call per block.
    const int rounds = active->info.windowSize > 1 ? 8 : 1;
    for (int round = 0; round < rounds; ++round) {
        const ssize_t n = ::recv(active->socket.fd(), buffer, sizeof buffer, MSG_TRUNC);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        if (n < 0)
            continue; // e.g. ICMP port unreachable: the retransmit timer decides
        if (n > ssize_t(sizeof buffer))
            continue;
        auto packet = parse(QByteArrayView(buffer, n));
        if (!packet)
            continue;
        send(active, active->transfer->onPacket(*packet, m_clock.elapsed()));
        if (!m_transfers.contains(id))
            return; // finished, and |active| is gone
    }
}

void Server::timeout(Active *active)
{
    send(active, active->transfer->onTimeout(m_clock.elapsed()));
}

void Server::finish(Active *active)
{
    if (!m_transfers.remove(active->info.id))
        return;
    const bool ok = active->transfer->state() == Transfer::State::Done;
    QString message = ok ? QString() : (active->transfer->error().isEmpty() ? Tr::tr("stopped") : active->transfer->error());
    if (active->transfer->sizeOnly())
        message = Tr::tr("the client asked for the size only");
    Q_EMIT transferFinished(active->info.id, ok, message, active->transfer->bytesAcknowledged(),
                            m_clock.elapsed() - active->startedMs);
    active->timer->stop();
    active->timer->disconnect(this);
    active->notifier->setEnabled(false);
    active->notifier->disconnect(this);
    // Not inside their own signal handlers: delete later. The descriptor closes with |active|,
    // after its notifier stopped watching it.
    active->notifier->deleteLater();
    active->timer->deleteLater();
    delete active;
}

} // namespace Crashcart::Netboot::Tftp
