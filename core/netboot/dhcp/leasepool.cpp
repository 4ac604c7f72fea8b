// SPDX-License-Identifier: GPL-3.0-or-later
#include "leasepool.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace Crashcart::Netboot::Dhcp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Netboot::Dhcp::LeasePool)
};

quint32 v4(const QHostAddress &a)
{
    bool ok = false;
    const quint32 value = a.toIPv4Address(&ok);
    return ok ? value : 0;
}

} // namespace

Result<void> PoolConfig::validate() const
{
    const quint32 a = v4(first), b = v4(last), mask = v4(netmask);
    if (!a || !b || !mask)
        return makeError("dhcp.pool", Tr::tr("The address pool needs a first and last IPv4 address and a netmask"));
    if ((~mask & (~mask + 1)) != 0)
        return makeError("dhcp.pool", Tr::tr("%1 is not a netmask").arg(netmask.toString()));
    if (a > b)
        return makeError("dhcp.pool", Tr::tr("The pool's first address %1 comes after its last %2").arg(first.toString(), last.toString()));
    if ((a & mask) != (b & mask))
        return makeError("dhcp.pool", Tr::tr("%1 and %2 are not in one subnet of %3").arg(first.toString(), last.toString(), netmask.toString()));
    if (b - a >= 65536)
        return makeError("dhcp.pool", Tr::tr("The pool holds more than 65,536 addresses"));
    if ((a & ~mask) == 0 || (b & ~mask) == ~mask)
        return makeError("dhcp.pool", Tr::tr("The pool includes the subnet's network or broadcast address"));
    if (leaseSeconds < 60)
        return makeError("dhcp.pool", Tr::tr("Leases shorter than a minute are refused"));
    return {};
}

bool LeasePool::inRange(quint32 a) const
{
    return a >= v4(m_config.first) && a <= v4(m_config.last);
}

bool LeasePool::inPool(const QHostAddress &address) const
{
    return inRange(v4(address));
}

bool LeasePool::onNetwork(const QHostAddress &address) const
{
    const quint32 mask = v4(m_config.netmask);
    const quint32 a = v4(address);
    return a && (a & mask) == (v4(m_config.first) & mask);
}

void LeasePool::setReservations(const QHash<MacAddress, QHostAddress> &reservations)
{
    m_reserved.clear();
    for (auto it = reservations.cbegin(); it != reservations.cend(); ++it) {
        if (const quint32 a = v4(it.value()); inRange(a))
            m_reserved.insert(it.key(), a);
    }
}

bool LeasePool::freeFor(quint32 a, const MacAddress &mac, qint64 now) const
{
    if (!inRange(a) || a == v4(m_config.router))
        return false;
    if (m_declined.value(a, 0) > now)
        return false;
    for (auto it = m_reserved.cbegin(); it != m_reserved.cend(); ++it) {
        if (it.value() == a && it.key() != mac)
            return false;
    }
    for (const Lease &l : m_leases) {
        if (l.address == a && l.mac != mac && l.expires > now)
            return false;
    }
    return true;
}

std::optional<QHostAddress> LeasePool::offer(const MacAddress &mac, const QHostAddress &requested, qint64 now)
{
    // Preference: the reservation, the MAC's own lease (even expired), what it asks for, any.
    quint32 chosen = 0;
    if (const quint32 r = m_reserved.value(mac); r && freeFor(r, mac, now))
        chosen = r;
    if (!chosen) {
        if (const auto it = m_leases.constFind(mac); it != m_leases.cend() && freeFor(it->address, mac, now))
            chosen = it->address;
    }
    if (!chosen && freeFor(v4(requested), mac, now))
        chosen = v4(requested);
    if (!chosen) {
        // One pass over what is taken, then the first free address: linear in the pool.
        QSet<quint32> taken;
        for (const Lease &l : m_leases) {
            if (l.mac != mac && l.expires > now)
                taken.insert(l.address);
        }
        for (auto it = m_reserved.cbegin(); it != m_reserved.cend(); ++it) {
            if (it.key() != mac)
                taken.insert(it.value());
        }
        for (auto it = m_declined.cbegin(); it != m_declined.cend(); ++it) {
            if (it.value() > now)
                taken.insert(it.key());
        }
        taken.insert(v4(m_config.router));
        for (quint32 a = v4(m_config.first); !chosen && a <= v4(m_config.last) && a != 0; ++a) {
            if (!taken.contains(a))
                chosen = a;
        }
    }
    if (!chosen)
        return std::nullopt;
    Lease &lease = m_leases[mac];
    const bool keepBinding = lease.bound && lease.address == chosen && lease.expires > now;
    lease.mac = mac;
    lease.address = chosen;
    if (!keepBinding) {
        lease.bound = false;
        lease.expires = now + m_config.offerHoldSeconds;
    }
    return QHostAddress(chosen);
}

