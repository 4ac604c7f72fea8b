// SPDX-License-Identifier: GPL-3.0-or-later
#include "rendercommand.h"

#include "common/macaddress.h"
#include "common/workspace.h"
#include "inventory/database.h"
#include "inventory/hostrepository.h"
#include "kickstart/commandtable.h"
#include "kickstart/hostvariables.h"
#include "kickstart/linter.h"
#include "kickstart/parser.h"
#include "kickstart/snippetlibrary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkInterface>
#include <QTextStream>

namespace Crashcart::Cli {

using namespace Crashcart::Kickstart;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Cli::Render)
};

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

// The address hosts on the rack network most likely reach: the first global IPv4 one.
QString guessServerAddress()
{
    const auto addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &a : addresses) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal())
            return a.toString();
    }
    return QStringLiteral("127.0.0.1");
}

bool parsePort(const QString &text, quint16 *port)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value == 0 || value > 65535)
        return false;
    *port = quint16(value);
    return true;
}

void print(QTextStream &err, const QString &file, const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        err << file << ':' << d.line << ':' << d.column << ": " << d.severityName() << ": " << d.message << " [" << d.code
            << "]\n";
    }
}

} // namespace

int runRender(QTextStream &out, QTextStream &err, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Render a kickstart template for one host of the inventory, as the HTTP "
                                            "server will serve it, and lint the result."));
    parser.addHelpOption();
    const QCommandLineOption hostOption(QStringLiteral("host"), Tr::tr("The host's MAC address."), QStringLiteral("MAC"));
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"), Tr::tr("Use the workspace in DIR (default: $CRASHCART_WORKSPACE, else %1).").arg(Workspace::defaultPath()),
        QStringLiteral("DIR"));
    const QCommandLineOption releaseOption(QStringLiteral("release"), Tr::tr("Lint against release R (default %1).").arg(CommandTable::defaultRelease()),
                                           QStringLiteral("R"), CommandTable::defaultRelease());
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          Tr::tr("The address hosts reach Crashcart at (default: this machine's first IPv4 address)."),
                                          QStringLiteral("ADDR"));
    const QCommandLineOption httpPortOption(QStringLiteral("http-port"), Tr::tr("The HTTP port (default 80)."), QStringLiteral("N"),
                                            QStringLiteral("80"));
    const QCommandLineOption tftpPortOption(QStringLiteral("tftp-port"), Tr::tr("The TFTP port (default 69)."), QStringLiteral("N"),
                                            QStringLiteral("69"));
    const QCommandLineOption tokenOption(QStringLiteral("token"), Tr::tr("The install token (default: a fresh random one)."),
                                         QStringLiteral("T"));
    const QCommandLineOption noLintOption(QStringLiteral("no-lint"), Tr::tr("Do not lint the rendered kickstart."));
    const QCommandLineOption noScriptsOption(QStringLiteral("no-scripts"), Tr::tr("Do not run shellcheck or python3 on script bodies."));
    parser.addOptions({ hostOption, workspaceOption, releaseOption, serverOption, httpPortOption, tftpPortOption, tokenOption,
                        noLintOption, noScriptsOption });
    parser.addPositionalArgument(QStringLiteral("TEMPLATE"), Tr::tr("The kickstart template."));

    const QString usage = Tr::tr("usage: crashcart-cli ks render --host MAC [--workspace DIR] [--release R] [--server ADDR] "
                                 "[--http-port N] [--tftp-port N] [--token T] [--no-lint] [--no-scripts] TEMPLATE");
    QStringList argv = args;
    argv.prepend(QStringLiteral("crashcart-cli ks render"));
    if (!parser.parse(argv)) {
        err << parser.errorText() << '\n' << usage << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    quint16 httpPort = 80, tftpPort = 69;
    if (positional.size() != 1 || !parser.isSet(hostOption) || !parsePort(parser.value(httpPortOption), &httpPort)
        || !parsePort(parser.value(tftpPortOption), &tftpPort)) {
        err << usage << Qt::endl;
        return Usage;
    }
    const auto mac = MacAddress::parse(parser.value(hostOption));
    if (!mac) {
        err << mac.error().message << Qt::endl;
        return Usage;
    }
    auto table = CommandTable::forRelease(parser.value(releaseOption));
    if (!table) {
        err << table.error().message << Qt::endl;
        return Usage;
    }
    const QString path = positional.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << Tr::tr("%1: cannot open: %2").arg(path, file.errorString()) << Qt::endl;
        return Failed;
    }

    auto workspace = Workspace::open(Workspace::resolvePath(parser.value(workspaceOption)));
    if (!workspace) {
        err << workspace.error().message << Qt::endl;
        return Failed;
    }
    auto db = Inventory::Database::openSqlite(workspace->databasePath());
    if (!db) {
        err << db.error().message << Qt::endl;
        return Failed;
    }
    auto host = Inventory::HostRepository(**db).find(*mac);
    if (!host) {
        err << host.error().message << Qt::endl;
        return Failed;
    }
    if (!host->has_value()) {
        err << Tr::tr("No host with MAC %1 in the inventory of %2").arg(mac->toString(), workspace->path()) << Qt::endl;
        return Failed;
    }

    const ServerEndpoint server { parser.isSet(serverOption) ? parser.value(serverOption) : guessServerAddress(), httpPort, tftpPort };
    const QString token = parser.isSet(tokenOption) ? parser.value(tokenOption) : newInstallToken();
    const SnippetLibrary snippets(QDir(workspace->path()).filePath(QStringLiteral("snippets")));
    const TemplateRenderer renderer(hostVariables(**host, server, token),
                                    [&snippets](const QString &name) { return snippets.text(name); });
    const Rendered rendered = renderer.render(file.readAll());
    if (!rendered.ok()) {
        print(err, path, rendered.errors);
        err.flush();
        return Failed;
    }
    bool errors = false;
    if (!parser.isSet(noLintOption)) {
        LintOptions options;
        options.baseDirectory = QFileInfo(path).absolutePath();
        options.checkScripts = !parser.isSet(noScriptsOption);
        const Diagnostics found = rendered.toTemplate(Linter(*table).lint(rendered.text, options));
        for (const Diagnostic &d : found)
            errors = errors || d.isError();
        print(err, path, found);
    }
    out << QString::fromUtf8(rendered.text);
    out.flush();
    err.flush();
    return errors ? Failed : Ok;
}

} // namespace Crashcart::Cli
