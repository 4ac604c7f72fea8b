// SPDX-License-Identifier: GPL-3.0-or-later
#include "kickstartcommand.h"

#include "kickstart/commandtable.h"
#include "kickstart/linter.h"
#include "kickstart/parser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Crashcart::Cli {

using namespace Crashcart::Kickstart;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Cli::Kickstart)
};

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

QJsonObject toJson(const QString &file, const Diagnostic &d)
{
    return QJsonObject { { QStringLiteral("file"), file },        { QStringLiteral("line"), d.line },
                         { QStringLiteral("column"), d.column },  { QStringLiteral("severity"), d.severityName() },
                         { QStringLiteral("message"), d.message }, { QStringLiteral("code"), d.code } };
}

} // namespace

int runKickstart(QTextStream &out, QTextStream &err, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Check kickstart files the way the installer of a release reads them.\n"
                                            "Prints FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE]; exit 0 with no errors "
                                            "(warnings allowed), 1 with errors, 2 on usage."));
    parser.addHelpOption();
    const QCommandLineOption releaseOption(
        QStringLiteral("release"),
        Tr::tr("Check against release R (default %1; one of %2).").arg(CommandTable::defaultRelease(), CommandTable::releases().join(u", ")),
        QStringLiteral("R"), CommandTable::defaultRelease());
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print the findings as JSON."));
    const QCommandLineOption noScriptsOption(QStringLiteral("no-scripts"), Tr::tr("Do not run shellcheck or python3 on script bodies."));
    parser.addOptions({ releaseOption, jsonOption, noScriptsOption });
    parser.addPositionalArgument(QStringLiteral("lint"), Tr::tr("lint FILE...: check the files"));

    const QString usage = Tr::tr("usage: crashcart-cli ks lint [--release R] [--json] [--no-scripts] FILE...");
    QStringList argv = args;
    argv.prepend(QStringLiteral("crashcart-cli ks"));
    if (!parser.parse(argv)) {
        err << parser.errorText() << '\n' << usage << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2 || positional[0] != u"lint") {
        err << usage << Qt::endl;
        return Usage;
    }
    auto table = CommandTable::forRelease(parser.value(releaseOption));
    if (!table) {
        err << table.error().message << Qt::endl;
        return Usage;
    }
    const Linter linter(*table);
    bool errors = false;
    QJsonArray json;
    for (const QString &path : positional.mid(1)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err << Tr::tr("%1: cannot open: %2").arg(path, file.errorString()) << Qt::endl;
            errors = true;
            continue;
        }
        LintOptions options;
        options.baseDirectory = QFileInfo(path).absolutePath();
        options.checkScripts = !parser.isSet(noScriptsOption);
        const Diagnostics diagnostics = linter.lint(Parser::parse(file.readAll()), options);
        for (const Diagnostic &d : diagnostics) {
            errors = errors || d.isError();
            if (parser.isSet(jsonOption)) {
                json.append(toJson(path, d));
            } else {
                out << path << ':' << d.line << ':' << d.column << ": " << d.severityName() << ": " << d.message << " ["
                    << d.code << "]\n";
            }
        }
    }
    if (parser.isSet(jsonOption))
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    out.flush();
    return errors ? Failed : Ok;
}

} // namespace Crashcart::Cli
