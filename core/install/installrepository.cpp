// SPDX-License-Identifier: GPL-3.0-or-later
#include "installrepository.h"

#include "inventory/database.h"
#include "inventory/eventlog.h"
#include "inventory/host.h"
#include "inventory/hostrepository.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace Crashcart::Install {

using Inventory::Database;
using Inventory::EventLog;
using Inventory::HostState;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Install::InstallRepository)
};

const QString kColumns = QStringLiteral("id, mac, profile, token, armed_at, armed_by, state, stage, percent, last_event_at, "
                                        "last_event, ended_at, outcome, report IS NOT NULL, log IS NOT NULL");

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Install fromQuery(const QSqlQuery &q)
{
    Install i;
    i.id = q.value(0).toLongLong();
    if (auto mac = MacAddress::parse(q.value(1).toString()))
        i.mac = *mac;
    i.profile = q.value(2).toString();
    i.token = q.value(3).toString();
    i.armedAt = fromMs(q.value(4));
    i.armedBy = q.value(5).toString();
    i.state = stateFromName(q.value(6).toString()).value_or(InstallState::Failed);
    i.stage = q.value(7).toString();
    i.percent = q.value(8).toInt();
    i.lastEventAt = fromMs(q.value(9));
    i.lastEvent = q.value(10).toString();
    i.endedAt = fromMs(q.value(11));
    i.outcome = q.value(12).toString();
    i.hasReport = q.value(13).toBool();
    i.hasLog = q.value(14).toBool();
    return i;
}

// A viewer on PostgreSQL may not read the tokens (the secret that install callbacks prove
// themselves with, DatabaseRoles): it reads everything else, each token empty.
QString readableColumns(Database &db)
{
    if (db.engine() != Database::Engine::Postgres)
        return kColumns;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT has_column_privilege('installs', 'token', 'SELECT')")) && q.next() && !q.value(0).toBool())
        return QString(kColumns).replace(QLatin1String(", token,"), QLatin1String(", '' AS token,"));
    return kColumns;
}

Result<QList<Install>> select(Database &db, const QString &where, const QVariantList &binds)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT " + readableColumns(db) + u" FROM installs " + where);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (auto r = Database::exec(q, QStringLiteral("installs")); !r)
        return r.error();
    QList<Install> out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

Result<void> setHostState(Database &db, const MacAddress &mac, HostState state, const QDateTime &at)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE hosts SET state = ?, updated_at = ? WHERE mac = ?"));
    q.addBindValue(Inventory::stateName(state));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(mac.toString());
    return Database::exec(q, QStringLiteral("hosts"));
}

// The install's progress line as the timeline and the replay rule see it.
QString progressLine(const Progress &p)
{
    QString line = p.stage + u' ' + p.status;
    if (p.percent >= 0)
        line += u' ' + QString::number(p.percent) + u'%';
    if (!p.message.isEmpty())
        line += u' ' + p.message;
    return line;
}

// Outcomes are stored as data, "code" or "code: detail", and put into words by outcomeLabel().
QString outcome(const QString &code, const QString &detail)
{
    return detail.isEmpty() ? code : code + u": " + detail;
}

} // namespace

Result<std::optional<Install>> InstallRepository::byToken(const QString &token) const
{
    auto found = select(m_db, QStringLiteral("WHERE token = ?"), { token });
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Install>() : std::optional<Install>(found->first());
}

Result<std::optional<Install>> InstallRepository::latest(const MacAddress &mac) const
{
    auto found = select(m_db, QStringLiteral("WHERE mac = ? ORDER BY id DESC LIMIT 1"), { mac.toString() });
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Install>() : std::optional<Install>(found->first());
}

Result<QList<Install>> InstallRepository::forHost(const MacAddress &mac) const
{
    return select(m_db, QStringLiteral("WHERE mac = ? ORDER BY id"), { mac.toString() });
}

Result<QList<Install>> InstallRepository::running() const
{
    return select(m_db, QStringLiteral("WHERE state IN ('ready', 'installing') ORDER BY id"), {});
}

Result<QHash<MacAddress, Install>> InstallRepository::latestForAll() const
{
    auto all = select(m_db, QStringLiteral("WHERE id IN (SELECT MAX(id) FROM installs GROUP BY mac)"), {});
    if (!all)
        return all.error();
    QHash<MacAddress, Install> out;
    out.reserve(all->size());
    for (const Install &i : std::as_const(*all))
        out.insert(i.mac, i);
    return out;
}

Result<QString> InstallRepository::text(qint64 installId, const QString &column) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT " + column + u" FROM installs WHERE id = ?");
    q.addBindValue(installId);
    if (auto r = Database::exec(q, QStringLiteral("installs")); !r)
        return r.error();
    return q.next() ? q.value(0).toString() : QString();
}

