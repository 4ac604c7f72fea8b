// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlog.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Crashcart::Inventory {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Inventory::EventLog)
};

} // namespace

Result<void> EventLog::append(const MacAddress &mac, const QString &kind, const QString &message, QDateTime at)
{
    const qint64 ms = at.toMSecsSinceEpoch();
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO events (mac, at, kind, message) VALUES (?, ?, ?, COALESCE(?, ''))"));
    insert.addBindValue(mac.toString());
    insert.addBindValue(ms);
    insert.addBindValue(kind);
    insert.addBindValue(message);
    if (auto r = Database::exec(insert, QStringLiteral("events")); !r)
        return r;
    QSqlQuery stamp(m_db.connection());
    stamp.prepare(QStringLiteral("UPDATE hosts SET last_event_at = ?, last_event = ? WHERE mac = ?"));
    stamp.addBindValue(ms);
    stamp.addBindValue(kind);
    stamp.addBindValue(mac.toString());
    return Database::exec(stamp, QStringLiteral("hosts"));
}

Result<QList<Event>> EventLog::forHost(const MacAddress &mac, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, kind, message FROM events WHERE mac = ? ORDER BY at DESC, id DESC LIMIT ?"));
    q.addBindValue(mac.toString());
    q.addBindValue(limit);
    if (auto r = Database::exec(q, QStringLiteral("events")); !r)
        return r.error();
    QList<Event> events;
    while (q.next()) {
        events.append(Event { q.value(0).toLongLong(), mac,
                              QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                              q.value(2).toString(), q.value(3).toString() });
    }
    return events;
}

QString EventLog::sourceOf(const QString &kind)
{
    if (kind == QLatin1String("boot.dhcp") || kind == QLatin1String("boot.lease"))
        return QStringLiteral("dhcp");
    if (kind.startsWith(QLatin1String("boot.tftp")))
        return QStringLiteral("tftp");
    if (kind == QLatin1String("boot.http") || kind == QLatin1String("boot.refused") || kind == QLatin1String("boot.local"))
        return kind == QLatin1String("boot.http") ? QStringLiteral("http") : QStringLiteral("boot");
    if (kind == QLatin1String("install.progress") || kind == QLatin1String("install.report") || kind == QLatin1String("install.log")
        || kind == QLatin1String("install.refused"))
        return QStringLiteral("callback");
    if (kind == QLatin1String("install.syslog"))
        return QStringLiteral("syslog");
    if (kind.startsWith(QLatin1String("bmc.")))
        return QStringLiteral("bmc");
    if (kind.startsWith(QLatin1String("install.")))
        return QStringLiteral("install");
    return QStringLiteral("inventory");
}

QString EventLog::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("inventory.created"))
        return Tr::tr("Added to the inventory");
    if (kind == QLatin1String("inventory.imported"))
        return Tr::tr("Imported from CSV");
    if (kind == QLatin1String("inventory.edited"))
        return Tr::tr("Edited");
    if (kind == QLatin1String("inventory.armed"))
        return Tr::tr("Armed for installation");
    if (kind == QLatin1String("inventory.disarmed"))
        return Tr::tr("Disarmed");
    if (kind == QLatin1String("boot.dhcp"))
        return Tr::tr("Boot offer (DHCP)");
    if (kind == QLatin1String("boot.tftp"))
        return Tr::tr("File sent (TFTP)");
    if (kind == QLatin1String("boot.tftp-failed"))
        return Tr::tr("File transfer failed (TFTP)");
    if (kind == QLatin1String("boot.refused"))
        return Tr::tr("Request refused");
    if (kind == QLatin1String("boot.http"))
        return Tr::tr("HTTP fetch");
    if (kind == QLatin1String("boot.lease"))
        return Tr::tr("Address leased (DHCP)");
    if (kind == QLatin1String("boot.local"))
        return Tr::tr("Told to boot its disk");
    if (kind == QLatin1String("install.armed"))
        return Tr::tr("Install started (armed)");
    if (kind == QLatin1String("install.started"))
        return Tr::tr("Installer heard from");
    if (kind == QLatin1String("install.progress"))
        return Tr::tr("Install progress");
    if (kind == QLatin1String("install.report"))
        return Tr::tr("Hardware report");
    if (kind == QLatin1String("install.log"))
        return Tr::tr("Installer log tail");
    if (kind == QLatin1String("install.done"))
        return Tr::tr("Installed");
    if (kind == QLatin1String("install.failed"))
        return Tr::tr("Install failed");
    if (kind == QLatin1String("install.cancelled"))
        return Tr::tr("Install cancelled");
    if (kind == QLatin1String("install.refused"))
        return Tr::tr("Callback refused");
    if (kind == QLatin1String("install.syslog"))
        return Tr::tr("Installer log line");
    if (kind == QLatin1String("bmc.boot"))
        return Tr::tr("Next boot set (BMC)");
    if (kind == QLatin1String("bmc.power"))
        return Tr::tr("Power (BMC)");
    if (kind == QLatin1String("bmc.cleared"))
        return Tr::tr("Next boot cleared (BMC)");
    if (kind == QLatin1String("bmc.failed"))
        return Tr::tr("BMC step failed");
    return kind;
}

} // namespace Crashcart::Inventory
