// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../view.h"

#include "common/macaddress.h"
#include "common/result.h"

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
    // The profiles defined, and the names hosts use without a definition; sorted.
    QStringList profileNames() const;
    // Rows of these hosts read again (the servers recorded events on them).
    void refreshHosts(const QList<MacAddress> &macs);

    QAction *armAction() const { return m_armAction; }
    QAction *disarmAction() const { return m_disarmAction; }
    QAction *profilesAction() const { return m_profilesAction; }
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
};

} // namespace Crashcart::App
