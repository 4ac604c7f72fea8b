// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Crashcart::Cli {

// `bmc credentials|forget|status|on|off|cycle|reset|soft-off|pxe-once|clear-boot|trust|cipher-suite
// MAC...`: a host's BMC from the shell, its login kept in the OS keychain only. Exit: 0 done,
// 1 failed (for any host), 2 usage.
int runBmc(QTextStream &out, QTextStream &err, const QStringList &args);

// `install start MAC... [--yes] [--skip-blocked]`: the pre-flight, then arm the hosts and let
// their BMCs boot them from the network. Exit: 0 every host powering into its install, 1 some
// host blocked or failed, 2 usage.
int runInstallStart(QTextStream &out, QTextStream &err, const QStringList &args);

} // namespace Crashcart::Cli
