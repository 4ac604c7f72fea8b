// SPDX-License-Identifier: GPL-3.0-or-later
// Pending changes: making them (menus, dialogs, drops), listing them and taking them back.
#include "initrdview.h"

#include "binarydialog.h"
#include "entryfilterproxy.h"
#include "entrypropertiespane.h"
#include "entrytreemodel.h"
#include "entrytreeview.h"
#include "modeownerdialog.h"
#include "moduledialog.h"
#include "symlinkdialog.h"

#include "initrd/planapply.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSet>
#include <QStyle>

namespace Crashcart::App {

using namespace Crashcart::Initrd;

namespace {

QString childPath(const QString &folder, const QString &name)
{
    return folder.isEmpty() || folder == QLatin1String(".") ? name : folder + u'/' + name;
}

} // namespace

bool InitrdView::edit(const std::function<Result<void>(ChangeSet &)> &change)
{
    if (!hasImage() || isBusy())
        return false;
    ChangeSet next = m_changes;
    if (auto made = change(next); !made) {
        setError(made.error().message);
        return false;
    }
    auto applied = next.apply(*m_image);
    if (!applied) {
        setError(applied.error().message);
        return false;
    }
    setError({});
    setResult({});
    m_changes = std::move(next);
    commit(effectiveEntries(*applied));
    return true;
}

bool InitrdView::addHostFiles(const QStringList &hostPaths, const QString &folder)
{
    QString first;
    const bool done = edit([&](ChangeSet &changes) -> Result<void> {
        for (const QString &host : hostPaths) {
            const QFileInfo info(host);
            const QString dest = childPath(folder, info.fileName());
            if (first.isEmpty())
                first = dest;
            auto added = info.isDir() && !info.isSymLink() ? changes.addTree(dest, host) : changes.addFile(dest, host);
            if (!added)
                return added;
        }
        return {};
    });
    if (done) {
        selectPath(first);
        Q_EMIT statusMessage(tr("%n item(s) added to /%1 (pending)", nullptr, int(hostPaths.size()))
                                 .arg(folder == QLatin1String(".") ? QString() : folder));
    }
    return done;
}

bool InitrdView::undoChange(int index)
{
    if (index < 0 || index >= m_changes.size())
        return false;
    const QString what = ChangeSet::describe(m_changes.changes().at(index));
    ChangeSet next = m_changes;
    next.removeAt(index);
    auto applied = next.apply(*m_image);
    if (!applied) {
        setError(tr("\"%1\" cannot be taken back alone, later changes build on it: %2").arg(what, applied.error().message));
        return false;
    }
    setError({});
    m_changes = std::move(next);
    commit(effectiveEntries(*applied));
    Q_EMIT statusMessage(tr("Undone: %1").arg(what));
    return true;
}

void InitrdView::discardChanges()
{
    m_changes.clear();
    if (hasImage())
        commit(m_image->effective());
}

void InitrdView::commit(const QList<Entry> &effective)
{
    m_effective = effective;
    m_pending = hasImage() ? PendingImage(*m_image, m_changes, m_effective) : PendingImage();
    rebuildTree();
    refreshPending();
    updateActions();
}

void InitrdView::rebuildTree()
{
    // A reset loses what was expanded and selected: remember it by path.
    QStringList expanded;
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex index = m_proxy->index(row, 0, parent);
            if (m_tree->isExpanded(index)) {
                expanded << index.data(EntryTreeModel::PathRole).toString();
                collect(index);
            }
        }
    };
    collect({});
    const QString current = currentPath();
    const int scroll = m_tree->verticalScrollBar()->value();
    m_model->setEntries(m_effective);
    for (const QString &path : std::as_const(expanded))
        m_tree->expand(m_proxy->mapFromSource(m_model->indexOf(path)));
    if (!current.isEmpty())
        selectPath(current);
    m_tree->verticalScrollBar()->setValue(scroll);
    m_countLabel->setText(tr("%n entries", nullptr, int(m_effective.size())));
    showCurrent();
}

