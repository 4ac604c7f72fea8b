// SPDX-License-Identifier: GPL-3.0-or-later
#include "tftpserver.h"

#include "tftploop.h"
#include "tftptransfer.h"

#include "../bindhint.h"

#include "../content.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QThread>
#include <QUdpSocket>

#include <algorithm>
#include <cerrno>
#include <cstring>

Q_LOGGING_CATEGORY(lcTftp, "crashcart.netboot.tftp", QtInfoMsg)

namespace Crashcart::Netboot::Tftp {

namespace {

// The largest file sent in netascii: the conversion is made in memory.
constexpr qint64 kNetasciiLimit = qint64(16) << 20;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Netboot::Tftp::Server)
};

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
    const int threads = m_config.threads > 0 ? m_config.threads : std::clamp(QThread::idealThreadCount(), 2, 8);
    for (int i = 0; i < threads; ++i) {
        auto loop = std::make_unique<TransferLoop>(static_cast<LoopListener &>(*this), m_clock);
        if (!loop->start()) {
            const QString why = QString::fromLocal8Bit(std::strerror(errno));
            stop();
            return Crashcart::makeError("tftp.threads", Tr::tr("The TFTP server cannot start its transfer threads: %1").arg(why));
        }
        m_loops.push_back(std::move(loop));
    }
    connect(m_socket, &QUdpSocket::readyRead, this, &Server::readRequests);
    qCDebug(lcTftp) << "listening on" << m_config.address << port();
    return {};
}

void Server::stop()
{
    // The threads stop first; what they still carried ends here, reported on this thread.
    std::vector<std::unique_ptr<ActiveTransfer>> left;
    for (auto &loop : m_loops) {
        auto rest = loop->stop();
        std::move(rest.begin(), rest.end(), std::back_inserter(left));
    }
    m_loops.clear();
    for (const auto &active : left) {
        active->transfer->stop();
        transferEnded(*active);
    }
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

QString Server::requestKey(const QHostAddress &client, quint16 clientPort, const QString &file)
{
    return client.toString() + u' ' + QString::number(clientPort) + u' ' + file;
}

void Server::startTransfer(const Packet &request, const QHostAddress &client, quint16 clientPort)
{
    const QString file = QString::fromUtf8(request.filename.left(256));
    // The same request from the same TID (RFC 1350) while its transfer runs: the client missed
    // our OACK or first block and asked again. A second transfer would race the first from
    // another port; the client takes one, the other retries to its limit and ends "failed".
    const QString key = requestKey(client, clientPort, file);
    {
        const QMutexLocker lock(&m_servingLock);
        if (m_serving.contains(key)) {
            qCDebug(lcTftp) << "repeated request from" << client << clientPort << "for" << file << "ignored: being served";
            return;
        }
    }
    // Firmware that sized the file first (an OACK with tsize, closed by an ERROR) and now asks
    // for it: if that ERROR was lost, the probe still waits for an ACK. It ends at its first
    // timeout, as the size probe it was, rather than failing 30 s later beside the boot that
    // went on (Transfer::supersede()).
    for (const auto &loop : m_loops)
        loop->supersede(client, clientPort, file);
    if (request.mode != "octet" && request.mode != "netascii" && request.mode != "binary") {
        refuse(client, clientPort, ErrorCode::IllegalOperation, "unknown transfer mode", file,
               Tr::tr("unknown transfer mode '%1'").arg(QString::fromLatin1(request.mode.left(20))));
        return;
    }
    if (m_active.load(std::memory_order_relaxed) >= m_config.maxTransfers || m_loops.empty()) {
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
    auto active = std::make_unique<ActiveTransfer>();
    // A socket of its own, connected to the client: its port is the transfer's TID, and the
    // kernel drops datagrams from anyone else.
    const QHostAddress local = m_config.address == QHostAddress(QHostAddress::AnyIPv4) ? QHostAddress() : m_config.address;
    if (!active->socket.open(local, client, clientPort)) {
        refuse(client, clientPort, ErrorCode::NotDefined, "server error", file,
               Tr::tr("no socket for the transfer: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    std::optional<int> pathLimit;
    if (m_config.capToPathMtu)
        pathLimit = pathBlockLimit(active->socket.localAddress());
    Transfer::Config config;
    config.options = negotiate(request.options, m_config.limits, (*content)->size(), pathLimit);
    active->transfer = std::make_unique<Transfer>(*content, config);
    active->info = { m_nextId++, client, clientPort, file, (*content)->size(), config.options.blockSize,
                     config.options.windowSize, config.options.oack };
    active->startedMs = m_clock.elapsed();
    m_active.fetch_add(1, std::memory_order_relaxed);
    {
        const QMutexLocker lock(&m_servingLock);
        m_serving.insert(key);
    }
    Q_EMIT transferStarted(active->info);
    // The least loaded thread carries it from here.
    const auto loop = std::min_element(m_loops.begin(), m_loops.end(),
                                       [](const auto &a, const auto &b) { return a->load() < b->load(); });
    (*loop)->add(std::move(active));
}

void Server::transferProgressed(const ActiveTransfer &active)
{
    Q_EMIT transferProgress(active.info.id, active.transfer->bytesAcknowledged(), active.info.size,
                            active.transfer->retransmits());
}

void Server::transferEnded(const ActiveTransfer &active)
{
    m_active.fetch_sub(1, std::memory_order_relaxed);
    {
        const QMutexLocker lock(&m_servingLock);
        m_serving.remove(requestKey(active.info.client, active.info.clientPort, active.info.file));
    }
    const Transfer &t = *active.transfer;
    const bool ok = t.state() == Transfer::State::Done;
    QString message = ok ? QString() : (t.error().isEmpty() ? Tr::tr("stopped") : t.error());
    qint64 bytes = t.bytesAcknowledged();
    if (t.sizeOnly())
        message = Tr::tr("the client asked for the size only");
    if (const qint64 unconfirmed = t.unconfirmedBlocks()) {
        // Every byte went out; what is missing is the word that it arrived.
        bytes = t.size();
        message = Tr::tr("the last %n block(s) never acknowledged: the client went quiet once it had them, or lost them",
                         nullptr, int(unconfirmed));
    }
    Q_EMIT transferFinished(active.info.id, ok, message, bytes, m_clock.elapsed() - active.startedMs, t.retransmits(),
                            t.windows());
}

} // namespace Crashcart::Netboot::Tftp
