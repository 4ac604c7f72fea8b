// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrdview.h"

#include "entryfilterproxy.h"
#include "entrypropertiespane.h"
#include "entrytreemodel.h"
#include "entrytreeview.h"
#include "errorlabel.h"
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
    : View(parent), m_settings(settings), m_recent(settings.value(kRecent)), m_task(new TaskProgress(this)),
      m_error(makeErrorLabel(this)), m_result(new QLabel(this)), m_pages(new QStackedWidget(this))
{
    setAcceptDrops(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    createActions();
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

    connect(m_task, &TaskProgress::busyChanged, this, &InitrdView::updateActions);
    m_mainSplitter->restoreState(m_settings.value(kMainSplitter));
    m_sideSplitter->restoreState(m_settings.value(kSideSplitter));
    m_tree->header()->restoreState(m_settings.value(kTreeHeader));
    updateRecentMenu();
    updateActions();
}

InitrdView::~InitrdView() = default;

QString InitrdView::title() const { return tr("Initrd"); }
QString InitrdView::menuTitle() const { return tr("&Initrd"); }
QList<QAction *> InitrdView::menuActions() const { return m_menuActions; }
QList<QAction *> InitrdView::toolBarActions() const { return m_toolBarActions; }
bool InitrdView::isBusy() const { return m_task->isBusy(); }
QString InitrdView::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }
QString InitrdView::resultText() const { return m_result->isHidden() ? QString() : m_result->text(); }
QTreeView *InitrdView::tree() const { return m_tree; }

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
    connect(m_recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (maybeDiscard(tr("Open another image?")))
            openImage(item->text());
    });
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

    m_segments = new SegmentModel(this);
    m_segmentTable = new QTableView(page);
    m_segmentTable->setModel(m_segments);
    m_segmentTable->verticalHeader()->hide();
    m_segmentTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_segmentTable->setFocusPolicy(Qt::NoFocus);
    m_segmentTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_segmentTable->horizontalHeader()->setStretchLastSection(true);
    m_segmentTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_model = new EntryTreeModel(this);
    m_proxy = new EntryFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_tree = new EntryTreeView(page);
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(EntryTreeModel::Name, Qt::AscendingOrder);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->resizeSection(EntryTreeModel::Name, fontMetrics().averageCharWidth() * 30);
    m_tree->header()->resizeSection(EntryTreeModel::Target, fontMetrics().averageCharWidth() * 24);

    m_properties = new EntryPropertiesPane(page);
    m_sideSplitter = new QSplitter(Qt::Vertical, page);
    m_sideSplitter->addWidget(m_properties);
    m_sideSplitter->addWidget(makePendingBox());
    m_sideSplitter->setStretchFactor(0, 3);
    m_sideSplitter->setStretchFactor(1, 2);
    m_sideSplitter->setSizes({ 600, 300 });
    m_mainSplitter = new QSplitter(Qt::Horizontal, page);
    m_mainSplitter->addWidget(m_tree);
    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({ 900, 360 });

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_segmentTable);
    layout->addWidget(m_mainSplitter, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setPathFilter(text);
        if (!text.trimmed().isEmpty())
            m_tree->expandAll(); // show where the matches are
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &InitrdView::showCurrent);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InitrdView::updateActions);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &InitrdView::showContextMenu);
    connect(m_tree, &QTreeView::expanded, this, &InitrdView::widenNameColumn);
    connect(m_model, &EntryTreeModel::hostFilesDropped, this, &InitrdView::addHostFiles);
    return page;
}

QWidget *InitrdView::makePendingBox()
{
    auto *box = new QWidget(this);
    m_pendingTitle = new QLabel(box);
    QFont bold = m_pendingTitle->font();
    bold.setBold(true);
    m_pendingTitle->setFont(bold);
    m_pendingTitle->setText(tr("Pending changes: %1").arg(0));
    m_pendingNote = new QLabel(box);
    m_pendingNote->setWordWrap(true);
    m_pendingNote->hide();
    m_pendingList = new QListWidget(box);
    m_pendingList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pendingList->setWordWrap(true);
    m_pendingList->setAlternatingRowColors(true);
    m_undoButton = new QPushButton(tr("&Undo Change"), box);
    m_undoButton->setToolTip(tr("Takes back the selected change, or the last one"));
    m_discardButton = new QPushButton(tr("&Discard All"), box);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_discardButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_pendingTitle);
    layout->addWidget(m_pendingList, 1);
    layout->addWidget(m_pendingNote);
    layout->addLayout(buttons);
    connect(m_undoButton, &QPushButton::clicked, this, &InitrdView::undoSelected);
    connect(m_discardButton, &QPushButton::clicked, this, &InitrdView::confirmDiscardAll);
    connect(m_pendingList, &QListWidget::currentRowChanged, this, &InitrdView::updateActions);
    return box;
}