void InitrdView::refreshPending()
{
    m_pendingList->clear();
    for (const Change &change : m_changes.changes()) {
        auto *item = new QListWidgetItem(ChangeSet::describe(change), m_pendingList);
        item->setToolTip(item->text());
    }
    m_pendingList->scrollToBottom();
    m_pendingTitle->setText(tr("Pending changes: %1").arg(m_changes.size()));
    m_pendingNote->setText(m_changes.needsRepack()
                               ? tr("Removals and renames need a repack: an overlay can only add to the image.")
                               : QString());
    m_pendingNote->setVisible(m_changes.needsRepack());
}

void InitrdView::selectPath(const QString &path)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(path));
    if (!index.isValid())
        return;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void InitrdView::widenNameColumn(const QModelIndex &parent)
{
    // Deep folders push names to the right: keep the children of a folder just opened
    // readable, up to about half the tree's width.
    int depth = 1;
    for (QModelIndex p = parent; p.isValid(); p = p.parent())
        ++depth;
    QFont bold = m_tree->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    const int rows = std::min(m_proxy->rowCount(parent), 500);
    for (int row = 0; row < rows; ++row)
        widest = std::max(widest, metrics.horizontalAdvance(m_proxy->index(row, 0, parent).data().toString()));
    const int icon = m_tree->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_tree);
    const int needed = m_tree->indentation() * depth + icon + widest + metrics.averageCharWidth() * 3;
    const int width = std::min(needed, m_tree->viewport()->width() / 2);
    if (width > m_tree->header()->sectionSize(EntryTreeModel::Name))
        m_tree->header()->resizeSection(EntryTreeModel::Name, width);
}

QString InitrdView::currentPath() const
{
    const Entry *e = m_model->entry(m_proxy->mapToSource(m_tree->currentIndex()));
    return e ? e->path : QString();
}

std::optional<Entry> InitrdView::currentEntry() const
{
    const Entry *e = m_model->entry(m_proxy->mapToSource(m_tree->currentIndex()));
    return e ? std::optional(*e) : std::nullopt;
}

void InitrdView::showCurrent()
{
    m_properties->showEntry(currentEntry(), m_pending);
    updateActions();
}

QString InitrdView::targetFolder() const
{
    return m_model->folderFor(m_proxy->mapToSource(m_tree->currentIndex()));
}

QStringList InitrdView::selectedPaths() const
{
    QStringList paths;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows())
        paths << index.data(EntryTreeModel::PathRole).toString();
    // A folder's removal takes what is below it along.
    QStringList top;
    for (const QString &path : std::as_const(paths)) {
        const bool covered = std::any_of(paths.cbegin(), paths.cend(), [&path](const QString &other) {
            return other != path && isSameOrBelow(path, other);
        });
        if (!covered)
            top << path;
    }
    return top;
}

