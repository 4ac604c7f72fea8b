// SPDX-License-Identifier: GPL-3.0-or-later
#include "installrunner.h"

#include "install/installrepository.h"
#include "inventory/bmcsettings.h"
#include "inventory/database.h"
#include "inventory/eventlog.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Crashcart::Deploy {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Deploy::InstallRunner)
};

Bmc::BootMode modeFor(const std::optional<Inventory::Profile> &profile)
{
    return profile && profile->firmware == Inventory::Firmware::Uefi ? Bmc::BootMode::Uefi : Bmc::BootMode::Legacy;
}

} // namespace

// What a worker reports, applied on the runner's thread.
struct InstallRunner::Step
{
    enum class Kind { Event, Failed, Finished, Power };
    Kind kind = Kind::Event;
    QString event;   // Event: the event kind
    QString message; // the event's message, the failure, or the power error
    QString power;   // "on", "off" when known
    bool ok = true;
    bool record = true; // Power: a failure goes on the timeline (not for background reads)
};

InstallRunner::InstallRunner(Inventory::Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_pool.setMaxThreadCount(16);
}

InstallRunner::~InstallRunner()
{
    m_pool.waitForDone();
}

void InstallRunner::run(const MacAddress &mac, std::function<void(Bmc::Client &, const std::function<void(Step)> &)> work,
                        const Bmc::Settings &settings, bool quietWithoutLogin)
{
    ++m_pending;
    const ClientFactory makeClient = m_makeClient;
    const auto credentials = m_credentials;
    m_pool.start([this, mac, work = std::move(work), settings, makeClient, credentials, quietWithoutLogin] {
        const auto report = [this, mac](Step step) {
            QMetaObject::invokeMethod(this, [this, mac, step] { apply(mac, step); }, Qt::QueuedConnection);
        };
        Bmc::Settings effective = settings;
        if (effective.credentials.isEmpty() && credentials) {
            auto login = credentials(mac);
            if (login && login->isEmpty() && quietWithoutLogin) {
                // nothing to do without a login (the host was never powered by Crashcart)
            } else if (!login || login->isEmpty()) {
                report({ Step::Kind::Power, {},
                         login ? Tr::tr("no BMC login stored (set one: Hosts → BMC Login…)") : login.error().message, {}, false,
                         !quietWithoutLogin });
            } else {
                effective.credentials = *login;
            }
        }
        if (!effective.credentials.isEmpty()) {
            const auto client = makeClient(effective);
            work(*client, report);
        }
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (--m_pending == 0)
                    Q_EMIT idle();
            },
            Qt::QueuedConnection);
    });
}

void InstallRunner::apply(const MacAddress &mac, const Step &step)
{
    // The inventory cannot be written (a full disk, a lost server): said, and the BMC steps
    // go on; the host's timeline lacks the step.
    const auto check = [this](const auto &result) {
        if (!result)
            Q_EMIT storeFailed(result.error().message);
    };
    Inventory::EventLog events(m_db);
    if (!step.power.isEmpty())
        check(Inventory::BmcSettingsRepository(m_db).setPowerState(mac, step.power, QDateTime::currentDateTimeUtc()));
    switch (step.kind) {
    case Step::Kind::Event:
        check(events.append(mac, step.event, step.message));
        Q_EMIT stepDone(mac, step.event, step.message);
        break;
    case Step::Kind::Failed: {
        check(events.append(mac, QStringLiteral("bmc.failed"), step.message));
        // The host would wait armed for a boot that is not coming: its install ends failed.
        check(Install::InstallRepository(m_db).disarm({ mac }, QStringLiteral("bmc: ") + step.message,
                                                      Install::InstallState::Failed));
        Q_EMIT stepDone(mac, QStringLiteral("bmc.failed"), step.message);
        Q_EMIT hostFinished(mac, false, step.message);
        break;
    }
    case Step::Kind::Finished:
        Q_EMIT hostFinished(mac, true, step.message);
        break;
    case Step::Kind::Power:
        if (!step.ok && step.record)
            check(events.append(mac, QStringLiteral("bmc.failed"), step.message));
        else if (!step.event.isEmpty())
            check(events.append(mac, step.event, step.message));
        Q_EMIT powerDone(mac, step.ok, step.power, step.message);
        break;
    }
}

