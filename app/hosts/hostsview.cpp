// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostsview.h"

#include "bulkeditdialog.h"
#include "hostdialog.h"
#include "hostfilterproxy.h"
#include "hosttimeline.h"
#include "servers/progressdelegate.h"
#include "hosttablemodel.h"
#include "importdialog.h"

#include "common/appsettings.h"
#include "common/workspace.h"
#include "inventory/hostcsv.h"
#include "inventory/hostrepository.h"
#include "inventory/profile.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QSplitter>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Crashcart::App {

using namespace Crashcart::Inventory;

namespace {

QString csvPathFrom(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return {};
    const QString path = urls.first().toLocalFile();
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) || path.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive)
        ? path
        : QString();
}

// |text| is the menu entry; |buttonText| the toolbar's, without mnemonic or ellipsis.
QAction *makeAction(const QString &icon, const QString &text, const QString &buttonText, QObject *parent)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, parent);
    action->setIconText(buttonText);
    return action;
}

QString startFolder(const QString &remembered)
{
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

} // namespace

HostsView::HostsView(HostRepository &repository, ProfileRepository &profiles, const Workspace &workspace, AppSettings &settings,
                     QWidget *parent)
    : View(parent), m_repository(repository), m_profiles(profiles), m_workspace(workspace), m_settings(settings)
{
    m_model = new HostTableModel(repository, this);
    m_proxy = new HostFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    buildFilters();
    buildTable();
    buildLayout();
    buildActions();
    connectActions();
    connectFilters();
    m_model->reload();
    refreshFilters();
}

void HostsView::buildFilters()
{
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter: MAC, name, IP, tag…"));
    m_filter->setClearButtonEnabled(true);
    m_profileFilter = new QComboBox(this);
    m_profileFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stateFilter = new QComboBox(this);
    m_stateFilter->addItem(tr("All states"), -1);
    for (int s = int(HostState::New); s <= int(HostState::Failed); ++s)
        m_stateFilter->addItem(stateLabel(HostState(s)), s);
    m_count = new QLabel(this);
}

void HostsView::buildTable()
{
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HostTableModel::Hostname, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setColumnWidth(HostTableModel::Mac, m_table->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00:00:00:00")) + 24);
    const std::pair<int, int> widths[] = {
        { HostTableModel::Hostname, 130 }, { HostTableModel::Ip, 110 },       { HostTableModel::Profile, 110 },
        { HostTableModel::BmcAddress, 110 }, { HostTableModel::BmcType, 80 }, { HostTableModel::Tags, 110 },
        { HostTableModel::Notes, 140 },
    };
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    int stateWidth = 90; // the longest state's label, in this language
    for (int s = int(HostState::New); s <= int(HostState::Failed); ++s)
        stateWidth = std::max(stateWidth, m_table->fontMetrics().horizontalAdvance(stateLabel(HostState(s))) + 16);
    m_table->setColumnWidth(HostTableModel::State, stateWidth);
    m_table->setColumnWidth(HostTableModel::Progress, m_table->fontMetrics().horizontalAdvance(QStringLiteral("install · 100% · xxxx")) + 24);
    m_table->setItemDelegateForColumn(HostTableModel::Progress,
                                      new ProgressDelegate(HostTableModel::ProgressRole, -1, m_table));
    m_table->setAcceptDrops(true);
    m_table->viewport()->setAcceptDrops(true);
    m_table->viewport()->installEventFilter(this);
    m_table->horizontalHeader()->restoreState(m_settings.value(AppSettings::HostTableHeader));
}

void HostsView::buildLayout()
{
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_profileFilter);
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_count);
    // The table above, the selected host's timeline below.
    m_timeline = new HostTimeline(m_repository.database(), this);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_timeline);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
}

