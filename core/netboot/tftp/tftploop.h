// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the TFTP server: the threads that carry transfers once they are accepted.

#include "tftpserver.h"
#include "tftptransfer.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace Crashcart::Netboot::Tftp {

// A UDP socket bound next to the request socket and connected to one client: its port is the
// transfer's TID (RFC 1350), and the kernel drops datagrams from anyone else. A raw descriptor:
// a transfer is a datagram per round trip, and each system call counts.
class TransferSocket
{
public:
    TransferSocket() = default;
    TransferSocket(const TransferSocket &) = delete;
    TransferSocket &operator=(const TransferSocket &) = delete;
    ~TransferSocket();

    bool open(const QHostAddress &local, const QHostAddress &peer, quint16 peerPort);
    int fd() const { return m_fd; }
    QHostAddress localAddress() const { return m_local; }
    // A full send buffer drops datagrams; the retransmit timer covers that like a loss.
    void send(const QList<QByteArray> &packets) const;

private:
    int m_fd = -1;
    QHostAddress m_local;
};

struct ActiveTransfer
{
    TransferInfo info;
    std::unique_ptr<Transfer> transfer;
    TransferSocket socket;
    qint64 startedMs = 0;
    qint64 lastProgressMs = 0;
};

// One thread that carries many transfers: an epoll set of their sockets, so a wake-up costs
// what is ready rather than what is open (poll() over every socket, as an event loop does,
// grows with each client of a boot storm), and one wait for the earliest retransmit deadline
// instead of a timer per transfer.
class TransferLoop
{
public:
    TransferLoop(LoopListener &listener, const QElapsedTimer &clock);
    TransferLoop(const TransferLoop &) = delete;
    TransferLoop &operator=(const TransferLoop &) = delete;
    ~TransferLoop();

    // False with errno set when the epoll set or the wake-up descriptor cannot be made.
    bool start();
    // From any thread: the loop sends the transfer's first packets and carries it to its end.
    void add(std::unique_ptr<ActiveTransfer> active);
    // From any thread: a new request of |file| came from |client| at |port|. A transfer of the
    // same file to the same address from another port that still waits for its OACK's ACK may
    // be the size probe (Transfer::supersede()): marked on the loop's thread, it ends as one if
    // its timeout comes first.
    void supersede(const QHostAddress &client, quint16 port, const QString &file);
    // Stops the thread; the transfers that had not ended come back, unreported.
    std::vector<std::unique_ptr<ActiveTransfer>> stop();
    // Transfers carried now (for placing the next one on the least loaded loop).
    int load() const { return m_load.load(std::memory_order_relaxed); }

private:
    void run();
    void adopt();
    void markSuperseded();
    void readable(ActiveTransfer *active);
    void timeouts(qint64 now);
    // Sends, reports progress, ends the transfer when it is finished. False once it ended.
    bool sent(ActiveTransfer *active, const QList<QByteArray> &packets, qint64 now);
    void end(ActiveTransfer *active);
    void wake();

    LoopListener &m_listener;
    const QElapsedTimer &m_clock;
    int m_epoll = -1;
    int m_wake = -1; // eventfd: new transfers, or stop
    std::thread m_thread;

    struct NewRequest
    {
        QHostAddress client;
        quint16 port;
        QString file;
    };
    std::mutex m_mutex; // guards the three below
    std::vector<std::unique_ptr<ActiveTransfer>> m_incoming;
    std::vector<NewRequest> m_newRequests;
    bool m_quit = false;

    // The loop thread's own.
    std::unordered_map<int, std::unique_ptr<ActiveTransfer>> m_active; // by descriptor
    qint64 m_nextDue = -1; // no later than the earliest deadline; -1 when nothing is due
    std::atomic<int> m_load { 0 };
};

} // namespace Crashcart::Netboot::Tftp
