// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Crashcart::Cli {

// `ks lint [--release R] [--json] [--no-scripts] FILE...`. `args` starts after "ks".
// Returns the exit status: 0 no errors (warnings allowed), 1 errors, 2 usage.
int runKickstart(QTextStream &out, QTextStream &err, const QStringList &args);

} // namespace Crashcart::Cli
