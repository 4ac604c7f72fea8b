// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight.h"

#include "bindhint.h"
#include "bootloaders.h"
#include "portowners.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkInterface>
#include <QTimer>

#include <pwd.h>
#include <unistd.h>

namespace Crashcart::Netboot {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Netboot::Preflight)
};

using Severity = Finding::Severity;

struct PlannedPort
{
    ServerKind server;
    bool tcp;
    quint16 port;
    QString setting; // where the user picks another one
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isWildcard(const QHostAddress &a)
{
    return a.isNull() || a == QHostAddress(QHostAddress::AnyIPv4) || a == QHostAddress(QHostAddress::AnyIPv6);
}

// Whether a socket bound to |theirs| keeps us from binding |ours| on the same port. An IPv6
// wildcard socket is taken to be dual-stack (Linux's default).
bool overlaps(const QHostAddress &ours, QHostAddress theirs)
{
    if (theirs.protocol() == QAbstractSocket::IPv6Protocol && theirs != QHostAddress(QHostAddress::AnyIPv6)) {
        bool mapped = false;
        const quint32 v4 = theirs.toIPv4Address(&mapped);
        if (mapped)
            theirs = QHostAddress(v4);
    }
    if (theirs == QHostAddress(QHostAddress::AnyIPv6) || ours == QHostAddress(QHostAddress::AnyIPv6) || ours.isNull())
        return true;
    if (ours.protocol() != theirs.protocol())
        return false;
    return isWildcard(ours) || isWildcard(theirs) || ours == theirs;
}

QString userName(uint uid)
{
    const passwd *pw = ::getpwuid(uid);
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(uid);
}

QString protocolName(bool tcp)
{
    return tcp ? QStringLiteral("TCP") : QStringLiteral("UDP");
}

QList<SocketEntry> socketsOn(const QString &procRoot, bool tcp, quint16 port, const QHostAddress &ours)
{
    QList<SocketEntry> found;
    static const char *const tcpFiles[] = { "tcp", "tcp6" };
    static const char *const udpFiles[] = { "udp", "udp6" };
    for (const char *file : tcp ? tcpFiles : udpFiles) {
        const QList<SocketEntry> entries = parseProcNetSockets(readFile(procRoot + QLatin1String("/net/") + QLatin1String(file)));
        for (const SocketEntry &e : entries) {
            if (e.port == port && (!tcp || e.state == TcpListen) && overlaps(ours, e.address))
                found.append(e);
        }
    }
    return found;
}

// "in.tftpd (process 812)", or who it must be when the process cannot be seen.
QString ownerText(const SocketEntry &entry, const OwnerScan &scan, const SystemView &system)
{
    if (const auto it = scan.owners.constFind(entry.inode); it != scan.owners.constEnd())
        return Tr::tr("%1 (process %2)").arg(it->name.isEmpty() ? Tr::tr("a program") : it->name).arg(it->pid);
    if (entry.uid != system.uid && scan.incomplete)
        return Tr::tr("a process of another user (%1), whose name only an administrator can see").arg(userName(entry.uid));
    return Tr::tr("a process that could not be identified (user %1)").arg(userName(entry.uid));
}

void checkPorts(const QList<PlannedPort> &planned, const PreflightRequest &request, const SystemView &system,
                QList<Finding> *findings)
{
    bool unprivOk = false;
    int unprivilegedStart = readFile(system.procRoot + QLatin1String("/sys/net/ipv4/ip_unprivileged_port_start")).trimmed().toInt(&unprivOk);
    if (!unprivOk)
        unprivilegedStart = 1024;
    const bool mayBindLow = hasEffectiveCapability(readFile(system.procRoot + QLatin1String("/self/status")), CapNetBindService);

    QList<QPair<PlannedPort, SocketEntry>> taken;
    QSet<quint64> inodes;
    for (const PlannedPort &p : planned) {
        if (p.port == 0)
            continue; // any free port
        if (p.port < unprivilegedStart && !mayBindLow) {
            findings->append({ Severity::Problem, p.server,
                               Tr::tr("%1 port %2 is privileged, and this program may not bind it").arg(serverName(p.server)).arg(p.port),
                               bindFailureHint(p.port, p.setting) });
        }
        for (const SocketEntry &e : socketsOn(system.procRoot, p.tcp, p.port, request.config.listen)) {
            taken.append({ p, e });
            inodes.insert(e.inode);
        }
    }
    if (taken.isEmpty())
        return;
    const OwnerScan scan = findSocketOwners(system.procRoot, inodes);
    QSet<QString> said;
    for (const auto &[p, e] : std::as_const(taken)) {
        const auto owner = scan.owners.constFind(e.inode);
        const bool ours = owner != scan.owners.constEnd() && owner->pid == system.pid;
        const QString who = ownerText(e, scan, system);
        const QString key = QString::number(p.port) + protocolName(p.tcp) + who;
        if (said.contains(key))
            continue; // IPv4 and IPv6 sockets of one program
        said.insert(key);
        if (ours) {
            findings->append({ Severity::Notice, p.server,
                               Tr::tr("%1 port %2 is in use by this Crashcart: its %3 server is running")
                                   .arg(protocolName(p.tcp)).arg(p.port).arg(serverName(p.server)),
                               Tr::tr("Stop it before starting it with other settings.") });
            continue;
        }
        // proxyDHCP shares its ports (a DHCP server on this machine may hold 67 too); the others cannot.
        const bool shared = p.server == ServerKind::Dhcp;
        findings->append({ shared ? Severity::Warning : Severity::Problem, p.server,
                           Tr::tr("%1 port %2 on %3 is taken by %4")
                               .arg(protocolName(p.tcp)).arg(p.port).arg(e.address.toString(), who),
                           shared ? Tr::tr("Both will receive the DHCP broadcasts. If that program answers PXE clients "
                                           "too, stop it, or machines may boot from it instead.")
                                  : Tr::tr("Stop that program, or choose another port in %1.").arg(p.setting) });
    }
}

void checkAddresses(const PreflightRequest &request, const SystemView &system, QList<Finding> *findings)
{
    const QHostAddress &listen = request.config.listen;
    if (!isWildcard(listen) && !listen.isLoopback() && !system.localAddresses.contains(listen)) {
        findings->append({ Severity::Problem, std::nullopt,
                           Tr::tr("%1 is not an address of this machine: the servers cannot listen on it").arg(listen.toString()),
                           Tr::tr("Choose one of the interface's addresses, or 0.0.0.0 for all of them.") });
    }
    if (!request.dhcp)
        return;
    if (request.config.dhcpMode == DhcpMode::Full) {
        // The same check the service makes when DHCP starts, said before the user presses Start.
        if (auto pool = poolOnInterface(request.config.interface, request.config.pool); !pool) {
            findings->append({ Severity::Problem, ServerKind::Dhcp, Tr::tr("Full DHCP cannot start: %1").arg(pool.error().message),
                               Tr::tr("Full DHCP needs the lab network's interface and a pool in its subnet.") });
        }
    }
    const QString name = request.config.interface;
    if (name.isEmpty()) {
        findings->append({ Severity::Notice, ServerKind::Dhcp, Tr::tr("No interface chosen: DHCP answers on every interface"),
                           Tr::tr("Choose the interface that faces the machines to install, so other networks are left alone.") });
    } else {
        const QNetworkInterface iface = QNetworkInterface::interfaceFromName(name);
        if (!iface.isValid()) {
            findings->append({ Severity::Problem, ServerKind::Dhcp, Tr::tr("There is no interface %1").arg(name),
                               Tr::tr("Choose another interface.") });
            return;
        }
        if (!iface.flags().testFlag(QNetworkInterface::IsUp) || !iface.flags().testFlag(QNetworkInterface::IsRunning)) {
            findings->append({ Severity::Warning, ServerKind::Dhcp, Tr::tr("The interface %1 is down or has no link").arg(name),
                               Tr::tr("Plug in the cable, or bring the interface up (ip link set %1 up).").arg(name) });
        }
    }
    if (advertisedAddress(request.config).isNull()) {
        findings->append({ Severity::Problem, ServerKind::Dhcp,
                           Tr::tr("There is no IPv4 address to tell PXE clients to boot from"),
                           Tr::tr("Give the interface an IPv4 address, or enter one as the listen address.") });
    }
}

} // namespace

