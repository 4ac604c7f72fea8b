// SPDX-License-Identifier: GPL-3.0-or-later
#include "netbootservice.h"

#include "neighbours.h"
#include "preflight.h"
#include "rootprovider.h"

#include "dhcp/dhcpserver.h"
#include "dhcp/fullresponder.h"
#include "dhcp/leasepool.h"
#include "syslog/syslogserver.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <optional>

Q_LOGGING_CATEGORY(lcService, "crashcart.netboot.service", QtInfoMsg)

namespace Crashcart::Netboot {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Netboot::NetbootService)
};

// How long HTTP accesses gather before they travel on: two hops between threads per request
// cost more than answering a small one, and the timeline and the log need no finer grain.
constexpr int kAccessDelayMs = 20;

} // namespace

ServiceContent ServiceContent::fromFolders(const QString &tftpRoot, const QString &httpRoot)
{
    ServiceContent content;
    content.tftp = std::make_shared<RootProvider>(tftpRoot);
    content.http = std::make_shared<RootProvider>(httpRoot);
    content.decide = &defaultBootDecision;
    return content;
}

// Owns the servers; every method runs on the worker thread. What the GUI side must learn
// is posted to the service as a functor, so it runs (and the service emits) on its thread.
class NetbootService::Worker final : public QObject
{
public:
    Worker(ServiceContent content, NetbootService *service) : m_service(service), m_content(std::move(content))
    {
        m_accessDelay.setSingleShot(true);
        m_accessDelay.setInterval(kAccessDelayMs);
        connect(&m_accessDelay, &QTimer::timeout, this, &Worker::forwardAccesses);
    }

    void start(ServerKind server, const ServiceConfig &config)
    {
        stop(server, false);
        switch (server) {
        case ServerKind::Tftp: startTftp(config); return;
        case ServerKind::Http: startHttp(config); return;
        case ServerKind::Dhcp: startDhcp(config); return;
        case ServerKind::Syslog: startSyslog(config); return;
        }
    }

    void stop(ServerKind server, bool report)
    {
        switch (server) {
        case ServerKind::Tftp: m_tftp.reset(); break; // ends running transfers, which report it
        case ServerKind::Http:
            if (m_http) {
                m_http->stop(); // waits for libmicrohttpd's threads: every access is in
                forwardAccesses();
            }
            m_http.reset();
            break;
        case ServerKind::Dhcp:
            m_dhcp.reset(); // before the pool its responder uses
            m_leases.reset();
            break;
        case ServerKind::Syslog: m_syslog.reset(); break;
        }
        if (server == ServerKind::Syslog && m_content.serverChanged && m_last)
            m_content.serverChanged(bootServer(*m_last)); // installers booted now get no inst.syslog=
        if (report)
            post([s = m_service, server] { s->setState(server, State::Stopped); Q_EMIT s->stopped(server); });
    }

    void refreshReservations()
    {
        if (m_leases && m_content.reservations)
            m_leases->setReservations(m_content.reservations());
    }

private:
    // HTTP accesses waiting go first: whatever a client did after an answer then reaches the
    // service after that answer (a syslog line that follows a kickstart's GET is known to come
    // from the host that GET named), as it did when each access travelled on its own.
    template<typename F>
    void post(F &&f)
    {
        forwardAccesses();
        QMetaObject::invokeMethod(m_service, std::forward<F>(f), Qt::QueuedConnection);
    }

    // One hop to the service's thread for the accesses waiting; it emits httpAccessed for each.
    void forwardAccesses()
    {
        m_accessDelay.stop();
        QList<Http::Access> batch = m_http ? m_http->takeAccesses() : QList<Http::Access>();
        if (batch.isEmpty())
            return;
        for (Http::Access &access : batch) {
            if (access.mac.isNull())
                access.mac = m_neighbours.lookup(access.client);
        }
        QMetaObject::invokeMethod(m_service, [s = m_service, batch = std::move(batch)] {
            for (const Http::Access &access : batch)
                Q_EMIT s->httpAccessed(access);
        }, Qt::QueuedConnection);
    }

