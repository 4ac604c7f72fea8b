// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/macaddress.h"
#include "common/result.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace Crashcart::Netboot::Dhcp {

struct PoolConfig
{
    QHostAddress first, last;  // the range handed out, inclusive
    QHostAddress netmask;
    QHostAddress router;       // optional
    QList<QHostAddress> dns;   // optional
    int leaseSeconds = 3600;
    int offerHoldSeconds = 60; // an offered address waits this long for the client's REQUEST
    int declineHoldSeconds = 600;
    QString leaseFile;         // JSON, written atomically after each change; empty: memory only

    // The range lies in one subnet, first <= last, at most 65,536 addresses.
    Result<void> validate() const;
};

// The addresses of full-DHCP mode (an isolated lab network only). A MAC keeps its address
// across leases and restarts (the file), a host the inventory gives an IP inside the range
// gets that one, and an address a client declined (someone else answers ARP for it) rests.
// Pure apart from the file; |now| is seconds since the epoch.
class LeasePool
{
public:
    explicit LeasePool(PoolConfig config) : m_config(std::move(config)) { }

    const PoolConfig &config() const { return m_config; }
    // Reads the lease file; a missing file is an empty pool, a broken one an error (it is
    // never overwritten blindly: the caller decides).
    Result<void> load();

    void setReservations(const QHash<MacAddress, QHostAddress> &reservations);

    std::optional<QHostAddress> offer(const MacAddress &mac, const QHostAddress &requested, qint64 now);
    // The client's REQUEST: true when |address| is this MAC's to take.
    bool bind(const MacAddress &mac, const QHostAddress &address, qint64 now);
    void release(const MacAddress &mac, const QHostAddress &address);
    // Whether there is a record of |mac|: a lease (offered, bound or lapsed) or a reservation.
    bool knows(const MacAddress &mac) const { return m_leases.contains(mac) || m_reserved.contains(mac); }
    // Whether |address| is in the range handed out, and in the range's subnet.
    bool inPool(const QHostAddress &address) const;
    bool onNetwork(const QHostAddress &address) const;
    void decline(const QHostAddress &address, qint64 now);

    struct Lease
    {
        MacAddress mac;
        quint32 address = 0;
        qint64 expires = 0;
        bool bound = false; // false: offered, not yet requested
    };
    QList<Lease> leases() const { return m_leases.values(); }
    // Set when the last save failed (the lease still holds in memory).
    QString saveError() const { return m_saveError; }

private:
    bool inRange(quint32 a) const;
    bool freeFor(quint32 a, const MacAddress &mac, qint64 now) const;
    void save();

    PoolConfig m_config;
    QHash<MacAddress, Lease> m_leases;
    QHash<MacAddress, quint32> m_reserved;
    QHash<quint32, qint64> m_declined; // address -> until
    QString m_saveError;
};

} // namespace Crashcart::Netboot::Dhcp
