// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostrepository.h"

#include "database.h"
#include "eventlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace Crashcart::Inventory {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Inventory::HostRepository)
};

const QString kColumns = QStringLiteral(
    "mac, hostname, ip, profile, bmc_address, bmc_type, tags, notes, state, last_event_at, last_event");

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

Host hostFromQuery(const QSqlQuery &q)
{
    Host h;
    h.mac = MacAddress::parse(q.value(0).toString()).value();
    h.hostname = q.value(1).toString();
    h.ip = q.value(2).toString();
    h.profile = q.value(3).toString();
    h.bmcAddress = q.value(4).toString();
    h.bmcType = q.value(5).toString();
    h.tags = q.value(6).toString().split(u',', Qt::SkipEmptyParts);
    h.notes = q.value(7).toString();
    stateFromName(q.value(8).toString(), &h.state);
    if (!q.value(9).isNull())
        h.lastEventAt = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), Qt::UTC);
    h.lastEvent = q.value(10).toString();
    return h;
}

// Binds the editable columns in kColumns order (without the event stamp). An empty QString
// binds as NULL, so the statements wrap the NOT NULL columns (tags, notes) in COALESCE.
void bindEditable(QSqlQuery &q, const Host &h)
{
    q.addBindValue(h.mac.toString());
    q.addBindValue(nullIfEmpty(h.hostname));
    q.addBindValue(nullIfEmpty(h.ip));
    q.addBindValue(nullIfEmpty(h.profile));
    q.addBindValue(nullIfEmpty(h.bmcAddress));
    q.addBindValue(nullIfEmpty(h.bmcType));
    q.addBindValue(h.tags.join(u','));
    q.addBindValue(h.notes);
    q.addBindValue(stateName(h.state));
}

// A read of a host that the database handed back unreadable must not pass silently.
bool rowIsReadable(const QSqlQuery &q)
{
    return !MacAddress::parse(q.value(0).toString()).value().isNull();
}

} // namespace

void HostKeys::insert(const Host &host)
{
    labels.insert(host.mac, HostRepository::label(host));
    if (!host.hostname.isEmpty())
        hostnames.insert(host.hostname, host.mac);
    if (!host.ip.isEmpty())
        ips.insert(host.ip, host.mac);
}

void HostKeys::remove(const Host &host)
{
    labels.remove(host.mac);
    if (hostnames.value(host.hostname) == host.mac)
        hostnames.remove(host.hostname);
    if (ips.value(host.ip) == host.mac)
        ips.remove(host.ip);
}

std::optional<Error> HostKeys::conflict(const Host &host, const MacAddress &self) const
{
    if (host.mac != self && labels.contains(host.mac)) {
        return makeError("host.duplicate.mac", Tr::tr("The MAC %1 is already in the inventory as %2")
                                                   .arg(host.mac.toString(), labels.value(host.mac)));
    }
    if (!host.hostname.isEmpty()) {
        const auto it = hostnames.constFind(host.hostname);
        if (it != hostnames.cend() && *it != self && *it != host.mac) {
            return makeError("host.duplicate.hostname", Tr::tr("The host name %1 is already used by %2")
                                                            .arg(host.hostname, it->toString()));
        }
    }
    if (!host.ip.isEmpty()) {
        const auto it = ips.constFind(host.ip);
        if (it != ips.cend() && *it != self && *it != host.mac) {
            return makeError("host.duplicate.ip", Tr::tr("The IP address %1 is already used by %2")
                                                      .arg(host.ip, labels.value(*it, it->toString())));
        }
    }
    return std::nullopt;
}

QString HostRepository::label(const Host &host)
{
    return host.hostname.isEmpty() ? host.mac.toString()
                                   : QStringLiteral("%1 (%2)").arg(host.hostname, host.mac.toString());
}

Result<QList<Host>> HostRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM hosts ORDER BY mac").arg(kColumns));
    if (auto r = Database::exec(q, QStringLiteral("hosts")); !r)
        return r.error();
    QList<Host> hosts;
    while (q.next()) {
        if (!rowIsReadable(q)) {
            return makeError("db.corrupt", Tr::tr("The inventory holds an unreadable MAC '%1'")
                                               .arg(q.value(0).toString().left(40)));
        }
        hosts.append(hostFromQuery(q));
    }
    return hosts;
}

