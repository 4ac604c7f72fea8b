// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/macaddress.h"
#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Crashcart::Inventory {

class Database;

struct Event
{
    qint64 id = 0;
    MacAddress mac;
    QDateTime at;
    QString kind;     // a stable code, e.g. "inventory.imported"; see kindLabel()
    QString message;  // details, as data (a path, a count), not prose
};

// The per-host timeline. Appending also stamps the host's "last event".
class EventLog
{
public:
    explicit EventLog(Database &db) : m_db(db) { }

    // Appends within the caller's transaction if there is one.
    Result<void> append(const MacAddress &mac, const QString &kind, const QString &message = {},
                        QDateTime at = QDateTime::currentDateTimeUtc());
    Result<QList<Event>> forHost(const MacAddress &mac, int limit = 1000) const;

    // A translated label for an event kind.
    static QString kindLabel(const QString &kind);
    // Where an event came from, for timelines: "dhcp", "tftp", "http", "callback" (what the
    // installer posted), "syslog", "install" (the install's own steps) or "inventory".
    static QString sourceOf(const QString &kind);

private:
    Database &m_db;
};

} // namespace Crashcart::Inventory
