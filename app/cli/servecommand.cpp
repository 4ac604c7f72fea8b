// SPDX-License-Identifier: GPL-3.0-or-later
#include "servecommand.h"

#include "cliworkspace.h"

#include "servecheck.h"
#include "servelog.h"

#include "bootconfig/eventrecorder.h"
#include "bmc/credentialstore.h"
#include "bootconfig/inventoryboot.h"
#include "deploy/installrunner.h"
#include "install/installtracker.h"
#include "inventory/hostrepository.h"
#include "common/workspace.h"
#include "inventory/database.h"
#include "netboot/bootloaders.h"
#include "netboot/netbootservice.h"
#include "netboot/preflight.h"
#include "netboot/rootprovider.h"
#include "netboot/serviceconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Crashcart::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Cli::Serve)
};

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

int s_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(s_signalPipe[1], &byte, 1);
}

// What the command line asks for: the Servers view's ServiceConfig, which servers to run,
// and what the inventory tells machines it does not know.
struct ServeRequest
{
    Netboot::ServiceConfig config;
    bool tftp = true;
    bool http = true;
    bool syslog = false;
    BootConfig::UnknownHosts unknown = BootConfig::UnknownHosts::LocalBoot;
};

// "off" disables a server; 0 lets the system pick a free port (the log line names it).
bool parsePort(const QString &text, quint16 *port, bool *enabled)
{
    *enabled = text != QLatin1String("off");
    if (!*enabled)
        return true;
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    *port = quint16(value);
    return true;
}

Error usage(const QString &message)
{
    return makeError("cli.usage", message);
}

// Ports and the listen address.
Result<void> parseEndpoints(const QCommandLineParser &parser, const ServeOptions &o, ServeRequest &r)
{
    if (!r.config.listen.setAddress(parser.value(o.listen)))
        return usage(Tr::tr("--listen: '%1' is not an IP address").arg(parser.value(o.listen)));
    if (!parsePort(parser.value(o.tftpPort), &r.config.tftpPort, &r.tftp)
        || !parsePort(parser.value(o.httpPort), &r.config.httpPort, &r.http))
        return usage(Tr::tr("--tftp-port and --http-port take a number from 0 to 65535, or off"));
    // Generated URLs name port 80 when HTTP is off here (another web server may serve it).
    if (!r.http)
        r.config.httpPort = 80;
    if (!r.tftp)
        r.config.tftpPort = 69;
    bool dhcpOn = true, pxeOn = true;
    if (!parsePort(parser.value(o.dhcpPort), &r.config.dhcpPort, &dhcpOn) || !parsePort(parser.value(o.pxePort), &r.config.pxePort, &pxeOn)
        || !dhcpOn || !pxeOn)
        return usage(Tr::tr("--dhcp-port and --pxe-port take a number from 0 to 65535"));
    if (!parsePort(parser.value(o.syslogPort), &r.config.syslogPort, &r.syslog))
        return usage(Tr::tr("--syslog-port takes a number from 0 to 65535, or off"));
    r.config.interface = parser.value(o.interface);
    return {};
}

// Full DHCP hands out addresses: on a network with a DHCP server of its own it would fight
// it and break machines that are not ours. Only on one named interface, with a workspace to
// keep the leases, checked as the Servers view checks it (Netboot::poolOnInterface).
Result<void> parseFullDhcp(const QCommandLineParser &parser, const ServeOptions &o, const Workspace *workspace,
                           ServeRequest &r)
{
    if (r.config.interface.isEmpty() || !workspace) {
        return usage(Tr::tr("--dhcp full needs --interface (the isolated lab network's interface) and a workspace for "
                            "the leases (not --root)"));
    }
    const QStringList range = parser.value(o.pool).split(u'-');
    if (range.size() != 2)
        return usage(Tr::tr("--dhcp full needs --pool FIRST-LAST"));
    Netboot::Dhcp::PoolConfig pool;
    pool.first = QHostAddress(range[0].trimmed());
    pool.last = QHostAddress(range[1].trimmed());
    if (parser.isSet(o.router))
        pool.router = QHostAddress(parser.value(o.router));
    for (const QString &a : parser.value(o.dns).split(u',', Qt::SkipEmptyParts))
        pool.dns.append(QHostAddress(a.trimmed()));
    pool.leaseFile = workspace->dhcpLeasesPath();
    auto checked = Netboot::poolOnInterface(r.config.interface, pool);
    if (!checked)
        return usage(checked.error().message);
    r.config.pool = *checked;
    return {};
}

