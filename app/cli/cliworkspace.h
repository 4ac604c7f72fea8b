// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "common/workspace.h"
#include "inventory/database.h"

#include <QCommandLineOption>

#include <memory>

namespace Crashcart::Cli {

// --workspace DIR, the same option and help text for every command that has one.
QCommandLineOption workspaceOption();

// --database URI|sqlite, for every command: taken out of |arguments| wherever it stands and
// handed on as $CRASHCART_DATABASE (which Workspace::open reads), after checking it.
QCommandLineOption databaseOption();
Result<void> takeDatabaseOption(QStringList &arguments);

// The workspace's inventory; a PostgreSQL password that ~/.pgpass lacks comes from the keychain.
Result<std::unique_ptr<Inventory::Database>> openInventory(const Workspace &workspace);
// Reads database passwords from the keychain ("crashcart-cli db password" stores them).
Inventory::Database::PasswordLookup keychainPasswords();

// The workspace a command works on and its inventory, opened one way for every command:
// |given| (--workspace), else $CRASHCART_WORKSPACE, else the default folder.
struct OpenedWorkspace
{
    Workspace workspace;
    std::unique_ptr<Inventory::Database> db;
};
Result<OpenedWorkspace> openWorkspace(const QString &given);

} // namespace Crashcart::Cli
