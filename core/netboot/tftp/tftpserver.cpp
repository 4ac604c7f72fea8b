// SPDX-License-Identifier: GPL-3.0-or-later
#include "tftpserver.h"

#include "tftptransfer.h"

#include "../content.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QTimer>
#include <QUdpSocket>

Q_LOGGING_CATEGORY(lcTftp, "crashcart.netboot.tftp", QtInfoMsg)

namespace Crashcart::Netboot::Tftp {

namespace {

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

struct Server::Active
{
    TransferInfo info;
    std::unique_ptr<Transfer> transfer;
    std::shared_ptr<const Content> content;
    QUdpSocket *socket = nullptr;
    QTimer *timer = nullptr;
    qint64 startedMs = 0;
    qint64 lastProgressMs = 0;
};

QString bindFailureHint(quint16 port, const QString &option)
{
    if (port < 1024) {
        return Tr::tr("Port %1 is privileged. Either allow this program to bind it "
                      "(sudo setcap cap_net_bind_service=+ep %2) or choose a port above 1023 with %3.")
            .arg(port)
            .arg(QCoreApplication::applicationFilePath(), option);
    }
    return Tr::tr("Port %1 is taken by another program (see: ss -lunp 'sport = :%1'); stop it or choose another port with %2.")
        .arg(port)
        .arg(option);
}

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
        delete m_socket;
        m_socket = nullptr;
        return Crashcart::makeError("tftp.bind", Tr::tr("The TFTP server cannot listen on %1 port %2: %3. %4")
                                          .arg(m_config.address.toString())
                                          .arg(m_config.port)
                                          .arg(why, bindFailureHint(m_config.port, QStringLiteral("--tftp-port"))));
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
        // Answering garbage from anywhere would make us a reflector: only say so in the log.
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
    if (request.mode == "netascii") {
        // Converting line ends would change the size the client was told; boot files are
        // binary, so say so instead of sending altered bytes.
        refuse(client, clientPort, ErrorCode::IllegalOperation, "netascii is not supported; use octet", file,
               Tr::tr("netascii mode refused"));
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

    auto *active = new Active;
    active->content = *content;
    active->socket = new QUdpSocket(this);
    // A socket of its own, connected to the client: its port is the transfer's TID, and the
    // kernel drops datagrams from anyone else.
    if (!active->socket->bind(m_config.address, 0)) {
        delete active->socket;
        delete active;
        refuse(client, clientPort, ErrorCode::NotDefined, "server error", file, Tr::tr("no socket for the transfer"));
        return;
    }
    active->socket->connectToHost(client, clientPort);
    std::optional<int> pathLimit;
    if (m_config.capToPathMtu)
        pathLimit = pathBlockLimit(active->socket->localAddress());
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
    connect(active->socket, &QUdpSocket::readyRead, this, [this, active] { readTransfer(active); });
    connect(active->timer, &QTimer::timeout, this, [this, active] { timeout(active); });
    Q_EMIT transferStarted(active->info);
    send(active, active->transfer->start(m_clock.elapsed()));
}

void Server::send(Active *active, const QList<QByteArray> &packets)
{
    for (const QByteArray &packet : packets)
        active->socket->write(packet);
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
    active->timer->start(int(std::max<qint64>(1, active->transfer->deadline() - now)));
}

void Server::readTransfer(Active *active)
{
    const quint64 id = active->info.id;
    while (active->socket->hasPendingDatagrams()) {
        QByteArray datagram(int(std::max<qint64>(active->socket->pendingDatagramSize(), 0)), Qt::Uninitialized);
        const qint64 n = active->socket->readDatagram(datagram.data(), datagram.size());
        if (n < 0)
            continue; // e.g. ICMP port unreachable: the retransmit timer decides
        datagram.resize(n);
        auto packet = parse(datagram);
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
    const QString message = ok ? QString() : (active->transfer->error().isEmpty() ? Tr::tr("stopped") : active->transfer->error());
    Q_EMIT transferFinished(active->info.id, ok, message, active->transfer->bytesAcknowledged(),
                            m_clock.elapsed() - active->startedMs);
    active->timer->stop();
    active->timer->disconnect(this);
    active->socket->disconnect(this);
    active->socket->close();
    // Not inside their own signal handlers: delete later.
    active->socket->deleteLater();
    active->timer->deleteLater();
    delete active;
}

} // namespace Crashcart::Netboot::Tftp
