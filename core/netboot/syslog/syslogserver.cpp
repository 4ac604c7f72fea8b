// SPDX-License-Identifier: GPL-3.0-or-later
#include "syslogserver.h"

#include "../bindhint.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkDatagram>
#include <QUdpSocket>

Q_LOGGING_CATEGORY(lcSyslog, "crashcart.netboot.syslog", QtInfoMsg)

namespace Crashcart::Netboot::Syslog {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Netboot::Syslog::Server)
};

// Datagrams read per wake-up. QUdpSocket signals readyRead again only once everything is
// read, so the rest is read on a queued call: a flood cannot hold the thread's event loop.
constexpr int kBatch = 256;
// Port 0: the port UDP picked may be taken for TCP; tries this many before giving up.
constexpr int kPickAttempts = 8;

} // namespace

FloodGate::Verdict FloodGate::admit(qint64 nowMs)
{
    if (!m_started || nowMs - m_windowStart >= 1000 || nowMs < m_windowStart) {
        m_started = true;
        m_windowStart = nowMs;
        m_passed = 0;
        m_dropping = false;
    }
    if (m_passed < m_perSecond) {
        ++m_passed;
        return Verdict::Pass;
    }
    if (m_dropping)
        return Verdict::Drop;
    m_dropping = true;
    return Verdict::DropFirst;
}

Server::Server(ServerConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_tcp(m_config.tcp), m_gate(m_config.maxPerSecond)
{
    connect(&m_tcp, &TcpReceiver::message, this, &Server::readStreamMessage);
    connect(&m_tcp, &TcpReceiver::refused, this, &Server::ignored);
    qRegisterMetaType<Message>();
    m_clock.start();
}

Server::~Server()
{
    stop();
}

Result<void> Server::start()
{
    stop();
    Result<void> bound = bind(m_config.port);
    for (int attempt = 1; !bound && m_config.port == 0 && attempt < kPickAttempts; ++attempt)
        bound = bind(0);
    if (!bound)
        return bound;
    connect(m_socket, &QUdpSocket::readyRead, this, &Server::readDatagrams);
    qCDebug(lcSyslog) << "listening on" << m_config.address << port() << "(UDP and TCP)";
    return {};
}

Result<void> Server::bind(quint16 port)
{
    const auto failure = [this](const char *code, const QString &why) {
        return Crashcart::makeError(code, Tr::tr("The syslog server cannot listen on %1 port %2 (%3): %4. %5")
                                              .arg(m_config.address.toString())
                                              .arg(m_config.port)
                                              .arg(QString::fromLatin1(qstrcmp(code, "syslog.bind") == 0 ? "UDP" : "TCP"), why,
                                                   bindFailureHint(m_config.port, QStringLiteral("--syslog-port"))));
    };
    auto *socket = new QUdpSocket(this);
    if (!socket->bind(m_config.address, port)) {
        const QString why = socket->errorString();
        delete socket;
        return failure("syslog.bind", why);
    }
    if (auto r = m_tcp.listen(m_config.address, socket->localPort()); !r) {
        delete socket;
        return failure("syslog.tcp.bind", r.error().message);
    }
    m_socket = socket;
    return {};
}

void Server::stop()
{
    m_tcp.close();
    if (!m_socket)
        return;
    // stop() may come from a slot of received(), inside the socket's readyRead: close now
    // (the port is free for a start() at once), delete once the signal has returned.
    m_socket->disconnect(this);
    m_socket->close();
    m_socket->deleteLater();
    m_socket = nullptr;
}

quint16 Server::port() const
{
    return m_socket ? m_socket->localPort() : 0;
}

void Server::readDatagrams()
{
    for (int n = 0; n < kBatch; ++n) {
        if (!m_socket || !m_socket->hasPendingDatagrams())
            return;
        const FloodGate::Verdict verdict = m_gate.admit(m_clock.elapsed());
        if (verdict != FloodGate::Verdict::Pass) {
            const QNetworkDatagram dropped = m_socket->receiveDatagram(0);
            if (verdict == FloodGate::Verdict::DropFirst) {
                Q_EMIT ignored(dropped.senderAddress(),
                               Tr::tr("more than %1 datagrams a second: the rest of this second is dropped")
                                   .arg(m_config.maxPerSecond));
            }
            continue;
        }
        // One byte over the limit is enough to tell an oversized datagram.
        const QNetworkDatagram datagram = m_socket->receiveDatagram(kMaxDatagram + 1);
        if (!datagram.isValid())
            continue;
        const QByteArray data = datagram.data();
        if (data.size() > kMaxDatagram) {
            Q_EMIT ignored(datagram.senderAddress(), Tr::tr("a datagram over %1 bytes").arg(kMaxDatagram));
            continue;
        }
        auto message = parseSyslog(data);
        if (!message) {
            Q_EMIT ignored(datagram.senderAddress(), message.error().message);
            continue;
        }
        Q_EMIT received(datagram.senderAddress(), *message);
    }
    if (m_socket && m_socket->hasPendingDatagrams() && !m_readScheduled) {
        m_readScheduled = true; // at most one call waits
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_readScheduled = false;
                readDatagrams();
            },
            Qt::QueuedConnection);
    }
}

void Server::readStreamMessage(const QHostAddress &from, const QByteArray &bytes, bool truncated)
{
    const FloodGate::Verdict verdict = m_gate.admit(m_clock.elapsed());
    if (verdict != FloodGate::Verdict::Pass) {
        if (verdict == FloodGate::Verdict::DropFirst) {
            Q_EMIT ignored(from, Tr::tr("more than %1 messages a second: the rest of this second is dropped")
                                     .arg(m_config.maxPerSecond));
        }
        return;
    }
    auto message = parseSyslog(bytes);
    if (!message) {
        Q_EMIT ignored(from, message.error().message);
        return;
    }
    message->truncated = message->truncated || truncated;
    Q_EMIT received(from, *message);
}

} // namespace Crashcart::Netboot::Syslog
