// SPDX-License-Identifier: GPL-3.0-or-later
// Pending changes: making them (menus, dialogs, drops), showing them and taking them back.
#include "initrdview.h"

#include "binarydialog.h"
#include "entrybrowser.h"
#include "entrypropertiespane.h"
#include "initrdactions.h"
#include "modeownerdialog.h"
#include "moduledialog.h"
#include "pendingchangespanel.h"
#include "symlinkdialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>

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
    return changeSession([&change](EditSession &session) { return session.edit(change); });
}

bool InitrdView::changeSession(const std::function<Result<void>(EditSession &)> &change)
{
    if (!hasImage() || isBusy())
        return false;
    if (auto edited = change(m_session); !edited) {
        setError(edited.error().message);
        return false;
    }
    setError({});
    setResult({});
    showSession();
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
    if (index < 0 || index >= changes().size())
        return false;
    const QString what = ChangeSet::describe(changes().changes().at(index));
    if (auto undone = m_session.undo(index); !undone) {
        setError(tr("\"%1\" cannot be taken back alone, later changes build on it: %2").arg(what, undone.error().message));
        return false;
    }
    setError({});
    showSession();
    Q_EMIT statusMessage(tr("Undone: %1").arg(what));
    return true;
}

void InitrdView::discardChanges()
{
    m_session.discardChanges();
    if (hasImage())
        showSession();
}

// The tree, the entry count, the properties and the pending changes, after an edit.
void InitrdView::showSession()
{
    m_browser->setEntries(m_session.effective());
    m_countLabel->setText(tr("%n entries", nullptr, int(m_session.effective().size())));
    showCurrent();
    m_pending->showChanges(changes());
    updateActions();
}

void InitrdView::showCurrent()
{
    m_properties->showEntry(m_browser->currentEntry(), m_session);
    updateActions();
}

void InitrdView::showContextMenu(const QPoint &globalPos)
{
    if (hasImage())
        m_actions->execContextMenu(this, globalPos);
}

void InitrdView::addFilesDialog()
{
    const QString folder = m_browser->targetFolder();
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Files to /%1").arg(folder == QLatin1String(".") ? QString() : folder));
    if (!files.isEmpty())
        addHostFiles(files, folder);
}

void InitrdView::addFolderDialog()
{
    const QString folder = m_browser->targetFolder();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a Folder to /%1").arg(folder == QLatin1String(".") ? QString() : folder));
    if (!dir.isEmpty())
        addHostFiles({ dir }, folder);
}

void InitrdView::newFolder()
{
    const QString folder = m_browser->targetFolder();
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
    const QString folder = m_browser->targetFolder();
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
    const std::optional<Entry> entry = m_browser->currentEntry();
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
    const QStringList paths = m_browser->selectedPaths();
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
    const std::optional<Entry> entry = m_browser->currentEntry();
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
    BinaryDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.outcome().ok)
        return;
    applyDepPlan(dialog.outcome().plan);
}

void InitrdView::addModule()
{
    if (!hasImage())
        return;
    ModuleDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.outcome().ok)
        return;
    applyDepPlan(dialog.outcome().plan);
}

void InitrdView::applyDepPlan(const DepPlan &plan)
{
    if (!changeSession([&plan](EditSession &session) { return session.applyPlan(plan); }))
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
    undoChange(m_pending->undoRow());
}

void InitrdView::confirmDiscardAll()
{
    if (!m_session.hasChanges())
        return;
    const auto answer = QMessageBox::question(this, tr("Discard All Changes"),
                                              tr("Discard %n pending change(s)?", nullptr, changes().size()),
                                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard)
        discardChanges();
}

} // namespace Crashcart::App
