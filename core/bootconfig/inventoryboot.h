// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bootpolicy.h"

#include "common/result.h"
#include "kickstart/hostvariables.h"
#include "netboot/netbootservice.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace Crashcart {
class Workspace;
}
namespace Crashcart::Inventory {
class Database;
}

namespace Crashcart::Install {
class CallbackEndpoint;
class InstallTracker;
}

namespace Crashcart::BootConfig {

class EventRecorder;
class Snapshot;

// The netboot service's content for a workspace, answered from the inventory: per-host
// loader configs, profile kernels and initrds and rendered kickstarts over TFTP (the tftp/
// root behind them) and HTTP (http/, then tftp/), proxyDHCP's decisions and full DHCP's
// reservations from the current snapshot; every server event goes on the host's timeline.
// Lives on the database's thread (the GUI's). The content it hands out shares what it
// needs, so the service may outlive this object.
class InventoryBoot final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryBoot)

public:
    // |unknown|: what machines missing from the inventory get (a local-boot config, or no
    // answer at all).
    InventoryBoot(Inventory::Database &db, const Workspace &workspace, UnknownHosts unknown = UnknownHosts::LocalBoot,
                  QObject *parent = nullptr);
    ~InventoryBoot() override;

    // Reads the inventory again into the snapshot the servers answer from; on failure the
    // previous snapshot stays (and reloadFailed says why).
    Result<void> reload();
    // Reloads soon, once for several calls in a row (the GUI wrote to the inventory).
    void scheduleReload();
    // Polls SQLite's data_version every |intervalMs|: it moves when another process (say
    // crashcart-cli hosts arm) commits to the inventory. Also starts looking for installs
    // that went silent for their profile's timeout.
    void watch(int intervalMs = 1000);

    Netboot::ServiceContent content() const;
    // The recorder gets every event of |service|; full DHCP's reservations follow reloads.
    void attach(Netboot::NetbootService &service);

    EventRecorder *recorder() const { return m_recorder.get(); }
    // The installs: callbacks over HTTP, boot activity from the recorder, timeouts.
    Crashcart::Install::InstallTracker *tracker() const { return m_tracker.get(); }
    // Where installers reach the servers now, as the generated configs and kickstarts say it:
    // what the service last reported (the address and the ports bound), or, before a server
    // has started, what a default configuration would announce.
    Kickstart::ServerEndpoint endpoint() const;
    std::shared_ptr<const Snapshot> snapshot() const;

Q_SIGNALS:
    void reloaded();
    void reloadFailed(const QString &message);
    // Installs of these hosts moved (a stage, a percent, a state): rows to refresh.
    void installsChanged(const QList<Crashcart::MacAddress> &macs);

private:
    struct Shared;

    Inventory::Database &m_db;
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<EventRecorder> m_recorder;
    std::unique_ptr<Crashcart::Install::InstallTracker> m_tracker;
    std::shared_ptr<Crashcart::Install::CallbackEndpoint> m_callbacks;
    QTimer m_watch;
    QTimer m_reload;
    qint64 m_seenVersion = -1;
};

} // namespace Crashcart::BootConfig
