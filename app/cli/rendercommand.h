// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Crashcart::Cli {

// `ks render --host MAC [--workspace DIR] [--release R] [--server ADDR] [--http-port N]
// [--tftp-port N] [--token T] [--no-lint] [--no-scripts] TEMPLATE`. `args` starts after
// "render". Prints the kickstart the host would be served; template and lint findings go to
// standard error as TEMPLATE:LINE:COLUMN: SEVERITY: MESSAGE [CODE], on the template's lines.
// Returns 0 (warnings allowed), 1 on errors, 2 on usage.
int runRender(QTextStream &out, QTextStream &err, const QStringList &args);

} // namespace Crashcart::Cli