void InitrdView::showContextMenu(const QPoint &pos)
{
    if (!hasImage())
        return;
    QMenu menu(this);
    menu.addAction(m_addFilesAction);
    menu.addAction(m_addFolderAction);
    menu.addAction(m_newFolderAction);
    menu.addAction(m_newSymlinkAction);
    menu.addSeparator();
    menu.addAction(m_renameAction);
    menu.addAction(m_removeAction);
    menu.addAction(m_modeAction);
    menu.addSeparator();
    menu.addAction(m_binaryAction);
    menu.addAction(m_moduleAction);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void InitrdView::addFilesDialog()
{
    const QString folder = targetFolder();
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Files to /%1").arg(folder == QLatin1String(".") ? QString() : folder));
    if (!files.isEmpty())
        addHostFiles(files, folder);
}

void InitrdView::addFolderDialog()
{
    const QString folder = targetFolder();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a Folder to /%1").arg(folder == QLatin1String(".") ? QString() : folder));
    if (!dir.isEmpty())
        addHostFiles({ dir }, folder);
}

void InitrdView::newFolder()
{
    const QString folder = targetFolder();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Folder"),
                                               tr("Name of the new folder in /%1:").arg(folder == QLatin1String(".") ? QString() : folder),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    const QString path = childPath(folder, name);
    if (edit([&path](ChangeSet &changes) { return changes.addDirectory(path); }))
        selectPath(path);
}

void InitrdView::newSymlink()
{
    const QString folder = targetFolder();
    SymlinkDialog dialog(folder, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = childPath(folder, dialog.name());
    const QString target = dialog.target();
    if (edit([&](ChangeSet &changes) { return changes.addSymlink(path, target); }))
        selectPath(path);
}

void InitrdView::renameCurrent()
{
    const std::optional<Entry> entry = currentEntry();
    if (!entry)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename"),
                                               tr("New name for /%1 (a path starting with / moves it):").arg(entry->path),
                                               QLineEdit::Normal, baseName(entry->path), &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || name == baseName(entry->path))
        return;
    const QString path = name.startsWith(u'/') ? name.mid(1) : childPath(parentPath(entry->path), name);
    if (edit([&](ChangeSet &changes) { return changes.rename(entry->path, path); }))
        selectPath(path);
}

void InitrdView::removeSelected()
{
    const QStringList paths = selectedPaths();
    if (paths.isEmpty())
        return;
    edit([&paths](ChangeSet &changes) -> Result<void> {
        for (const QString &path : paths) {
            if (auto removed = changes.remove(path); !removed)
                return removed;
        }
        return {};
    });
}

void InitrdView::changeModeOwner()
{
    const std::optional<Entry> entry = currentEntry();
    if (!entry)
        return;
    ModeOwnerDialog dialog(entry->path, entry->mode, entry->uid, entry->gid, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool modeChanged = dialog.mode() != entry->mode;
    const bool ownerChanged = dialog.uid() != entry->uid || dialog.gid() != entry->gid;
    if (!modeChanged && !ownerChanged)
        return;
    edit([&](ChangeSet &changes) -> Result<void> {
        if (modeChanged) {
            if (auto r = changes.setMode(entry->path, dialog.mode()); !r)
                return r;
        }
        if (ownerChanged)
            return changes.setOwner(entry->path, dialog.uid(), dialog.gid());
        return {};
    });
}

void InitrdView::addBinary()
{
    if (!hasImage())
        return;
    BinaryDialog dialog(m_pending, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.outcome().ok)
        return;
    applyDepPlan(dialog.outcome().plan);
}

void InitrdView::addModule()
{
    if (!hasImage())
        return;
    ModuleDialog dialog(m_pending, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.outcome().ok)
        return;
    applyDepPlan(dialog.outcome().plan);
}

void InitrdView::applyDepPlan(const DepPlan &plan)
{
    if (!edit([&plan](ChangeSet &changes) { return applyPlan(plan, changes); }))
        return;
    const QList<PlanItem> added = plan.toAdd();
    // The first file is what the user picked (the program or the module).
    const auto picked = std::find_if(added.cbegin(), added.cend(), [](const PlanItem &item) {
        return item.kind == PlanItem::Kind::File && !item.hostPath.isEmpty();
    });
    if (picked != added.cend())
        selectPath(picked->imagePath);
    Q_EMIT statusMessage(tr("%n item(s) added (pending)", nullptr, int(added.size())));
}

void InitrdView::undoSelected()
{
    const int row = m_pendingList->currentRow();
    undoChange(row >= 0 ? row : m_changes.size() - 1);
}

void InitrdView::confirmDiscardAll()
{
    if (m_changes.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Discard All Changes"),
                                              tr("Discard %n pending change(s)?", nullptr, m_changes.size()),
                                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard)
        discardChanges();
}

} // namespace Crashcart::App
