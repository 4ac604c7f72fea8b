// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrdactions.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace Crashcart::App {

namespace {

QAction *makeAction(QWidget *view, const QString &icon, const QString &text, const QKeySequence &key = {})
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, view);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addAction(action);
    return action;
}

} // namespace

InitrdActions::InitrdActions(QWidget *view)
    : recentMenu(new QMenu(tr("Open &Recent"), view)),
      open(makeAction(view, QStringLiteral("document-open"), tr("&Open Image…"), QKeySequence::Open)),
      saveOverlay(makeAction(view, QStringLiteral("document-save"), tr("Save as &Overlay…"), QKeySequence::Save)),
      saveRepack(makeAction(view, QStringLiteral("document-save-as"), tr("Save &Repacked…"), QKeySequence::SaveAs)),
      addFiles(makeAction(view, QStringLiteral("list-add"), tr("Add &Files…"))),
      addFolder(makeAction(view, QStringLiteral("folder-add"), tr("Add a Folder from This &System…"))),
      newFolder(makeAction(view, QStringLiteral("folder-new"), tr("New Fo&lder…"), QKeySequence::New)),
      newSymlink(makeAction(view, QStringLiteral("insert-link"), tr("New &Symlink…"))),
      rename(makeAction(view, QStringLiteral("edit-rename"), tr("Re&name…"), QKeySequence(Qt::Key_F2))),
      remove(makeAction(view, QStringLiteral("edit-delete"), tr("Re&move"), QKeySequence::Delete)),
      mode(makeAction(view, QStringLiteral("document-properties"), tr("Change &Mode and Owner…"))),
      binary(makeAction(view, QStringLiteral("application-x-executable"), tr("Add &Binary with Libraries…"))),
      module(makeAction(view, QStringLiteral("drive-harddisk"), tr("Add &Kernel Module…"))),
      undo(makeAction(view, QStringLiteral("edit-undo"), tr("&Undo Change"), QKeySequence::Undo)),
      discard(makeAction(view, QStringLiteral("edit-clear"), tr("&Discard All Changes")))
{
    saveOverlay->setIconText(tr("Save Overlay"));
    saveRepack->setIconText(tr("Save Repacked"));
    binary->setIconText(tr("Add Binary"));
    module->setIconText(tr("Add Module"));
}

void InitrdActions::update(const State &state)
{
    open->setEnabled(state.idle);
    recentMenu->setEnabled(state.idle && state.haveRecent);
    saveOverlay->setEnabled(state.dirty && !state.needsRepack);
    saveOverlay->setToolTip(state.needsRepack ? tr("Removals and renames cannot go into an overlay: save repacked")
                                              : tr("Append the changes as a new segment, leaving the original bytes as they are"));
    saveRepack->setEnabled(state.dirty);
    for (QAction *a : { addFiles, addFolder, newFolder, newSymlink, binary, module })
        a->setEnabled(state.open);
    rename->setEnabled(state.selected);
    remove->setEnabled(state.selected);
    mode->setEnabled(state.selected);
    undo->setEnabled(state.dirty);
    discard->setEnabled(state.dirty);
}

QList<QAction *> InitrdActions::menuActions() const
{
    return { open,      recentMenu->menuAction(), nullptr, saveOverlay, saveRepack, nullptr, addFiles,
             addFolder, newFolder,                newSymlink, rename,    remove,     mode,    nullptr,
             binary,    module,                   nullptr,  undo,        discard };
}

QList<QAction *> InitrdActions::toolBarActions() const
{
    return { open, saveOverlay, saveRepack, nullptr, binary, module };
}

void InitrdActions::execContextMenu(QWidget *parent, const QPoint &globalPos) const
{
    QMenu menu(parent);
    menu.addActions({ addFiles, addFolder, newFolder, newSymlink });
    menu.addSeparator();
    menu.addActions({ rename, remove, mode });
    menu.addSeparator();
    menu.addActions({ binary, module });
    menu.exec(globalPos);
}

} // namespace Crashcart::App
