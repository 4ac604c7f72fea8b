// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Crashcart::Cli {

// `profiles list [--json]`, `profiles set NAME [--kernel F] [--initrd F]... [--args A]
// [--kickstart F] [--description D] [--syslog on|off]`, `profiles remove NAME`. |args| follow "profiles".
// Returns 0 done, 1 failed, 2 usage.
int runProfiles(QTextStream &out, QTextStream &err, const QStringList &args);

} // namespace Crashcart::Cli