SystemView SystemView::current()
{
    SystemView v;
    v.uid = ::getuid();
    v.pid = QCoreApplication::applicationPid();
    v.localAddresses = QNetworkInterface::allAddresses();
    return v;
}

QString describePortHolders(bool tcp, quint16 port, const QHostAddress &listen, const SystemView &system)
{
    const QList<SocketEntry> entries = socketsOn(system.procRoot, tcp, port, listen);
    QSet<quint64> inodes;
    for (const SocketEntry &e : entries)
        inodes.insert(e.inode);
    const OwnerScan scan = findSocketOwners(system.procRoot, inodes);
    QStringList who;
    for (const SocketEntry &e : entries) {
        const QString text = ownerText(e, scan, system);
        if (!who.contains(text))
            who.append(text);
    }
    return who.join(QLatin1String(", "));
}

QList<Finding> checkLocal(const PreflightRequest &request, const SystemView &system)
{
    QList<Finding> findings;
    checkAddresses(request, system, &findings);
    QList<PlannedPort> planned;
    if (request.tftp)
        planned.append({ ServerKind::Tftp, false, request.config.tftpPort, Tr::tr("the TFTP port field") });
    if (request.http)
        planned.append({ ServerKind::Http, true, request.config.httpPort, Tr::tr("the HTTP port field") });
    if (request.dhcp) {
        planned.append({ ServerKind::Dhcp, false, request.config.dhcpPort, Tr::tr("the DHCP port field") });
        planned.append({ ServerKind::Dhcp, false, request.config.pxePort, Tr::tr("the PXE port field") });
    }
    if (request.syslog) {
        planned.append({ ServerKind::Syslog, false, request.config.syslogPort, Tr::tr("the syslog port field") });
        planned.append({ ServerKind::Syslog, true, request.config.syslogPort, Tr::tr("the syslog port field") });
    }
    checkPorts(planned, request, system, &findings);
    if ((request.tftp || request.dhcp) && !request.tftpRoot.isEmpty()) {
        for (const MissingBootloader &m : missingBootloaders(request.tftpRoot, request.config.uefi, system.systemPrefix)) {
            findings.append({ Severity::Warning, ServerKind::Tftp,
                              Tr::tr("%1 is missing from the TFTP folder: %2 machines cannot boot").arg(m.loader.file, m.loader.firmware),
                              adviceFor(m, request.tftpRoot) });
        }
    }
    return findings;
}