bool LeasePool::bind(const MacAddress &mac, const QHostAddress &address, qint64 now)
{
    const quint32 a = v4(address);
    if (!freeFor(a, mac, now))
        return false;
    if (const quint32 r = m_reserved.value(mac); r && r != a)
        return false; // the inventory says this host has another address
    m_leases.insert(mac, Lease { mac, a, now + m_config.leaseSeconds, true });
    save();
    return true;
}

void LeasePool::release(const MacAddress &mac, const QHostAddress &address)
{
    const auto it = m_leases.find(mac);
    if (it == m_leases.end() || it->address != v4(address))
        return;
    it->expires = 0; // the MAC keeps its claim to the address should it come back
    it->bound = false;
    save();
}

void LeasePool::decline(const QHostAddress &address, qint64 now)
{
    const quint32 a = v4(address);
    if (!inRange(a))
        return;
    m_declined.insert(a, now + m_config.declineHoldSeconds);
    for (auto it = m_leases.begin(); it != m_leases.end();) {
        it = it->address == a ? m_leases.erase(it) : std::next(it);
    }
    save();
}

Result<void> LeasePool::load()
{
    m_leases.clear();
    if (m_config.leaseFile.isEmpty())
        return {};
    QFile f(m_config.leaseFile);
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024 * 1024)
        return makeError("dhcp.leases", Tr::tr("The lease file %1 cannot be read").arg(f.fileName()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject() || doc.object().value(QStringLiteral("version")).toInt() != 1) {
        return makeError("dhcp.leases", Tr::tr("The lease file %1 is damaged (%2); move it away to start with no leases")
                                            .arg(f.fileName(), error.errorString()));
    }
    for (const QJsonValue &v : doc.object().value(QStringLiteral("leases")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto mac = MacAddress::parse(o.value(QStringLiteral("mac")).toString());
        const quint32 a = v4(QHostAddress(o.value(QStringLiteral("address")).toString()));
        if (!mac || !inRange(a))
            continue; // the pool changed since: that lease no longer applies
        m_leases.insert(*mac, Lease { *mac, a, qint64(o.value(QStringLiteral("expires")).toDouble()), true });
    }
    return {};
}

void LeasePool::save()
{
    if (m_config.leaseFile.isEmpty())
        return;
    QJsonArray array;
    for (const Lease &l : m_leases) {
        if (!l.bound && l.expires != 0)
            continue; // offers are not leases
        array.append(QJsonObject { { QStringLiteral("mac"), l.mac.toString() },
                                   { QStringLiteral("address"), QHostAddress(l.address).toString() },
                                   { QStringLiteral("expires"), double(l.expires) } });
    }
    QSaveFile f(m_config.leaseFile);
    const QByteArray bytes = QJsonDocument(QJsonObject { { QStringLiteral("version"), 1 }, { QStringLiteral("leases"), array } })
                                 .toJson(QJsonDocument::Indented);
    if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit())
        m_saveError.clear();
    else
        m_saveError = Tr::tr("The lease file %1 cannot be written: %2").arg(m_config.leaseFile, f.errorString());
}

} // namespace Crashcart::Netboot::Dhcp
