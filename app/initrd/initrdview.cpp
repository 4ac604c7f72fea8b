// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrdview.h"

#include "entrybrowser.h"
#include "entrypropertiespane.h"
#include "entrytreemodel.h"
#include "entrytreeview.h"
#include "errorlabel.h"
#include "initrdactions.h"
#include "pendingchangespanel.h"
#include "segmentmodel.h"
#include "taskprogress.h"

#include "common/appsettings.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Crashcart::App {

using namespace Crashcart::Initrd;

namespace {

const SettingKey<QStringList> kRecent { "initrd/recent", {} };
const SettingKey<QByteArray> kMainSplitter { "initrd/splitter", {} };
const SettingKey<QByteArray> kSideSplitter { "initrd/sideSplitter", {} };
const SettingKey<QByteArray> kTreeHeader { "initrd/treeHeader", {} };
constexpr int kRecentCount = 8;

} // namespace

InitrdView::InitrdView(AppSettings &settings, QWidget *parent)
    : View(parent), m_settings(settings), m_recent(settings.value(kRecent)), m_actions(std::make_unique<InitrdActions>(this)),
      m_task(new TaskProgress(this)), m_error(makeErrorLabel(this)), m_result(new QLabel(this)),
      m_pages(new QStackedWidget(this))
{
    setAcceptDrops(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_pages->addWidget(makeEmptyPage());
    m_pages->addWidget(makeImagePage());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_task);
    auto *messages = new QVBoxLayout;
    messages->setContentsMargins(6, 0, 6, 0);
    messages->addWidget(m_error);
    messages->addWidget(m_result);
    layout->addLayout(messages);
    layout->addWidget(m_pages, 1);

    connectActions();
    connect(m_task, &TaskProgress::busyChanged, this, &InitrdView::updateActions);
    restoreLayout();
    updateRecentMenu();
    updateActions();
}

InitrdView::~InitrdView() = default;

QString InitrdView::title() const { return tr("Initrd"); }
QString InitrdView::menuTitle() const { return tr("&Initrd"); }
QList<QAction *> InitrdView::menuActions() const { return m_actions->menuActions(); }
QList<QAction *> InitrdView::toolBarActions() const { return m_actions->toolBarActions(); }
bool InitrdView::isBusy() const { return m_task->isBusy(); }
QString InitrdView::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }
QString InitrdView::resultText() const { return m_result->isHidden() ? QString() : m_result->text(); }
EntryTreeModel *InitrdView::treeModel() const { return m_browser->model(); }
EntryFilterProxy *InitrdView::filterProxy() const { return m_browser->proxy(); }
QTreeView *InitrdView::tree() const { return m_browser->tree(); }
QListWidget *InitrdView::pendingList() const { return m_pending->list(); }
void InitrdView::selectPath(const QString &path) { m_browser->selectPath(path); }
QString InitrdView::currentPath() const { return m_browser->currentPath(); }

QWidget *InitrdView::makeEmptyPage()
{
    auto *page = new QWidget(this);
    auto *hint = new QLabel(tr("Open an initrd or initramfs image to browse and edit it, or drop one here. "
                               "Nothing is written until you save."),
                            page);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    auto *open = new QPushButton(tr("&Open Image…"), page);
    connect(open, &QPushButton::clicked, this, &InitrdView::chooseImage);
    m_recentList = new QListWidget(page);
    m_recentList->setToolTip(tr("Recently opened images: double-click to open"));
    connect(m_recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { confirmAndOpen(item->text()); });
    m_recentTitle = new QLabel(tr("Recent images:"), page);
    auto *column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(hint);
    column->addWidget(open, 0, Qt::AlignHCenter);
    column->addSpacing(fontMetrics().height());
    column->addWidget(m_recentTitle);
    column->addWidget(m_recentList, 1);
    column->addStretch(1);
    auto *layout = new QHBoxLayout(page);
    layout->addStretch(1);
    layout->addLayout(column, 3);
    layout->addStretch(1);
    return page;
}

QWidget *InitrdView::makeImagePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(makeHeader(page));
    layout->addWidget(makeSegmentTable(page));
    layout->addWidget(makeSplitters(page), 1);
    return page;
}

