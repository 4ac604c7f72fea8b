// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseroles.h"

#include "database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace Crashcart::Inventory {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Inventory::DatabaseRoles)
};

// Every table of the schema the group roles may read (installs aside: its token is a secret).
const char *const kReadable[] = { "schema_version", "hosts", "profiles", "events", "settings", "installs",
                                  "install_callbacks", "bmc_settings", "distributions", "pool_grants", "audit" };
// The columns of installs a viewer reads: all but the token that authenticates callbacks.
constexpr char kInstallsPublic[] = "id, mac, profile, armed_at, armed_by, state, stage, percent, last_event_at, last_event,"
                                   " ended_at, outcome, report, log";

// Row-level security: admins do anything, everyone reads, operators change what concerns
// hosts in their pools. A policy TO a group applies to its members (operator is a member of
// viewer, admin of operator).
const char *const kInit[] = {
    // Which pools the login roles may work on; pools granted to a group reach its members.
    "CREATE TABLE IF NOT EXISTS pool_grants ("
    " role_name VARCHAR(63) NOT NULL,"
    " pool VARCHAR(128) NOT NULL,"
    " PRIMARY KEY (role_name, pool))",
    "DO $$ BEGIN"
    " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'crashcart_viewer') THEN CREATE ROLE crashcart_viewer NOLOGIN; END IF;"
    " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'crashcart_operator') THEN CREATE ROLE crashcart_operator NOLOGIN; END IF;"
    " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'crashcart_admin') THEN CREATE ROLE crashcart_admin NOLOGIN; END IF;"
    " END $$",
    "GRANT crashcart_viewer TO crashcart_operator",
    "GRANT crashcart_operator TO crashcart_admin",
    // Admins make people viewers and operators (db grant); only the owner makes admins.
    "GRANT crashcart_viewer, crashcart_operator TO crashcart_admin WITH ADMIN OPTION",
    // Is the current role in a pool that the comma-separated |tags| name? (pool=NAME tags)
    "CREATE OR REPLACE FUNCTION crashcart_in_my_pools(tags TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$"
    // (by oid: a grant to a role dropped since must not make pg_has_role fail every query)
    " SELECT EXISTS (SELECT 1 FROM pool_grants g JOIN pg_roles r ON r.rolname = g.role_name"
    "  WHERE 'pool=' || g.pool = ANY (string_to_array(tags, ','))"
    "  AND pg_has_role(current_user, r.oid, 'MEMBER')) $$",
    "CREATE OR REPLACE FUNCTION crashcart_may_operate(host_mac TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$"
    " SELECT EXISTS (SELECT 1 FROM hosts h WHERE h.mac = host_mac AND crashcart_in_my_pools(h.tags)) $$",
    "REVOKE ALL ON FUNCTION crashcart_in_my_pools(TEXT), crashcart_may_operate(TEXT) FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION crashcart_in_my_pools(TEXT), crashcart_may_operate(TEXT) TO crashcart_viewer",
};

QString policy(const char *table, const char *name, const char *command, const char *role, const QString &rule)
{
    const QLatin1String what(command);
    QString rest;
    if (what == QLatin1String("INSERT"))
        rest = u" WITH CHECK (" + rule + u')';
    else if (what == QLatin1String("SELECT") || what == QLatin1String("DELETE"))
        rest = u" USING (" + rule + u')';
    else
        rest = u" USING (" + rule + u") WITH CHECK (" + rule + u')';
    return QStringLiteral("DROP POLICY IF EXISTS %1 ON %2; CREATE POLICY %1 ON %2 FOR %3 TO %4")
               .arg(QLatin1String(name), QLatin1String(table), QLatin1String(command), QLatin1String(role))
        + rest;
}

