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
    : QObject(parent), m_config(std::move(config)), m_gate(m_config.maxPerSecond)
{
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
    m_socket = new QUdpSocket(this);
    if (!m_socket->bind(m_config.address, m_config.port)) {
        const QString why = m_socket->errorString();
        delete m_socket;
        m_socket = nullptr;
        return Crashcart::makeError("syslog.bind", Tr::tr("The syslog server cannot listen on %1 port %2: %3. %4")
                                            .arg(m_config.address.toString())
                                            .arg(m_config.port)
                                            .arg(why, bindFailureHint(m_config.port, QStringLiteral("--syslog-port"))));
    }
    connect(m_socket, &QUdpSocket::readyRead, this, &Server::readDatagrams);
    qCDebug(lcSyslog) << "listening on" << m_config.address << port();
    return {};
}

void Server::stop()
{
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

} // namespace Crashcart::Netboot::Syslog
