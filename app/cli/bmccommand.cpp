// SPDX-License-Identifier: GPL-3.0-or-later
#include "bmccommand.h"

#include "clihelp.h"
#include "cliworkspace.h"

#include "bmc/credentialstore.h"
#include "bootconfig/hostkickstart.h"
#include "deploy/installplan.h"
#include "deploy/installrunner.h"
#include "install/install.h"
#include "inventory/bmcsettings.h"
#include "inventory/eventlog.h"
#include "inventory/hostrepository.h"
#include "kickstart/commandtable.h"
#include "netboot/serviceconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <termios.h>
#include <unistd.h>

#include <cstdio>

namespace Crashcart::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Cli::Bmc)
};

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

QString bmcUsage()
{
    return Tr::tr("usage: crashcart-cli bmc credentials MAC... --user USER [--password-stdin]\n"
                  "                        store the BMC login in the system keychain (asked on the terminal\n"
                  "                        unless --password-stdin); never on the command line\n"
                  "       crashcart-cli bmc forget MAC...          remove the stored login\n"
                  "       crashcart-cli bmc status MAC... [--json] power state and next boot\n"
                  "       crashcart-cli bmc on|off|cycle|reset|soft-off MAC...\n"
                  "       crashcart-cli bmc pxe-once MAC...        next boot from the network, in the profile's firmware mode\n"
                  "       crashcart-cli bmc clear-boot MAC...      no next-boot override: the machine's own order\n"
                  "       crashcart-cli bmc trust MAC --fingerprint SHA256\n"
                  "                        accept the TLS certificate a Redfish BMC presents, when it has this SHA-256\n"
                  "       crashcart-cli bmc cipher-suite MAC N     the IPMI cipher suite (default 3)");
}

