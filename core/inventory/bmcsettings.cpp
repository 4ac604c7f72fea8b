// SPDX-License-Identifier: GPL-3.0-or-later
#include "bmcsettings.h"

#include "database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Crashcart::Inventory {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Inventory::BmcSettings)
};

const QString kSelect = QStringLiteral("SELECT mac, cipher_suite, tls_fingerprint, power_state, power_at FROM bmc_settings");

BmcSettings fromQuery(const QSqlQuery &q)
{
    BmcSettings s;
    s.cipherSuite = q.value(1).toInt();
    s.tlsFingerprint = q.value(2).toString();
    s.powerState = q.value(3).toString();
    if (!q.value(4).isNull())
        s.powerAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    return s;
}

} // namespace

Result<BmcSettings> BmcSettingsRepository::find(const MacAddress &mac) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE mac = ?"));
    q.addBindValue(mac.toString());
    if (auto r = Database::exec(q, QStringLiteral("bmc_settings")); !r)
        return r.error();
    return q.next() ? fromQuery(q) : BmcSettings {};
}

Result<QHash<MacAddress, BmcSettings>> BmcSettingsRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect);
    if (auto r = Database::exec(q, QStringLiteral("bmc_settings")); !r)
        return r.error();
    QHash<MacAddress, BmcSettings> result;
    while (q.next()) {
        if (auto mac = MacAddress::parse(q.value(0).toString()))
            result.insert(*mac, fromQuery(q));
    }
    return result;
}

Result<void> BmcSettingsRepository::setCipherSuite(const MacAddress &mac, int suite)
{
    // The suites RMCP+ defines (IPMI 2.0 table 22-20); 0 is "no authentication".
    if (suite < 0 || suite > 17) {
        return makeError("bmc.cipher", Tr::tr("Cipher suite %1 does not exist (IPMI 2.0 defines 0 to 17; 3 and 17 are "
                                              "the usual ones)")
                                           .arg(suite));
    }
    return upsert(mac, QStringLiteral("cipher_suite"), suite);
}

Result<void> BmcSettingsRepository::setTlsFingerprint(const MacAddress &mac, const QString &fingerprint)
{
    QString hex = fingerprint.toLower();
    hex.remove(QLatin1Char(':'));
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.isEmpty() && !sha256.match(hex).hasMatch())
        return makeError("bmc.fingerprint", Tr::tr("'%1' is not a SHA-256 fingerprint").arg(fingerprint.left(100)));
    return upsert(mac, QStringLiteral("tls_fingerprint"), hex);
}

Result<void> BmcSettingsRepository::setPowerState(const MacAddress &mac, const QString &state, const QDateTime &at)
{
    return upsert(mac, QStringLiteral("power_state"), state, at.toMSecsSinceEpoch(), QStringLiteral("power_at"));
}

Result<void> BmcSettingsRepository::upsert(const MacAddress &mac, const QString &column, const QVariant &value,
                                           const QVariant &extra, const QString &extraColumn)
{
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO bmc_settings (mac) SELECT ? WHERE NOT EXISTS "
                                  "(SELECT 1 FROM bmc_settings WHERE mac = ?)"));
    insert.addBindValue(mac.toString());
    insert.addBindValue(mac.toString());
    if (auto r = Database::exec(insert, QStringLiteral("bmc_settings")); !r)
        return r;
    QSqlQuery update(m_db.connection());
    QString set = column + QStringLiteral(" = ?");
    if (!extraColumn.isEmpty())
        set += QStringLiteral(", ") + extraColumn + QStringLiteral(" = ?");
    update.prepare(QStringLiteral("UPDATE bmc_settings SET ") + set + QStringLiteral(" WHERE mac = ?"));
    update.addBindValue(value);
    if (!extraColumn.isEmpty())
        update.addBindValue(extra);
    update.addBindValue(mac.toString());
    if (auto r = Database::exec(update, QStringLiteral("bmc_settings")); !r)
        return r;
    return tx.commit();
}

} // namespace Crashcart::Inventory
