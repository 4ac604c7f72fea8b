// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/macaddress.h"
#include "netboot/neighbours.h"
#include "netboot/syslog/syslogmessage.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace Crashcart::Inventory {
class Database;
struct Event;
}

namespace Crashcart::BootConfig {

class SnapshotHolder;

// Turns what the servers did into events on the hosts' timelines. Lives on the thread that
// owns the database; the servers' signals reach it queued. Writes are batched (one
// transaction every flush interval): with synchronous=FULL a commit per TFTP file would
// cost more than the transfer.
//
// The MAC of a TFTP or HTTP client is what the request says (a per-MAC file name, Anaconda's
// header), else the inventory's IP, else what the kernel's neighbour table (ARP) knows.
class EventRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventRecorder)

public:
    using NeighbourLookup = std::function<MacAddress(const QHostAddress &)>;

    EventRecorder(Inventory::Database &db, const SnapshotHolder &snapshots, QObject *parent = nullptr);
    ~EventRecorder() override;

    void setNeighbourLookup(NeighbourLookup lookup) { m_neighbours = std::move(lookup); }
    void setFlushInterval(int ms) { m_flush.setInterval(ms); }

    void dhcpAnswered(const MacAddress &mac, int architecture, const QByteArray &file, bool pxePort);
    // Full DHCP: an address bound to |mac| (offers are not recorded: a lease is what counts).
    void dhcpLeased(const MacAddress &mac, const QHostAddress &address);
    void tftpStarted(quint64 id, const QHostAddress &client, const QString &file);
    void tftpFinished(quint64 id, bool ok, const QString &message, qint64 bytes, qint64 elapsedMs, int retransmits = 0);
    void tftpRefused(const QHostAddress &client, const QString &file, const QString &reason);
    void httpAccessed(const QHostAddress &client, const MacAddress &mac, const QByteArray &method, const QString &path,
                      int status, qint64 bytes);
    // A line of an installer's syslog, as "install.syslog" with "SEVERITY APP: TEXT" on the
    // host |from| is (as resolve() finds it; else |mac|, the service's neighbour lookup).
    // Recorded: notice and worse, and every line anacondaProgress() reads a stage from (which
    // Anaconda logs at info) and which syslogProgress() then announces. Info and debug lines
    // are most of Anaconda's output and would bury the timeline: the live log shows them.
    // Returns the host, or null.
    MacAddress syslogReceived(const QHostAddress &from, const MacAddress &mac, const Netboot::Syslog::Message &message);
    // Writes what is pending now.
    void flush();

    // The MAC a client's request belongs to, or null.
    MacAddress resolve(const QHostAddress &client, const QString &file = QString());

Q_SIGNALS:
    void recorded(const Crashcart::MacAddress &mac, const QString &kind, const QString &message);
    // After a batch is stored: the hosts whose timeline (and "last event") changed, once each.
    void written(const QList<Crashcart::MacAddress> &macs);
    void writeFailed(const QString &message);
    // A syslog line stated an install stage for |mac| (see syslogReceived).
    void syslogProgress(const Crashcart::MacAddress &mac, const QString &stage, std::optional<int> percent);

private:
    void add(const MacAddress &mac, const QString &kind, const QString &message);
    void noteLocalBoot(const MacAddress &mac, const QString &file);

    struct Pending
    {
        MacAddress mac;
        QString kind;
        QString message;
        QDateTime at;
    };
    struct Transfer
    {
        QHostAddress client;
        QString file;
        MacAddress mac;
    };

    Inventory::Database &m_db;
    const SnapshotHolder &m_snapshots;
    Netboot::NeighbourCache m_arp; // the default lookup: the kernel's table, re-read at most once a second
    NeighbourLookup m_neighbours;
    QList<Pending> m_pending;
    QHash<quint64, Transfer> m_transfers;
    QHash<QString, MacAddress> m_learned; // client address -> MAC, from requests that told
    QTimer m_flush;
};

} // namespace Crashcart::BootConfig