QStringList grantsAndPolicies()
{
    QStringList out;
    for (const char *t : kReadable) {
        out.append(QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC").arg(QLatin1String(t)));
        // The audit trail is read by all and written by its triggers only.
        const bool audit = QLatin1String(t) == QLatin1String("audit");
        out.append(QStringLiteral("GRANT %1 ON %2 TO crashcart_admin").arg(audit ? QStringLiteral("SELECT") : QStringLiteral("ALL"), QLatin1String(t)));
        if (QLatin1String(t) != QLatin1String("installs"))
            out.append(QStringLiteral("GRANT SELECT ON %1 TO crashcart_viewer").arg(QLatin1String(t)));
        out.append(QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(QLatin1String(t)));
        out.append(policy(t, "crashcart_read", "SELECT", "crashcart_viewer", QStringLiteral("true")));
        out.append(policy(t, "crashcart_admin", "ALL", "crashcart_admin", QStringLiteral("true")));
    }
    out.append(QStringLiteral("GRANT SELECT (%1) ON installs TO crashcart_viewer").arg(QLatin1String(kInstallsPublic)));
    out.append(QStringLiteral("GRANT SELECT ON installs TO crashcart_operator")); // the kickstart renders the token
    // What an operator changes, row by row limited to its pools.
    out.append(QStringLiteral("GRANT UPDATE (state, updated_at, last_event_at, last_event) ON hosts TO crashcart_operator"));
    out.append(policy("hosts", "crashcart_operate", "UPDATE", "crashcart_operator", QStringLiteral("crashcart_in_my_pools(tags)")));
    out.append(QStringLiteral("GRANT INSERT ON events TO crashcart_operator"));
    out.append(policy("events", "crashcart_operate", "INSERT", "crashcart_operator", QStringLiteral("crashcart_may_operate(mac)")));
    out.append(QStringLiteral("GRANT INSERT, UPDATE ON installs TO crashcart_operator"));
    out.append(policy("installs", "crashcart_operate_new", "INSERT", "crashcart_operator", QStringLiteral("crashcart_may_operate(mac)")));
    out.append(policy("installs", "crashcart_operate", "UPDATE", "crashcart_operator", QStringLiteral("crashcart_may_operate(mac)")));
    out.append(QStringLiteral("GRANT INSERT ON install_callbacks TO crashcart_operator"));
    out.append(policy("install_callbacks", "crashcart_operate", "INSERT", "crashcart_operator",
                      QStringLiteral("EXISTS (SELECT 1 FROM installs i WHERE i.id = install_id AND crashcart_may_operate(i.mac))")));
    out.append(QStringLiteral("GRANT INSERT (mac), UPDATE (power_state, power_at) ON bmc_settings TO crashcart_operator"));
    out.append(policy("bmc_settings", "crashcart_operate_new", "INSERT", "crashcart_operator", QStringLiteral("crashcart_may_operate(mac)")));
    out.append(policy("bmc_settings", "crashcart_operate", "UPDATE", "crashcart_operator", QStringLiteral("crashcart_may_operate(mac)")));
    return out;
}

// A name PostgreSQL can hold: the login role's, checked before it goes into GRANT (quoted
// there by format('%I') as well).
bool isRoleName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$"));
    return valid.match(name).hasMatch();
}

Result<void> execFormatted(Database &db, const QString &format, const QString &role, const QString &user)
{
    QSqlQuery f(db.connection());
    f.prepare(QStringLiteral("SELECT format(?, ?::text, ?::text)"));
    f.addBindValue(format);
    f.addBindValue(role);
    f.addBindValue(user);
    if (auto r = Database::exec(f, QStringLiteral("roles")); !r)
        return r;
    if (!f.next())
        return makeError("db.query", Tr::tr("Cannot prepare the grant"));
    return db.exec(f.value(0).toString());
}

} // namespace

