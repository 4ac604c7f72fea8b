// SPDX-License-Identifier: GPL-3.0-or-later
#include "distribution.h"

#include "database.h"
#include "profile.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Crashcart::Inventory {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Inventory::DistributionRepository)
};

const QString kSelect = QStringLiteral("SELECT name, family, product, version, ks_release, arch, source, sha256, size, "
                                       "modified_at, kernel, initrd, shim, grub, repo, stage2, imported_at FROM distributions");

Distribution fromQuery(const QSqlQuery &q)
{
    Distribution d;
    QString *text[] = { &d.name, &d.family, &d.product, &d.version, &d.release, &d.arch, &d.source, &d.sha256 };
    int column = 0;
    for (QString *field : text)
        *field = q.value(column++).toString();
    d.size = q.value(column++).toLongLong();
    d.modifiedMs = q.value(column++).toLongLong();
    QString *paths[] = { &d.kernel, &d.initrd, &d.shim, &d.grub, &d.repo, &d.stage2 };
    for (QString *field : paths)
        *field = q.value(column++).toString();
    d.importedAt = QDateTime::fromMSecsSinceEpoch(q.value(column).toLongLong(), Qt::UTC);
    return d;
}

QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Result<QList<Distribution>> select(Database &db, const QString &where, const QVariant &value)
{
    QSqlQuery q(db.connection());
    q.prepare(kSelect + where + QStringLiteral(" ORDER BY name"));
    if (value.isValid())
        q.addBindValue(value);
    if (auto r = Database::exec(q, QStringLiteral("distributions")); !r)
        return r.error();
    QList<Distribution> list;
    while (q.next())
        list.append(fromQuery(q));
    return list;
}

} // namespace

QString installerKindName(InstallerKind kind)
{
    return kind == InstallerKind::Preseed ? QStringLiteral("preseed") : QStringLiteral("kickstart");
}

bool installerKindFromName(QStringView name, InstallerKind *kind)
{
    if (name.compare(u"preseed", Qt::CaseInsensitive) == 0)
        *kind = InstallerKind::Preseed;
    else if (name.compare(u"kickstart", Qt::CaseInsensitive) == 0)
        *kind = InstallerKind::Kickstart;
    else
        return false;
    return true;
}

InstallerKind Distribution::installer() const
{
    return family == QLatin1String("debian") || family == QLatin1String("ubuntu") ? InstallerKind::Preseed
                                                                                   : InstallerKind::Kickstart;
}

Result<void> validateDistributionName(const QString &name)
{
    if (!validateProfileName(name)) {
        return makeError("distro.name", Tr::tr("'%1' is not a distribution name: use up to 64 letters, digits, '.', '_' "
                                               "or '-', starting with a letter or digit")
                                            .arg(name));
    }
    return {};
}

Result<QList<Distribution>> DistributionRepository::all() const
{
    return select(m_db, QString(), QVariant());
}

Result<std::optional<Distribution>> DistributionRepository::find(const QString &name) const
{
    auto list = select(m_db, QStringLiteral(" WHERE name = ?"), name);
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Distribution>() : std::optional<Distribution>(list->first());
}

Result<std::optional<Distribution>> DistributionRepository::findBySha256(const QString &sha256) const
{
    if (sha256.isEmpty())
        return std::optional<Distribution>();
    auto list = select(m_db, QStringLiteral(" WHERE sha256 = ?"), sha256.toLower());
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Distribution>() : std::optional<Distribution>(list->first());
}

Result<void> DistributionRepository::add(const Distribution &d)
{
    if (auto r = validateDistributionName(d.name); !r)
        return r;
    auto existing = find(d.name);
    if (!existing)
        return existing.error();
    if (*existing)
        return makeError("distro.exists", Tr::tr("A distribution named %1 exists already").arg(d.name));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO distributions (name, family, product, version, ks_release, arch, source, sha256, "
                             "size, modified_at, kernel, initrd, shim, grub, repo, stage2, imported_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QString &text : { d.name, d.family, d.product, d.version, d.release, d.arch, d.source, d.sha256.toLower() })
        q.addBindValue(notNull(text));
    q.addBindValue(d.size);
    q.addBindValue(d.modifiedMs);
    for (const QString &path : { d.kernel, d.initrd, d.shim, d.grub, d.repo, d.stage2 })
        q.addBindValue(notNull(path));
    q.addBindValue(d.importedAt.isValid() ? d.importedAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch());
    return Database::exec(q, QStringLiteral("distributions"));
}

Result<QStringList> DistributionRepository::usedBy(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name FROM profiles WHERE distribution = ? ORDER BY name"));
    q.addBindValue(name);
    if (auto r = Database::exec(q, QStringLiteral("profiles")); !r)
        return r.error();
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

Result<void> DistributionRepository::remove(const QString &name)
{
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    auto users = usedBy(name);
    if (!users)
        return users.error();
    if (!users->isEmpty()) {
        return makeError("distro.inuse", Tr::tr("Distribution %1 is used by the profiles %2: change or remove them first")
                                             .arg(name, users->join(QStringLiteral(", "))));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM distributions WHERE name = ?"));
    q.addBindValue(name);
    if (auto r = Database::exec(q, QStringLiteral("distributions")); !r)
        return r;
    if (q.numRowsAffected() == 0)
        return makeError("distro.notfound", Tr::tr("No distribution is named %1").arg(name));
    return tx.commit();
}

} // namespace Crashcart::Inventory