void HostsView::buildActions()
{
    m_addAction = makeAction(QStringLiteral("list-add"), tr("&Add Host…"), tr("Add"), this);
    m_addAction->setShortcut(QKeySequence::New);
    m_deleteAction = makeAction(QStringLiteral("list-remove"), tr("&Delete Hosts…"), tr("Delete"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_bulkEditAction = makeAction(QStringLiteral("document-properties"), tr("&Edit Hosts…"), tr("Edit"), this);
    m_bulkEditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_importAction = makeAction(QStringLiteral("document-import"), tr("&Import CSV…"), tr("Import"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportAction = makeAction(QStringLiteral("document-export"), tr("E&xport CSV…"), tr("Export"), this);
    m_armAction = makeAction(QStringLiteral("system-run"), tr("A&rm for Install"), tr("Arm"), this);
    m_armAction->setToolTip(tr("The selected hosts install their profile at their next network boot"));
    m_disarmAction = makeAction(QStringLiteral("process-stop"), tr("Di&sarm"), tr("Disarm"), this);
    m_disarmAction->setToolTip(tr("The selected hosts boot their disks again"));
    m_profilesAction = makeAction(QStringLiteral("folder-open"), tr("&Profiles…"), tr("Profiles"), this);
    m_profilesAction->setToolTip(tr("The kernels, initrds, arguments and kickstarts hosts install"));
    m_profilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_importDistributionAction = makeAction(QStringLiteral("media-optical"), tr("Import &Distribution…"), tr("Distribution"), this);
    m_importDistributionAction->setToolTip(tr("Add a distribution from a disc image (.iso), served straight from it; "
                                              "or drop the image on the window"));
    addAction(m_deleteAction);
    buildBmcActions();
}

void HostsView::connectActions()
{
    connect(m_addAction, &QAction::triggered, this, &HostsView::addHost);
    connect(m_deleteAction, &QAction::triggered, this, &HostsView::deleteSelected);
    connect(m_bulkEditAction, &QAction::triggered, this, &HostsView::bulkEdit);
    connect(m_importAction, &QAction::triggered, this, &HostsView::chooseImportFile);
    connect(m_exportAction, &QAction::triggered, this, &HostsView::chooseExportFile);
    connect(m_armAction, &QAction::triggered, this, [this] { (void)armSelected(true); });
    connect(m_disarmAction, &QAction::triggered, this, [this] { (void)armSelected(false); });
    connect(m_profilesAction, &QAction::triggered, this, &HostsView::showProfiles);
    connect(m_importDistributionAction, &QAction::triggered, this, [this] { importDistribution(); });
    connect(m_model, &HostTableModel::hostEdited, this, &HostsView::inventoryChanged);
}

void HostsView::connectFilters()
{
    // Typing re-filters once the keys pause, so a 100k-host table never lags a keystroke.
    auto *filterDelay = new QTimer(this);
    filterDelay->setSingleShot(true);
    connect(m_filter, &QLineEdit::textChanged, filterDelay,
            [this, filterDelay] { filterDelay->start(m_model->rowCount() > 5000 ? 150 : 0); });
    connect(filterDelay, &QTimer::timeout, this, [this] {
        m_proxy->setText(m_filter->text());
        updateStatus();
    });
    connect(m_profileFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setProfile(m_profileFilter->currentData().toString());
        updateStatus();
    });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setState(m_stateFilter->currentData().toInt());
        updateStatus();
    });
    connect(m_model, &HostTableModel::editFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Cannot change the host"), message);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &HostsView::refreshFilters);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HostsView::refreshFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HostsView::updateStatus);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QList<int> rows = selectedRows();
        m_timeline->showHost(rows.size() == 1 ? m_model->host(rows.first()).mac : MacAddress());
    });
}

HostsView::~HostsView() = default;

QString HostsView::title() const
{
    return tr("Hosts");
}

QString HostsView::menuTitle() const
{
    return tr("H&osts");
}

QList<QAction *> HostsView::menuActions() const
{
    return { m_addAction, m_bulkEditAction, m_deleteAction, nullptr, m_installAction, m_armAction, m_disarmAction, nullptr,
             m_powerOnAction, m_powerOffAction, m_powerCycleAction, m_powerReadAction, m_loginAction, nullptr,
             m_profilesAction, m_importDistributionAction, nullptr, m_importAction, m_exportAction };
}

QList<QAction *> HostsView::toolBarActions() const
{
    return { m_addAction, m_bulkEditAction, m_deleteAction, nullptr, m_installAction, m_armAction, m_disarmAction,
             m_profilesAction, nullptr, m_importAction, m_exportAction };
}

void HostsView::saveState()
{
    m_settings.setValue(AppSettings::HostTableHeader, m_table->horizontalHeader()->saveState());
}

void HostsView::refreshFilters()
{
    const QString current = m_profileFilter->currentData().toString();
    const QSignalBlocker blocker(m_profileFilter);
    m_profileFilter->clear();
    m_profileFilter->addItem(tr("All profiles"), QString());
    m_profileFilter->addItem(tr("No profile"), HostFilterProxy::NoProfile);
    for (const QString &profile : m_model->profiles())
        m_profileFilter->addItem(profile, profile);
    const int index = m_profileFilter->findData(current);
    m_profileFilter->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0)
        m_proxy->setProfile(QString());
    updateStatus();
}

void HostsView::updateStatus()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const int selected = int(selectedRows().size());
    m_count->setText(shown == total ? tr("%n host(s)", nullptr, total)
                                    : tr("%1 of %n host(s)", nullptr, total).arg(shown));
    m_deleteAction->setEnabled(selected > 0);
    m_bulkEditAction->setEnabled(selected > 0);
    m_armAction->setEnabled(selected > 0);
    m_disarmAction->setEnabled(selected > 0);
    for (QAction *a : { m_installAction, m_powerOnAction, m_powerOffAction, m_powerCycleAction, m_powerReadAction, m_loginAction })
        a->setEnabled(selected > 0);
}

