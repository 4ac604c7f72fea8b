// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliworkspace.h"

#include "bmc/credentialstore.h"
#include "inventory/databaseuri.h"

#include <QCoreApplication>

namespace Crashcart::Cli {

QCommandLineOption workspaceOption()
{
    return { QStringLiteral("workspace"),
             QCoreApplication::translate("Crashcart::Cli", "Use the workspace in DIR (default: $CRASHCART_WORKSPACE, else %1).")
                 .arg(Workspace::defaultPath()),
             QStringLiteral("DIR") };
}

QCommandLineOption databaseOption()
{
    return { QStringLiteral("database"),
             QCoreApplication::translate("Crashcart::Cli", "Use the inventory at URI, a PostgreSQL server "
                                                           "(postgresql://USER@HOST/DB), or 'sqlite' for the workspace's "
                                                           "own file (default: $CRASHCART_DATABASE, else the workspace's "
                                                           "setting, else its file)."),
             QStringLiteral("URI") };
}

Result<void> takeDatabaseOption(QStringList &arguments)
{
    QString value;
    bool given = false;
    for (qsizetype i = 1; i < arguments.size();) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--")) // what follows is not an option
            break;
        if (a == QLatin1String("--database") || a == QLatin1String("-database")) {
            if (i + 1 >= arguments.size())
                return makeError("cli.database", QCoreApplication::translate("Crashcart::Cli", "--database needs a URI"));
            value = arguments.at(i + 1);
            arguments.remove(i, 2);
            given = true;
        } else if (a.startsWith(QLatin1String("--database="))) {
            value = a.mid(int(sizeof("--database=") - 1));
            arguments.remove(i);
            given = true;
        } else {
            ++i;
        }
    }
    if (!given)
        return {};
    if (value != QLatin1String("sqlite")) {
        auto uri = Inventory::DatabaseUri::parse(value);
        if (!uri)
            return uri.error();
    }
    qputenv("CRASHCART_DATABASE", value.toUtf8());
    return {};
}

Inventory::Database::PasswordLookup keychainPasswords()
{
    return [](const Inventory::DatabaseUri &uri) {
        return Bmc::CredentialStore(Bmc::CredentialStore::databaseService()).readSecret(uri.display());
    };
}

Result<std::unique_ptr<Inventory::Database>> openInventory(const Workspace &workspace)
{
    return Inventory::Database::open(workspace, keychainPasswords());
}

Result<OpenedWorkspace> openWorkspace(const QString &given)
{
    auto workspace = Workspace::open(Workspace::resolvePath(given));
    if (!workspace)
        return workspace.error();
    auto db = openInventory(*workspace);
    if (!db)
        return db.error();
    return OpenedWorkspace { *workspace, std::move(*db) };
}

} // namespace Crashcart::Cli