Result<QList<MacAddress>> InstallRunner::start(const QList<HostPlan> &plans, const QString &armedBy)
{
    QList<MacAddress> macs;
    for (const HostPlan &plan : plans) {
        if (!plan.blocked())
            macs.append(plan.host.mac);
    }
    if (macs.isEmpty())
        return macs;
    auto armed = Install::InstallRepository(m_db).arm(macs, armedBy);
    if (!armed)
        return armed.error();
    for (const HostPlan &plan : plans) {
        if (plan.blocked() || !plan.bmc)
            continue;
        const Bmc::BootMode mode = modeFor(plan.profile);
        run(
            plan.host.mac,
            [mode](Bmc::Client &bmc, const std::function<void(Step)> &report) {
                const auto fail = [&](const QString &what, const Error &error) {
                    report({ Step::Kind::Failed, {}, Tr::tr("%1: %2").arg(what, error.message), {}, false });
                };
                if (auto r = bmc.setNextBoot(Bmc::BootDevice::Pxe, mode, true); !r)
                    return fail(Tr::tr("next boot"), r.error());
                // Read back: a BMC may accept the request and keep its old setting.
                auto readBack = bmc.nextBoot();
                if (!readBack)
                    return fail(Tr::tr("next boot read back"), readBack.error());
                if (readBack->device != Bmc::BootDevice::Pxe)
                    return fail(Tr::tr("next boot read back"),
                                makeError(Bmc::Errors::Verify, Tr::tr("the BMC reports %1 after it was told to boot from the network")
                                                                    .arg(Bmc::bootDeviceName(readBack->device))));
                QString detail = QStringLiteral("pxe once %1").arg(Bmc::bootModeName(mode));
                if (readBack->mode != Bmc::BootMode::Unknown && readBack->mode != mode)
                    detail += Tr::tr(" (the BMC reports %1)").arg(Bmc::bootModeName(readBack->mode));
                else if (readBack->mode == Bmc::BootMode::Unknown)
                    detail += Tr::tr(" (the BMC keeps no boot mode: the firmware's setting decides)");
                // It holds the network but does not mark it valid (OpenIPMI's ipmi_sim never
                // does): said on the timeline, and the power step goes on.
                if (!readBack->valid)
                    detail += Tr::tr(" (the BMC does not mark it valid)");
                report({ Step::Kind::Event, QStringLiteral("bmc.boot"), detail, {}, true });
                auto state = bmc.powerState();
                if (!state)
                    return fail(Tr::tr("power state"), state.error());
                Bmc::PowerAction action = *state == Bmc::PowerState::On ? Bmc::PowerAction::Cycle : Bmc::PowerAction::On;
                auto done = bmc.setPower(action);
                if (!done && action == Bmc::PowerAction::Cycle && done.error().code == QLatin1String(Bmc::Errors::Unsupported)) {
                    action = Bmc::PowerAction::Reset;
                    done = bmc.setPower(action);
                }
                if (!done)
                    return fail(Bmc::powerActionLabel(action), done.error());
                report({ Step::Kind::Event, QStringLiteral("bmc.power"), Bmc::powerActionName(action), QStringLiteral("on"), true });
                report({ Step::Kind::Finished, {}, {}, {}, true });
            },
            *plan.bmc);
    }
    return armed;
}

void InstallRunner::clearOverride(const MacAddress &mac, const Bmc::Settings &settings)
{
    run(
        mac,
        [](Bmc::Client &bmc, const std::function<void(Step)> &report) {
            auto next = bmc.nextBoot();
            if (!next) {
                report({ Step::Kind::Power, {}, Tr::tr("next boot read back: %1").arg(next.error().message), {}, false });
                return;
            }
            if (next->device != Bmc::BootDevice::Pxe || !next->valid)
                return; // used up, as "once" means
            if (auto r = bmc.clearNextBoot(); !r) {
                report({ Step::Kind::Power, {}, Tr::tr("clear next boot: %1").arg(r.error().message), {}, false });
                return;
            }
            // Read back again: a BMC that keeps the network would reinstall the host.
            auto after = bmc.nextBoot();
            if (!after || (after->device == Bmc::BootDevice::Pxe && after->valid)) {
                report({ Step::Kind::Power, {},
                         after ? Tr::tr("clear next boot: the BMC still reports the network")
                               : Tr::tr("clear next boot read back: %1").arg(after.error().message),
                         {}, false });
                return;
            }
            report({ Step::Kind::Power, QStringLiteral("bmc.cleared"),
                     QStringLiteral("pxe -> %1").arg(Bmc::bootDeviceName(after->device)), {}, true });
        },
        settings, true);
}

void InstallRunner::power(const MacAddress &mac, const Bmc::Settings &settings, std::optional<Bmc::PowerAction> action,
                          bool quiet)
{
    run(
        mac,
        [action, quiet](Bmc::Client &bmc, const std::function<void(Step)> &report) {
            if (action) {
                if (auto r = bmc.setPower(*action); !r) {
                    report({ Step::Kind::Power, {}, Tr::tr("%1: %2").arg(Bmc::powerActionLabel(*action), r.error().message), {}, false });
                    return;
                }
            }
            auto state = bmc.powerState();
            if (!state) {
                report({ Step::Kind::Power, {}, Tr::tr("power state: %1").arg(state.error().message), {}, false, !quiet });
                return;
            }
            report({ Step::Kind::Power, action ? QStringLiteral("bmc.power") : QString(),
                     action ? Bmc::powerActionName(*action) : QString(),
                     Bmc::powerStateName(*state), true });
        },
        settings, quiet);
}

} // namespace Crashcart::Deploy
