// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../view.h"

#include "bmc/bmc.h"
#include "common/macaddress.h"
#include "common/result.h"
#include "kickstart/hostvariables.h"

#include <QDateTime>
#include <QHash>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Crashcart {
class AppSettings;
class Workspace;
}
namespace Crashcart::Inventory {
class HostRepository;
class ProfileRepository;
}

namespace Crashcart::Deploy {
class InstallRunner;
}

namespace Crashcart::App {

class HostFilterProxy;
class HostTableModel;

// The inventory: the table, its filters, and the actions on hosts (add, delete, bulk
// edit, CSV import and export; a CSV file dropped on the table imports it), arming hosts for
// install and the profiles they install.
class HostTimeline;

class HostsView final : public View
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostsView)

public:
    HostsView(Inventory::HostRepository &repository, Inventory::ProfileRepository &profiles, const Workspace &workspace,
              AppSettings &settings, QWidget *parent = nullptr);
    ~HostsView() override;

    QString title() const override;
    QString menuTitle() const override;
    QList<QAction *> menuActions() const override;
    QList<QAction *> toolBarActions() const override;
    void saveState() override;

    HostTableModel *model() const { return m_model; }
    HostTimeline *timeline() const { return m_timeline; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }

    // Opens the import preview for |path|; returns the number of hosts imported.
    int importCsv(const QString &path);
    bool exportCsv(const QString &path);

    // Arms (or disarms) the selected hosts, as `crashcart-cli hosts arm|disarm` does; says
    // why not (hosts without a profile, named) in a message box and in the result.
    Result<QList<MacAddress>> armSelected(bool arm);
    void showProfiles();
    // Imports a distribution from |image| (a dropped .iso), or one picked in a file dialog.
    void importDistribution(const QString &image = QString());
    QHash<QString, int> profileUsage() const;
    // The profiles defined, and the names hosts use without a definition; sorted.
    QStringList profileNames() const;
    // Rows of these hosts read again (the servers recorded events on them).
    void refreshHosts(const QList<MacAddress> &macs);

    // One-click install: the pre-flight dialog, then arm and power the hosts through their
    // BMCs; every step lands on the hosts' timelines.
    void installSelected();
    // A power action on the selected hosts' BMCs, or a read of their power state (none).
    void powerSelected(std::optional<Bmc::PowerAction> action);
    // Asks for the selected hosts' BMC login and stores it in the keychain; true if stored.
    bool askBmcLogin(const QList<MacAddress> &macs);
    // An install ended: a BMC that still names the network as next boot is told to stop.
    void clearBootOverride(const MacAddress &mac);
    // Where installers reach the servers (the kickstart's view of them), for the pre-flight.
    void setServerEndpointSource(std::function<Kickstart::ServerEndpoint()> source) { m_endpoint = std::move(source); }

    QAction *installAction() const { return m_installAction; }
    QAction *armAction() const { return m_armAction; }
    QAction *disarmAction() const { return m_disarmAction; }
    QAction *profilesAction() const { return m_profilesAction; }
    QAction *importDistributionAction() const { return m_importDistributionAction; }
    void selectHosts(const QList<MacAddress> &macs);

Q_SIGNALS:
    // This view wrote to the inventory (hosts, states or profiles).
    void inventoryChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildFilters();
    void buildTable();
    void buildLayout();
    void buildActions();
    void connectActions();
    void connectFilters();
    void addHost();
    void deleteSelected();
    void bulkEdit();
    void chooseImportFile();
    void chooseExportFile();
    void refreshFilters();
    void updateStatus();
    QList<int> selectedRows() const;
    QList<MacAddress> selectedMacs() const;
    void buildBmcActions();
    void showContextMenu(const QPoint &pos);
    void readSomePowerStates();

    Inventory::HostRepository &m_repository;
    Inventory::ProfileRepository &m_profiles;
    const Workspace &m_workspace;
    AppSettings &m_settings;
    HostTableModel *m_model = nullptr;
    HostFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_profileFilter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLabel *m_count = nullptr;
    HostTimeline *m_timeline = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_bulkEditAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_armAction = nullptr;
    QAction *m_disarmAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_importDistributionAction = nullptr;
    QAction *m_installAction = nullptr;
    QAction *m_powerOnAction = nullptr;
    QAction *m_powerOffAction = nullptr;
    QAction *m_powerCycleAction = nullptr;
    QAction *m_powerReadAction = nullptr;
    QAction *m_loginAction = nullptr;
    Deploy::InstallRunner *m_runner = nullptr;
    // Background power reads: a few hosts a minute, in turn, so the Power column stays fresh
    // without a burst of BMC sessions on a large inventory.
    QHash<MacAddress, QDateTime> m_backgroundReads; // asked, not answered yet (a skip answers nothing)
    int m_powerCursor = 0;
    std::function<Kickstart::ServerEndpoint()> m_endpoint;
};

} // namespace Crashcart::App
