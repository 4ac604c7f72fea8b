// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittrail.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Crashcart::Inventory {

namespace {

// The table is the same on both engines; what fills it and guards it is each engine's
// trigger language. PostgreSQL's trigger functions run with the owner's rights (SECURITY
// DEFINER), so that roles that may not write the table still leave their trace in it.
QStringList postgresTriggers()
{
    return {
        QStringLiteral("CREATE FUNCTION crashcart_audit_now() RETURNS BIGINT LANGUAGE sql VOLATILE AS $$"
                       " SELECT (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT $$"),
        QStringLiteral("CREATE FUNCTION crashcart_audit_hosts() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
                       " SET search_path FROM CURRENT AS $$ BEGIN"
                       " IF NEW.state = 'ready' AND OLD.state IS DISTINCT FROM 'ready' THEN"
                       "  INSERT INTO audit (at, db_user, action, mac, detail)"
                       "  VALUES (crashcart_audit_now(), session_user, 'arm', NEW.mac, COALESCE(NEW.profile, ''));"
                       " ELSIF NEW.state = 'new' AND OLD.state IN ('ready', 'installing') THEN"
                       "  INSERT INTO audit (at, db_user, action, mac, detail)"
                       "  VALUES (crashcart_audit_now(), session_user, 'disarm', NEW.mac, '');"
                       " END IF; RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER audit_hosts AFTER UPDATE OF state ON hosts"
                       " FOR EACH ROW EXECUTE FUNCTION crashcart_audit_hosts()"),
        QStringLiteral("CREATE FUNCTION crashcart_audit_installs() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
                       " SET search_path FROM CURRENT AS $$ BEGIN"
                       " IF NEW.state = 'cancelled' AND OLD.state IS DISTINCT FROM 'cancelled' THEN"
                       "  INSERT INTO audit (at, db_user, action, mac, detail)"
                       "  VALUES (crashcart_audit_now(), session_user, 'cancel', NEW.mac, NEW.outcome);"
                       " END IF; RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER audit_installs AFTER UPDATE OF state ON installs"
                       " FOR EACH ROW EXECUTE FUNCTION crashcart_audit_installs()"),
        QStringLiteral("CREATE FUNCTION crashcart_audit_power() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
                       " SET search_path FROM CURRENT AS $$ BEGIN"
                       " INSERT INTO audit (at, db_user, action, mac, detail)"
                       " VALUES (crashcart_audit_now(), session_user, 'power', NEW.mac, NEW.message);"
                       " RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER audit_power AFTER INSERT ON events FOR EACH ROW WHEN (NEW.kind = 'bmc.power')"
                       " EXECUTE FUNCTION crashcart_audit_power()"),
        QStringLiteral("CREATE FUNCTION crashcart_audit_profiles() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
                       " SET search_path FROM CURRENT AS $$ BEGIN"
                       " INSERT INTO audit (at, db_user, action, mac, detail)"
                       " VALUES (crashcart_audit_now(), session_user, 'profile',"
                       "  '', CASE TG_OP WHEN 'DELETE' THEN 'removed ' || OLD.name ELSE 'saved ' || NEW.name END);"
                       " RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER audit_profiles AFTER INSERT OR UPDATE OR DELETE ON profiles"
                       " FOR EACH ROW EXECUTE FUNCTION crashcart_audit_profiles()"),
        QStringLiteral("CREATE FUNCTION crashcart_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                       " RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';"
                       " END $$"),
        QStringLiteral("CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit"
                       " FOR EACH ROW EXECUTE FUNCTION crashcart_audit_append_only()"),
        QStringLiteral("CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit"
                       " FOR EACH STATEMENT EXECUTE FUNCTION crashcart_audit_append_only()"),
        QStringLiteral("REVOKE ALL ON audit FROM PUBLIC"),
    };
}

QStringList sqliteTriggers()
{
    const QString now = QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");
    return {
        QStringLiteral("CREATE TRIGGER audit_arm AFTER UPDATE OF state ON hosts"
                       " WHEN NEW.state = 'ready' AND OLD.state IS NOT 'ready' BEGIN"
                       " INSERT INTO audit (at, action, mac, detail) VALUES (%1, 'arm', NEW.mac, COALESCE(NEW.profile, ''));"
                       " END").arg(now),
        QStringLiteral("CREATE TRIGGER audit_disarm AFTER UPDATE OF state ON hosts"
                       " WHEN NEW.state = 'new' AND OLD.state IN ('ready', 'installing') BEGIN"
                       " INSERT INTO audit (at, action, mac, detail) VALUES (%1, 'disarm', NEW.mac, '');"
                       " END").arg(now),
        QStringLiteral("CREATE TRIGGER audit_cancel AFTER UPDATE OF state ON installs"
                       " WHEN NEW.state = 'cancelled' AND OLD.state IS NOT 'cancelled' BEGIN"
                       " INSERT INTO audit (at, action, mac, detail) VALUES (%1, 'cancel', NEW.mac, NEW.outcome);"
                       " END").arg(now),
        QStringLiteral("CREATE TRIGGER audit_power AFTER INSERT ON events WHEN NEW.kind = 'bmc.power' BEGIN"
                       " INSERT INTO audit (at, action, mac, detail) VALUES (%1, 'power', NEW.mac, NEW.message);"
                       " END").arg(now),
        QStringLiteral("CREATE TRIGGER audit_profile_saved AFTER INSERT ON profiles BEGIN"
                       " INSERT INTO audit (at, action, mac, detail) VALUES (%1, 'profile', '', 'saved ' || NEW.name);"
                       " END").arg(now),
        QStringLiteral("CREATE TRIGGER audit_profile_changed AFTER UPDATE ON profiles BEGIN"
                       " INSERT INTO audit (at, action, mac, detail) VALUES (%1, 'profile', '', 'saved ' || NEW.name);"
                       " END").arg(now),
        QStringLiteral("CREATE TRIGGER audit_profile_removed AFTER DELETE ON profiles BEGIN"
                       " INSERT INTO audit (at, action, mac, detail) VALUES (%1, 'profile', '', 'removed ' || OLD.name);"
                       " END").arg(now),
        QStringLiteral("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN"
                       " SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN"
                       " SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
    };
}

} // namespace

QStringList AuditTrail::migration(bool postgres)
{
    QStringList steps {
        QStringLiteral("CREATE TABLE audit ("
                       " id %1,"
                       " at BIGINT NOT NULL,"
                       " db_user VARCHAR(63) NOT NULL DEFAULT '',"
                       " action VARCHAR(16) NOT NULL,"
                       " mac VARCHAR(17) NOT NULL DEFAULT '',"
                       " detail TEXT NOT NULL DEFAULT '')")
            .arg(postgres ? QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY")),
        QStringLiteral("CREATE INDEX audit_by_host ON audit (mac, at)"),
        QStringLiteral("CREATE INDEX audit_by_time ON audit (at)"),
    };
    return steps + (postgres ? postgresTriggers() : sqliteTriggers());
}

Result<QList<AuditEntry>> AuditTrail::entries(const std::optional<MacAddress> &mac, const QDateTime &since, int limit) const
{
    QStringList where;
    QVariantList binds;
    if (mac) {
        where.append(QStringLiteral("mac = ?"));
        binds.append(mac->toString());
    }
    if (since.isValid()) {
        where.append(QStringLiteral("at >= ?"));
        binds.append(since.toMSecsSinceEpoch());
    }
    QSqlQuery q(m_db.connection());
    // The newest |limit|, shown oldest first.
    q.prepare(QStringLiteral("SELECT id, at, db_user, action, mac, detail FROM (SELECT * FROM audit%1 ORDER BY id DESC LIMIT ?) AS newest"
                             " ORDER BY id")
                  .arg(where.isEmpty() ? QString() : u" WHERE " + where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(limit);
    if (auto r = Database::exec(q, QStringLiteral("audit")); !r)
        return r.error();
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        e.user = q.value(2).toString();
        e.action = q.value(3).toString();
        if (auto m = MacAddress::parse(q.value(4).toString()))
            e.mac = *m;
        e.detail = q.value(5).toString();
        out.append(e);
    }
    return out;
}

} // namespace Crashcart::Inventory
