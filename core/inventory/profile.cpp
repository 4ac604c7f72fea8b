// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace Crashcart::Inventory {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Inventory::ProfileRepository)
};

// Initrds are stored one a line: a path may hold spaces, never a newline.
Profile profileFromQuery(const QSqlQuery &q)
{
    Profile p;
    p.name = q.value(0).toString();
    p.description = q.value(1).toString();
    p.kernel = q.value(2).toString();
    p.initrds = q.value(3).toString().split(u'\n', Qt::SkipEmptyParts);
    p.kernelArgs = q.value(4).toString();
    p.kickstart = q.value(5).toString();
    p.installTimeoutMinutes = q.value(6).toInt();
    p.syslog = q.value(7).toBool();
    firmwareFromName(q.value(8).toString(), &p.firmware);
    p.distribution = q.value(9).toString();
    installerKindFromName(q.value(10).toString(), &p.installer);
    p.secureBoot = q.value(11).toBool();
    return p;
}

// Qt binds a null QString as NULL; these columns are NOT NULL.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const QString kSelect = QStringLiteral("SELECT name, description, kernel, initrd, kernel_args, kickstart, install_timeout_min, syslog, firmware, distribution, installer, secure_boot FROM profiles");

} // namespace

QString firmwareName(Firmware firmware)
{
    return firmware == Firmware::Uefi ? QStringLiteral("uefi") : QStringLiteral("bios");
}

bool firmwareFromName(QStringView name, Firmware *firmware)
{
    if (name.compare(u"uefi", Qt::CaseInsensitive) == 0)
        *firmware = Firmware::Uefi;
    else if (name.compare(u"bios", Qt::CaseInsensitive) == 0 || name.compare(u"legacy", Qt::CaseInsensitive) == 0)
        *firmware = Firmware::Bios;
    else
        return false;
    return true;
}

Result<void> validateProfileName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!valid.match(name).hasMatch()) {
        return makeError("profile.name", Tr::tr("'%1' is not a profile name: use up to 64 letters, digits, '.', '_' or '-', "
                                                "starting with a letter or digit")
                                             .arg(name));
    }
    return {};
}

Result<QList<Profile>> ProfileRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" ORDER BY name"));
    if (auto r = Database::exec(q, QStringLiteral("profiles")); !r)
        return r.error();
    QList<Profile> list;
    while (q.next())
        list.append(profileFromQuery(q));
    return list;
}

Result<std::optional<Profile>> ProfileRepository::find(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE name = ?"));
    q.addBindValue(name);
    if (auto r = Database::exec(q, QStringLiteral("profiles")); !r)
        return r.error();
    if (!q.next())
        return std::optional<Profile>();
    return std::optional<Profile>(profileFromQuery(q));
}

Result<void> ProfileRepository::save(const Profile &p)
{
    if (auto r = validateProfileName(p.name); !r)
        return r;
    if (p.installTimeoutMinutes < 1 || p.installTimeoutMinutes > 7 * 24 * 60)
        return makeError("profile.timeout", Tr::tr("An install's timeout is from 1 minute to 7 days (10080 minutes)"));
    for (const QString &initrd : p.initrds) {
        if (initrd.contains(u'\n'))
            return makeError("profile.initrd", Tr::tr("An initrd path cannot contain a line break"));
    }
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    if (!p.distribution.isEmpty()) {
        auto d = DistributionRepository(m_db).find(p.distribution);
        if (!d)
            return d.error();
        if (!*d)
            return makeError("profile.distribution", Tr::tr("Profile %1 names the distribution %2, which is not there").arg(p.name, p.distribution));
    }
    QSqlQuery remove(m_db.connection());
    remove.prepare(QStringLiteral("DELETE FROM profiles WHERE name = ?"));
    remove.addBindValue(p.name);
    if (auto r = Database::exec(remove, QStringLiteral("profiles")); !r)
        return r;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO profiles (name, description, kernel, initrd, kernel_args, kickstart, "
                             "install_timeout_min, syslog, firmware, distribution, installer, secure_boot, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(p.name);
    q.addBindValue(notNull(p.description));
    q.addBindValue(notNull(p.kernel));
    q.addBindValue(notNull(p.initrds.join(u'\n')));
    q.addBindValue(notNull(p.kernelArgs));
    q.addBindValue(notNull(p.kickstart));
    q.addBindValue(p.installTimeoutMinutes);
    q.addBindValue(p.syslog ? 1 : 0);
    q.addBindValue(firmwareName(p.firmware));
    q.addBindValue(notNull(p.distribution));
    q.addBindValue(installerKindName(p.installer));
    q.addBindValue(p.secureBoot ? 1 : 0);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (auto r = Database::exec(q, QStringLiteral("profiles")); !r)
        return r;
    return tx.commit();
}

Result<void> ProfileRepository::remove(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM profiles WHERE name = ?"));
    q.addBindValue(name);
    return Database::exec(q, QStringLiteral("profiles"));
}

} // namespace Crashcart::Inventory
