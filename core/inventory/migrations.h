// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Crashcart::Inventory {

// The statements that take the inventory from schema |toVersion| - 1 to |toVersion| on the
// Qt Sql |driver| (QSQLITE or QPSQL); empty past the latest. Used by Database::migrateTo.
QStringList migrationSteps(int toVersion, const QString &driver);

} // namespace Crashcart::Inventory
