// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QStringList>

namespace Crashcart::Inventory {

class Database;

// Rights on a team inventory, enforced by PostgreSQL itself (GRANTs and row-level security),
// not by a client anyone could patch. Three group roles:
//   crashcart_viewer    reads everything but secrets (install tokens);
//   crashcart_operator  also arms, installs, cancels and records events and power states, only
//                       for hosts in the pools granted to it (a host tag pool=NAME);
//   crashcart_admin     everything, including granting pools.
// The database's owner (a role with CREATEROLE, no superuser) runs init() once; it owns the
// tables, so its own connections are not limited.
class DatabaseRoles
{
public:
    enum class Role { Viewer, Operator, Admin };

    static QString roleName(Role role);
    static std::optional<Role> roleFromName(const QString &name); // viewer, operator, admin

    // Creates the group roles where missing, grants them their rights on the schema and
    // turns row-level security on. Run again after an upgrade to cover new tables.
    static Result<void> init(Database &db);
    // Makes the existing login role |user| a member of |role|'s group (and of no other
    // crashcart group), with exactly |pools| (operators).
    static Result<void> grant(Database &db, const QString &user, Role role, const QStringList &pools);
    // The pools a pool name may be: what a host tag value may be.
    static bool isPoolName(const QString &pool);
};

} // namespace Crashcart::Inventory
