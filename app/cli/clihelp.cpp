// SPDX-License-Identifier: GPL-3.0-or-later
#include "clihelp.h"

#include <QCommandLineParser>
#include <QTextStream>

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

std::optional<int> helpOrUsage(QTextStream &out, QTextStream &err, const QString &usage, const QCommandLineParser &parser,
                               bool shapeOk)
{
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpText(usage, parser);
        return 0;
    }
    if (!shapeOk) {
        err << usage << Qt::endl;
        return 2;
    }
    return std::nullopt;
}

} // namespace Crashcart::Cli
