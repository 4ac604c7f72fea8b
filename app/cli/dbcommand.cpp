// SPDX-License-Identifier: GPL-3.0-or-later
#include "dbcommand.h"

#include "clihelp.h"
#include "cliworkspace.h"

#include "bmc/credentialstore.h"
#include "common/workspace.h"
#include "inventory/database.h"
#include "inventory/databaseroles.h"
#include "inventory/databaseuri.h"
#include "inventory/inventorycopy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace Crashcart::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Cli::Db)
};

enum Status { Ok = 0, Failed = 1, Usage = 2 };

QString usage()
{
    return Tr::tr("usage: crashcart-cli db status                 where this workspace's inventory lives\n"
                  "       crashcart-cli db use URI|sqlite         keep the inventory on a PostgreSQL server from now on\n"
                  "                                               (checked first), or in the workspace's file again\n"
                  "       crashcart-cli db password URI           store the server's password in the keychain (read\n"
                  "                                               from standard input; an empty line forgets it)\n"
                  "       crashcart-cli db migrate-to URI         copy the workspace's SQLite inventory into an empty\n"
                  "                                               PostgreSQL database, in one transaction\n"
                  "       crashcart-cli db init [--database URI]  as the database's owner (CREATEROLE): the schema and\n"
                  "                                               the roles crashcart_viewer, _operator and _admin\n"
                  "       crashcart-cli db grant USER --role viewer|operator|admin [--pool P]...\n"
                  "                                               what an existing login role may do; an operator works\n"
                  "                                               on hosts tagged pool=P only\n"
                  "URI: postgresql://USER@HOST:PORT/DATABASE or postgresql://USER@/DATABASE?host=/run/postgresql.\n"
                  "Passwords come from ~/.pgpass or the keychain, never from the URI.");
}

int status(const Workspace &workspace, QTextStream &out, QTextStream &err)
{
    auto db = openInventory(workspace);
    if (!db) {
        err << db.error().message << Qt::endl;
        return Failed;
    }
    const bool postgres = (*db)->engine() == Inventory::Database::Engine::Postgres;
    out << Tr::tr("Inventory: %1 (%2), schema %3")
               .arg((*db)->location(), postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"))
               .arg((*db)->schemaVersion())
        << Qt::endl;
    return Ok;
}

int use(Workspace workspace, const QString &target, QTextStream &out, QTextStream &err)
{
    if (target == QLatin1String("sqlite")) {
        if (auto r = workspace.setDatabaseUri(QString()); !r) {
            err << r.error().message << Qt::endl;
            return Failed;
        }
        out << Tr::tr("The workspace %1 keeps its inventory in %2 again.").arg(workspace.path(), workspace.databasePath()) << Qt::endl;
        return Ok;
    }
    auto uri = Inventory::DatabaseUri::parse(target);
    if (!uri) {
        err << uri.error().message << Qt::endl;
        return Failed;
    }
    // Connected (and migrated) before it is kept: a typo never becomes the workspace's setting.
    auto db = Inventory::Database::openPostgres(*uri, Inventory::Database::LatestVersion, keychainPasswords());
    if (!db) {
        err << db.error().message << Qt::endl;
        return Failed;
    }
    if (auto r = workspace.setDatabaseUri(uri->uri()); !r) {
        err << r.error().message << Qt::endl;
        return Failed;
    }
    out << Tr::tr("The workspace %1 now keeps its inventory on %2.").arg(workspace.path(), uri->display()) << Qt::endl;
    return Ok;
}

int password(const QString &target, QTextStream &out, QTextStream &err)
{
    auto uri = Inventory::DatabaseUri::parse(target);
    if (!uri) {
        err << uri.error().message << Qt::endl;
        return Failed;
    }
    // One line from standard input (a pipe or the terminal), never an argument: argv is
    // readable by every user of the machine.
    QTextStream in(stdin);
    const QString secret = in.readLine();
    Bmc::CredentialStore store(Bmc::CredentialStore::databaseService());
    const auto stored = secret.isEmpty() ? store.removeSecret(uri->display()) : store.writeSecret(uri->display(), secret);
    if (!stored) {
        err << stored.error().message << Qt::endl;
        return Failed;
    }
    out << (secret.isEmpty() ? Tr::tr("Forgot the password of %1.") : Tr::tr("Stored the password of %1 in the keychain."))
               .arg(uri->display())
        << Qt::endl;
    return Ok;
}

int migrateTo(const Workspace &workspace, const QString &target, QTextStream &out, QTextStream &err)
{
    auto uri = Inventory::DatabaseUri::parse(target);
    if (!uri) {
        err << uri.error().message << Qt::endl;
        return Failed;
    }
    auto from = Inventory::Database::openSqlite(workspace.databasePath());
    if (!from) {
        err << from.error().message << Qt::endl;
        return Failed;
    }
    // Looked at before anything is created there: a database that holds tables of its own
    // (another application's, or an inventory) is left as it is.
    {
        auto peek = Inventory::Database::openPostgres(*uri, 0, keychainPasswords());
        if (!peek) {
            err << peek.error().message << Qt::endl;
            return Failed;
        }
        auto tables = Inventory::InventoryCopy::tables(**peek);
        if (!tables) {
            err << tables.error().message << Qt::endl;
            return Failed;
        }
        if ((*peek)->schemaVersion() == 0 && !tables->isEmpty()) {
            err << Tr::tr("%1 is not empty (it has a table %2, and no Crashcart inventory): copy only into an empty "
                          "database, e.g. one made with: createdb -O USER DATABASE")
                       .arg(uri->display(), tables->first())
                << Qt::endl;
            return Failed;
        }
    }
    auto to = Inventory::Database::openPostgres(*uri, Inventory::Database::LatestVersion, keychainPasswords());
    if (!to) {
        err << to.error().message << Qt::endl;
        return Failed;
    }
    auto copied = Inventory::InventoryCopy::copy(**from, **to);
    if (!copied) {
        err << copied.error().message << Qt::endl;
        return Failed;
    }
    for (const auto &t : std::as_const(*copied))
        out << Tr::tr("%1: %n row(s)", nullptr, int(t.rows)).arg(t.table) << Qt::endl;
    out << Tr::tr("Copied the inventory of %1 to %2, every table's rows counted on both sides. To work on it from now "
                  "on: crashcart-cli db use %3")
               .arg(workspace.databasePath(), uri->display(), uri->uri())
        << Qt::endl;
    return Ok;
}

int init(const Workspace &workspace, QTextStream &out, QTextStream &err)
{
    auto db = openInventory(workspace);
    if (!db) {
        err << db.error().message << Qt::endl;
        return Failed;
    }
    if (auto r = Inventory::DatabaseRoles::init(**db); !r) {
        err << r.error().message << Qt::endl;
        return Failed;
    }
    out << Tr::tr("%1 is ready: schema %2, roles crashcart_viewer, crashcart_operator and crashcart_admin. Give people "
                  "their rights with: crashcart-cli db grant USER --role viewer|operator|admin [--pool P]")
               .arg((*db)->location())
               .arg((*db)->schemaVersion())
        << Qt::endl;
    return Ok;
}

int grant(const Workspace &workspace, const QString &user, const QString &roleText, const QStringList &pools,
          QTextStream &out, QTextStream &err)
{
    const auto role = Inventory::DatabaseRoles::roleFromName(roleText);
    if (!role) {
        err << Tr::tr("--role is viewer, operator or admin, not '%1'").arg(roleText.left(32)) << Qt::endl;
        return Usage;
    }
    auto db = openInventory(workspace);
    if (!db) {
        err << db.error().message << Qt::endl;
        return Failed;
    }
    if (auto r = Inventory::DatabaseRoles::grant(**db, user, *role, pools); !r) {
        err << r.error().message << Qt::endl;
        return Failed;
    }
    if (pools.isEmpty())
        out << Tr::tr("%1 is now a %2 on %3.").arg(user, roleText, (*db)->location()) << Qt::endl;
    else
        out << Tr::tr("%1 is now an operator on %2 for the pools %3.").arg(user, (*db)->location(), pools.join(QStringLiteral(", "))) << Qt::endl;
    return Ok;
}

} // namespace

