// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tftpoptions.h"

#include "common/result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <memory>

class QUdpSocket;

namespace Crashcart::Netboot {
class ContentProvider;
}

namespace Crashcart::Netboot::Tftp {

class Transfer;

struct ServerConfig
{
    QHostAddress address = QHostAddress::AnyIPv4;
    quint16 port = 69;
    Limits limits;
    int maxTransfers = 512;
    // Cap blksize to what the route's MTU carries unfragmented (firmware that asks for
    // 65464 and then drops IP fragments is common).
    bool capToPathMtu = true;
};

struct TransferInfo
{
    quint64 id = 0;
    QHostAddress client;
    quint16 clientPort = 0;
    QString file;
    qint64 size = 0;
    int blockSize = 512;
    int windowSize = 1;
};

// The socket layer: listens for requests, gives each transfer a socket of its own (its
// TID, RFC 1350) and a timer, and feeds both into Tftp::Transfer. Lives on whatever thread
// owns it; the netboot service runs it off the GUI thread.
class Server final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Server)

public:
    Server(ContentProvider &provider, ServerConfig config, QObject *parent = nullptr);
    ~Server() override;

    // Binds the request socket; says exactly what to do when the port is privileged or taken.
    Result<void> start();
    void stop();
    quint16 port() const;
    int activeTransfers() const { return int(m_transfers.size()); }

Q_SIGNALS:
    void transferStarted(const Crashcart::Netboot::Tftp::TransferInfo &info);
    // Throttled to a few per second per transfer.
    void transferProgress(quint64 id, qint64 bytes, qint64 size, int retransmits);
    void transferFinished(quint64 id, bool ok, const QString &message, qint64 bytes, qint64 elapsedMs);
    void requestRefused(const QHostAddress &client, const QString &file, const QString &reason);

private:
    struct Active;
    void readRequests();
    void handleRequest(const QByteArray &datagram, const QHostAddress &client, quint16 clientPort);
    void startTransfer(const Packet &request, const QHostAddress &client, quint16 clientPort);
    void readTransfer(Active *active);
    void timeout(Active *active);
    void send(Active *active, const QList<QByteArray> &packets);
    void finish(Active *active);
    void refuse(const QHostAddress &client, quint16 clientPort, ErrorCode code, const QByteArray &wire,
                const QString &file, const QString &reason);

    ContentProvider &m_provider;
    ServerConfig m_config;
    QUdpSocket *m_socket = nullptr;
    QHash<quint64, Active *> m_transfers;
    quint64 m_nextId = 1;
    QElapsedTimer m_clock;
};

} // namespace Crashcart::Netboot::Tftp
