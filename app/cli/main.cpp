// SPDX-License-Identifier: GPL-3.0-or-later
// crashcart-cli: the headless face of Crashcart. It links core only, never widgets.
#include "auditcommand.h"
#include "bmccommand.h"
#include "dbcommand.h"
#include "distroscommand.h"
#include "cliworkspace.h"
#include "hostscommand.h"
#include "installcommand.h"
#include "initrdcommand.h"
#include "kickstartcommand.h"
#include "profilescommand.h"
#include "rendercommand.h"
#include "servecommand.h"

#include "common/i18n.h"
#include "common/macaddress.h"
#include "common/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Crashcart;
using namespace Qt::StringLiterals;

namespace {

QString description()
{
    return QCoreApplication::translate(
        "Crashcart::Cli", "Crashcart without a screen: inventory and servers from the shell.\n\n"
        "Commands:\n"
        "  hosts import FILE.csv   import hosts; bad rows are listed as FILE:LINE: reason\n"
        "  hosts list              list the hosts (--json for JSON)\n"
        "  hosts export [FILE]     write the hosts as CSV (to standard output without FILE)\n"
        "  hosts arm|disarm MAC... arm hosts (their next network boot installs) or disarm them\n"
        "  hosts timeline MAC      every event of a host, from DHCP to the end of its install\n"
        "  hosts report MAC        the hardware report of its last install (--json for the raw one)\n"
        "  install status          the installs running now (--follow: each change until they end)\n"
        "  install [start] MAC...  check the hosts, arm them and have their BMCs boot them from\n"
        "                          the network (install start --help)\n"
        "  install cancel MAC...   end installs; the hosts boot their disks\n"
        "  bmc status|on|off|cycle|reset|soft-off|pxe-once|clear-boot MAC...\n"
        "  bmc credentials|forget|trust|cipher-suite ...\n"
        "                          a host's BMC: power, next boot, login in the keychain (bmc --help)\n"
        "  distros import|list|remove\n"
        "                          distributions from disc images read in place, or the Debian\n"
        "                          installer's folder (distros --help)\n"
        "  profiles list|set|remove\n"
        "                          what a profile boots: kernel, initrds, arguments, kickstart\n"
        "                          (profiles --help)\n"
        "  serve                   run the netboot servers until interrupted; with a workspace\n"
        "                          the inventory answers what each machine boots; serve --check:\n"
        "                          the pre-flight only (ports, loaders, other DHCP/PXE servers)\n"
        "  ks lint [--release R] [--json] FILE...\n"
        "                          check kickstart files (release RHEL9 unless given; ks --help)\n"
        "  ks render --host MAC TEMPLATE\n"
        "                          render a template for a host and lint it (ks render --help)\n"
        "  initrd ls|cat|extract|info|diff|add|rm ...\n"
        "                          read and edit initramfs images (initrd --help)\n"
        "  db status|use|password|migrate-to|init|grant ...\n"
        "                          where the inventory lives: the workspace's SQLite file or a\n"
        "                          team's PostgreSQL server; its roles (db --help)\n"
        "  audit [--host MAC] [--since T] [--json]\n"
        "                          who armed, cancelled, powered or changed a profile, and when\n\n"
        "--database URI (any command): work on the inventory at URI (postgresql://USER@HOST/DB),\n"
        "or 'sqlite' for the workspace's file, instead of the workspace's setting.")
        + u"\n\n"_s
        + QCoreApplication::translate(
            "Crashcart::Cli",
            "Exit status:\n"
            "  0  done; serve: every server stopped after Ctrl-C or SIGTERM\n"
            "  1  failed, with the reason on standard error (hosts import: a row was\n"
            "     rejected; ks lint: an error was found, the findings on standard output)\n"
            "  2  usage: an unknown command or a bad option\n"
            "\n"
            "Environment:\n"
            "  CRASHCART_WORKSPACE     the workspace when --workspace is not given\n"
            "  CRASHCART_DATABASE      the inventory's address when --database is not given\n"
            "                          (postgresql://USER@HOST/DB, or sqlite)\n"
            "  LANG, LC_ALL, LANGUAGE  the language of messages (en or zh_CN)\n"
            "  PATH                    where ks lint looks for shellcheck and python3\n"
            "\n"
            "Files:\n"
            "  %1\n"
            "                          the workspace when neither --workspace nor\n"
            "                          CRASHCART_WORKSPACE names one\n"
            "  WORKSPACE/crashcart.db  the inventory: hosts, profiles, distributions, events\n"
            "  WORKSPACE/workspace.ini the inventory's address when it is on PostgreSQL (db use)\n"
            "  WORKSPACE/tftp, WORKSPACE/http\n"
            "                          what serve hands out (boot loaders, kernels, answers)\n"
            "  WORKSPACE/dhcp-leases.json\n"
            "                          the addresses serve --dhcp full has leased\n"
            "  /usr/lib/PXELINUX, /usr/lib/syslinux/modules/bios, /usr/lib/ipxe,\n"
            "  /usr/lib/shim, /usr/lib/grub/x86_64-efi-signed\n"
            "                          where serve --check looks for the boot loaders of\n"
            "                          the packages pxelinux, syslinux-common, ipxe,\n"
            "                          shim-signed and grub-efi-amd64-signed\n"
            "  /etc/default/crashcart-serve\n"
            "                          the options of serve as the crashcart-serve service")
            .arg(Workspace::defaultPath());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crashcart"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("crashcart.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CRASHCART_VERSION));
    I18n::install(app, QString());

    QTextStream out(stdout);
    QTextStream err(stderr);

    // --database applies to every command: taken out here, read by Workspace::open.
    QStringList arguments = QCoreApplication::arguments();
    if (auto r = Cli::takeDatabaseOption(arguments); !r) {
        err << r.error().message << Qt::endl;
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addVersionOption();
    // `ks` has options of its own and needs no workspace.
    if (arguments.value(1) == QLatin1String("ks") && arguments.value(2) == QLatin1String("render"))
        return Cli::runRender(out, err, arguments.mid(3));
    if (arguments.value(1) == QLatin1String("ks"))
        return Cli::runKickstart(out, err, arguments.mid(2));
    // `initrd` works on image files only: no workspace.
    if (arguments.value(1) == QLatin1String("initrd"))
        return Cli::runInitrd(out, err, arguments.mid(2));
    if (arguments.value(1) == QLatin1String("bmc"))
        return Cli::runBmc(out, err, arguments.mid(2));
    if (arguments.value(1) == QLatin1String("install") && arguments.value(2) == QLatin1String("start"))
        return Cli::runInstallStart(out, err, arguments.mid(3));
    // `install MAC...` is `install start MAC...`.
    if (arguments.value(1) == QLatin1String("install") && MacAddress::parse(arguments.value(2)))
        return Cli::runInstallStart(out, err, arguments.mid(2));
    if (arguments.value(1) == QLatin1String("profiles"))
        return Cli::runProfiles(out, err, arguments.mid(2));
    if (arguments.value(1) == QLatin1String("distros"))
        return Cli::runDistros(out, err, arguments.mid(2));
    if (arguments.value(1) == QLatin1String("db"))
        return Cli::runDb(out, err, arguments.mid(2));
    if (arguments.value(1) == QLatin1String("audit"))
        return Cli::runAudit(out, err, arguments.mid(2));
    const QCommandLineOption workspaceOption = Cli::workspaceOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), QCoreApplication::translate("Crashcart::Cli", "Print JSON."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          QCoreApplication::translate("Crashcart::Cli", "Check an import without writing anything."));
    const QCommandLineOption followOption(QStringLiteral("follow"),
                                          QCoreApplication::translate("Crashcart::Cli", "install status: print each change until the installs end."));
    parser.addOptions({ workspaceOption, jsonOption, dryRunOption, followOption });
    const Cli::ServeOptions serveOptions;
    serveOptions.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("Crashcart::Cli", "hosts"));

    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << "crashcart-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    if (command != QLatin1String("hosts") && command != QLatin1String("serve") && command != QLatin1String("install")) {
        err << parser.helpText();
        return 2;
    }
    if (command == QLatin1String("serve") && args.size() != 1) {
        err << parser.helpText();
        return 2;
    }

    const QString path = Workspace::resolvePath(parser.value(workspaceOption));
    if (command == QLatin1String("serve") && parser.isSet(serveOptions.root))
        return Cli::runServe(parser, serveOptions, nullptr, out, err); // no workspace touched
    auto workspace = Workspace::open(path);
    if (!workspace) {
        err << workspace.error().message << Qt::endl;
        return 1;
    }
    if (command == QLatin1String("serve"))
        return Cli::runServe(parser, serveOptions, &*workspace, out, err);
    Cli::CommandContext context { *workspace, out, err, parser.isSet(jsonOption), parser.isSet(dryRunOption) };
    if (command == QLatin1String("install"))
        return Cli::runInstall(context, args.mid(1), parser.isSet(followOption));
    return Cli::runHosts(context, args.mid(1));
}