QList<Finding> dhcpFindings(const PreflightRequest &request, bool checked, const QString &reason,
                            const QList<DhcpOffer> &offers, const SystemView &system)
{
    QList<Finding> findings;
    const bool full = request.config.dhcpMode == DhcpMode::Full;
    if (!checked) {
        QString advice = Tr::tr("The check listens on UDP port 68 (privileged, and a DHCP client of this machine may hold it) "
                                "and sends on the chosen interface. The servers do not depend on it.");
        const QList<SocketEntry> holders = socketsOn(system.procRoot, false, 68, QHostAddress(QHostAddress::AnyIPv4));
        if (!holders.isEmpty()) {
            QSet<quint64> inodes;
            for (const SocketEntry &e : holders)
                inodes.insert(e.inode);
            advice += u' ' + Tr::tr("Port 68 is held by %1.").arg(ownerText(holders.first(), findSocketOwners(system.procRoot, inodes), system));
        }
        findings.append({ Severity::Warning, ServerKind::Dhcp, Tr::tr("Could not check for other DHCP servers: %1").arg(reason), advice });
        return findings;
    }
    bool addressOffered = false;
    for (const DhcpOffer &o : offers) {
        const bool local = system.localAddresses.contains(o.server) || system.localAddresses.contains(o.from);
        const QString server = o.server.toString();
        if (local) {
            findings.append({ Severity::Notice, ServerKind::Dhcp, Tr::tr("This machine answers PXE clients (%1)").arg(server),
                             Tr::tr("Expected while Crashcart's DHCP server runs; otherwise another server on this "
                                    "machine (dnsmasq, for instance) answers them.") });
            continue;
        }
        if (o.pxe) {
            const QString file = o.bootFile.isEmpty() ? QString() : QString::fromLatin1(o.bootFile.left(128));
            findings.append({ Severity::Warning, ServerKind::Dhcp,
                              file.isEmpty() ? Tr::tr("Another PXE server answers on this network: %1").arg(server)
                                             : Tr::tr("Another PXE server answers on this network: %1 (boot file %2)").arg(server, file),
                              Tr::tr("PXE clients take the first answer they get, which may not be Crashcart's. Turn PXE "
                                     "off on that server for these machines, or use a separate network.") });
        }
        if (!o.offered.isNull()) {
            addressOffered = true;
            if (full) {
                findings.append({ Severity::Problem, ServerKind::Dhcp,
                                  Tr::tr("The DHCP server %1 already hands out addresses on this network").arg(server),
                                  Tr::tr("Full DHCP must only run on an isolated network; use proxy mode here.") });
            } else {
                findings.append({ Severity::Ok, ServerKind::Dhcp,
                                  Tr::tr("The site's DHCP server %1 hands out addresses (it offered %2)").arg(server, o.offered.toString()),
                                  Tr::tr("proxyDHCP adds the boot information next to it.") });
            }
        }
    }
    if (!addressOffered) {
        if (full) {
            findings.append({ Severity::Ok, ServerKind::Dhcp, Tr::tr("No other DHCP server answered: the network looks isolated"), QString() });
        } else {
            findings.append({ Severity::Warning, ServerKind::Dhcp, Tr::tr("No DHCP server offered an address"),
                              Tr::tr("In proxy mode the machines get their address from the site's DHCP server, and none "
                                     "answered. Check the interface and the cable, or use full DHCP on an isolated network.") });
        }
    }
    return findings;
}

Preflight::Preflight(QObject *parent) : QObject(parent), m_probe(new DhcpProbe(this))
{
    connect(m_probe, &DhcpProbe::finished, this, [this](bool checked, const QString &reason, const QList<DhcpOffer> &offers) {
        m_findings += dhcpFindings(m_request, checked, reason, offers);
        m_running = false;
        Q_EMIT finished(m_findings);
    });
}

void Preflight::run(const PreflightRequest &request, const DhcpProbe::Options &probe)
{
    if (m_running)
        return;
    m_running = true;
    m_request = request;
    m_findings = checkLocal(request);
    if (request.dhcp && request.config.dhcpMode != DhcpMode::Off) {
        DhcpProbe::Options options = probe;
        if (options.interface.isEmpty())
            options.interface = request.config.interface;
        m_probe->start(options);
        return;
    }
    QTimer::singleShot(0, this, [this] {
        m_running = false;
        Q_EMIT finished(m_findings);
    });
}

} // namespace Crashcart::Netboot