Result<std::optional<Host>> HostRepository::find(const MacAddress &mac) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM hosts WHERE mac = ?").arg(kColumns));
    q.addBindValue(mac.toString());
    if (auto r = Database::exec(q, QStringLiteral("hosts")); !r)
        return r.error();
    if (!q.next())
        return std::optional<Host>();
    return std::optional<Host>(hostFromQuery(q));
}

Result<HostKeys> HostRepository::keys() const
{
    auto hosts = all();
    if (!hosts)
        return hosts.error();
    HostKeys keys;
    for (const Host &h : *hosts)
        keys.insert(h);
    return keys;
}

Result<int> HostRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM hosts")) || !q.next())
        return makeError("db.query", Tr::tr("Cannot count the hosts"));
    return q.value(0).toInt();
}

Result<void> HostRepository::insertRow(const Host &host, const char *eventKind)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO hosts (%1, created_at, updated_at) VALUES (?,?,?,?,?,?,COALESCE(?, ''),COALESCE(?, ''),?,?,?,?,?)")
                  .arg(kColumns));
    bindEditable(q, host);
    q.addBindValue(now);
    q.addBindValue(QLatin1String(eventKind));
    q.addBindValue(now);
    q.addBindValue(now);
    if (auto r = Database::exec(q, QStringLiteral("hosts")); !r)
        return r;
    QSqlQuery e(m_db.connection());
    e.prepare(QStringLiteral("INSERT INTO events (mac, at, kind, message) VALUES (?, ?, ?, '')"));
    e.addBindValue(host.mac.toString());
    e.addBindValue(now);
    e.addBindValue(QLatin1String(eventKind));
    return Database::exec(e, QStringLiteral("events"));
}

Result<void> HostRepository::add(const Host &host)
{
    if (host.mac.isNull())
        return makeError("host.mac", Tr::tr("A host needs a MAC address"));
    auto taken = keys();
    if (!taken)
        return taken.error();
    if (auto conflict = taken->conflict(host))
        return *conflict;
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    if (auto r = insertRow(host, "inventory.created"); !r)
        return r;
    return tx.commit();
}

Result<void> HostRepository::update(const MacAddress &original, const Host &host)
{
    return updateAll({ host }, { original });
}

Result<void> HostRepository::updateAll(const QList<Host> &hosts)
{
    QList<MacAddress> originals;
    for (const Host &h : hosts)
        originals.append(h.mac);
    return updateAll(hosts, originals);
}

Result<void> HostRepository::updateAll(const QList<Host> &hosts, const QList<MacAddress> &originals)
{
    auto stored = all();
    if (!stored)
        return stored.error();
    HostKeys after;
    QHash<MacAddress, Host> byMac;
    for (const Host &h : *stored) {
        after.insert(h);
        byMac.insert(h.mac, h);
    }
    // Check against the inventory as it will be: the edited hosts leave their old keys first.
    for (const MacAddress &original : originals) {
        const auto it = byMac.constFind(original);
        if (it == byMac.cend())
            return makeError("host.missing", Tr::tr("The host %1 is no longer in the inventory").arg(original.toString()));
        after.remove(*it);
    }
    for (const Host &h : hosts) {
        if (auto conflict = after.conflict(h))
            return *conflict;
        after.insert(h);
    }

    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    // UNIQUE is checked row by row: free the edited hosts' names and addresses first, so
    // that a swap between two of them goes through.
    for (const MacAddress &original : originals) {
        QSqlQuery release(m_db.connection());
        release.prepare(QStringLiteral("UPDATE hosts SET hostname = NULL, ip = NULL WHERE mac = ?"));
        release.addBindValue(original.toString());
        if (auto r = Database::exec(release, QStringLiteral("hosts")); !r)
            return r;
    }
    EventLog events(m_db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < hosts.size(); ++i) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE hosts SET mac = ?, hostname = ?, ip = ?, profile = ?, bmc_address = ?,"
                                 " bmc_type = ?, tags = COALESCE(?, ''), notes = COALESCE(?, ''), state = ?, updated_at = ? WHERE mac = ?"));
        bindEditable(q, hosts[i]);
        q.addBindValue(now);
        q.addBindValue(originals[i].toString());
        if (auto r = Database::exec(q, QStringLiteral("hosts")); !r)
            return r;
        if (originals[i] != hosts[i].mac) {
            QSqlQuery move(m_db.connection());
            move.prepare(QStringLiteral("UPDATE events SET mac = ? WHERE mac = ?"));
            move.addBindValue(hosts[i].mac.toString());
            move.addBindValue(originals[i].toString());
            if (auto r = Database::exec(move, QStringLiteral("events")); !r)
                return r;
        }
        if (auto r = events.append(hosts[i].mac, QStringLiteral("inventory.edited"), {},
                                   QDateTime::fromMSecsSinceEpoch(now, Qt::UTC)); !r)
            return r;
    }
    return tx.commit();
}