Result<QByteArray> InstallRepository::report(qint64 installId) const
{
    auto json = text(installId, QStringLiteral("report"));
    if (!json)
        return json.error();
    return json->toUtf8();
}

Result<QString> InstallRepository::log(qint64 installId) const
{
    return text(installId, QStringLiteral("log"));
}

Result<void> InstallRepository::startFor(const MacAddress &mac, const QString &profile, const QString &armedBy, const QDateTime &at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO installs (mac, profile, token, armed_at, armed_by, state, last_event_at, last_event)"
                             " VALUES (?, ?, ?, ?, ?, 'ready', ?, 'install.armed')"));
    q.addBindValue(mac.toString());
    q.addBindValue(profile);
    q.addBindValue(newToken());
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(armedBy.isNull() ? QStringLiteral("") : armedBy);
    q.addBindValue(at.toMSecsSinceEpoch());
    if (auto r = Database::exec(q, QStringLiteral("installs")); !r)
        return r;
    return EventLog(m_db).append(mac, QStringLiteral("install.armed"), armedBy.isEmpty() ? profile : profile + u' ' + armedBy, at);
}

Result<void> InstallRepository::end(const Install &install, InstallState state, const QString &outcome, const QDateTime &at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE installs SET state = ?, ended_at = ?, outcome = ?, last_event_at = ?,"
                             " percent = CASE WHEN ? THEN 100 ELSE percent END WHERE id = ?"));
    q.addBindValue(stateName(state));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(outcome);
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(state == InstallState::Installed);
    q.addBindValue(install.id);
    if (auto r = Database::exec(q, QStringLiteral("installs")); !r)
        return r;
    if (state == InstallState::Installed || state == InstallState::Failed) {
        if (auto r = setHostState(m_db, install.mac, state == InstallState::Installed ? HostState::Installed : HostState::Failed, at); !r)
            return r;
    }
    const QString kind = state == InstallState::Installed ? QStringLiteral("install.done")
        : state == InstallState::Failed                   ? QStringLiteral("install.failed")
                                                          : QStringLiteral("install.cancelled");
    return EventLog(m_db).append(install.mac, kind, outcome, at);
}