// The image's path, its entry count and the filter.
QLayout *InitrdView::makeHeader(QWidget *page)
{
    m_pathLabel = new QLabel(page);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_pathLabel->font();
    bold.setBold(true);
    m_pathLabel->setFont(bold);
    m_countLabel = new QLabel(page);
    m_filter = new QLineEdit(page);
    m_filter->setPlaceholderText(tr("Filter by path"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    auto *top = new QHBoxLayout;
    top->addWidget(m_pathLabel, 1);
    top->addWidget(m_countLabel);
    top->addWidget(m_filter);
    return top;
}

QTableView *InitrdView::makeSegmentTable(QWidget *page)
{
    m_segments = new SegmentModel(this);
    m_segmentTable = new QTableView(page);
    m_segmentTable->setModel(m_segments);
    m_segmentTable->verticalHeader()->hide();
    m_segmentTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_segmentTable->setFocusPolicy(Qt::NoFocus);
    m_segmentTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_segmentTable->horizontalHeader()->setStretchLastSection(true);
    m_segmentTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return m_segmentTable;
}

// The entry tree beside the properties above the pending changes.
QSplitter *InitrdView::makeSplitters(QWidget *page)
{
    m_browser = new EntryBrowser(page);
    m_properties = new EntryPropertiesPane(page);
    m_pending = new PendingChangesPanel(page);
    m_sideSplitter = new QSplitter(Qt::Vertical, page);
    m_sideSplitter->addWidget(m_properties);
    m_sideSplitter->addWidget(m_pending);
    m_sideSplitter->setStretchFactor(0, 3);
    m_sideSplitter->setStretchFactor(1, 2);
    m_sideSplitter->setSizes({ 600, 300 });
    m_mainSplitter = new QSplitter(Qt::Horizontal, page);
    m_mainSplitter->addWidget(m_browser);
    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({ 900, 360 });
    return m_mainSplitter;
}

void InitrdView::connectActions()
{
    const InitrdActions &a = *m_actions;
    connect(a.open, &QAction::triggered, this, &InitrdView::chooseImage);
    connect(a.saveOverlay, &QAction::triggered, this, [this] { saveWithDialog(SaveDialog::Kind::Overlay); });
    connect(a.saveRepack, &QAction::triggered, this, [this] { saveWithDialog(SaveDialog::Kind::Repack); });
    connect(a.addFiles, &QAction::triggered, this, &InitrdView::addFilesDialog);
    connect(a.addFolder, &QAction::triggered, this, &InitrdView::addFolderDialog);
    connect(a.newFolder, &QAction::triggered, this, &InitrdView::newFolder);
    connect(a.newSymlink, &QAction::triggered, this, &InitrdView::newSymlink);
    connect(a.rename, &QAction::triggered, this, &InitrdView::renameCurrent);
    connect(a.remove, &QAction::triggered, this, &InitrdView::removeSelected);
    connect(a.mode, &QAction::triggered, this, &InitrdView::changeModeOwner);
    connect(a.binary, &QAction::triggered, this, &InitrdView::addBinary);
    connect(a.module, &QAction::triggered, this, &InitrdView::addModule);
    connect(a.undo, &QAction::triggered, this, &InitrdView::undoSelected);
    connect(a.discard, &QAction::triggered, this, &InitrdView::confirmDiscardAll);

    connect(m_filter, &QLineEdit::textChanged, m_browser, &EntryBrowser::setPathFilter);
    connect(m_browser, &EntryBrowser::currentChanged, this, &InitrdView::showCurrent);
    connect(m_browser, &EntryBrowser::selectionChanged, this, &InitrdView::updateActions);
    connect(m_browser, &EntryBrowser::contextMenuRequested, this, &InitrdView::showContextMenu);
    connect(m_browser, &EntryBrowser::hostFilesDropped, this, &InitrdView::addHostFiles);
    connect(m_pending, &PendingChangesPanel::undoRequested, this, &InitrdView::undoSelected);
    connect(m_pending, &PendingChangesPanel::discardRequested, this, &InitrdView::confirmDiscardAll);
    connect(m_pending, &PendingChangesPanel::currentRowChanged, this, &InitrdView::updateActions);
}

void InitrdView::restoreLayout()
{
    m_mainSplitter->restoreState(m_settings.value(kMainSplitter));
    m_sideSplitter->restoreState(m_settings.value(kSideSplitter));
    m_browser->tree()->header()->restoreState(m_settings.value(kTreeHeader));
}

void InitrdView::updateActions()
{
    InitrdActions::State state;
    state.idle = !isBusy();
    state.open = hasImage() && state.idle;
    state.dirty = state.open && m_session.hasChanges();
    state.needsRepack = changes().needsRepack();
    state.selected = state.open && m_browser->currentEntry().has_value();
    state.haveRecent = !m_recent.isEmpty();
    m_actions->update(state);
    m_pending->setButtonsEnabled(state.dirty);
    m_browser->tree()->setAcceptDrops(state.open);
}

void InitrdView::updateRecentMenu()
{
    m_actions->recentMenu->clear();
    m_recentList->clear();
    for (const QString &path : std::as_const(m_recent)) {
        m_actions->recentMenu->addAction(path, this, [this, path] { confirmAndOpen(path); });
        m_recentList->addItem(path);
    }
    m_actions->recentMenu->setEnabled(!m_recent.isEmpty() && !isBusy());
    m_recentTitle->setVisible(!m_recent.isEmpty());
    m_recentList->setVisible(!m_recent.isEmpty());
}

void InitrdView::addRecent(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_recent.removeAll(absolute);
    m_recent.prepend(absolute);
    while (m_recent.size() > kRecentCount)
        m_recent.removeLast();
    m_settings.setValue(kRecent, m_recent);
    updateRecentMenu();
}

void InitrdView::saveState()
{
    m_settings.setValue(kRecent, m_recent);
    m_settings.setValue(kMainSplitter, m_mainSplitter->saveState());
    m_settings.setValue(kSideSplitter, m_sideSplitter->saveState());
    m_settings.setValue(kTreeHeader, m_browser->tree()->header()->saveState());
}

void InitrdView::setError(const QString &message)
{
    App::setError(m_error, message);
    if (!message.isEmpty())
        Q_EMIT statusMessage(message);
}

void InitrdView::setResult(const QString &message)
{
    m_result->setText(message);
    m_result->setVisible(!message.isEmpty());
}

void InitrdView::dragEnterEvent(QDragEnterEvent *event)
{
    // Reached when the drop is not on the tree (which adds files): one file opens as an image.
    const QStringList files = EntryTreeModel::localFiles(event->mimeData());
    if (files.size() == 1 && QFileInfo(files.first()).isFile() && !isBusy())
        event->acceptProposedAction();
    else
        event->ignore();
}

void InitrdView::dropEvent(QDropEvent *event)
{
    const QStringList files = EntryTreeModel::localFiles(event->mimeData());
    if (files.size() != 1 || isBusy()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    confirmAndOpen(files.first());
}

} // namespace Crashcart::App
