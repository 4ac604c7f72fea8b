// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/macaddress.h"
#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace Crashcart::Inventory {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString user; // the database role (PostgreSQL's session_user); empty on a SQLite file
    QString action; // arm, disarm, cancel, power, profile
    MacAddress mac; // null for a profile change
    QString detail;
};

// Who armed, cancelled, powered or changed what, and when: the audit table. Database
// triggers write it (so hand-written SQL is recorded too) and refuse to change or delete a
// row of it, on both engines; no role is granted more than SELECT on it.
class AuditTrail
{
public:
    explicit AuditTrail(Database &db) : m_db(db) { }

    // Newest last; |mac| and |since| narrow it when given.
    Result<QList<AuditEntry>> entries(const std::optional<MacAddress> &mac = std::nullopt, const QDateTime &since = {},
                                      int limit = 10000) const;

    // The migration step that creates the table and its triggers (schema 8).
    static QStringList migration(bool postgres);

private:
    Database &m_db;
};

} // namespace Crashcart::Inventory
