// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/hostcsv.h"
#include "inventory/hostrepository.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Crashcart::App {

class ImportPlanModel;

// Import of a CSV file in two steps: a preview (which rows go in, which do not and why),
// then one transaction for the good rows. Both steps run off the GUI thread and can be
// cancelled; a cancelled or failed import writes nothing.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(QString csvPath, QString databasePath, Inventory::HostKeys existing, QString defaultProfile,
                 QWidget *parent = nullptr);
    ~ImportDialog() override;

    int importedCount() const { return m_imported; }

    struct Outcome
    {
        std::optional<Inventory::ImportPlan> plan;
        int imported = 0;
        Error error;
    };

protected:
    void reject() override;

private:
    void startPlan();
    void planFinished();
    void startImport();
    void importFinished();

    QString m_csvPath;
    QString m_databasePath;
    Inventory::HostKeys m_existing;
    QString m_defaultProfile;
    std::optional<Inventory::ImportPlan> m_plan;
    int m_imported = 0;

    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_rowsView = nullptr;
    QTableView *m_problemsView = nullptr;
    ImportPlanModel *m_rowsModel = nullptr;
    ImportPlanModel *m_problemsModel = nullptr;
    QPushButton *m_importButton = nullptr;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace Crashcart::App
