// SPDX-License-Identifier: GPL-3.0-or-later
#include "rendercommand.h"

#include "cliworkspace.h"

#include "bootconfig/hostkickstart.h"
#include "common/macaddress.h"
#include "inventory/hostrepository.h"
#include "kickstart/commandtable.h"
#include "kickstart/linter.h"
#include "kickstart/snippetlibrary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>

namespace Crashcart::Cli {

using namespace Crashcart::Kickstart;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Cli::Render)
};

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

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

struct RenderOptions
{
    QCommandLineOption host { QStringLiteral("host"), Tr::tr("The host's MAC address."), QStringLiteral("MAC") };
    QCommandLineOption workspace = workspaceOption();
    QCommandLineOption release { QStringLiteral("release"), Tr::tr("Lint against release R (default %1).").arg(CommandTable::defaultRelease()),
                                 QStringLiteral("R"), CommandTable::defaultRelease() };
    QCommandLineOption listen { QStringLiteral("listen"), Tr::tr("The address `serve` listens on (default 0.0.0.0)."),
                                QStringLiteral("ADDR"), QStringLiteral("0.0.0.0") };
    QCommandLineOption interface { QStringLiteral("interface"), Tr::tr("The network interface `serve` answers DHCP on."),
                                   QStringLiteral("IF") };
    QCommandLineOption server { QStringLiteral("server"),
                                Tr::tr("The address hosts reach Crashcart at, when it is neither the --listen address nor "
                                       "the interface's (default: as `serve` decides)."),
                                QStringLiteral("ADDR") };
    QCommandLineOption httpPort { QStringLiteral("http-port"), Tr::tr("The HTTP port (default 80)."), QStringLiteral("N"), QStringLiteral("80") };
    QCommandLineOption tftpPort { QStringLiteral("tftp-port"), Tr::tr("The TFTP port (default 69)."), QStringLiteral("N"), QStringLiteral("69") };
    QCommandLineOption token { QStringLiteral("token"), Tr::tr("The install token (default: a fresh random one)."), QStringLiteral("T") };
    QCommandLineOption noLint { QStringLiteral("no-lint"), Tr::tr("Do not lint the rendered kickstart.") };
    QCommandLineOption noScripts { QStringLiteral("no-scripts"), Tr::tr("Do not run shellcheck or python3 on script bodies.") };
};

// What `ks render` was asked for, checked.
struct RenderRequest
{
    MacAddress mac;
    CommandTable table;
    QString path;
    Netboot::ServiceConfig server;
};

// The server as `serve` takes it (--listen, --interface, the ports), so the address a host is
// told is the one `serve` would tell it: BootConfig::serverEndpoint().
Result<RenderRequest> parseRequest(const QCommandLineParser &parser, const RenderOptions &o)
{
    const QString usage = Tr::tr("usage: crashcart-cli ks render --host MAC [--workspace DIR] [--release R] [--listen ADDR] "
                                 "[--interface IF] [--server ADDR] [--http-port N] [--tftp-port N] [--token T] [--no-lint] "
                                 "[--no-scripts] TEMPLATE");
    const QStringList positional = parser.positionalArguments();
    Netboot::ServiceConfig server;
    if (positional.size() != 1 || !parser.isSet(o.host) || !parsePort(parser.value(o.httpPort), &server.httpPort)
        || !parsePort(parser.value(o.tftpPort), &server.tftpPort) || !server.listen.setAddress(parser.value(o.listen)))
        return makeError("cli.usage", usage);
    if (parser.isSet(o.server) && !server.advertised.setAddress(parser.value(o.server)))
        return makeError("cli.usage", Tr::tr("--server: '%1' is not an IP address").arg(parser.value(o.server)));
    server.interface = parser.value(o.interface);
    const auto mac = MacAddress::parse(parser.value(o.host));
    if (!mac)
        return mac.error();
    auto table = CommandTable::forRelease(parser.value(o.release));
    if (!table)
        return table.error();
    return RenderRequest { *mac, *table, positional.first(), server };
}

// Lints what was rendered and prints the findings on the template's lines; true if any is an error.
bool lint(const Rendered &rendered, const RenderRequest &request, bool checkScripts, QTextStream &err)
{
    LintOptions options;
    options.baseDirectory = QFileInfo(request.path).absolutePath();
    options.checkScripts = checkScripts;
    const Diagnostics found = rendered.toTemplate(Linter(request.table).lint(rendered.text, options));
    print(err, request.path, found);
    return std::any_of(found.cbegin(), found.cend(), [](const Diagnostic &d) { return d.isError(); });
}

} // namespace

int runRender(QTextStream &out, QTextStream &err, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Render a kickstart template for one host of the inventory, as the HTTP "
                                            "server will serve it, and lint the result."));
    parser.addHelpOption();
    const RenderOptions o;
    parser.addOptions({ o.host, o.workspace, o.release, o.listen, o.interface, o.server, o.httpPort, o.tftpPort, o.token, o.noLint,
                        o.noScripts });
    parser.addPositionalArgument(QStringLiteral("TEMPLATE"), Tr::tr("The kickstart template."));
    if (!parser.parse(QStringList { QStringLiteral("crashcart-cli ks render") } + args)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    const auto request = parseRequest(parser, o);
    if (!request) {
        err << request.error().message << Qt::endl;
        return Usage;
    }
    QFile file(request->path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << Tr::tr("%1: cannot open: %2").arg(request->path, file.errorString()) << Qt::endl;
        return Failed;
    }
    auto opened = openWorkspace(parser.value(o.workspace));
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return Failed;
    }
    const auto host = Inventory::HostRepository(*opened->db).find(request->mac);
    if (!host || !host->has_value()) {
        err << (host ? Tr::tr("No host with MAC %1 in the inventory of %2").arg(request->mac.toString(), opened->workspace.path())
                     : host.error().message)
            << Qt::endl;
        return Failed;
    }

    const QString token = parser.isSet(o.token) ? parser.value(o.token) : newInstallToken();
    const SnippetLibrary snippets(opened->workspace.snippetsDir());
    const Rendered rendered = BootConfig::renderHostKickstart(**host, file.readAll(), BootConfig::serverEndpoint(request->server),
                                                              token, snippets);
    if (!rendered.ok()) {
        print(err, request->path, rendered.errors);
        err.flush();
        return Failed;
    }
    const bool errors = !parser.isSet(o.noLint) && lint(rendered, *request, !parser.isSet(o.noScripts), err);
    out << QString::fromUtf8(rendered.text);
    out.flush();
    err.flush();
    return errors ? Failed : Ok;
}

} // namespace Crashcart::Cli
