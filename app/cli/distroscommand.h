// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Crashcart::Cli {

// `distros import FILE.iso|DIR [--name N] [--json]`, `distros list [--json]`,
// `distros remove NAME`. |args| follow "distros". Returns 0 done, 1 failed, 2 usage,
// 130 import cancelled (SIGINT).
int runDistros(QTextStream &out, QTextStream &err, const QStringList &args);

} // namespace Crashcart::Cli
