// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpreceiver.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSyslogTcp, "crashcart.netboot.syslog.tcp", QtInfoMsg)

namespace Crashcart::Netboot::Syslog {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Netboot::Syslog::TcpReceiver)
};

// Unread input Qt may hold for one connection; past it the kernel's window pushes back.
constexpr qint64 kReadBuffer = 64 * 1024;

} // namespace

TcpReceiver::TcpReceiver(TcpLimits limits, QObject *parent) : QObject(parent), m_limits(limits) { }

TcpReceiver::~TcpReceiver()
{
    close();
}

Result<void> TcpReceiver::listen(const QHostAddress &address, quint16 port)
{
    close();
    m_server = new QTcpServer(this);
    // Qt's default backlog (50) leaves the rest of a burst (hosts installing at once) waiting
    // on SYN-ACK retransmits for seconds.
    m_server->setListenBacklogSize(m_limits.maxConnections);
    if (!m_server->listen(address, port)) {
        const QString why = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return Crashcart::makeError("syslog.tcp.bind", why);
    }
    connect(m_server, &QTcpServer::newConnection, this, &TcpReceiver::accept);
    return {};
}

void TcpReceiver::close()
{
    if (m_server) {
        m_server->disconnect(this);
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    // Called from a slot of message(), a socket may be inside its own readyRead: deleted later.
    const QList<QTcpSocket *> sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_refusing = false;
}

quint16 TcpReceiver::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void TcpReceiver::accept()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (m_connections.size() >= m_limits.maxConnections) {
            if (!m_refusing) {
                m_refusing = true;
                Q_EMIT refused(socket->peerAddress(), Tr::tr("more than %1 connections at once: new ones are closed")
                                                          .arg(m_limits.maxConnections));
            }
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setReadBufferSize(kReadBuffer);
        m_connections.insert(socket, StreamFramer(m_limits.maxMessage));
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        idle->setInterval(m_limits.idleTimeoutMs);
        connect(idle, &QTimer::timeout, this, [this, socket] {
            qCDebug(lcSyslogTcp) << "idle connection closed:" << socket->peerAddress();
            drop(socket);
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, idle] {
            idle->start();
            read(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            while (m_connections.contains(socket) && socket->bytesAvailable() > 0)
                read(socket); // what came with the FIN
            if (!m_connections.contains(socket))
                return;
            const std::optional<Frame> last = m_connections[socket].finish();
            if (last && !deliver(socket, { *last }))
                return;
            drop(socket);
        });
        idle->start();
        if (socket->bytesAvailable() > 0)
            read(socket);
    }
}

void TcpReceiver::read(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    const QByteArray bytes = socket->read(kReadBuffer);
    if (bytes.isEmpty())
        return;
    const StreamFramer::Fed fed = it->feed(bytes);
    if (!deliver(socket, fed.frames))
        return;
    if (!fed.error.isEmpty()) {
        Q_EMIT refused(socket->peerAddress(), fed.error);
        drop(socket);
        return;
    }
    // More may wait in Qt's buffer than one read took: go on after other sockets had a turn.
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, [this, socket] { read(socket); }, Qt::QueuedConnection);
}

bool TcpReceiver::deliver(QTcpSocket *socket, const QList<Frame> &frames)
{
    const QHostAddress from = socket->peerAddress();
    for (const Frame &frame : frames) {
        Q_EMIT message(from, frame.bytes, frame.truncated);
        if (!m_connections.contains(socket))
            return false;
    }
    return true;
}

void TcpReceiver::drop(QTcpSocket *socket)
{
    if (!m_connections.remove(socket))
        return;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    if (m_connections.size() < m_limits.maxConnections)
        m_refusing = false;
}

} // namespace Crashcart::Netboot::Syslog
