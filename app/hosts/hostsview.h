// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../view.h"

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
}

namespace Crashcart::App {

class HostFilterProxy;
class HostTableModel;

// The inventory: the table, its filters, and the actions on hosts (add, delete, bulk
// edit, CSV import and export; a CSV file dropped on the table imports it).
class HostsView final : public View
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostsView)

public:
    HostsView(Inventory::HostRepository &repository, const Workspace &workspace, AppSettings &settings,
              QWidget *parent = nullptr);
    ~HostsView() override;

    QString title() const override;
    QString menuTitle() const override;
    QList<QAction *> menuActions() const override;
    QList<QAction *> toolBarActions() const override;
    void saveState() override;

    HostTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }

    // Opens the import preview for |path|; returns the number of hosts imported.
    int importCsv(const QString &path);
    bool exportCsv(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addHost();
    void deleteSelected();
    void bulkEdit();
    void chooseImportFile();
    void chooseExportFile();
    void refreshFilters();
    void updateStatus();
    QList<int> selectedRows() const;

    Inventory::HostRepository &m_repository;
    const Workspace &m_workspace;
    AppSettings &m_settings;
    HostTableModel *m_model = nullptr;
    HostFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_profileFilter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLabel *m_count = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_bulkEditAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
};

} // namespace Crashcart::App
