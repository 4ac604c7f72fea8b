// SPDX-License-Identifier: GPL-3.0-or-later
#include "clihelp.h"

#include <QCommandLineParser>

namespace Crashcart::Cli {

QString helpText(const QString &usage, const QCommandLineParser &parser)
{
    // The parser's own first lines ("Usage: bmc [options]") say less than |usage|: keep only
    // its option table, which it formats and wraps the same way for every command.
    const QString full = parser.helpText();
    const qsizetype options = full.indexOf(QLatin1String("\nOptions:\n"));
    if (options < 0)
        return usage + u'\n';
    return usage + u'\n' + full.mid(options);
}

} // namespace Crashcart::Cli