QString DatabaseRoles::roleName(Role role)
{
    switch (role) {
    case Role::Viewer: return QStringLiteral("viewer");
    case Role::Operator: return QStringLiteral("operator");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

std::optional<DatabaseRoles::Role> DatabaseRoles::roleFromName(const QString &name)
{
    for (Role r : { Role::Viewer, Role::Operator, Role::Admin }) {
        if (name == roleName(r))
            return r;
    }
    return std::nullopt;
}

bool DatabaseRoles::isPoolName(const QString &pool)
{
    static const QRegularExpression valid(QStringLiteral("^[^,\\s=]{1,122}$"));
    return valid.match(pool).hasMatch();
}

Result<void> DatabaseRoles::init(Database &db)
{
    if (db.engine() != Database::Engine::Postgres)
        return makeError("db.roles.engine", Tr::tr("Roles are PostgreSQL's: %1 is a SQLite file").arg(db.location()));
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r;
    QStringList steps;
    for (const char *sql : kInit)
        steps.append(QLatin1String(sql));
    steps += grantsAndPolicies();
    for (const QString &sql : std::as_const(steps)) {
        if (auto r = db.exec(sql); !r) {
            return makeError(r.error().code == QLatin1String("db.denied") ? "db.denied" : "db.init",
                             Tr::tr("Setting up the roles on %1 failed, nothing was changed (run db init as the "
                                    "database's owner, a role with CREATEROLE): %2")
                                 .arg(db.location(), r.error().message));
        }
    }
    return tx.commit();
}

Result<void> DatabaseRoles::grant(Database &db, const QString &user, Role role, const QStringList &pools)
{
    if (db.engine() != Database::Engine::Postgres)
        return makeError("db.roles.engine", Tr::tr("Roles are PostgreSQL's: %1 is a SQLite file").arg(db.location()));
    if (!isRoleName(user))
        return makeError("db.grant.user", Tr::tr("'%1' is not a database role name").arg(user.left(64)));
    for (const QString &pool : pools) {
        if (!isPoolName(pool))
            return makeError("db.grant.pool", Tr::tr("'%1' is not a pool name (a host tag pool=NAME: no commas, spaces or '=')")
                                                  .arg(pool.left(64)));
    }
    if (!pools.isEmpty() && role != Role::Operator)
        return makeError("db.grant.pool", Tr::tr("Pools are for operators: viewers read every host, admins change every host"));
    QSqlQuery exists(db.connection());
    exists.prepare(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"));
    exists.addBindValue(user);
    if (auto r = Database::exec(exists, QStringLiteral("pg_roles")); !r)
        return r;
    if (!exists.next())
        return makeError("db.grant.user", Tr::tr("There is no database role %1: create it first (CREATE ROLE %1 LOGIN)").arg(user));
    if (!exists.value(0).toBool())
        return makeError("db.grant.user", Tr::tr("%1 is a group, not a role that logs in").arg(user));

    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r;
    for (Role other : { Role::Viewer, Role::Operator, Role::Admin }) {
        if (other == role)
            continue;
        QSqlQuery member(db.connection());
        member.prepare(QStringLiteral("SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                                      " JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = ? AND u.rolname = ?"));
        member.addBindValue(QString(u"crashcart_" + roleName(other)));
        member.addBindValue(user);
        if (auto r = Database::exec(member, QStringLiteral("pg_auth_members")); !r)
            return r;
        if (member.next()) {
            if (auto r = execFormatted(db, QStringLiteral("REVOKE %I FROM %I"), u"crashcart_" + roleName(other), user); !r)
                return r;
        }
    }
    if (auto r = execFormatted(db, QStringLiteral("GRANT %I TO %I"), u"crashcart_" + roleName(role), user); !r)
        return r;
    QSqlQuery clear(db.connection());
    clear.prepare(QStringLiteral("DELETE FROM pool_grants WHERE role_name = ?"));
    clear.addBindValue(user);
    if (auto r = Database::exec(clear, QStringLiteral("pool_grants")); !r)
        return r;
    for (const QString &pool : pools) {
        QSqlQuery add(db.connection());
        add.prepare(QStringLiteral("INSERT INTO pool_grants (role_name, pool) VALUES (?, ?) ON CONFLICT DO NOTHING"));
        add.addBindValue(user);
        add.addBindValue(pool);
        if (auto r = Database::exec(add, QStringLiteral("pool_grants")); !r)
            return r;
    }
    return tx.commit();
}

} // namespace Crashcart::Inventory
