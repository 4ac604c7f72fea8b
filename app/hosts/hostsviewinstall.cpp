// SPDX-License-Identifier: GPL-3.0-or-later
// One-click installs and power through the hosts' BMCs.
#include "hostsview.h"

#include "bmclogindialog.h"
#include "hosttablemodel.h"
#include "hosttimeline.h"
#include "installdialog.h"

#include "bmc/credentialstore.h"
#include "common/appsettings.h"
#include "common/workspace.h"
#include "deploy/installrunner.h"
#include "install/install.h"
#include "inventory/bmcsettings.h"
#include "inventory/database.h"
#include "inventory/eventlog.h"
#include "inventory/hostrepository.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>

namespace Crashcart::App {

void HostsView::buildBmcActions()
{
    m_installAction = new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Install…"), this);
    m_installAction->setIconText(tr("Install"));
    m_installAction->setToolTip(tr("Check the selected hosts, arm them, and have their BMCs boot them from the network"));
    m_installAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_powerOnAction = new QAction(QIcon::fromTheme(QStringLiteral("system-shutdown")), tr("Power &On"), this);
    m_powerOffAction = new QAction(tr("Power O&ff"), this);
    m_powerOffAction->setToolTip(tr("Immediately, as holding the power button"));
    m_powerCycleAction = new QAction(QIcon::fromTheme(QStringLiteral("system-reboot")), tr("Power &Cycle"), this);
    m_powerReadAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Read Power &State"), this);
    m_loginAction = new QAction(QIcon::fromTheme(QStringLiteral("dialog-password")), tr("BMC &Login…"), this);
    m_loginAction->setToolTip(tr("The BMC user and password of the selected hosts, kept in the system keychain"));

    m_runner = new Deploy::InstallRunner(m_repository.database(), this);
    const auto store = std::make_shared<Bmc::CredentialStore>();
    m_runner->setCredentialSource([store](const MacAddress &mac) { return store->read(mac); });

    connect(m_installAction, &QAction::triggered, this, &HostsView::installSelected);
    connect(m_powerOnAction, &QAction::triggered, this, [this] { powerSelected(Bmc::PowerAction::On); });
    connect(m_powerOffAction, &QAction::triggered, this, [this] {
        if (QMessageBox::question(this, tr("Power Off"), tr("Cut the power of %n host(s) now? What runs on them is lost.", nullptr,
                                                               int(selectedRows().size())))
            == QMessageBox::Yes)
            powerSelected(Bmc::PowerAction::Off);
    });
    connect(m_powerCycleAction, &QAction::triggered, this, [this] {
        if (QMessageBox::question(this, tr("Power Cycle"), tr("Power-cycle %n host(s) now? What runs on them is lost.", nullptr,
                                                                 int(selectedRows().size())))
            == QMessageBox::Yes)
            powerSelected(Bmc::PowerAction::Cycle);
    });
    connect(m_powerReadAction, &QAction::triggered, this, [this] { powerSelected(std::nullopt); });
    connect(m_loginAction, &QAction::triggered, this, [this] { askBmcLogin(selectedMacs()); });

    connect(m_runner, &Deploy::InstallRunner::stepDone, this, [this](const MacAddress &mac, const QString &kind, const QString &message) {
        refreshHosts({ mac });
        if (kind == QLatin1String("bmc.failed"))
            Q_EMIT statusMessage(tr("%1: %2").arg(mac.toString(), message));
    });
    connect(m_runner, &Deploy::InstallRunner::hostFinished, this, [this](const MacAddress &mac, bool ok, const QString &) {
        refreshHosts({ mac });
        Q_EMIT inventoryChanged(); // a failed host was disarmed
        if (ok)
            Q_EMIT statusMessage(tr("%1 is powering into its network install").arg(mac.toString()));
    });
    connect(m_runner, &Deploy::InstallRunner::powerDone, this,
            [this](const MacAddress &mac, bool ok, const QString &state, const QString &message) {
                refreshHosts({ mac });
                if (m_backgroundReads.remove(mac))
                    return; // a background read: the Power column is all it changes
                Q_EMIT statusMessage(ok ? tr("%1: power %2").arg(mac.toString(), state == QLatin1String("on") ? tr("on") : tr("off"))
                                        : tr("%1: %2").arg(mac.toString(), message));
            });
    connect(m_runner, &Deploy::InstallRunner::storeFailed, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("Not recorded in the inventory: %1").arg(message));
    });

    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &HostsView::showContextMenu);

    auto *powerTimer = new QTimer(this);
    powerTimer->setInterval(60'000);
    connect(powerTimer, &QTimer::timeout, this, &HostsView::readSomePowerStates);
    powerTimer->start();
    QTimer::singleShot(5'000, this, &HostsView::readSomePowerStates);
}

void HostsView::readSomePowerStates()
{
    // 32 hosts with a BMC a minute, in turn; hosts whose last read is still pending are left.
    constexpr int PerRound = 32;
    const int rows = m_model->rowCount();
    int asked = 0;
    for (int seen = 0; seen < rows && asked < PerRound; ++seen) {
        m_powerCursor = (m_powerCursor + 1) % rows;
        const Inventory::Host &host = m_model->host(m_powerCursor);
        const auto pending = m_backgroundReads.constFind(host.mac);
        if (host.bmcAddress.isEmpty() || host.bmcType.isEmpty()
            || (pending != m_backgroundReads.cend() && pending->secsTo(QDateTime::currentDateTimeUtc()) < 300))
            continue;
        auto settings = Deploy::bmcSettings(m_repository.database(), host);
        if (!settings)
            continue;
        m_backgroundReads.insert(host.mac, QDateTime::currentDateTimeUtc());
        m_runner->power(host.mac, *settings, std::nullopt, true);
        ++asked;
    }
}

void HostsView::showContextMenu(const QPoint &pos)
{
    if (selectedRows().isEmpty())
        return;
    QMenu menu(this);
    menu.addActions({ m_installAction, m_armAction, m_disarmAction });
    menu.addSeparator();
    menu.addActions({ m_powerOnAction, m_powerOffAction, m_powerCycleAction, m_powerReadAction, m_loginAction });
    menu.addSeparator();
    menu.addActions({ m_bulkEditAction, m_deleteAction });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

QList<MacAddress> HostsView::selectedMacs() const
{
    QList<MacAddress> macs;
    for (int row : selectedRows())
        macs.append(m_model->host(row).mac);
    return macs;
}

bool HostsView::askBmcLogin(const QList<MacAddress> &macs)
{
    if (macs.isEmpty())
        return false;
    QStringList names;
    for (const MacAddress &mac : macs) {
        const int row = m_model->rowOf(mac);
        const QString name = row >= 0 ? m_model->host(row).hostname : QString();
        names.append(name.isEmpty() ? mac.toString() : name);
    }
    BmcLoginDialog dialog(names, [macs](const Bmc::Credentials &login) -> Result<void> {
        Bmc::CredentialStore store;
        for (const MacAddress &mac : macs) {
            if (auto r = store.write(mac, login); !r)
                return r;
        }
        return {};
    }, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Q_EMIT statusMessage(tr("BMC login of %n host(s) stored in the system keychain", nullptr, int(macs.size())));
    return true;
}

void HostsView::installSelected()
{
    const QList<MacAddress> macs = selectedMacs();
    if (macs.isEmpty())
        return;
    Deploy::PlanOptions options;
    options.fileBase = m_workspace.path();
    options.snippetsDir = m_workspace.snippetsDir();
    options.server = m_endpoint ? m_endpoint() : Kickstart::ServerEndpoint {};
    // The release each profile's kickstart is written for (the Kickstart view's choice), read
    // here: the check runs on a worker thread.
    QHash<QString, QString> releases;
    for (const QString &profile : profileNames())
        releases.insert(profile, m_settings.kickstartRelease(profile));
    options.releaseFor = [releases](const QString &profile) { return releases.value(profile); };
    Inventory::Database &db = m_repository.database();
    const QString databasePath = m_workspace.databasePath();
    InstallDialog dialog(
        int(macs.size()),
        [databasePath, macs, options]() -> QList<Deploy::HostPlan> {
            // Its own connection: this runs on a worker thread.
            auto worker = Inventory::Database::openSqlite(databasePath);
            if (!worker) {
                QList<Deploy::HostPlan> failed;
                for (const MacAddress &mac : macs) {
                    Deploy::HostPlan plan;
                    plan.host.mac = mac;
                    plan.findings.append({ Deploy::Finding::Severity::Problem, worker.error().code, worker.error().message });
                    failed.append(plan);
                }
                return failed;
            }
            QList<Deploy::HostPlan> plans = Deploy::planHosts(**worker, macs, options);
            Deploy::ProbeOptions probe;
            const Bmc::CredentialStore store;
            probe.credentials = [&store](const MacAddress &mac) { return store.read(mac); };
            Deploy::probeHosts(plans, options, probe);
            return plans;
        },
        this);
    connect(&dialog, &InstallDialog::loginRequested, this, [this, &dialog](const QList<MacAddress> &which) {
        if (askBmcLogin(which))
            dialog.recheck();
    });
    connect(&dialog, &InstallDialog::certificateAccepted, this, [this, &dialog, &db](const MacAddress &mac, const QString &fingerprint) {
        if (auto r = Inventory::BmcSettingsRepository(db).setTlsFingerprint(mac, fingerprint); !r) {
            QMessageBox::warning(this, tr("Cannot keep the certificate"), r.error().message);
            return;
        }
        dialog.recheck();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto armed = m_runner->start(dialog.plans(), Install::currentUser());
    if (!armed) {
        QMessageBox::warning(this, tr("Cannot start the installs"), armed.error().message);
        return;
    }
    m_model->refreshHosts(*armed);
    m_timeline->refresh(*armed);
    Q_EMIT inventoryChanged();
    Q_EMIT statusMessage(tr("%n host(s) armed; their BMCs are told to boot them from the network", nullptr, int(armed->size())));
}

void HostsView::powerSelected(std::optional<Bmc::PowerAction> action)
{
    QStringList skipped;
    for (const MacAddress &mac : selectedMacs()) {
        const int row = m_model->rowOf(mac);
        if (row < 0)
            continue;
        auto settings = Deploy::bmcSettings(m_repository.database(), m_model->host(row));
        if (!settings) {
            skipped.append(QStringLiteral("%1: %2").arg(mac.toString(), settings.error().message));
            continue;
        }
        m_runner->power(mac, *settings, action);
    }
    if (!skipped.isEmpty())
        QMessageBox::information(this, tr("Hosts without a usable BMC"), skipped.join(u'\n'));
}

void HostsView::clearBootOverride(const MacAddress &mac)
{
    auto host = m_repository.find(mac);
    if (!host || !*host)
        return;
    auto settings = Deploy::bmcSettings(m_repository.database(), **host);
    if (settings)
        m_runner->clearOverride(mac, *settings);
}

} // namespace Crashcart::App
