// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot.h"

#include "install/installrepository.h"

#include "inventory/database.h"
#include "inventory/hostrepository.h"

namespace Crashcart::BootConfig {

Result<std::shared_ptr<const Snapshot>> Snapshot::load(Inventory::Database &db)
{
    auto hosts = Inventory::HostRepository(db).all();
    if (!hosts)
        return hosts.error();
    auto profiles = Inventory::ProfileRepository(db).all();
    if (!profiles)
        return profiles.error();
    auto running = Crashcart::Install::InstallRepository(db).running();
    if (!running)
        return running.error();
    QHash<MacAddress, QString> tokens;
    for (const Crashcart::Install::Install &i : std::as_const(*running))
        tokens.insert(i.mac, i.token);
    auto distributions = Inventory::DistributionRepository(db).all();
    if (!distributions)
        return distributions.error();
    return make(*hosts, *profiles, tokens, *distributions);
}

std::shared_ptr<const Snapshot> Snapshot::make(const QList<Inventory::Host> &hosts, const QList<Inventory::Profile> &profiles,
                                               const QHash<MacAddress, QString> &tokens,
                                               const QList<Inventory::Distribution> &distributions)
{
    auto s = std::make_shared<Snapshot>();
    s->m_tokens = tokens;
    s->m_hosts.reserve(hosts.size());
    for (const Inventory::Host &h : hosts) {
        s->m_hosts.insert(h.mac, h);
        if (!h.ip.isEmpty())
            s->m_byAddress.insert(QHostAddress(h.ip).toString(), h.mac);
    }
    for (const Inventory::Profile &p : profiles)
        s->m_profiles.insert(p.name, p);
    for (const Inventory::Distribution &d : distributions)
        s->m_distributions.insert(d.name, d);
    return s;
}

const Inventory::Host *Snapshot::host(const MacAddress &mac) const
{
    const auto it = m_hosts.constFind(mac);
    return it == m_hosts.cend() ? nullptr : &*it;
}

const Inventory::Profile *Snapshot::profile(const QString &name) const
{
    const auto it = m_profiles.constFind(name);
    return it == m_profiles.cend() ? nullptr : &*it;
}

const Inventory::Distribution *Snapshot::distribution(const QString &name) const
{
    const auto it = m_distributions.constFind(name);
    return it == m_distributions.cend() ? nullptr : &*it;
}

const Inventory::Distribution *Snapshot::distributionOf(const Inventory::Profile &profile) const
{
    return profile.distribution.isEmpty() ? nullptr : distribution(profile.distribution);
}

MacAddress Snapshot::macForAddress(const QHostAddress &address) const
{
    bool v4 = false;
    const quint32 ip4 = address.toIPv4Address(&v4);
    return m_byAddress.value(v4 ? QHostAddress(ip4).toString() : address.toString());
}

QHash<MacAddress, QHostAddress> Snapshot::addresses() const
{
    QHash<MacAddress, QHostAddress> out;
    out.reserve(m_byAddress.size());
    for (auto it = m_byAddress.cbegin(); it != m_byAddress.cend(); ++it)
        out.insert(it.value(), QHostAddress(it.key()));
    return out;
}

std::shared_ptr<const Snapshot> SnapshotHolder::get() const
{
    QMutexLocker lock(&m_mutex);
    return m_current;
}

void SnapshotHolder::set(std::shared_ptr<const Snapshot> snapshot)
{
    QMutexLocker lock(&m_mutex);
    m_current = std::move(snapshot);
}

} // namespace Crashcart::BootConfig
