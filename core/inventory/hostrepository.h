// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "host.h"

#include "common/result.h"

#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace Crashcart::Inventory {

class Database;

// The unique keys already taken, for checking many rows without a query per row.
struct HostKeys
{
    QHash<MacAddress, QString> labels;   // mac -> how to name that host to a person
    QHash<QString, MacAddress> hostnames;
    QHash<QString, MacAddress> ips;

    void insert(const Host &host);
    void remove(const Host &host);
    // Why |host| cannot join, naming the host that holds the key; ignores |self|.
    std::optional<Error> conflict(const Host &host, const MacAddress &self = {}) const;
};

// Reads and writes hosts. Every write that touches several rows is one transaction.
class HostRepository
{
public:
    Database &database() const { return m_db; }
    explicit HostRepository(Database &db) : m_db(db) { }

    Result<QList<Host>> all() const;
    Result<std::optional<Host>> find(const MacAddress &mac) const;
    Result<HostKeys> keys() const;
    Result<int> count() const;

    Result<void> add(const Host &host);
    // Replaces the host stored under |original| (the MAC itself may change).
    Result<void> update(const MacAddress &original, const Host &host);
    // Several updates, all or none.
    Result<void> updateAll(const QList<Host> &hosts);
    Result<void> remove(const QList<MacAddress> &macs);
    // Arming (state Ready) makes a host's next network boot install it; disarming puts an
    // armed or installing host back to New. Each change is an inventory.armed/disarmed event,
    // all in one transaction. Arming refuses, naming them, hosts without a profile; disarming
    // skips hosts that are not armed. Returns the hosts changed.
    Result<QList<MacAddress>> setArmed(const QList<MacAddress> &macs, bool arm);

    // Inserts all rows in one transaction: either every host is stored or none is.
    // |progress| gets the number done so far and may return false to cancel (rolls back).
    using Progress = std::function<bool(int done)>;
    Result<int> importAll(const QList<Host> &hosts, const Progress &progress = {});

    static QString label(const Host &host);

private:
    Result<void> updateAll(const QList<Host> &hosts, const QList<MacAddress> &originals);
    Result<void> insertRow(const Host &host, const char *eventKind);
    Database &m_db;
};

} // namespace Crashcart::Inventory