    BootServer bootServer(const ServiceConfig &config) const
    {
        BootServer boot;
        boot.address = advertisedAddress(config);
        boot.tftpPort = m_tftp ? m_tftp->port() : config.tftpPort;
        boot.httpPort = m_http ? m_http->port() : config.httpPort;
        boot.syslogPort = m_syslog ? m_syslog->port() : 0;
        boot.uefi = config.uefi;
        return boot;
    }

    void reportStarted(ServerKind server, quint16 port, const ServiceConfig &config)
    {
        m_last = config;
        if (m_content.serverChanged)
            m_content.serverChanged(bootServer(config));
        post([s = m_service, server, port] { s->setState(server, State::Running, port); Q_EMIT s->started(server, port); });
    }

    // A bind failure names who holds the port where that can be known, and says what to do;
    // otherwise the server's own message (privilege, an address that is not ours) stands.
    void reportFailed(ServerKind server, const Error &error, bool tcp, std::initializer_list<quint16> ports,
                      const QHostAddress &listen)
    {
        if (error.code.endsWith(QLatin1String(".bind"))) {
            for (quint16 port : ports) {
                const QString holders = port ? describePortHolders(tcp, port, listen) : QString();
                if (!holders.isEmpty()) {
                    return reportFailed(server, Tr::tr("The %1 server cannot listen on %2 port %3: %4 holds it. Stop that "
                                                       "program, or choose another port.")
                                                    .arg(serverName(server), listen.toString())
                                                    .arg(port)
                                                    .arg(holders));
                }
            }
        }
        reportFailed(server, error.message);
    }

    void reportFailed(ServerKind server, const QString &message)
    {
        qCDebug(lcService) << serverName(server) << "failed:" << message;
        post([s = m_service, server, message] { s->setState(server, State::Stopped); Q_EMIT s->failed(server, message); });
    }

    void startTftp(const ServiceConfig &config)
    {
        if (!m_content.tftp)
            return reportFailed(ServerKind::Tftp, Tr::tr("There is nothing to serve over TFTP"));
        Tftp::ServerConfig tftpConfig;
        tftpConfig.address = config.listen;
        tftpConfig.port = config.tftpPort;
        auto server = std::make_unique<Tftp::Server>(*m_content.tftp, tftpConfig);
        // Ids restart with each server object; the generation keeps them unique for the GUI.
        const quint64 generation = ++m_generation << 40;
        connect(server.get(), &Tftp::Server::transferStarted, this, [this, generation](Tftp::TransferInfo info) {
            info.id |= generation;
            const MacAddress mac = m_neighbours.lookup(info.client);
            post([s = m_service, info, mac] { Q_EMIT s->transferStarted(info, mac); });
        });
        connect(server.get(), &Tftp::Server::transferProgress, this,
                [this, generation](quint64 id, qint64 bytes, qint64 size, int retransmits) {
                    post([s = m_service, id = id | generation, bytes, size, retransmits] {
                        Q_EMIT s->transferProgress(id, bytes, size, retransmits);
                    });
                });
        connect(server.get(), &Tftp::Server::transferFinished, this,
                [this, generation](quint64 id, bool ok, const QString &message, qint64 bytes, qint64 ms, int retransmits,
                                   qint64 windows) {
                    post([s = m_service, id = id | generation, ok, message, bytes, ms, retransmits, windows] {
                        Q_EMIT s->transferFinished(id, ok, message, bytes, ms, retransmits, windows);
                    });
                });
        connect(server.get(), &Tftp::Server::requestRefused, this,
                [this](const QHostAddress &client, const QString &file, const QString &reason) {
                    post([s = m_service, client, mac = m_neighbours.lookup(client), file, reason] {
                        Q_EMIT s->requestRefused(client, mac, file, reason);
                    });
                });
        if (auto r = server->start(); !r)
            return reportFailed(ServerKind::Tftp, r.error(), false, { config.tftpPort }, config.listen);
        m_tftp = std::move(server);
        reportStarted(ServerKind::Tftp, m_tftp->port(), config);
    }

