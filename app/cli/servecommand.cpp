// SPDX-License-Identifier: GPL-3.0-or-later
#include "servecommand.h"

#include "bootconfig/bootcontent.h"
#include "bootconfig/eventrecorder.h"
#include "bootconfig/snapshot.h"
#include "common/workspace.h"
#include "inventory/database.h"
#include "netboot/bootloaders.h"
#include "netboot/defaultboot.h"
#include "netboot/serviceconfig.h"
#include "inventory/hostrepository.h"
#include "netboot/dhcp/dhcpserver.h"
#include "netboot/dhcp/fullresponder.h"
#include "netboot/dhcp/leasepool.h"
#include "netboot/http/httpserver.h"
#include "netboot/rootprovider.h"
#include "netboot/tftp/tftpserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QNetworkInterface>
#include <QSocketNotifier>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Crashcart::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Cli::Serve)
};

int s_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(s_signalPipe[1], &byte, 1);
}

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

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

// The address clients reach us at: --listen or the interface's (netboot's rule); with
// neither, the first address that is not loopback.
QHostAddress advertisedAddress(const QHostAddress &listen, const QString &interface)
{
    const QHostAddress chosen = Netboot::advertisedAddress(listen, interface);
    if (!chosen.isNull() || !interface.isEmpty())
        return chosen;
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            return a;
    }
    return {};
}

// SQLite's data_version moves when another connection (the desktop app, `hosts import`)
// commits: the cue to read the inventory again.
int dataVersion(Inventory::Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toInt() : -1;
}

QString rate(qint64 bytes, qint64 ms)
{
    return ms > 0 ? QString::number(double(bytes) / 1e3 / double(ms), 'f', 1) : QStringLiteral("-");
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
    pool.setDescription(Tr::tr("serve: --dhcp full: the addresses to hand out, e.g. 10.9.0.100-10.9.0.199."));
    router.setDescription(Tr::tr("serve: --dhcp full: the default gateway clients are told (optional)."));
    dns.setDescription(Tr::tr("serve: --dhcp full: DNS servers clients are told (optional, comma-separated)."));
    unknownHosts.setDescription(Tr::tr("serve: what machines missing from the inventory get: local (a loader config "
                                       "that boots the local disk; default) or ignore (no answer)."));
    uefiLoader.setDescription(Tr::tr("serve: what UEFI clients boot: ipxe (snponly.efi; Secure Boot off) or shim "
                                     "(shim + GRUB; Secure Boot; Debian 12's GRUB needs the site DHCP to name this "
                                     "server as next-server). Default ipxe."));
}

void ServeOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({ root, listen, tftpPort, httpPort, dhcp, interface, dhcpPort, pxePort, uefiLoader, unknownHosts, pool, router, dns });
}

