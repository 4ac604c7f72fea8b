// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostscommand.h"

#include <QStringList>

namespace Crashcart::Cli {

// `install status [--follow] [--json]`, `install cancel MAC...`. Exit: 0 done, 1 failed, 2 usage.
int runInstall(CommandContext &context, const QStringList &args, bool follow);

// `hosts timeline MAC [--json]` and `hosts report MAC [--json]`: one host's events in order,
// and the hardware report its latest install posted.
int showTimeline(CommandContext &context, const QString &macText);
int showReport(CommandContext &context, const QString &macText);

} // namespace Crashcart::Cli
