// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "defaultboot.h"
#include "serviceconfig.h"

#include "common/macaddress.h"
#include "http/httpserver.h"
#include "syslog/syslogmessage.h"
#include "tftp/tftpserver.h"

#include <QHash>
#include <QObject>

#include <array>
#include <functional>
#include <memory>

class QThread;

namespace Crashcart::Netboot {

class ContentProvider;

// What the servers hand out, supplied by whoever creates the service. Everything here is
// called on the service's worker thread (and the HTTP provider on libmicrohttpd's threads),
// never on the creator's.
struct ServiceContent
{
    std::shared_ptr<ContentProvider> tftp;
    std::shared_ptr<ContentProvider> http;
    // Optional: who answers POST over HTTP (the installers' callbacks); called on HTTP threads.
    std::shared_ptr<Http::PostHandler> post;
    // Builds proxyDHCP's "what does MAC X boot?" once the servers' address and ports are known.
    std::function<Dhcp::ProxyResponder::Decide(const BootServer &)> decide;
    // Optional: told where the servers can be reached each time one starts (generated
    // configs and URLs name the address and the HTTP port the system picked).
    std::function<void(const BootServer &)> serverChanged;
    // Optional: full DHCP's reservations (MAC -> the IP the inventory gives it), asked when
    // DHCP starts and on NetbootService::refreshReservations().
    std::function<QHash<MacAddress, QHostAddress>()> reservations;

    // Plain folders (a workspace's tftp/ and http/) and defaultBootDecision().
    static ServiceContent fromFolders(const QString &tftpRoot, const QString &httpRoot);
};

// Runs the TFTP, HTTP, DHCP and syslog servers on a worker thread of its own; each is started and
// stopped separately. Results and every server event come back as signals emitted on the
// thread that created the service (the GUI's), with the host's MAC where it can be known
// (DHCP and Anaconda's headers say it; otherwise the kernel's neighbour table).
class NetbootService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetbootService)

public:
    explicit NetbootService(ServiceContent content, QObject *parent = nullptr);
    // Stops the servers, then quits and joins the worker thread.
    ~NetbootService() override;

    // Asynchronous: answered by started() or failed(). Starting a running server restarts it
    // with |config|.
    void start(ServerKind server, const ServiceConfig &config);
    // Asynchronous: answered by stopped(); running TFTP transfers end as failed ("stopped").
    void stop(ServerKind server);
    void stopAll();
    // Full DHCP asks ServiceContent::reservations again (the inventory changed).
    void refreshReservations();

    enum class State { Stopped, Starting, Running, Stopping };
    State state(ServerKind server) const { return m_state[size_t(server)]; }
    bool isRunning(ServerKind server) const { return state(server) == State::Running; }
    quint16 port(ServerKind server) const { return m_port[size_t(server)]; }

Q_SIGNALS:
    // |port| is the port bound (the DHCP port for DHCP; see dhcpListening for both).
    void started(Crashcart::Netboot::ServerKind server, quint16 port);
    void failed(Crashcart::Netboot::ServerKind server, const QString &message);
    void stopped(Crashcart::Netboot::ServerKind server);
    void dhcpListening(quint16 dhcpPort, quint16 pxePort, const QHostAddress &bootServer);

    // Transfer ids are unique for the service's lifetime, across restarts of the TFTP server.
    void transferStarted(const Crashcart::Netboot::Tftp::TransferInfo &info, const Crashcart::MacAddress &mac);
    void transferProgress(quint64 id, qint64 bytes, qint64 size, int retransmits);
    void transferFinished(quint64 id, bool ok, const QString &message, qint64 bytes, qint64 elapsedMs, int retransmits,
                          qint64 windows);
    void requestRefused(const QHostAddress &client, const Crashcart::MacAddress &mac, const QString &file,
                        const QString &reason);
    void httpAccessed(const Crashcart::Netboot::Http::Access &access);
    void dhcpAnswered(const Crashcart::MacAddress &mac, int architecture, const QByteArray &file, bool pxePort);
    void dhcpIgnored(const QHostAddress &from, const QString &reason);
    // Full DHCP: |address| offered to |mac| (ack false) or leased to it (ack true).
    void dhcpLeased(const Crashcart::MacAddress &mac, const QHostAddress &address, bool ack);
    // A syslog message (UDP or TCP) from |from|; |mac| from the kernel's neighbour table, or null.
    void syslogReceived(const QHostAddress &from, const Crashcart::MacAddress &mac,
                        const Crashcart::Netboot::Syslog::Message &message);
    void syslogIgnored(const QHostAddress &from, const QString &reason);
    // Something a running server could not do that the user should know (a lease file
    // that cannot be written).
    void warning(Crashcart::Netboot::ServerKind server, const QString &message);

private:
    class Worker;
    void setState(ServerKind server, State state, quint16 port = 0);

    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr; // lives on m_thread; deleted there
    std::array<State, ServerKindCount> m_state {};
    std::array<quint16, ServerKindCount> m_port {};
};

} // namespace Crashcart::Netboot