    void startHttp(const ServiceConfig &config)
    {
        if (!m_content.http)
            return reportFailed(ServerKind::Http, Tr::tr("There is nothing to serve over HTTP"));
        Http::ServerConfig httpConfig;
        httpConfig.address = config.listen;
        httpConfig.port = config.httpPort;
        auto server = std::make_unique<Http::Server>(*m_content.http, httpConfig);
        server->setPostHandler(m_content.post.get());
        // Noticed on libmicrohttpd's threads, taken here (where the neighbour cache lives) a
        // moment later, or as soon as anything else travels on. A notice still queued when its
        // server has gone finds nothing, or the next server's accesses a moment early.
        connect(server.get(), &Http::Server::accessesPending, this, [this] {
            if (!m_accessDelay.isActive())
                m_accessDelay.start();
        }, Qt::QueuedConnection);
        // Without the delay: the callback's effects come after what was answered before it.
        connect(server.get(), &Http::Server::accessesDue, this, &Worker::forwardAccesses, Qt::QueuedConnection);
        if (auto r = server->start(); !r)
            return reportFailed(ServerKind::Http, r.error(), true, { config.httpPort }, config.listen);
        m_http = std::move(server);
        reportStarted(ServerKind::Http, m_http->port(), config);
    }

    void startDhcp(const ServiceConfig &config)
    {
        if (config.dhcpMode == DhcpMode::Off)
            return reportFailed(ServerKind::Dhcp, Tr::tr("DHCP is off: choose proxy mode to answer PXE clients"));
        // Full DHCP hands out addresses: on a network with a DHCP server of its own it would
        // fight it. Only on the one interface chosen, with a pool that lies in its subnet.
        std::unique_ptr<Dhcp::LeasePool> leases;
        if (config.dhcpMode == DhcpMode::Full) {
            auto pool = poolOnInterface(config.interface, config.pool);
            if (!pool)
                return reportFailed(ServerKind::Dhcp, pool.error().message);
            leases = std::make_unique<Dhcp::LeasePool>(*pool);
            if (auto r = leases->load(); !r)
                return reportFailed(ServerKind::Dhcp, r.error().message);
            if (m_content.reservations)
                leases->setReservations(m_content.reservations());
        }
        const BootServer boot = bootServer(config);
        Dhcp::ServerConfig dhcpConfig;
        // DHCP clients have no address yet: they broadcast, and a socket bound to one unicast
        // address never hears them. So DHCP listens on every address (only on the interface
        // when one is chosen) and the listen address is what clients are told to boot from.
        // Loopback stays loopback: nothing on a network is answered.
        dhcpConfig.listen = config.listen.isLoopback() ? config.listen : QHostAddress(QHostAddress::AnyIPv4);
        dhcpConfig.dhcpPort = config.dhcpPort;
        dhcpConfig.pxePort = config.pxePort;
        dhcpConfig.interface = config.interface;
        dhcpConfig.advertised = boot.address;
        auto decide = m_content.decide ? m_content.decide(boot) : defaultBootDecision(boot);
        auto server = std::make_unique<Dhcp::Server>(decide, dhcpConfig);
        if (leases)
            server->setFullResponder(std::make_shared<Dhcp::FullResponder>(boot.address, *leases, decide));
        connect(server.get(), &Dhcp::Server::answered, this,
                [this](const MacAddress &mac, int architecture, const QByteArray &file, bool pxePort) {
                    post([s = m_service, mac, architecture, file, pxePort] { Q_EMIT s->dhcpAnswered(mac, architecture, file, pxePort); });
                });
        connect(server.get(), &Dhcp::Server::ignored, this, [this](const QHostAddress &from, const QString &reason) {
            post([s = m_service, from, reason] { Q_EMIT s->dhcpIgnored(from, reason); });
        });
        connect(server.get(), &Dhcp::Server::leased, this, [this](const MacAddress &mac, const QHostAddress &address, bool ack) {
            const QString saveError = ack && m_leases ? m_leases->saveError() : QString();
            post([s = m_service, mac, address, ack, saveError] {
                Q_EMIT s->dhcpLeased(mac, address, ack);
                if (!saveError.isEmpty())
                    Q_EMIT s->warning(ServerKind::Dhcp, saveError);
            });
        });
        if (auto r = server->start(); !r)
            return reportFailed(ServerKind::Dhcp, r.error(), false, { config.dhcpPort, config.pxePort }, dhcpConfig.listen);
        m_leases = std::move(leases);
        m_dhcp = std::move(server);
        post([s = m_service, d = m_dhcp->dhcpPort(), p = m_dhcp->pxePort(), a = boot.address] { Q_EMIT s->dhcpListening(d, p, a); });
        reportStarted(ServerKind::Dhcp, m_dhcp->dhcpPort(), config);
    }