Result<ServeRequest> parseRequest(const QCommandLineParser &parser, const ServeOptions &o, const Workspace *workspace)
{
    ServeRequest r;
    if (auto e = parseEndpoints(parser, o, r); !e)
        return e.error();
    const QString dhcp = parser.value(o.dhcp);
    if (dhcp != Netboot::dhcpModeKey(Netboot::DhcpMode::Off) && dhcp != Netboot::dhcpModeKey(Netboot::DhcpMode::Proxy)
        && dhcp != Netboot::dhcpModeKey(Netboot::DhcpMode::Full))
        return usage(Tr::tr("--dhcp takes off, proxy or full"));
    r.config.dhcpMode = Netboot::dhcpModeFromKey(dhcp);
    const QString loader = parser.value(o.uefiLoader);
    if (loader != Netboot::uefiChainKey(Netboot::UefiChain::Ipxe) && loader != Netboot::uefiChainKey(Netboot::UefiChain::ShimGrub))
        return usage(Tr::tr("--uefi-loader takes ipxe or shim"));
    r.config.uefi = Netboot::uefiChainFromKey(loader);
    const QString unknown = parser.value(o.unknownHosts);
    if (unknown != QLatin1String("local") && unknown != QLatin1String("ignore"))
        return usage(Tr::tr("--unknown-hosts takes local or ignore"));
    r.unknown = unknown == QLatin1String("ignore") ? BootConfig::UnknownHosts::Ignore : BootConfig::UnknownHosts::LocalBoot;
    if (r.config.dhcpMode == Netboot::DhcpMode::Full) {
        if (auto e = parseFullDhcp(parser, o, workspace, r); !e)
            return e.error();
    }
    return r;
}

// SIGINT and SIGTERM reach the event loop through a socket pair, so the servers stop cleanly.
Result<void> installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_signalPipe) != 0)
        return makeError("cli.signals", Tr::tr("Cannot set up signal handling"));
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    return {};
}

// Starts the servers the request names, in the order generated URLs need (HTTP's port is in
// the TFTP configs, both are in DHCP's answers), and ends the event loop with 1 if one cannot
// start, or with 0 once all have stopped after a signal.
class ServeRun final : public QObject
{
public:
    ServeRun(Netboot::NetbootService &service, const ServeRequest &request, QString tftpRoot, QTextStream &err)
        : m_service(service), m_request(request), m_tftpRoot(std::move(tftpRoot)), m_err(err)
    {
        using Netboot::NetbootService;
        connect(&service, &NetbootService::started, this, &ServeRun::onStarted);
        connect(&service, &NetbootService::failed, this, &ServeRun::onFailed);
        connect(&service, &NetbootService::stopped, this, &ServeRun::onStopped);
    }

    void start()
    {
        // Syslog first: the loader configs the others hand out name its port (inst.syslog=).
        using Netboot::ServerKind;
        const std::pair<bool, ServerKind> order[] = { { m_request.syslog, ServerKind::Syslog },
                                                      { m_request.http, ServerKind::Http },
                                                      { m_request.tftp, ServerKind::Tftp },
                                                      { m_request.config.dhcpMode != Netboot::DhcpMode::Off, ServerKind::Dhcp } };
        for (const auto &[wanted, server] : order) {
            if (wanted)
                m_service.start(server, m_request.config);
        }
    }

