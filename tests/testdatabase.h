// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/database.h"

#include <memory>

namespace Crashcart::Test {

// The engine the database tests run on. tests/pg/pg-session.sh sets $CRASHCART_TEST_DATABASE
// to a PostgreSQL server (CTest's "_pg" registrations of the same executables); without it,
// SQLite files as before.
bool onPostgres();
QString postgresServer();

// The test's inventory at |path|: that SQLite file, or on PostgreSQL a database of its own
// named after |path| (created empty the first time), so that reopening the same path finds
// what the test wrote, and every QTemporaryDir starts empty.
Result<std::unique_ptr<Inventory::Database>> openDatabase(const QString &path,
                                                          int version = Inventory::Database::LatestVersion);
// The libpq URI openDatabase(|path|) connects to (PostgreSQL only).
QString postgresUri(const QString &path);

} // namespace Crashcart::Test
