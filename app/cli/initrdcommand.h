// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Crashcart::Cli {

// `initrd ls|cat|extract|info|diff|add|rm|mkdir|symlink|chmod|chown|mv ...`; `args` starts after
// "initrd". Returns the exit status: 0 ok, 1 failure, 2 usage.
int runInitrd(QTextStream &out, QTextStream &err, const QStringList &args);

} // namespace Crashcart::Cli
