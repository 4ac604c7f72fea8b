// SPDX-License-Identifier: GPL-3.0-or-later
#include "dbcommand.h"

#include "cliworkspace.h"

#include "bmc/credentialstore.h"
#include "common/workspace.h"
#include "inventory/database.h"
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

} // namespace

int runDb(QTextStream &out, QTextStream &err, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption workspaceOpt = workspaceOption();
    parser.addOptions({ workspaceOpt });
    parser.addHelpOption();
    if (!parser.parse(QStringList { QStringLiteral("db") } + args)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    const bool shapeOk = (verb == QLatin1String("status") && positional.size() == 1)
        || ((verb == QLatin1String("use") || verb == QLatin1String("password") || verb == QLatin1String("migrate-to"))
            && positional.size() == 2);
    if (parser.isSet(QStringLiteral("help")) || !shapeOk) {
        (shapeOk ? out : err) << usage() << Qt::endl;
        return shapeOk ? Ok : Usage;
    }
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
    return migrateTo(*workspace, positional[1], out, err);
}

} // namespace Crashcart::Cli