int runDb(QTextStream &out, QTextStream &err, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption workspaceOpt = workspaceOption();
    const QCommandLineOption roleOpt { QStringLiteral("role"), Tr::tr("db grant: viewer, operator or admin."), QStringLiteral("ROLE") };
    const QCommandLineOption poolOpt { QStringLiteral("pool"), Tr::tr("db grant: a pool the operator works on (hosts tagged pool=P); repeat it for more."),
                                       QStringLiteral("P") };
    parser.addOptions({ workspaceOpt, roleOpt, poolOpt });
    parser.addHelpOption();
    if (!parser.parse(QStringList { QStringLiteral("db") } + args)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    const bool shapeOk = (verb == QLatin1String("status") && positional.size() == 1)
        || (verb == QLatin1String("init") && positional.size() == 1)
        || (verb == QLatin1String("grant") && positional.size() == 2 && parser.isSet(roleOpt))
        || ((verb == QLatin1String("use") || verb == QLatin1String("password") || verb == QLatin1String("migrate-to"))
            && positional.size() == 2);
    if (const auto answered = helpOrUsage(out, err, usage(), parser, shapeOk))
        return *answered;
    if (verb == QLatin1String("password"))
        return password(positional[1], out, err);
    auto workspace = Workspace::open(Workspace::resolvePath(parser.value(workspaceOpt)));
    if (!workspace) {
        err << workspace.error().message << Qt::endl;
        return Failed;
    }
    if (verb == QLatin1String("status"))
        return status(*workspace, out, err);
    if (verb == QLatin1String("use"))
        return use(*workspace, positional[1], out, err);
    if (verb == QLatin1String("init"))
        return init(*workspace, out, err);
    if (verb == QLatin1String("grant"))
        return grant(*workspace, positional[1], parser.value(roleOpt), parser.values(poolOpt), out, err);
    return migrateTo(*workspace, positional[1], out, err);
}

} // namespace Crashcart::Cli