    // A signal: stop every server; the loop ends when the last one has.
    void stop()
    {
        if (m_stopping)
            return;
        m_stopping = true;
        if (runningCount() == 0)
            return QCoreApplication::exit(m_status);
        m_service.stopAll();
    }

private:
    int runningCount() const
    {
        int n = 0;
        for (int s = 0; s < Netboot::ServerKindCount; ++s)
            n += m_service.state(Netboot::ServerKind(s)) != Netboot::NetbootService::State::Stopped;
        return n;
    }

    void onStarted(Netboot::ServerKind server)
    {
        // The pre-flight that matters without a window: the loaders proxyDHCP names must be there.
        if (server == Netboot::ServerKind::Dhcp) {
            for (const auto &missing : Netboot::missingBootloaders(m_tftpRoot, m_request.config.uefi))
                m_err << Tr::tr("warning: %1").arg(Netboot::adviceFor(missing, m_tftpRoot)) << Qt::endl;
        }
    }

    void onFailed(Netboot::ServerKind, const QString &message)
    {
        m_err << message << Qt::endl;
        m_status = Failed;
        stop();
    }

    void onStopped()
    {
        if (m_stopping && runningCount() == 0)
            QCoreApplication::exit(m_status);
    }

    Netboot::NetbootService &m_service;
    const ServeRequest &m_request;
    const QString m_tftpRoot;
    QTextStream &m_err;
    bool m_stopping = false;
    int m_status = Ok;
};

// The event loop with the service running; returns the exit status.
int serveUntilStopped(Netboot::NetbootService &service, const ServeRequest &request, const QString &tftpRoot, QTextStream &err)
{
    if (auto r = installSignalHandlers(); !r) {
        err << r.error().message << Qt::endl;
        return Failed;
    }
    ServeRun run(service, request, tftpRoot, err);
    QSocketNotifier notifier(s_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &run, [&run] { run.stop(); });
    run.start();
    const int status = QCoreApplication::exec();
    // What the servers reported before they stopped is still queued: log and record it all.
    QCoreApplication::sendPostedEvents();
    return status;
}

} // namespace

ServeOptions::ServeOptions()
{
    root.setDescription(Tr::tr("serve: publish DIR over TFTP and HTTP (default: the workspace's tftp/ and http/)."));
    listen.setDescription(Tr::tr("serve: the address to listen on (default 0.0.0.0)."));
    tftpPort.setDescription(Tr::tr("serve: the TFTP port (default 69; 0 picks a free one; off disables TFTP)."));
    httpPort.setDescription(Tr::tr("serve: the HTTP port (default 80; 0 picks a free one; off disables HTTP)."));
    dhcp.setDescription(Tr::tr("serve: DHCP mode (default off; proxy answers PXE clients only, next to the site's DHCP server)."));
    interface.setDescription(Tr::tr("serve: the network interface DHCP answers on."));
    dhcpPort.setDescription(Tr::tr("serve: the proxyDHCP port (default 67)."));
    pxePort.setDescription(Tr::tr("serve: the PXE port UEFI firmware asks next (default 4011)."));
    syslogPort.setDescription(Tr::tr("serve: receive installers' syslog (UDP and TCP) on this port and put it on the hosts' "
                                     "timelines; profiles with syslog on get inst.syslog= (default off; 0 picks a free port)."));
    pool.setDescription(Tr::tr("serve: --dhcp full: the addresses to hand out, e.g. 10.9.0.100-10.9.0.199."));
    router.setDescription(Tr::tr("serve: --dhcp full: the default gateway clients are told (optional)."));
    dns.setDescription(Tr::tr("serve: --dhcp full: DNS servers clients are told (optional, comma-separated)."));
    unknownHosts.setDescription(Tr::tr("serve: what machines missing from the inventory get: local (a loader config "
                                       "that boots the local disk; default) or ignore (no answer)."));
    uefiLoader.setDescription(Tr::tr("serve: what UEFI clients boot: ipxe (snponly.efi; Secure Boot off) or shim "
                                     "(shim + GRUB; Secure Boot; Debian 12's GRUB needs the site DHCP to name this "
                                     "server as next-server). Default ipxe."));
    check.setDescription(Tr::tr("serve: check these settings and exit, starting nothing: ports taken, privileges, boot "
                                "loaders and, with --dhcp, the other DHCP and PXE servers answering on the network "
                                "(about 6 s; --json for JSON). Exit status 1 when something blocks the servers."));
}

void ServeOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({ root, listen, tftpPort, httpPort, dhcp, interface, dhcpPort, pxePort, syslogPort, uefiLoader, unknownHosts, pool, router, dns, check });
}

int runServe(const QCommandLineParser &parser, const ServeOptions &options, const Workspace *workspace,
             QTextStream &out, QTextStream &err)
{
    auto request = parseRequest(parser, options, workspace);
    if (!request) {
        err << request.error().message << Qt::endl;
        return Usage;
    }
    const QString rootDir = parser.value(options.root);
    ServeLog::Roots roots { workspace ? workspace->tftpRoot() : rootDir, workspace ? workspace->httpRoot() : rootDir };
    if (parser.isSet(options.check)) {
        Netboot::PreflightRequest check;
        check.config = request->config;
        check.tftp = request->tftp;
        check.http = request->http;
        check.dhcp = request->config.dhcpMode != Netboot::DhcpMode::Off;
        check.syslog = request->syslog;
        check.tftpRoot = roots.tftp;
        return runServeCheck(check, parser.isSet(QStringLiteral("json")), out);
    }
    if (request->config.dhcpMode == Netboot::DhcpMode::Full) {
        err << Tr::tr("warning: full DHCP hands out addresses on %1. Use it only on an isolated network: next to "
                      "another DHCP server it breaks machines that are not yours.")
                   .arg(request->config.interface)
            << Qt::endl;
    }

    // With a workspace the inventory answers (per-host loader configs, profiles' kernels and
    // initrds, kickstarts) and every exchange goes on the host's timeline, as in the app.
    std::unique_ptr<Inventory::Database> db;
    std::unique_ptr<BootConfig::InventoryBoot> boot;
    Netboot::ServiceContent content;
    if (workspace) {
        auto opened = openInventory(*workspace);
        if (!opened) {
            err << opened.error().message << Qt::endl;
            return Failed;
        }
        db = std::move(*opened);
        boot = std::make_unique<BootConfig::InventoryBoot>(*db, *workspace, request->unknown);
        if (auto loaded = boot->reload(); !loaded) {
            err << loaded.error().message << Qt::endl;
            return Failed;
        }
        content = boot->content();
    } else {
        if (!Netboot::RootProvider(rootDir).isValid()) {
            err << Tr::tr("%1 is not a folder").arg(rootDir) << Qt::endl;
            return Failed;
        }
        content = Netboot::ServiceContent::fromFolders(rootDir, rootDir);
    }

    int status = Ok;
    {
        Netboot::NetbootService service(std::move(content));
        ServeLog log(service, request->config, roots, out, err);
        // An install that ended: its BMC, if it still names the network as the next boot
        // (one that ignores "once"), is told to stop, so the host never reinstalls in a loop.
        std::optional<Deploy::InstallRunner> bmcs;
        const Bmc::CredentialStore store;
        if (boot) {
            bmcs.emplace(*db);
            bmcs->setCredentialSource([&store](const MacAddress &mac) { return store.read(mac); });
            boot->attach(service);
            boot->watch(1000); // the app or `hosts arm` changes the inventory while we serve
            log.watch(*boot);
            QObject::connect(boot->tracker(), &Install::InstallTracker::ended, &*bmcs, [&bmcs, &db](const MacAddress &mac) {
                auto host = Inventory::HostRepository(*db).find(mac);
                if (!host || !*host)
                    return;
                if (auto settings = Deploy::bmcSettings(*db, **host))
                    bmcs->clearOverride(mac, *settings);
            });
        }
        status = serveUntilStopped(service, *request, roots.tftp, err);
    } // the servers stop and their thread ends here
    boot.reset(); // writes the last events
    out << ServeLog::stamp() << " stopped" << Qt::endl;
    return status;
}

} // namespace Crashcart::Cli
