// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Crashcart {
class Workspace;
}

namespace Crashcart::Cli {

struct CommandContext
{
    const Workspace &workspace;
    QTextStream &out;
    QTextStream &err;
    bool json = false;
    bool dryRun = false;
};

// `hosts import FILE`, `hosts list`, `hosts export [FILE]`. Returns the exit status:
// 0 done, 1 failed or rows rejected, 2 usage.
int runHosts(CommandContext &context, const QStringList &args);

} // namespace Crashcart::Cli
