// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliworkspace.h"

#include <QCoreApplication>

namespace Crashcart::Cli {

QCommandLineOption workspaceOption()
{
    return { QStringLiteral("workspace"),
             QCoreApplication::translate("Crashcart::Cli", "Use the workspace in DIR (default: $CRASHCART_WORKSPACE, else %1).")
                 .arg(Workspace::defaultPath()),
             QStringLiteral("DIR") };
}

Result<OpenedWorkspace> openWorkspace(const QString &given)
{
    auto workspace = Workspace::open(Workspace::resolvePath(given));
    if (!workspace)
        return workspace.error();
    auto db = Inventory::Database::open(*workspace);
    if (!db)
        return db.error();
    return OpenedWorkspace { *workspace, std::move(*db) };
}

} // namespace Crashcart::Cli