    void startSyslog(const ServiceConfig &config)
    {
        Syslog::ServerConfig syslogConfig;
        syslogConfig.address = config.listen;
        syslogConfig.port = config.syslogPort;
        auto server = std::make_unique<Syslog::Server>(syslogConfig);
        connect(server.get(), &Syslog::Server::received, this, [this](const QHostAddress &from, const Syslog::Message &message) {
            post([s = m_service, from, mac = m_neighbours.lookup(from), message] { Q_EMIT s->syslogReceived(from, mac, message); });
        });
        connect(server.get(), &Syslog::Server::ignored, this, [this](const QHostAddress &from, const QString &reason) {
            post([s = m_service, from, reason] { Q_EMIT s->syslogIgnored(from, reason); });
        });
        if (auto r = server->start(); !r) {
            const bool tcp = r.error().code.startsWith(QLatin1String("syslog.tcp"));
            return reportFailed(ServerKind::Syslog, r.error(), tcp, { config.syslogPort }, config.listen);
        }
        m_syslog = std::move(server);
        reportStarted(ServerKind::Syslog, m_syslog->port(), config);
    }

    NetbootService *m_service;
    ServiceContent m_content;
    std::unique_ptr<Tftp::Server> m_tftp;
    std::unique_ptr<Http::Server> m_http;
    std::unique_ptr<Dhcp::LeasePool> m_leases; // full DHCP only; outlives m_dhcp, which uses it
    std::unique_ptr<Dhcp::Server> m_dhcp;
    std::unique_ptr<Syslog::Server> m_syslog;
    std::optional<ServiceConfig> m_last; // what the last server started with, for serverChanged
    quint64 m_generation = 0;
    NeighbourCache m_neighbours;
    QTimer m_accessDelay { this }; // moves to the worker's thread with it
};

NetbootService::NetbootService(ServiceContent content, QObject *parent)
    : QObject(parent), m_thread(std::make_unique<QThread>())
{
    qRegisterMetaType<ServerKind>();
    qRegisterMetaType<Tftp::TransferInfo>();
    qRegisterMetaType<Http::Access>();
    qRegisterMetaType<MacAddress>();
    qRegisterMetaType<Syslog::Message>();
    m_thread->setObjectName(QStringLiteral("netboot"));
    m_worker = new Worker(std::move(content), this);
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
}

NetbootService::~NetbootService()
{
    // The servers go on the thread they live on; the worker (no children left) after it ended.
    QMetaObject::invokeMethod(m_worker, [w = m_worker] {
        for (int s = 0; s < ServerKindCount; ++s)
            w->stop(ServerKind(s), false);
    }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void NetbootService::start(ServerKind server, const ServiceConfig &config)
{
    setState(server, State::Starting);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, server, config] { w->start(server, config); }, Qt::QueuedConnection);
}

void NetbootService::stop(ServerKind server)
{
    if (state(server) == State::Stopped)
        return;
    setState(server, State::Stopping, port(server));
    QMetaObject::invokeMethod(m_worker, [w = m_worker, server] { w->stop(server, true); }, Qt::QueuedConnection);
}

void NetbootService::stopAll()
{
    for (int s = 0; s < ServerKindCount; ++s)
        stop(ServerKind(s));
}

void NetbootService::refreshReservations()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->refreshReservations(); }, Qt::QueuedConnection);
}

void NetbootService::setState(ServerKind server, State state, quint16 port)
{
    m_state[size_t(server)] = state;
    m_port[size_t(server)] = port;
}

} // namespace Crashcart::Netboot
