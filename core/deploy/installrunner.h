// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "installplan.h"

#include <QObject>
#include <QThreadPool>

namespace Crashcart::Inventory {
class Database;
}

namespace Crashcart::Deploy {

// Drives the BMCs of one-click installs: for each host, the network as its next boot (once,
// in its profile's firmware mode), read back, then power on, or a power cycle when it runs.
// Every step is an event on the host's timeline (bmc.boot, bmc.power, bmc.failed); a host
// whose BMC fails is disarmed and its install ends failed, saying which step and what the BMC
// answered. The BMC calls run on worker threads; the inventory is written on the runner's
// thread, which owns |db|.
class InstallRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstallRunner)

public:
    using ClientFactory = std::function<std::unique_ptr<Bmc::Client>(const Bmc::Settings &)>;

    explicit InstallRunner(Inventory::Database &db, QObject *parent = nullptr);
    ~InstallRunner() override; // waits for the BMC calls under way (each is bounded)

    void setClientFactory(ClientFactory factory) { m_makeClient = std::move(factory); }
    // Where a BMC's login comes from when the settings carry none (the OS keychain); asked
    // on the worker thread, so a slow keychain never blocks the caller.
    void setCredentialSource(std::function<Result<Bmc::Credentials>(const MacAddress &)> source)
    {
        m_credentials = std::move(source);
    }
    void setParallel(int hosts) { m_pool.setMaxThreadCount(std::max(1, hosts)); }

    // Arms the plans' hosts that nothing blocks (InstallRepository::arm, as |armedBy|), then
    // starts the BMC steps of those with a BMC. Blocked hosts are left alone. Returns the
    // hosts armed.
    Result<QList<MacAddress>> start(const QList<HostPlan> &plans, const QString &armedBy);
    // After an install ended: when the BMC still names the network as the next boot, the
    // override is cleared (the install's own boot-once already sends the host to its disk;
    // this keeps a BMC that ignores "once" from network-booting it for ever).
    void clearOverride(const MacAddress &mac, const Bmc::Settings &settings);
    // One power action, or a power state read (action empty), outside an install. |quiet|: a
    // background read: a host without a stored login is skipped, a failure is not recorded.
    void power(const MacAddress &mac, const Bmc::Settings &settings, std::optional<Bmc::PowerAction> action,
               bool quiet = false);

    int pending() const { return m_pending; }

Q_SIGNALS:
    void stepDone(const Crashcart::MacAddress &mac, const QString &kind, const QString &message);
    // An install's BMC steps are over: |ok| the host is powering into the network boot.
    void hostFinished(const Crashcart::MacAddress &mac, bool ok, const QString &message);
    // A power() call ended: the state read (or after the action), or the error.
    void powerDone(const Crashcart::MacAddress &mac, bool ok, const QString &state, const QString &message);
    void idle();
    // A step could not be recorded in the inventory.
    void storeFailed(const QString &message);

private:
    struct Step;
    void run(const MacAddress &mac, std::function<void(Bmc::Client &, const std::function<void(Step)> &)> work,
             const Bmc::Settings &settings, bool quietWithoutLogin = false);
    void apply(const MacAddress &mac, const Step &step);

    Inventory::Database &m_db;
    ClientFactory m_makeClient = Bmc::makeClient;
    std::function<Result<Bmc::Credentials>(const MacAddress &)> m_credentials;
    QThreadPool m_pool;
    int m_pending = 0;
};

} // namespace Crashcart::Deploy
