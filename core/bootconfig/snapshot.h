// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/macaddress.h"
#include "common/result.h"
#include "inventory/distribution.h"
#include "inventory/host.h"
#include "inventory/profile.h"

#include <QHash>
#include <QHostAddress>
#include <QMutex>

#include <memory>

namespace Crashcart::Inventory {
class Database;
}

namespace Crashcart::BootConfig {

// What the servers need of the inventory, read once and then shared read-only between the
// network threads: servers never open the database (a Qt Sql connection belongs to one thread).
class Snapshot
{
public:
    static Result<std::shared_ptr<const Snapshot>> load(Inventory::Database &db);
    // |tokens|: each running install's token, by host (what its kickstart carries).
    static std::shared_ptr<const Snapshot> make(const QList<Inventory::Host> &hosts, const QList<Inventory::Profile> &profiles,
                                                const QHash<MacAddress, QString> &tokens = {},
                                                const QList<Inventory::Distribution> &distributions = {});

    const Inventory::Host *host(const MacAddress &mac) const;
    const Inventory::Profile *profile(const QString &name) const;
    const Inventory::Distribution *distribution(const QString &name) const;
    // The distribution |profile| boots; null when it names none or one that is not there.
    const Inventory::Distribution *distributionOf(const Inventory::Profile &profile) const;
    MacAddress macForAddress(const QHostAddress &address) const;
    // The hosts the inventory gives a fixed IP: full DHCP's reservations.
    QHash<MacAddress, QHostAddress> addresses() const;
    int hostCount() const { return int(m_hosts.size()); }
    // The token of |mac|'s running install; empty when it has none.
    QString installToken(const MacAddress &mac) const { return m_tokens.value(mac); }

private:
    QHash<MacAddress, Inventory::Host> m_hosts;
    QHash<QString, Inventory::Profile> m_profiles;
    QHash<QString, Inventory::Distribution> m_distributions;
    QHash<QString, MacAddress> m_byAddress;
    QHash<MacAddress, QString> m_tokens;
};

// The current snapshot, swapped whole when the inventory changes; readers keep the one they
// took for as long as they use it.
class SnapshotHolder
{
public:
    SnapshotHolder() : m_current(Snapshot::make({}, {})) { }
    std::shared_ptr<const Snapshot> get() const;
    void set(std::shared_ptr<const Snapshot> snapshot);

private:
    mutable QMutex m_mutex;
    std::shared_ptr<const Snapshot> m_current;
};

} // namespace Crashcart::BootConfig