QList<int> HostsView::selectedRows() const
{
    // In the order the table shows them, so lists read as the user sees the table.
    QModelIndexList selected = m_table->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<int> rows;
    for (const QModelIndex &index : std::as_const(selected))
        rows.append(m_proxy->mapToSource(index).row());
    return rows;
}

void HostsView::addHost()
{
    HostDialog dialog(m_repository, profileNames(), m_settings.value(AppSettings::DefaultProfile), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->reload();
    Q_EMIT inventoryChanged();
    const int row = m_model->rowOf(dialog.host().mac);
    if (row >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    Q_EMIT statusMessage(tr("Added %1").arg(HostRepository::label(dialog.host())));
}

void HostsView::deleteSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QStringList names;
    QList<MacAddress> macs;
    for (int row : rows) {
        macs.append(m_model->host(row).mac);
        if (names.size() < 10)
            names.append(HostRepository::label(m_model->host(row)));
    }
    QString text = tr("Delete %n host(s) from the inventory?", nullptr, int(rows.size())) + u'\n' + u'\n'
        + names.join(u'\n');
    if (rows.size() > names.size())
        text += u'\n' + tr("…and %n more", nullptr, int(rows.size() - names.size()));
    text += QStringLiteral("\n\n") + tr("This cannot be undone; their event history is kept.");
    QMessageBox box(QMessageBox::Warning, tr("Delete hosts"), text, QMessageBox::Cancel, this);
    QPushButton *confirm = box.addButton(tr("Delete %n host(s)", nullptr, int(rows.size())), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    if (auto r = m_repository.remove(macs); !r) {
        QMessageBox::warning(this, tr("Cannot delete"), r.error().message);
        return;
    }
    m_model->reload();
    Q_EMIT inventoryChanged();
    Q_EMIT statusMessage(tr("Deleted %n host(s)", nullptr, int(macs.size())));
}

void HostsView::bulkEdit()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    BulkEditDialog dialog(int(rows.size()), profileNames(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<Host> hosts;
    for (int row : rows)
        hosts.append(m_model->host(row));
    const QList<Host> changed = dialog.edit().apply(hosts);
    if (auto r = m_repository.updateAll(changed); !r) {
        QMessageBox::warning(this, tr("Cannot change the hosts"), r.error().message);
        return;
    }
    m_model->reload();
    Q_EMIT inventoryChanged();
    Q_EMIT statusMessage(tr("Changed %n host(s)", nullptr, int(changed.size())));
}

int HostsView::importCsv(const QString &path)
{
    auto keys = m_repository.keys();
    if (!keys) {
        QMessageBox::warning(this, tr("Cannot import"), keys.error().message);
        return 0;
    }
    ImportDialog dialog(path, m_workspace.databasePath(), *keys, m_settings.value(AppSettings::DefaultProfile), this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    m_model->reload();
    Q_EMIT inventoryChanged();
    Q_EMIT statusMessage(tr("Imported %n host(s)", nullptr, dialog.importedCount()));
    return dialog.importedCount();
}

bool HostsView::exportCsv(const QString &path)
{
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok) {
        auto written = HostCsv::write(file, m_model->hosts());
        ok = written && file.commit();
    }
    if (!ok) {
        QMessageBox::warning(this, tr("Cannot export"), tr("Writing %1 failed: %2").arg(path, file.errorString()));
        return false;
    }
    Q_EMIT statusMessage(tr("Exported %n host(s) to %1", nullptr, m_model->rowCount()).arg(path));
    return true;
}

void HostsView::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import hosts"), startFolder(m_settings.value(AppSettings::CsvFolder)),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings.setValue(AppSettings::CsvFolder, QFileInfo(path).absolutePath());
    importCsv(path);
}

void HostsView::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export hosts"),
                                                      startFolder(m_settings.value(AppSettings::CsvFolder))
                                                          + QStringLiteral("/hosts.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_settings.setValue(AppSettings::CsvFolder, QFileInfo(path).absolutePath());
    exportCsv(path);
}

bool HostsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDropEvent *>(event);
            if (!csvPathFrom(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const QString path = csvPathFrom(drop->mimeData());
            if (!path.isEmpty()) {
                drop->acceptProposedAction();
                // Leave the drop handler before the dialog opens its own loop.
                QMetaObject::invokeMethod(this, [this, path] { importCsv(path); }, Qt::QueuedConnection);
                return true;
            }
        }
    }
    return View::eventFilter(watched, event);
}

} // namespace Crashcart::App