Result<QList<MacAddress>> InstallRepository::arm(const QList<MacAddress> &macs, const QString &armedBy)
{
    Inventory::Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    Inventory::HostRepository hosts(m_db);
    auto changed = hosts.setArmed(macs, true); // refuses hosts without a profile, whole
    if (!changed)
        return changed.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const MacAddress &mac : std::as_const(*changed)) {
        auto host = hosts.find(mac);
        if (!host || !*host)
            return host ? makeError("host.missing", Tr::tr("The host %1 is no longer in the inventory").arg(mac.toString())) : host.error();
        auto previous = latest(mac);
        if (!previous)
            return previous.error();
        if (*previous && isRunning((*previous)->state)) {
            if (auto r = end(**previous, InstallState::Cancelled, QStringLiteral("rearmed"), now); !r)
                return r.error();
        }
        if (auto r = startFor(mac, (*host)->profile, armedBy, now); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return changed;
}

Result<QList<MacAddress>> InstallRepository::disarm(const QList<MacAddress> &macs, const QString &reason,
                                                    InstallState endAs)
{
    Inventory::Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto changed = Inventory::HostRepository(m_db).setArmed(macs, false);
    if (!changed)
        return changed.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const MacAddress &mac : macs) {
        auto current = latest(mac);
        if (!current)
            return current.error();
        if (*current && isRunning((*current)->state)) {
            if (auto r = end(**current, endAs, reason, now); !r)
                return r.error();
        }
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return changed;
}

Result<int> InstallRepository::adoptArmedHosts()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT mac, profile FROM hosts WHERE state IN ('ready', 'installing') AND mac NOT IN"
                             " (SELECT mac FROM installs WHERE state IN ('ready', 'installing'))"));
    if (auto r = Database::exec(q, QStringLiteral("hosts")); !r)
        return r.error();
    QList<std::pair<MacAddress, QString>> orphans;
    while (q.next()) {
        if (auto mac = MacAddress::parse(q.value(0).toString()))
            orphans.append({ *mac, q.value(1).toString() });
    }
    if (orphans.isEmpty())
        return 0;
    Inventory::Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[mac, profile] : std::as_const(orphans)) {
        if (auto r = startFor(mac, profile, QString(), now); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return int(orphans.size());
}

Result<InstallRepository::Lookup> InstallRepository::runningInstall(const QString &token, const QString &what)
{
    auto found = byToken(token);
    if (!found)
        return found.error();
    Lookup l;
    if (*found && isRunning((*found)->state)) {
        l.install = **found;
        return l;
    }
    l.refusal.status = 404;
    if (!*found) {
        l.refusal.message = Tr::tr("No install has this token");
        return l;
    }
    l.refusal.mac = (*found)->mac;
    l.refusal.message = Tr::tr("This install has ended (%1): it takes no more callbacks").arg(stateName((*found)->state));
    // The attempt is on the host's timeline: someone still talks to an ended install.
    if (auto r = EventLog(m_db).append(l.refusal.mac, QStringLiteral("install.refused"), what + u": " + l.refusal.message); !r)
        return r.error();
    return l;
}

Result<void> InstallRepository::markStarted(const Install &install, const QString &how, const QDateTime &at)
{
    if (install.state != InstallState::Ready)
        return {};
    if (auto r = setHostState(m_db, install.mac, HostState::Installing, at); !r)
        return r;
    return EventLog(m_db).append(install.mac, QStringLiteral("install.started"), how, at);
}

Result<Verdict> InstallRepository::progress(const QString &token, const Progress &p)
{
    Inventory::Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto found = runningInstall(token, QStringLiteral("progress"));
    if (!found)
        return found.error();
    if (!found->install) {
        (void)tx.commit(); // the refusal's event
        return found->refusal;
    }
    const Install &install = *found->install;
    Verdict v;
    v.mac = install.mac;
    const QString line = progressLine(p);
    bool replay = false;
    if (!p.id.isEmpty()) {
        QSqlQuery seen(m_db.connection());
        seen.prepare(QStringLiteral("INSERT INTO install_callbacks (install_id, callback_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
        seen.addBindValue(install.id);
        seen.addBindValue(p.id);
        if (auto r = Database::exec(seen, QStringLiteral("install_callbacks")); !r)
            return r.error();
        replay = seen.numRowsAffected() == 0;
    } else {
        replay = install.lastEvent == u"progress " + line;
    }
    if (replay) {
        v.message = Tr::tr("Already recorded");
        return v; // nothing written: the transaction rolls back the (empty) work
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto r = markStarted(install, p.stage, now); !r)
        return r.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE installs SET state = 'installing', stage = ?, percent = CASE WHEN ? >= 0 THEN ? ELSE percent END,"
                             " last_event_at = ?, last_event = ? WHERE id = ?"));
    q.addBindValue(p.stage);
    q.addBindValue(p.percent);
    q.addBindValue(p.percent);
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(QString(u"progress " + line));
    q.addBindValue(install.id);
    if (auto r = Database::exec(q, QStringLiteral("installs")); !r)
        return r.error();
    if (auto r = EventLog(m_db).append(install.mac, QStringLiteral("install.progress"), line, now); !r)
        return r.error();
    // "done" ends it Installed (the host boots its disk from now on); "failed" ends it Failed.
    // A status of "error" on another stage is on the timeline; the installer goes on or says failed.
    if (p.stage == QLatin1String("done") && p.status != QLatin1String("error")) {
        if (auto r = end(install, InstallState::Installed, outcome(QStringLiteral("done"), p.message), now); !r)
            return r.error();
        v.ended = true;
    } else if (p.stage == QLatin1String("failed")) {
        if (auto r = end(install, InstallState::Failed, outcome(QStringLiteral("failed"), p.message), now); !r)
            return r.error();
        v.ended = true;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return v;
}

Result<Verdict> InstallRepository::syslogProgress(const MacAddress &mac, const QString &stage, std::optional<int> percent)
{
    Inventory::Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto current = latest(mac);
    if (!current)
        return current.error();
    if (!*current || !isRunning((*current)->state))
        return Verdict { 404, Tr::tr("The host %1 has no running install").arg(mac.toString()), mac, false };
    const Install &install = **current;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // No install.started here: the syslog line that moved it is on the timeline already.
    if (install.state == InstallState::Ready) {
        if (auto r = setHostState(m_db, mac, HostState::Installing, now); !r)
            return r.error();
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE installs SET state = 'installing', stage = ?, percent = CASE WHEN ? > percent THEN ? ELSE percent END,"
                             " last_event_at = ? WHERE id = ?"));
    q.addBindValue(stage);
    const int bounded = qBound(0, percent.value_or(0), 100); // never lowers it (GREATEST/MAX differ between engines)
    q.addBindValue(bounded);
    q.addBindValue(bounded);
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(install.id);
    if (auto r = Database::exec(q, QStringLiteral("installs")); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return Verdict { 200, {}, mac, false };
}

Result<Verdict> InstallRepository::store(const QString &token, const QString &what, const QString &column, const QString &value,
                                         const QString &summary)
{
    Inventory::Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto found = runningInstall(token, what);
    if (!found)
        return found.error();
    if (!found->install) {
        (void)tx.commit(); // the refusal's event
        return found->refusal;
    }
    // The same body again is an installer retrying a post it got no answer to (Crashcart was
    // killed after storing it): acknowledged, not on the timeline twice. Reports and logs carry
    // no id, so this is the progress rule for events without one: the same twice in a row.
    QSqlQuery same(m_db.connection());
    same.prepare(u"SELECT 1 FROM installs WHERE id = ? AND " + column + u" = ?");
    same.addBindValue(found->install->id);
    same.addBindValue(value);
    if (auto r = Database::exec(same, QStringLiteral("installs")); !r)
        return r.error();
    if (same.next())
        return Verdict { 200, Tr::tr("Already recorded"), found->install->mac, false };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE installs SET " + column + u" = ?, last_event_at = ? WHERE id = ?");
    q.addBindValue(value);
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(found->install->id);
    if (auto r = Database::exec(q, QStringLiteral("installs")); !r)
        return r.error();
    if (auto r = EventLog(m_db).append(found->install->mac, u"install." + what, summary, now); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return Verdict { 200, {}, found->install->mac, false };
}

Result<Verdict> InstallRepository::storeReport(const QString &token, const QByteArray &json)
{
    return store(token, QStringLiteral("report"), QStringLiteral("report"), QString::fromUtf8(json), QString::number(json.size()) + u" bytes");
}

Result<Verdict> InstallRepository::storeLog(const QString &token, const QString &text)
{
    const int lines = int(text.count(u'\n')) + (text.endsWith(u'\n') || text.isEmpty() ? 0 : 1);
    return store(token, QStringLiteral("log"), QStringLiteral("log"), text, QString::number(lines) + u" lines");
}

Result<MacAddress> InstallRepository::noteRefused(const QString &token, const QString &what, const QString &reason)
{
    auto found = byToken(token);
    if (!found)
        return found.error();
    if (!*found)
        return MacAddress();
    if (auto r = EventLog(m_db).append((*found)->mac, QStringLiteral("install.refused"), what + u": " + reason); !r)
        return r.error();
    return (*found)->mac;
}

Result<QList<MacAddress>> InstallRepository::noteActivity(const QList<MacAddress> &macs, const QDateTime &at)
{
    if (macs.isEmpty())
        return QList<MacAddress>();
    auto runningNow = running();
    if (!runningNow)
        return runningNow.error();
    const QSet<MacAddress> heard(macs.cbegin(), macs.cend());
    QList<Install> touched;
    for (const Install &i : std::as_const(*runningNow)) {
        if (heard.contains(i.mac))
            touched.append(i);
    }
    if (touched.isEmpty())
        return QList<MacAddress>();
    Inventory::Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    QList<MacAddress> started;
    for (const Install &i : std::as_const(touched)) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE installs SET state = 'installing', last_event_at = ? WHERE id = ?"));
        q.addBindValue(at.toMSecsSinceEpoch());
        q.addBindValue(i.id);
        if (auto r = Database::exec(q, QStringLiteral("installs")); !r)
            return r.error();
        if (auto r = markStarted(i, QStringLiteral("network boot"), at); !r)
            return r.error();
        if (i.state == InstallState::Ready)
            started.append(i.mac);
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return started;
}

Result<QList<MacAddress>> InstallRepository::failStalled(const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT " + kColumns
              + u", COALESCE(install_timeout_min, 60) FROM installs LEFT JOIN profiles ON profiles.name = installs.profile"
                u" WHERE state = 'installing'");
    if (auto r = Database::exec(q, QStringLiteral("installs")); !r)
        return r.error();
    QList<Install> stalled;
    while (q.next()) {
        const Install i = fromQuery(q);
        if (i.lastEventAt.msecsTo(now) > qint64(q.value(15).toInt()) * 60'000)
            stalled.append(i);
    }
    if (stalled.isEmpty())
        return QList<MacAddress>();
    Inventory::Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    QList<MacAddress> ended;
    for (const Install &i : std::as_const(stalled)) {
        const QString last = i.lastEvent.startsWith(QLatin1String("progress ")) ? i.lastEvent.mid(9) : i.lastEvent;
        if (auto r = end(i, InstallState::Failed, outcome(QStringLiteral("stalled"), last.isEmpty() ? i.stage : last), now); !r)
            return r.error();
        ended.append(i.mac);
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return ended;
}

} // namespace Crashcart::Install
