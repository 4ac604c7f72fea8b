// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryboot.h"

#include "bootcontent.h"
#include "eventrecorder.h"
#include "hostkickstart.h"
#include "snapshot.h"

#include "common/workspace.h"
#include "install/installrepository.h"
#include "install/installtracker.h"
#include "inventory/database.h"
#include "netboot/rootprovider.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcInventoryBoot, "crashcart.bootconfig.inventoryboot", QtInfoMsg)

namespace Crashcart::BootConfig {

// What the servers' threads share with this object: the snapshot and the providers.
struct InventoryBoot::Shared
{
    Shared(const Workspace &workspace, const Settings &settings)
        : settings(settings), tftpFiles(workspace.tftpRoot()), httpFiles(workspace.httpRoot()),
          tftp(snapshots, settings, { &tftpFiles }), http(snapshots, settings, { &httpFiles, &tftpFiles })
    {
    }

    const Settings settings;
    SnapshotHolder snapshots;
    Netboot::RootProvider tftpFiles;
    Netboot::RootProvider httpFiles;
    BootContentProvider tftp;
    BootContentProvider http;
};

InventoryBoot::InventoryBoot(Inventory::Database &db, const Workspace &workspace, UnknownHosts unknown, QObject *parent)
    : QObject(parent), m_db(db)
{
    Settings settings;
    settings.unknown = unknown;
    settings.fileBase = workspace.path();
    settings.snippetFolder = workspace.snippetsDir();
    const Kickstart::ServerEndpoint initial = serverEndpoint(Netboot::ServiceConfig());
    settings.serverAddress = initial.address;
    settings.httpPort = initial.httpPort;
    settings.tftpPort = initial.tftpPort;
    m_shared = std::make_shared<Shared>(workspace, settings);
    m_recorder = std::make_unique<EventRecorder>(db, m_shared->snapshots);
    // Hosts armed before installs were recorded get one, so their callbacks have a token.
    if (auto adopted = Crashcart::Install::InstallRepository(db).adoptArmedHosts(); !adopted)
        qCWarning(lcInventoryBoot) << "armed hosts not adopted:" << adopted.error().message;
    m_tracker = std::make_unique<Crashcart::Install::InstallTracker>(db);
    m_callbacks = std::make_shared<Crashcart::Install::CallbackEndpoint>(m_tracker.get());
    connect(m_recorder.get(), &EventRecorder::written, m_tracker.get(), &Crashcart::Install::InstallTracker::noteActivity);
    // An install that ended changes what its host boots: read the inventory again before the
    // installer hears 200 (the tracker emits before it answers), so the reboot boots the disk.
    connect(m_tracker.get(), &Crashcart::Install::InstallTracker::ended, this, [this] { (void)reload(); });
    connect(m_tracker.get(), &Crashcart::Install::InstallTracker::changed, this, &InventoryBoot::installsChanged);
    m_reload.setSingleShot(true);
    m_reload.setInterval(50);
    connect(&m_reload, &QTimer::timeout, this, [this] { (void)reload(); }); // reloadFailed says it
    connect(&m_watch, &QTimer::timeout, this, [this] {
        const qint64 version = m_db.dataVersion();
        if (version != m_seenVersion)
            (void)reload();
    });
}

InventoryBoot::~InventoryBoot()
{
    // The last events while the tracker still hears of them (a first boot event starts an install).
    m_recorder->flush();
}

Result<void> InventoryBoot::reload()
{
    m_reload.stop();
    m_seenVersion = m_db.dataVersion();
    auto snapshot = Snapshot::load(m_db);
    if (!snapshot) {
        qCWarning(lcInventoryBoot) << "inventory not read:" << snapshot.error().message;
        Q_EMIT reloadFailed(snapshot.error().message);
        return snapshot.error();
    }
    m_shared->snapshots.set(*snapshot);
    Q_EMIT reloaded();
    return {};
}

void InventoryBoot::scheduleReload()
{
    if (!m_reload.isActive())
        m_reload.start();
}

void InventoryBoot::watch(int intervalMs)
{
    m_seenVersion = m_db.dataVersion();
    m_watch.start(intervalMs);
    m_tracker->watchTimeouts();
}

Kickstart::ServerEndpoint InventoryBoot::endpoint() const
{
    const Settings now = m_shared->http.settings();
    return { now.serverAddress, now.httpPort, now.tftpPort };
}

std::shared_ptr<const Snapshot> InventoryBoot::snapshot() const
{
    return m_shared->snapshots.get();
}

Netboot::ServiceContent InventoryBoot::content() const
{
    const std::shared_ptr<Shared> shared = m_shared;
    Netboot::ServiceContent c;
    c.tftp = std::shared_ptr<Netboot::ContentProvider>(shared, &shared->tftp);
    c.http = std::shared_ptr<Netboot::ContentProvider>(shared, &shared->http);
    c.decide = [shared](const Netboot::BootServer &server) -> Netboot::Dhcp::ProxyResponder::Decide {
        Settings settings = shared->settings;
        settings.serverAddress = server.address.toString();
        settings.httpPort = server.httpPort;
        settings.tftpPort = server.tftpPort;
        settings.uefi = server.uefi;
        return [shared, settings](const Netboot::Dhcp::BootQuestion &q) { return decide(*shared->snapshots.get(), settings, q); };
    };
    c.serverChanged = [shared](const Netboot::BootServer &server) {
        const QString address = server.address.toString();
        for (BootContentProvider *p : { &shared->tftp, &shared->http }) {
            p->setServerAddress(address);
            p->setHttpPort(server.httpPort);
            p->setTftpPort(server.tftpPort);
            p->setSyslogPort(server.syslogPort);
        }
    };
    c.reservations = [shared] { return shared->snapshots.get()->addresses(); };
    c.post = m_callbacks;
    return c;
}

void InventoryBoot::attach(Netboot::NetbootService &service)
{
    using Netboot::NetbootService;
    EventRecorder *r = m_recorder.get();
    connect(&service, &NetbootService::dhcpAnswered, r, &EventRecorder::dhcpAnswered);
    connect(&service, &NetbootService::dhcpLeased, r, [r](const MacAddress &mac, const QHostAddress &address, bool ack) {
        if (ack)
            r->dhcpLeased(mac, address);
    });
    connect(&service, &NetbootService::transferStarted, r, [r](const Netboot::Tftp::TransferInfo &info, const MacAddress &) {
        r->tftpStarted(info.id, info.client, info.file);
    });
    connect(&service, &NetbootService::transferFinished, r, &EventRecorder::tftpFinished);
    connect(&service, &NetbootService::requestRefused, r,
            [r](const QHostAddress &client, const MacAddress &, const QString &file, const QString &reason) {
                r->tftpRefused(client, file, reason);
            });
    connect(&service, &NetbootService::httpAccessed, r, [r](const Netboot::Http::Access &a) {
        r->httpAccessed(a.client, a.mac, a.method, a.path, a.status, a.bytes);
    });
    connect(&service, &NetbootService::syslogReceived, r, &EventRecorder::syslogReceived);
    connect(r, &EventRecorder::syslogProgress, m_tracker.get(), &Crashcart::Install::InstallTracker::syslogProgress);
    connect(this, &InventoryBoot::reloaded, &service, &NetbootService::refreshReservations);
}

} // namespace Crashcart::BootConfig