// A password from the terminal, not echoed; empty when there is no terminal.
QString askPassword(QTextStream &err, const QString &prompt)
{
    QFile tty(QStringLiteral("/dev/tty"));
    if (!tty.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return {};
    err.flush();
    tty.write(prompt.toUtf8());
    termios saved {};
    const int fd = tty.handle();
    const bool canHide = tcgetattr(fd, &saved) == 0;
    if (canHide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    char c = 0;
    while (tty.read(&c, 1) == 1 && c != '\n' && line.size() < 4096)
        line.append(c);
    if (canHide)
        tcsetattr(fd, TCSAFLUSH, &saved);
    tty.write("\n");
    return QString::fromUtf8(line);
}

QString readPasswordFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

struct Target
{
    Inventory::Host host;
    Bmc::Settings settings;
};

// The hosts named, each with its BMC settings and (when |withCredentials|) its login.
Result<QList<Target>> targets(Inventory::Database &db, const QStringList &texts, bool withCredentials)
{
    QList<Target> out;
    const Bmc::CredentialStore store;
    for (const QString &text : texts) {
        auto mac = MacAddress::parse(text);
        if (!mac)
            return makeError("cli.mac", QStringLiteral("%1: %2").arg(text, mac.error().message));
        auto host = Inventory::HostRepository(db).find(*mac);
        if (!host)
            return host.error();
        if (!*host)
            return makeError("host.unknown", Tr::tr("%1 is not in the inventory").arg(mac->toString()));
        auto settings = Deploy::bmcSettings(db, **host);
        if (!settings)
            return makeError("bmc", QStringLiteral("%1: %2").arg(mac->toString(), settings.error().message));
        if (withCredentials) {
            auto credentials = store.read(*mac);
            if (!credentials)
                return credentials.error();
            if (credentials->isEmpty())
                return makeError("bmc.credentials", Tr::tr("%1: no BMC login stored; set one with crashcart-cli bmc credentials %1 "
                                                           "--user USER")
                                                        .arg(mac->toString()));
            settings->credentials = *credentials;
        }
        out.append({ **host, *settings });
    }
    return out;
}

int storeCredentials(QTextStream &out, QTextStream &err, const QList<Target> &hosts, const QString &user, bool fromStdin)
{
    Bmc::CredentialStore store;
    if (auto r = store.probe(); !r) {
        err << r.error().message << Qt::endl;
        return Failed;
    }
    const QString password = fromStdin ? readPasswordFromStdin()
                                       : askPassword(err, Tr::tr("Password of BMC user %1: ").arg(user));
    if (password.isEmpty()) {
        err << Tr::tr("No password given (type it at the prompt, or pipe it with --password-stdin)") << Qt::endl;
        return Failed;
    }
    for (const Target &t : hosts) {
        if (auto r = store.write(t.host.mac, { user, password }); !r) {
            err << t.host.mac.toString() << ": " << r.error().message << Qt::endl;
            return Failed;
        }
    }
    out << Tr::tr("BMC login of %n host(s) stored in the system keychain", nullptr, int(hosts.size())) << Qt::endl;
    return Ok;
}

QString label(const Inventory::Host &host)
{
    return host.hostname.isEmpty() ? host.mac.toString() : host.mac.toString() + u"  " + host.hostname;
}

// One call of the client per host, in order; an error names the host and goes on with the next.
int eachHost(QTextStream &out, QTextStream &err, const QList<Target> &hosts,
             const std::function<Result<QString>(Bmc::Client &, const Target &)> &call)
{
    int status = Ok;
    for (const Target &t : hosts) {
        const auto client = Bmc::makeClient(t.settings);
        auto result = call(*client, t);
        if (!result) {
            err << label(t.host) << ": " << result.error().message << Qt::endl;
            if (!client->presentedFingerprint().isEmpty() && result.error().code.startsWith(QLatin1String("bmc.tls")))
                err << Tr::tr("  The BMC presents a certificate with SHA-256 %1.\n"
                              "  Compare it with the BMC's own display, then: crashcart-cli bmc trust %2 --fingerprint %1")
                           .arg(client->presentedFingerprint(), t.host.mac.toString())
                    << Qt::endl;
            status = Failed;
            continue;
        }
        out << label(t.host) << "  " << *result << Qt::endl;
    }
    return status;
}

Bmc::BootMode modeOf(Inventory::Database &db, const Inventory::Host &host)
{
    auto profile = Inventory::ProfileRepository(db).find(host.profile);
    return profile && *profile && (*profile)->firmware == Inventory::Firmware::Uefi ? Bmc::BootMode::Uefi : Bmc::BootMode::Legacy;
}

QString describe(const Bmc::BootOverride &boot)
{
    if (boot.device == Bmc::BootDevice::None)
        return Tr::tr("next boot: own order");
    const QString text = Tr::tr("next boot: %1 %2 %3")
                             .arg(Bmc::bootDeviceName(boot.device), boot.once ? QStringLiteral("once") : QStringLiteral("persistent"),
                                  Bmc::bootModeName(boot.mode));
    return boot.valid ? text : Tr::tr("%1 (not marked valid: the machine's own order)").arg(text);
}

} // namespace

int runBmc(QTextStream &out, QTextStream &err, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption workspace = workspaceOption();
    const QCommandLineOption json { QStringLiteral("json"), Tr::tr("Print JSON.") };
    const QCommandLineOption user { QStringLiteral("user"), Tr::tr("The BMC user."), QStringLiteral("USER") };
    const QCommandLineOption passwordStdin { QStringLiteral("password-stdin"), Tr::tr("Read the password from standard input.") };
    const QCommandLineOption fingerprint { QStringLiteral("fingerprint"), Tr::tr("The certificate's SHA-256, as hex."),
                                           QStringLiteral("SHA256") };
    parser.addOptions({ workspace, json, user, passwordStdin, fingerprint });
    parser.addHelpOption();
    if (!parser.parse(QStringList { QStringLiteral("bmc") } + args)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    static const QStringList verbs = { QStringLiteral("credentials"), QStringLiteral("forget"),   QStringLiteral("status"),
                                       QStringLiteral("on"),          QStringLiteral("off"),      QStringLiteral("cycle"),
                                       QStringLiteral("reset"),       QStringLiteral("soft-off"), QStringLiteral("pxe-once"),
                                       QStringLiteral("clear-boot"),  QStringLiteral("trust"),    QStringLiteral("cipher-suite") };
    bool shapeOk = verbs.contains(verb) && positional.size() >= 2;
    if (verb == QLatin1String("credentials"))
        shapeOk = shapeOk && parser.isSet(user) && !parser.value(user).isEmpty();
    if (verb == QLatin1String("trust"))
        shapeOk = positional.size() == 2 && parser.isSet(fingerprint);
    if (verb == QLatin1String("cipher-suite"))
        shapeOk = positional.size() == 3;
    if (const auto answered = helpOrUsage(out, err, bmcUsage(), parser, shapeOk))
        return *answered;
    auto opened = openWorkspace(parser.value(workspace));
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return Failed;
    }
    Inventory::Database &db = *opened->db;
    const QStringList macs = verb == QLatin1String("cipher-suite") ? positional.mid(1, 1) : positional.mid(1);
    const bool needLogin = verb != QLatin1String("credentials") && verb != QLatin1String("forget")
        && verb != QLatin1String("trust") && verb != QLatin1String("cipher-suite");
    auto hosts = targets(db, macs, needLogin);
    if (!hosts) {
        err << hosts.error().message << Qt::endl;
        return Failed;
    }
    if (verb == QLatin1String("credentials"))
        return storeCredentials(out, err, *hosts, parser.value(user), parser.isSet(passwordStdin));
    if (verb == QLatin1String("forget")) {
        Bmc::CredentialStore store;
        for (const Target &t : std::as_const(*hosts)) {
            if (auto r = store.remove(t.host.mac); !r) {
                err << t.host.mac.toString() << ": " << r.error().message << Qt::endl;
                return Failed;
            }
        }
        return Ok;
    }
    Inventory::BmcSettingsRepository settings(db);
    if (verb == QLatin1String("trust")) {
        const QString wanted = parser.value(fingerprint).remove(QLatin1Char(':')).toLower();
        // Reach the BMC with the certificate pinned as given: it answers only if it presents it.
        Target t = hosts->first();
        auto credentials = Bmc::CredentialStore().read(t.host.mac);
        if (credentials)
            t.settings.credentials = *credentials;
        t.settings.tlsFingerprint = wanted;
        const auto client = Bmc::makeClient(t.settings);
        auto state = client->powerState();
        if (!state && state.error().code != QLatin1String(Bmc::Errors::Auth)) {
            err << label(t.host) << ": " << state.error().message << Qt::endl;
            return Failed;
        }
        if (auto r = settings.setTlsFingerprint(t.host.mac, wanted); !r) {
            err << r.error().message << Qt::endl;
            return Failed;
        }
        out << Tr::tr("%1: certificate %2 accepted").arg(label(t.host), wanted) << Qt::endl;
        return Ok;
    }
    if (verb == QLatin1String("cipher-suite")) {
        bool ok = false;
        const int suite = positional[2].toInt(&ok);
        auto r = ok ? settings.setCipherSuite(hosts->first().host.mac, suite)
                    : Result<void>(makeError("cli.usage", Tr::tr("'%1' is not a cipher suite number").arg(positional[2])));
        if (!r) {
            err << r.error().message << Qt::endl;
            return Failed;
        }
        return Ok;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (verb == QLatin1String("status")) {
        QJsonArray array;
        const int status = eachHost(out, err, *hosts, [&](Bmc::Client &bmc, const Target &t) -> Result<QString> {
            auto power = bmc.powerState();
            if (!power)
                return power.error();
            (void)settings.setPowerState(t.host.mac, Bmc::powerStateName(*power), now);
            auto boot = bmc.nextBoot();
            if (!boot)
                return boot.error();
            array.append(QJsonObject { { QStringLiteral("mac"), t.host.mac.toString() },
                                       { QStringLiteral("power"), Bmc::powerStateName(*power) },
                                       { QStringLiteral("next_boot"), Bmc::bootDeviceName(boot->device) },
                                       { QStringLiteral("once"), boot->once },
                                       { QStringLiteral("mode"), Bmc::bootModeName(boot->mode) },
                                       { QStringLiteral("valid"), boot->valid } });
            return Tr::tr("power %1, %2").arg(Bmc::powerStateName(*power), describe(*boot));
        });
        if (parser.isSet(json)) {
            out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            out.flush();
        }
        return status;
    }
    if (verb == QLatin1String("pxe-once")) {
        return eachHost(out, err, *hosts, [&](Bmc::Client &bmc, const Target &t) -> Result<QString> {
            if (auto r = bmc.setNextBoot(Bmc::BootDevice::Pxe, modeOf(db, t.host), true); !r)
                return r.error();
            auto boot = bmc.nextBoot();
            if (!boot)
                return boot.error();
            if (boot->device != Bmc::BootDevice::Pxe)
                return makeError(Bmc::Errors::Verify, Tr::tr("the BMC reports %1 after it was told to boot from the network")
                                                          .arg(Bmc::bootDeviceName(boot->device)));
            return describe(*boot);
        });
    }
    if (verb == QLatin1String("clear-boot")) {
        return eachHost(out, err, *hosts, [&](Bmc::Client &bmc, const Target &) -> Result<QString> {
            if (auto r = bmc.clearNextBoot(); !r)
                return r.error();
            auto boot = bmc.nextBoot();
            if (!boot)
                return boot.error();
            return describe(*boot);
        });
    }
    const Bmc::PowerAction action = *Bmc::powerActionFromName(verb);
    return eachHost(out, err, *hosts, [&](Bmc::Client &bmc, const Target &t) -> Result<QString> {
        if (auto r = bmc.setPower(action); !r)
            return r.error();
        auto power = bmc.powerState();
        if (!power)
            return power.error();
        (void)settings.setPowerState(t.host.mac, Bmc::powerStateName(*power), now);
        return Tr::tr("%1: done, power %2").arg(Bmc::powerActionLabel(action), Bmc::powerStateName(*power));
    });
}

namespace {

void printPlans(QTextStream &out, const QList<Deploy::HostPlan> &plans)
{
    for (const Deploy::HostPlan &plan : plans) {
        QString how;
        if (plan.blocked())
            how = Tr::tr("BLOCKED");
        else if (!plan.bmc)
            how = Tr::tr("armed only: boot it by hand");
        else if (plan.power == Bmc::PowerState::On)
            how = Tr::tr("runs: PXE once, then power cycle");
        else
            how = Tr::tr("off: PXE once, then power on");
        out << label(plan.host) << "  " << how << '\n';
        for (const Deploy::Finding &f : plan.findings)
            out << "    " << Deploy::severityName(f.severity) << ": " << f.message << '\n';
        for (const QString &reason : plan.eraseReasons)
            out << "    " << Tr::tr("erases disks: %1").arg(reason) << '\n';
        if (!plan.presentedFingerprint.isEmpty())
            out << "    " << Tr::tr("certificate presented: SHA-256 %1 (crashcart-cli bmc trust %2 --fingerprint ...)")
                                 .arg(plan.presentedFingerprint, plan.host.mac.toString())
                << '\n';
    }
    out.flush();
}

bool confirm(QTextStream &err, const QString &question)
{
    QFile tty(QStringLiteral("/dev/tty"));
    if (!tty.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return false;
    err.flush();
    tty.write((question + QStringLiteral(" [y/N] ")).toUtf8());
    const QByteArray answer = tty.readLine(64).trimmed().toLower();
    return answer == "y" || answer == "yes";
}

} // namespace

int runInstallStart(QTextStream &out, QTextStream &err, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption workspace = workspaceOption();
    const QCommandLineOption yes { QStringLiteral("yes"), Tr::tr("Do not ask before erasing disks.") };
    const QCommandLineOption skipBlocked { QStringLiteral("skip-blocked"),
                                           Tr::tr("Install the hosts that are not blocked, even when others are.") };
    const QCommandLineOption noBmc { QStringLiteral("no-bmc"),
                                     Tr::tr("Do not block hosts without a BMC: arm them only (someone boots them by hand).") };
    const QCommandLineOption checkOnly { QStringLiteral("check"), Tr::tr("Run the pre-flight only.") };
    const QCommandLineOption release { QStringLiteral("release"),
                                       Tr::tr("Lint the kickstarts against release R (default %1).").arg(Kickstart::CommandTable::defaultRelease()),
                                       QStringLiteral("R"), Kickstart::CommandTable::defaultRelease() };
    const QCommandLineOption server { QStringLiteral("server"),
                                      Tr::tr("The address installers reach the servers at (default: as serve decides)."),
                                      QStringLiteral("ADDR") };
    const QCommandLineOption listen { QStringLiteral("listen"), Tr::tr("The address serve listens on."), QStringLiteral("ADDR"),
                                      QStringLiteral("0.0.0.0") };
    const QCommandLineOption interface { QStringLiteral("interface"), Tr::tr("The interface serve answers DHCP on."), QStringLiteral("IF") };
    const QCommandLineOption httpPort { QStringLiteral("http-port"), Tr::tr("serve's HTTP port (default 80)."), QStringLiteral("N"),
                                        QStringLiteral("80") };
    parser.addOptions({ workspace, yes, skipBlocked, noBmc, checkOnly, release, server, listen, interface, httpPort });
    parser.addHelpOption();
    const QString usage = Tr::tr("usage: crashcart-cli install start MAC... [--yes] [--skip-blocked] [--no-bmc] [--check]\n"
                                 "                                  [--release R] [--server ADDR] [--listen ADDR] [--interface IF]\n"
                                 "                                  [--http-port N]\n"
                                 "Checks each host (profile, files, kickstart, BMC, servers), then arms them and has their\n"
                                 "BMCs boot them from the network once. Follow them with: crashcart-cli install status --follow");
    if (!parser.parse(QStringList { QStringLiteral("install start") } + args)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (const auto answered = helpOrUsage(out, err, usage, parser, !parser.positionalArguments().isEmpty()))
        return *answered;
    Netboot::ServiceConfig config;
    bool portOk = false;
    const uint port = parser.value(httpPort).toUInt(&portOk);
    if (!portOk || port == 0 || port > 65535 || !config.listen.setAddress(parser.value(listen))
        || (parser.isSet(server) && !config.advertised.setAddress(parser.value(server)))) {
        err << usage << Qt::endl;
        return Usage;
    }
    config.httpPort = quint16(port);
    config.interface = parser.value(interface);
    if (auto table = Kickstart::CommandTable::forRelease(parser.value(release)); !table) {
        err << table.error().message << Qt::endl;
        return Usage;
    }
    QList<MacAddress> macs;
    for (const QString &text : parser.positionalArguments()) {
        auto mac = MacAddress::parse(text);
        if (!mac) {
            err << text << ": " << mac.error().message << Qt::endl;
            return Usage;
        }
        if (!macs.contains(*mac))
            macs.append(*mac);
    }
    auto opened = openWorkspace(parser.value(workspace));
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return Failed;
    }
    Inventory::Database &db = *opened->db;

    Deploy::PlanOptions planOptions;
    planOptions.fileBase = opened->workspace.path();
    planOptions.snippetsDir = opened->workspace.snippetsDir();
    planOptions.server = BootConfig::serverEndpoint(config);
    const QString releaseName = parser.value(release);
    planOptions.releaseFor = [releaseName](const QString &) { return releaseName; };
    planOptions.requireBmc = !parser.isSet(noBmc);
    QList<Deploy::HostPlan> plans = Deploy::planHosts(db, macs, planOptions);
    Deploy::ProbeOptions probe;
    const Bmc::CredentialStore store;
    probe.credentials = [&store](const MacAddress &mac) { return store.read(mac); };
    Deploy::probeHosts(plans, planOptions, probe);
    printPlans(out, plans);

    const auto blocked = std::count_if(plans.cbegin(), plans.cend(), [](const auto &p) { return p.blocked(); });
    if (parser.isSet(checkOnly))
        return blocked ? Failed : Ok;
    if (blocked && (!parser.isSet(skipBlocked) || blocked == plans.size())) {
        err << Tr::tr("%n host(s) blocked: nothing was started (fix them, or --skip-blocked to install the others)", nullptr,
                      int(blocked))
            << Qt::endl;
        return Failed;
    }
    const QStringList erasing = Deploy::erasingHosts(plans);
    if (!erasing.isEmpty() && !parser.isSet(yes)
        && !confirm(err, Tr::tr("This erases the disks of %n host(s): %1. Go on?", nullptr, int(erasing.size()))
                             .arg(erasing.join(QStringLiteral(", "))))) {
        err << Tr::tr("Nothing started: the kickstarts erase disks; confirm at the prompt or pass --yes") << Qt::endl;
        return Failed;
    }

    Deploy::InstallRunner runner(db);
    int status = blocked ? Failed : Ok;
    QEventLoop loop;
    QHash<MacAddress, QString> names;
    for (const auto &plan : std::as_const(plans))
        names.insert(plan.host.mac, label(plan.host));
    QObject::connect(&runner, &Deploy::InstallRunner::stepDone, &loop,
                     [&](const MacAddress &mac, const QString &kind, const QString &message) {
                         out << names.value(mac) << "  " << Inventory::EventLog::kindLabel(kind) << ": " << message << Qt::endl;
                     });
    QObject::connect(&runner, &Deploy::InstallRunner::hostFinished, &loop, [&](const MacAddress &, bool ok, const QString &) {
        if (!ok)
            status = Failed;
    });
    QObject::connect(&runner, &Deploy::InstallRunner::storeFailed, &loop, [&](const QString &message) {
        err << message << Qt::endl;
        status = Failed;
    });
    QObject::connect(&runner, &Deploy::InstallRunner::idle, &loop, &QEventLoop::quit);
    auto armed = runner.start(plans, Install::currentUser());
    if (!armed) {
        err << armed.error().message << Qt::endl;
        return Failed;
    }
    out << Tr::tr("%n host(s) armed", nullptr, int(armed->size())) << Qt::endl;
    if (runner.pending() > 0)
        loop.exec();
    out << (status == Ok ? Tr::tr("Follow the installs with: crashcart-cli install status --follow")
                         : Tr::tr("Some hosts were not started; see above and their timelines (crashcart-cli hosts timeline MAC)"))
        << Qt::endl;
    return status;
}

} // namespace Crashcart::Cli
