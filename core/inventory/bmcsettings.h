// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/macaddress.h"
#include "common/result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace Crashcart::Inventory {

class Database;

// What Crashcart keeps of a host's BMC besides its address and type (in the host) and its
// login (in the OS keychain, never here).
struct BmcSettings
{
    int cipherSuite = 3;      // IPMI RMCP+ cipher suite
    QString tlsFingerprint;   // Redfish: SHA-256 hex of the certificate the admin accepted
    QString powerState;       // "on", "off", or empty when never read
    QDateTime powerAt;        // when it was read

    bool operator==(const BmcSettings &) const = default;
};

class BmcSettingsRepository
{
public:
    explicit BmcSettingsRepository(Database &db) : m_db(db) { }

    // The defaults when the host has no row.
    Result<BmcSettings> find(const MacAddress &mac) const;
    Result<QHash<MacAddress, BmcSettings>> all() const;
    Result<void> setCipherSuite(const MacAddress &mac, int suite);
    Result<void> setTlsFingerprint(const MacAddress &mac, const QString &fingerprint);
    Result<void> setPowerState(const MacAddress &mac, const QString &state, const QDateTime &at);

private:
    Result<void> upsert(const MacAddress &mac, const QString &column, const QVariant &value,
                        const QVariant &extra = {}, const QString &extraColumn = {});

    Database &m_db;
};

} // namespace Crashcart::Inventory
