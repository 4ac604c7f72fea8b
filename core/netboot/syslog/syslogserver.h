// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syslogmessage.h"
#include "tcpreceiver.h"

#include "common/result.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

class QUdpSocket;

namespace Crashcart::Netboot::Syslog {

struct ServerConfig
{
    QHostAddress address = QHostAddress::AnyIPv4;
    quint16 port = 514;
    // Messages handled a second, over UDP and TCP together; the rest of that second is
    // dropped (see FloodGate).
    int maxPerSecond = 2000;
    TcpLimits tcp;
};

// Caps how many datagrams a second reach the parser and the signals, so that a flood costs
// a bounded amount of work and no queue behind the signals can grow without end. Pure: the
// caller says what time it is.
class FloodGate
{
public:
    enum class Verdict { Pass, DropFirst, Drop };
    explicit FloodGate(int perSecond) : m_perSecond(perSecond) { }
    // Pass while the current one-second window has room; the first refusal of a window is
    // DropFirst, so the caller can say so once a second.
    Verdict admit(qint64 nowMs);

private:
    int m_perSecond;
    bool m_started = false;
    qint64 m_windowStart = 0;
    int m_passed = 0;
    bool m_dropping = false;
};

// The socket layer: one UDP socket and a TCP listener on the same port (Anaconda's
// inst.syslog forwards over TCP, `logger` and most devices over UDP); every datagram and
// every message framed out of a TCP stream is parsed (syslogmessage.h) and comes out as
// received() or ignored(). Holds no queue: the kernel's buffers are the only ones.
class Server final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Server)

public:
    explicit Server(ServerConfig config, QObject *parent = nullptr);
    ~Server() override;

    // Binds UDP, then TCP on the port UDP got; says exactly what to do when the port is
    // privileged or taken (error code syslog.bind for UDP, syslog.tcp.bind for TCP).
    Result<void> start();
    void stop();
    quint16 port() const;

Q_SIGNALS:
    void received(const QHostAddress &from, const Crashcart::Netboot::Syslog::Message &message);
    // A datagram or TCP message that is not syslog, a datagram over kMaxDatagram, messages
    // in a flood (once a second), a TCP stream that cannot be framed or connections over the
    // limit. A TCP message over kMaxStreamMessage is received, cut and marked truncated.
    void ignored(const QHostAddress &from, const QString &reason);

private:
    void readDatagrams();
    Result<void> bind(quint16 port);
    void readStreamMessage(const QHostAddress &from, const QByteArray &bytes, bool truncated);

    ServerConfig m_config;
    QUdpSocket *m_socket = nullptr;
    TcpReceiver m_tcp;
    FloodGate m_gate;
    QElapsedTimer m_clock;
    bool m_readScheduled = false;
};

} // namespace Crashcart::Netboot::Syslog