int runServe(const QCommandLineParser &parser, const ServeOptions &options, const Workspace *workspace,
             QTextStream &out, QTextStream &err)
{
    QHostAddress address;
    if (!address.setAddress(parser.value(options.listen))) {
        err << Tr::tr("--listen: '%1' is not an IP address").arg(parser.value(options.listen)) << Qt::endl;
        return 2;
    }
    quint16 tftpPort = 0, httpPort = 0;
    bool tftpOn = true, httpOn = true;
    if (!parsePort(parser.value(options.tftpPort), &tftpPort, &tftpOn)
        || !parsePort(parser.value(options.httpPort), &httpPort, &httpOn)) {
        err << Tr::tr("--tftp-port and --http-port take a number from 0 to 65535, or off") << Qt::endl;
        return 2;
    }
    const QString dhcp = parser.value(options.dhcp);
    if (dhcp != QLatin1String("off") && dhcp != QLatin1String("proxy") && dhcp != QLatin1String("full")) {
        err << Tr::tr("--dhcp takes off, proxy or full") << Qt::endl;
        return 2;
    }
    // Full DHCP hands out addresses: on a network with a DHCP server of its own it would fight
    // it and break machines that are not ours. Only on one named interface, with a workspace
    // to keep the leases, and said out loud.
    Netboot::Dhcp::PoolConfig poolConfig;
    if (dhcp == QLatin1String("full")) {
        if (parser.value(options.interface).isEmpty() || !workspace) {
            err << Tr::tr("--dhcp full needs --interface (the isolated lab network's interface) and a workspace for "
                          "the leases (not --root)")
                << Qt::endl;
            return 2;
        }
        const QStringList range = parser.value(options.pool).split(u'-');
        poolConfig.first = QHostAddress(range.value(0).trimmed());
        poolConfig.last = QHostAddress(range.value(1).trimmed());
        const QNetworkInterface iface = QNetworkInterface::interfaceFromName(parser.value(options.interface));
        for (const QNetworkAddressEntry &e : iface.addressEntries()) {
            if (e.ip().protocol() == QAbstractSocket::IPv4Protocol && e.ip().isInSubnet(poolConfig.first, e.prefixLength()))
                poolConfig.netmask = e.netmask();
        }
        if (parser.isSet(options.router))
            poolConfig.router = QHostAddress(parser.value(options.router));
        for (const QString &a : parser.value(options.dns).split(u',', Qt::SkipEmptyParts))
            poolConfig.dns.append(QHostAddress(a.trimmed()));
        poolConfig.leaseFile = QDir(workspace->path()).filePath(QStringLiteral("dhcp-leases.json"));
        if (range.size() != 2) {
            err << Tr::tr("--dhcp full needs --pool FIRST-LAST") << Qt::endl;
            return 2;
        }
        if (poolConfig.netmask.isNull()) {
            err << Tr::tr("--pool %1 is not in a subnet of the interface %2").arg(parser.value(options.pool), parser.value(options.interface))
                << Qt::endl;
            return 2;
        }
        if (auto r = poolConfig.validate(); !r) {
            err << r.error().message << Qt::endl;
            return 2;
        }
        err << Tr::tr("warning: full DHCP hands out addresses on %1. Use it only on an isolated network: next to "
                      "another DHCP server it breaks machines that are not yours.")
                   .arg(parser.value(options.interface))
            << Qt::endl;
    }
    const QString uefiLoader = parser.value(options.uefiLoader);
    if (uefiLoader != QLatin1String("ipxe") && uefiLoader != QLatin1String("shim")) {
        err << Tr::tr("--uefi-loader takes ipxe or shim") << Qt::endl;
        return 2;
    }
    const Netboot::UefiChain uefiChain = uefiLoader == QLatin1String("shim") ? Netboot::UefiChain::ShimGrub : Netboot::UefiChain::Ipxe;
    const QString unknown = parser.value(options.unknownHosts);
    if (unknown != QLatin1String("local") && unknown != QLatin1String("ignore")) {
        err << Tr::tr("--unknown-hosts takes local or ignore") << Qt::endl;
        return 2;
    }
    quint16 dhcpPort = 0, pxePort = 0;
    bool dhcpOn = true, pxeOn = true;
    if (!parsePort(parser.value(options.dhcpPort), &dhcpPort, &dhcpOn) || !parsePort(parser.value(options.pxePort), &pxePort, &pxeOn)
        || !dhcpOn || !pxeOn) {
        err << Tr::tr("--dhcp-port and --pxe-port take a number from 0 to 65535") << Qt::endl;
        return 2;
    }

    const QString rootDir = parser.value(options.root);
    const QString tftpRoot = !rootDir.isEmpty() ? rootDir : workspace->tftpRoot();
    const QString httpRoot = !rootDir.isEmpty() ? rootDir : workspace->httpRoot();
    Netboot::RootProvider tftpFiles(tftpRoot);
    Netboot::RootProvider httpFiles(httpRoot);
    if (!tftpFiles.isValid() || !httpFiles.isValid()) {
        err << Tr::tr("%1 is not a folder").arg(!tftpFiles.isValid() ? tftpRoot : httpRoot) << Qt::endl;
        return 1;
    }

    // With a workspace, the inventory answers: per-host loader configs, profiles' kernels and
    // initrds, kickstarts, and every exchange goes on the host's timeline.
    const QString interfaceName = parser.value(options.interface);
    const QHostAddress advertised = advertisedAddress(address, interfaceName);
    std::unique_ptr<Inventory::Database> db;
    BootConfig::SnapshotHolder snapshots;
    std::unique_ptr<BootConfig::BootContentProvider> bootTftp, bootHttp;
    std::unique_ptr<BootConfig::EventRecorder> recorder;
    BootConfig::Settings bootSettings;
    bootSettings.uefi = uefiChain;
    bootSettings.unknown = unknown == QLatin1String("ignore") ? BootConfig::UnknownHosts::Ignore : BootConfig::UnknownHosts::LocalBoot;
    bootSettings.serverAddress = advertised.toString();
    bootSettings.tftpPort = tftpPort;
    if (workspace) {
        auto opened = Inventory::Database::openSqlite(workspace->databasePath());
        if (!opened) {
            err << opened.error().message << Qt::endl;
            return 1;
        }
        db = std::move(*opened);
        auto snapshot = BootConfig::Snapshot::load(*db);
        if (!snapshot) {
            err << snapshot.error().message << Qt::endl;
            return 1;
        }
        snapshots.set(*snapshot);
        bootSettings.fileBase = workspace->path();
        bootSettings.snippetFolder = QDir(workspace->path()).filePath(QStringLiteral("snippets"));
        recorder = std::make_unique<BootConfig::EventRecorder>(*db, snapshots);
        QObject::connect(recorder.get(), &BootConfig::EventRecorder::writeFailed, recorder.get(), [&err](const QString &m) {
            err << Tr::tr("warning: events not recorded: %1").arg(m) << Qt::endl;
        });
    }

    Netboot::Tftp::ServerConfig tftpConfig;
    tftpConfig.address = address;
    tftpConfig.port = tftpPort;
    if (workspace)
        bootTftp = std::make_unique<BootConfig::BootContentProvider>(snapshots, bootSettings, QList<Netboot::ContentProvider *> { &tftpFiles });
    Netboot::Tftp::Server tftp(bootTftp ? static_cast<Netboot::ContentProvider &>(*bootTftp) : tftpFiles, tftpConfig);
    Netboot::Http::ServerConfig httpConfig;
    httpConfig.address = address;
    httpConfig.port = httpPort;
    if (workspace) {
        bootHttp = std::make_unique<BootConfig::BootContentProvider>(
            snapshots, bootSettings, QList<Netboot::ContentProvider *> { &httpFiles, &tftpFiles });
    }
    Netboot::Http::Server http(bootHttp ? static_cast<Netboot::ContentProvider &>(*bootHttp) : httpFiles, httpConfig);

    QObject::connect(&tftp, &Netboot::Tftp::Server::transferStarted, &tftp, [&out, &recorder](const Netboot::Tftp::TransferInfo &t) {
        if (recorder)
            recorder->tftpStarted(t.id, t.client, t.file);
        out << stamp() << " tftp " << t.client.toString() << ':' << t.clientPort << " #" << t.id << " send " << t.file
            << " (" << t.size << " bytes, blksize " << t.blockSize << ", windowsize " << t.windowSize << ")" << '\n';
    });
    QObject::connect(&tftp, &Netboot::Tftp::Server::transferFinished, &tftp,
                     [&out, &recorder](quint64 id, bool ok, const QString &message, qint64 bytes, qint64 ms) {
                         if (recorder)
                             recorder->tftpFinished(id, ok, message, bytes, ms);
                         out << stamp() << " tftp #" << id << (ok ? " done " : " failed ") << bytes << " bytes in " << ms
                             << " ms (" << rate(bytes, ms) << " MB/s)" << (message.isEmpty() ? QString() : QStringLiteral(": ") + message)
                             << '\n';
                     });
    QObject::connect(&tftp, &Netboot::Tftp::Server::requestRefused, &tftp,
                     [&out, &recorder](const QHostAddress &client, const QString &file, const QString &reason) {
                         if (recorder)
                             recorder->tftpRefused(client, file, reason);
                         out << stamp() << " tftp " << client.toString() << " refused " << file << ": " << reason << '\n';
                     });
    QObject::connect(&http, &Netboot::Http::Server::accessed, &http, [&out, &recorder](const Netboot::Http::Access &a) {
        if (recorder)
            recorder->httpAccessed(a.client, a.mac, a.method, a.path, a.status, a.bytes);
        out << stamp() << " http " << a.client.toString() << ' ' << a.method << ' ' << a.path << ' ' << a.status << ' '
            << a.bytes << (a.mac.isNull() ? QString() : QStringLiteral(" mac ") + a.mac.toString()) << '\n';
    }, Qt::QueuedConnection);

    if (httpOn) {
        if (auto r = http.start(); !r) {
            err << r.error().message << Qt::endl;
            return 1;
        }
        out << stamp() << " http listening on " << address.toString() << ':' << http.port() << " serving " << httpRoot << Qt::endl;
    }
    // Generated URLs carry the HTTP port, known once bound (0 picks one); TFTP starts after.
    for (auto *provider : { bootTftp.get(), bootHttp.get() }) {
        if (provider)
            provider->setHttpPort(httpOn ? http.port() : quint16(80));
    }
    if (tftpOn) {
        if (auto r = tftp.start(); !r) {
            err << r.error().message << Qt::endl;
            return 1;
        }
        out << stamp() << " tftp listening on " << address.toString() << ':' << tftp.port() << " serving " << tftpRoot << Qt::endl;
    }
    std::unique_ptr<Netboot::Dhcp::Server> proxy;
    std::unique_ptr<Netboot::Dhcp::LeasePool> leases;
    if (dhcp != QLatin1String("off")) {
        Netboot::Dhcp::ServerConfig config;
        config.dhcpPort = dhcpPort;
        config.pxePort = pxePort;
        config.interface = interfaceName;
        config.advertised = advertised;
        Netboot::Dhcp::ProxyResponder::Decide decide = Netboot::defaultBootDecision(
            { config.advertised, tftpOn ? tftp.port() : quint16(69), httpOn ? http.port() : quint16(80), uefiChain });
        if (workspace) {
            BootConfig::Settings settings = bootSettings;
            settings.httpPort = httpOn ? http.port() : quint16(80);
            decide = [&snapshots, settings](const Netboot::Dhcp::BootQuestion &q) {
                return BootConfig::decide(*snapshots.get(), settings, q);
            };
        }
        proxy = std::make_unique<Netboot::Dhcp::Server>(decide, config);
        if (dhcp == QLatin1String("full")) {
            leases = std::make_unique<Netboot::Dhcp::LeasePool>(poolConfig);
            if (auto r = leases->load(); !r) {
                err << r.error().message << Qt::endl;
                return 1;
            }
            // The inventory's addresses are reservations: a host keeps the IP it is listed with.
            QHash<MacAddress, QHostAddress> reserved;
            if (db) {
                if (auto hosts = Inventory::HostRepository(*db).all()) {
                    for (const auto &h : *hosts) {
                        if (!h.ip.isEmpty())
                            reserved.insert(h.mac, QHostAddress(h.ip));
                    }
                }
            }
            leases->setReservations(reserved);
            proxy->setFullResponder(std::make_shared<Netboot::Dhcp::FullResponder>(config.advertised, *leases, decide));
            QObject::connect(proxy.get(), &Netboot::Dhcp::Server::leased, proxy.get(),
                             [&out, &leases, &err](const MacAddress &mac, const QHostAddress &address, bool ack) {
                                 out << stamp() << " dhcp " << mac.toString() << (ack ? " lease " : " offer-address ")
                                     << address.toString() << '\n';
                                 if (ack && !leases->saveError().isEmpty())
                                     err << Tr::tr("warning: %1").arg(leases->saveError()) << Qt::endl;
                             });
        }
        QObject::connect(proxy.get(), &Netboot::Dhcp::Server::answered, proxy.get(),
                         [&out, &recorder](const MacAddress &mac, int arch, const QByteArray &file, bool pxePort) {
                             if (recorder)
                                 recorder->dhcpAnswered(mac, arch, file, pxePort);
                             out << stamp() << " dhcp " << mac.toString() << (pxePort ? " ack" : " offer") << " arch " << arch
                                 << ' ' << file << '\n';
                         });
        if (auto r = proxy->start(); !r) {
            err << r.error().message << Qt::endl;
            return 1;
        }
        out << stamp() << (leases ? " dhcp (full) listening on ports " : " proxydhcp listening on ports ") << proxy->dhcpPort() << " and " << proxy->pxePort()
            << ", boot server " << config.advertised.toString() << Qt::endl;
        // Pre-flight: the loaders proxyDHCP will name must be there to fetch.
        for (const auto &missing : Netboot::missingBootloaders(tftpRoot, uefiChain))
            err << Tr::tr("warning: %1").arg(Netboot::adviceFor(missing, tftpRoot)) << Qt::endl;
    }
    // SIGINT/SIGTERM end the loop from a pipe, so the servers stop cleanly.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_signalPipe) != 0) {
        err << Tr::tr("Cannot set up signal handling") << Qt::endl;
        return 1;
    }
    // Event lines are flushed in batches: a flush per line costs more than a small HTTP request.
    QTimer flush;
    QObject::connect(&flush, &QTimer::timeout, &flush, [&out] { out.flush(); });
    flush.start(200);
    // The inventory changes under us (the desktop app arms a host): read it again when it does.
    QTimer reload;
    int seenVersion = db ? dataVersion(*db) : -1;
    if (db) {
        QObject::connect(&reload, &QTimer::timeout, &reload, [&] {
            const int version = dataVersion(*db);
            if (version == seenVersion)
                return;
            seenVersion = version;
            if (auto snapshot = BootConfig::Snapshot::load(*db))
                snapshots.set(*snapshot);
            else
                err << Tr::tr("warning: the inventory cannot be read: %1").arg(snapshot.error().message) << Qt::endl;
        });
        reload.start(1000);
    }
    QSocketNotifier notifier(s_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [] { QCoreApplication::quit(); });
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    const int status = QCoreApplication::exec();
    http.stop();
    tftp.stop();
    proxy.reset();
    recorder.reset(); // writes the last events
    out << stamp() << " stopped" << Qt::endl;
    return status;
}

} // namespace Crashcart::Cli
