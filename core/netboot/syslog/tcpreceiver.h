// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "streamframer.h"

#include "common/result.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace Crashcart::Netboot::Syslog {

struct TcpLimits
{
    int maxConnections = 256;
    // A connection silent this long is closed (a host that rebooted without saying so
    // would hold its slot forever). rsyslog connects again with its next message.
    int idleTimeoutMs = 10 * 60 * 1000;
    qsizetype maxMessage = kMaxStreamMessage;
};

// Syslog's TCP transport: accepts connections, frames each stream (streamframer.h) and hands
// out the messages' bytes. Bounded: at most |maxConnections| at once (more are closed as they
// come), |maxMessage| bytes of a message and 64 KiB of unread input per connection held.
class TcpReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpReceiver)

public:
    explicit TcpReceiver(TcpLimits limits, QObject *parent = nullptr);
    ~TcpReceiver() override;

    Result<void> listen(const QHostAddress &address, quint16 port);
    // Closes the listening socket and every connection. Safe inside a slot of message().
    void close();
    quint16 port() const;
    int connectionCount() const { return int(m_connections.size()); }

Q_SIGNALS:
    void message(const QHostAddress &from, const QByteArray &bytes, bool truncated);
    // A stream that could not be framed (then closed), or connections over the limit (said
    // once until a slot is free again).
    void refused(const QHostAddress &from, const QString &reason);

private:
    void accept();
    void read(QTcpSocket *socket);
    void drop(QTcpSocket *socket);
    // Emits |frames| from |socket|; false when a slot closed the receiver or the socket.
    bool deliver(QTcpSocket *socket, const QList<Frame> &frames);

    TcpLimits m_limits;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, StreamFramer> m_connections;
    bool m_refusing = false;
};

} // namespace Crashcart::Netboot::Syslog
