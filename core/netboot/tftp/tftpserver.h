// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tftpoptions.h"

#include "common/result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QSet>

#include <atomic>
#include <memory>
#include <vector>

class QUdpSocket;

namespace Crashcart::Netboot {
class ContentProvider;
}

namespace Crashcart::Netboot::Tftp {

class Transfer;
class TransferLoop;
struct ActiveTransfer;

struct ServerConfig
{
    QHostAddress address = QHostAddress::AnyIPv4;
    quint16 port = 69;
    Limits limits;
    int maxTransfers = 512;
    // Threads that carry the transfers; 0: one per processor (at least 2, at most 8).
    int threads = 0;
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
    Options oack; // the options acknowledged, as sent; empty: none (the transfer began with DATA 1)
};

// What a TransferLoop reports, called on the loop's thread.
class LoopListener
{
public:
    virtual ~LoopListener() = default;
    virtual void transferProgressed(const ActiveTransfer &active) = 0;
    virtual void transferEnded(const ActiveTransfer &active) = 0;
};

// The socket layer: listens for requests on whatever thread owns it (the netboot service runs
// it off the GUI thread), gives each transfer a socket of its own (its TID, RFC 1350) and hands
// it to one of a few threads that carry transfers (TransferLoop), which feed its packets and
// its deadline into Tftp::Transfer. transferProgress and transferFinished come from those
// threads: connect with a context object (queued), as for any signal across threads.
class Server final : public QObject, private LoopListener
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
    int activeTransfers() const { return m_active.load(std::memory_order_relaxed); }

Q_SIGNALS:
    void transferStarted(const Crashcart::Netboot::Tftp::TransferInfo &info);
    // Throttled to a few per second per transfer.
    void transferProgress(quint64 id, qint64 bytes, qint64 size, int retransmits);
    // |windows|: data windows sent (at windowsize 1, blocks), resends included.
    void transferFinished(quint64 id, bool ok, const QString &message, qint64 bytes, qint64 elapsedMs, int retransmits,
                          qint64 windows);
    void requestRefused(const QHostAddress &client, const QString &file, const QString &reason);

private:
    void readRequests();
    void handleRequest(const QByteArray &datagram, const QHostAddress &client, quint16 clientPort);
    void startTransfer(const Packet &request, const QHostAddress &client, quint16 clientPort);
    void transferProgressed(const ActiveTransfer &active) override;
    void transferEnded(const ActiveTransfer &active) override;
    void refuse(const QHostAddress &client, quint16 clientPort, ErrorCode code, const QByteArray &wire,
                const QString &file, const QString &reason);
    static QString requestKey(const QHostAddress &client, quint16 clientPort, const QString &file);

    ContentProvider &m_provider;
    ServerConfig m_config;
    QUdpSocket *m_socket = nullptr;
    std::vector<std::unique_ptr<TransferLoop>> m_loops;
    std::atomic<int> m_active { 0 };
    quint64 m_nextId = 1;
    // The requests being served (client, its port, file): a client that repeats its request
    // because our answer was lost is answered by the transfer's own retransmission. Ended on
    // the loops' threads, hence the lock.
    QMutex m_servingLock;
    QSet<QString> m_serving;
    QElapsedTimer m_clock;
};

} // namespace Crashcart::Netboot::Tftp