Result<QList<MacAddress>> HostRepository::setArmed(const QList<MacAddress> &macs, bool arm)
{
    QList<Host> hosts;
    QStringList withoutProfile;
    for (const MacAddress &mac : macs) {
        auto found = find(mac);
        if (!found)
            return found.error();
        if (!*found)
            return makeError("host.missing", Tr::tr("The host %1 is no longer in the inventory").arg(mac.toString()));
        if (arm && (*found)->profile.isEmpty())
            withoutProfile.append(label(**found));
        hosts.append(**found);
    }
    if (!withoutProfile.isEmpty()) {
        const qsizetype shown = std::min<qsizetype>(withoutProfile.size(), 10);
        QString names = withoutProfile.mid(0, shown).join(QStringLiteral(", "));
        if (withoutProfile.size() > shown)
            names += Tr::tr(" and %n more", nullptr, int(withoutProfile.size() - shown));
        return makeError("host.noprofile", Tr::tr("%n host(s) have no profile, so there is nothing to install: %1. "
                                                  "Give them a profile first; no host was armed.",
                                                  nullptr, int(withoutProfile.size()))
                                               .arg(names));
    }
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    EventLog events(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<MacAddress> changed;
    for (const Host &h : std::as_const(hosts)) {
        if (!arm && h.state != HostState::Ready && h.state != HostState::Installing)
            continue;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE hosts SET state = ?, updated_at = ? WHERE mac = ?"));
        q.addBindValue(stateName(arm ? HostState::Ready : HostState::New));
        q.addBindValue(now.toMSecsSinceEpoch());
        q.addBindValue(h.mac.toString());
        // On PostgreSQL a row-level policy hides a host outside the role's pools: no row.
        if (auto r = Database::execChanging(q, label(h)); !r)
            return r.error();
        if (auto r = events.append(h.mac, arm ? QStringLiteral("inventory.armed") : QStringLiteral("inventory.disarmed"), {}, now); !r)
            return r.error();
        changed.append(h.mac);
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return changed;
}

Result<void> HostRepository::remove(const QList<MacAddress> &macs)
{
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    for (const MacAddress &mac : macs) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM hosts WHERE mac = ?"));
        q.addBindValue(mac.toString());
        if (auto r = Database::exec(q, QStringLiteral("hosts")); !r)
            return r;
    }
    return tx.commit();
}

Result<int> HostRepository::importAll(const QList<Host> &hosts, const Progress &progress)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString kind = QStringLiteral("inventory.imported");
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO hosts (%1, created_at, updated_at) VALUES (?,?,?,?,?,?,COALESCE(?, ''),COALESCE(?, ''),?,?,?,?,?)")
                       .arg(kColumns));
    QSqlQuery event(m_db.connection());
    event.prepare(QStringLiteral("INSERT INTO events (mac, at, kind, message) VALUES (?, ?, ?, '')"));
    int done = 0;
    for (const Host &h : hosts) {
        bindEditable(insert, h);
        insert.addBindValue(now);
        insert.addBindValue(kind);
        insert.addBindValue(now);
        insert.addBindValue(now);
        if (auto r = Database::exec(insert, QStringLiteral("hosts")); !r) {
            return makeError("import.insert", Tr::tr("Nothing was imported: storing %1 failed: %2")
                                                  .arg(label(h), r.error().message));
        }
        event.addBindValue(h.mac.toString());
        event.addBindValue(now);
        event.addBindValue(kind);
        if (auto r = Database::exec(event, QStringLiteral("events")); !r)
            return r.error();
        ++done;
        if (progress && (done % 500 == 0) && !progress(done))
            return makeError("import.cancelled", Tr::tr("The import was cancelled; nothing was imported"));
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    if (progress)
        progress(done);
    return done;
}

} // namespace Crashcart::Inventory
