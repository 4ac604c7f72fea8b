// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Crashcart::Cli {

// `db status`, `db use URI|sqlite`, `db password URI`, `db migrate-to URI`: where the
// workspace's inventory lives; `db init`, `db grant USER --role R [--pool P]...`: who may do
// what on a PostgreSQL one. |args| follow "db". Returns 0 done, 1 failed, 2 usage.
int runDb(QTextStream &out, QTextStream &err, const QStringList &args);

} // namespace Crashcart::Cli