void InitrdView::createActions()
{
    const auto make = [this](const QString &icon, const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setShortcut(key);
        // Only while the view has focus: other views have their own Ctrl+O and friends.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_openAction = make(QStringLiteral("document-open"), tr("&Open Image…"), QKeySequence::Open, [this] { chooseImage(); });
    m_recentMenu = new QMenu(tr("Open &Recent"), this);
    m_saveOverlayAction = make(QStringLiteral("document-save"), tr("Save as &Overlay…"), QKeySequence::Save,
                               [this] { saveWithDialog(SaveDialog::Kind::Overlay); });
    m_saveRepackAction = make(QStringLiteral("document-save-as"), tr("Save &Repacked…"), QKeySequence::SaveAs,
                              [this] { saveWithDialog(SaveDialog::Kind::Repack); });
    m_addFilesAction = make(QStringLiteral("list-add"), tr("Add &Files…"), QKeySequence(), [this] { addFilesDialog(); });
    m_addFolderAction = make(QStringLiteral("folder-add"), tr("Add a Folder from This &System…"), QKeySequence(),
                             [this] { addFolderDialog(); });
    m_newFolderAction = make(QStringLiteral("folder-new"), tr("New Fo&lder…"), QKeySequence::New, [this] { newFolder(); });
    m_newSymlinkAction = make(QStringLiteral("insert-link"), tr("New &Symlink…"), QKeySequence(), [this] { newSymlink(); });
    m_renameAction = make(QStringLiteral("edit-rename"), tr("Re&name…"), QKeySequence(Qt::Key_F2), [this] { renameCurrent(); });
    m_removeAction = make(QStringLiteral("edit-delete"), tr("Re&move"), QKeySequence::Delete, [this] { removeSelected(); });
    m_modeAction = make(QStringLiteral("document-properties"), tr("Change &Mode and Owner…"), QKeySequence(),
                        [this] { changeModeOwner(); });
    m_binaryAction = make(QStringLiteral("application-x-executable"), tr("Add &Binary with Libraries…"), QKeySequence(),
                          [this] { addBinary(); });
    m_moduleAction = make(QStringLiteral("drive-harddisk"), tr("Add &Kernel Module…"), QKeySequence(), [this] { addModule(); });
    m_undoAction = make(QStringLiteral("edit-undo"), tr("&Undo Change"), QKeySequence::Undo, [this] { undoSelected(); });
    m_discardAction = make(QStringLiteral("edit-clear"), tr("&Discard All Changes"), QKeySequence(),
                           [this] { confirmDiscardAll(); });
    m_saveOverlayAction->setIconText(tr("Save Overlay"));
    m_saveRepackAction->setIconText(tr("Save Repacked"));
    m_binaryAction->setIconText(tr("Add Binary"));
    m_moduleAction->setIconText(tr("Add Module"));
    m_menuActions = { m_openAction,      m_recentMenu->menuAction(), nullptr,          m_saveOverlayAction,
                      m_saveRepackAction, nullptr,                   m_addFilesAction, m_addFolderAction,
                      m_newFolderAction, m_newSymlinkAction,         m_renameAction,   m_removeAction,
                      m_modeAction,      nullptr,                    m_binaryAction,   m_moduleAction,
                      nullptr,           m_undoAction,               m_discardAction };
    m_toolBarActions = { m_openAction, m_saveOverlayAction, m_saveRepackAction, nullptr, m_binaryAction, m_moduleAction };
}

void InitrdView::updateActions()
{
    const bool idle = !isBusy();
    const bool open = hasImage() && idle;
    const bool dirty = open && !m_changes.isEmpty();
    const bool selected = open && currentEntry().has_value();
    m_openAction->setEnabled(idle);
    m_recentMenu->setEnabled(idle && !m_recent.isEmpty());
    m_saveOverlayAction->setEnabled(dirty && !m_changes.needsRepack());
    m_saveOverlayAction->setToolTip(m_changes.needsRepack()
                                        ? tr("Removals and renames cannot go into an overlay: save repacked")
                                        : tr("Append the changes as a new segment, leaving the original bytes as they are"));
    m_saveRepackAction->setEnabled(dirty);
    for (QAction *a : { m_addFilesAction, m_addFolderAction, m_newFolderAction, m_newSymlinkAction, m_binaryAction,
                        m_moduleAction })
        a->setEnabled(open);
    m_renameAction->setEnabled(selected);
    m_removeAction->setEnabled(selected);
    m_modeAction->setEnabled(selected);
    m_undoAction->setEnabled(dirty);
    m_discardAction->setEnabled(dirty);
    m_undoButton->setEnabled(dirty);
    m_discardButton->setEnabled(dirty);
    m_tree->setAcceptDrops(open);
}

void InitrdView::updateRecentMenu()
{
    m_recentMenu->clear();
    m_recentList->clear();
    for (const QString &path : std::as_const(m_recent)) {
        m_recentMenu->addAction(path, this, [this, path] {
            if (maybeDiscard(tr("Open another image?")))
                openImage(path);
        });
        m_recentList->addItem(path);
    }
    m_recentMenu->setEnabled(!m_recent.isEmpty() && !isBusy());
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
    m_settings.setValue(kTreeHeader, m_tree->header()->saveState());
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
    if (maybeDiscard(tr("Open another image?")))
        openImage(files.first());
}

} // namespace Crashcart::App
