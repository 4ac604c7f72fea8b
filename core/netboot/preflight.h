// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dhcpprobe.h"
#include "serviceconfig.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace Crashcart::Netboot {

// One thing the pre-flight check found, with what to do about it.
struct Finding
{
    enum class Severity { Ok, Notice, Warning, Problem };
    Severity severity = Severity::Notice;
    std::optional<ServerKind> server; // none: about the machine or the segment
    QString message;
    QString advice;
};

struct PreflightRequest
{
    ServiceConfig config;
    bool tftp = true;
    bool http = true;
    bool dhcp = false; // as config.dhcpMode says, unless the caller checks fewer servers
    bool syslog = false; // off unless asked for, as the server is
    QString tftpRoot;
};

// Where the checks look: the real system by default, fixtures in tests.
struct SystemView
{
    QString procRoot = QStringLiteral("/proc");
    QString systemPrefix;   // before the bootloaders' system paths
    uint uid = 0;           // ours; the constructor of a default view fills in the real one
    qint64 pid = 0;
    QList<QHostAddress> localAddresses;
    static SystemView current();
};

// The checks that need no network traffic: ports taken (and by which process), privileged
// ports without CAP_NET_BIND_SERVICE, the listen address and interface, missing boot loaders.
// Quick (it reads /proc), so it runs where it is called.
QList<Finding> checkLocal(const PreflightRequest &request, const SystemView &system = SystemView::current());
// Who holds |port| (a listening TCP socket, or any UDP one) on an address that overlaps
// |listen|: "in.tftpd (process 812)", several joined by commas, or empty when nobody does.
QString describePortHolders(bool tcp, quint16 port, const QHostAddress &listen,
                            const SystemView &system = SystemView::current());
// What the DHCP probe's answer means for the mode chosen.
QList<Finding> dhcpFindings(const PreflightRequest &request, bool checked, const QString &reason,
                            const QList<DhcpOffer> &offers, const SystemView &system = SystemView::current());

// Runs the local checks, then (when DHCP is chosen) asks the segment who else answers PXE
// clients for about six seconds, and reports everything at once.
class Preflight final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Preflight)

public:
    explicit Preflight(QObject *parent = nullptr);

    void run(const PreflightRequest &request, const DhcpProbe::Options &probe = {});
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const QList<Crashcart::Netboot::Finding> &findings);

private:
    DhcpProbe *m_probe = nullptr;
    PreflightRequest m_request;
    QList<Finding> m_findings;
    bool m_running = false;
};

} // namespace Crashcart::Netboot
