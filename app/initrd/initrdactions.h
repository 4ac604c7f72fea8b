// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>

class QAction;
class QMenu;
class QWidget;

namespace Crashcart::App {

// The workbench's actions: built once with their icons, texts and shortcuts (active only
// while the view has focus: other views have their own Ctrl+O and friends), grouped for the
// menu, the toolbar and the tree's context menu, and enabled for what the view can do now.
// The view connects them.
class InitrdActions
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::App::InitrdView)

public:
    explicit InitrdActions(QWidget *view);

    // What the actions are enabled for.
    struct State
    {
        bool idle = true;
        bool open = false; // an image is open and nothing runs
        bool dirty = false; // ... and it has pending changes
        bool needsRepack = false;
        bool selected = false; // ... and an entry is current
        bool haveRecent = false;
    };
    void update(const State &state);

    QList<QAction *> menuActions() const;
    QList<QAction *> toolBarActions() const;
    // Shows the tree's context menu at a global position.
    void execContextMenu(QWidget *parent, const QPoint &globalPos) const;

    QMenu *recentMenu = nullptr;
    QAction *open = nullptr;
    QAction *saveOverlay = nullptr;
    QAction *saveRepack = nullptr;
    QAction *addFiles = nullptr;
    QAction *addFolder = nullptr;
    QAction *newFolder = nullptr;
    QAction *newSymlink = nullptr;
    QAction *rename = nullptr;
    QAction *remove = nullptr;
    QAction *mode = nullptr;
    QAction *binary = nullptr;
    QAction *module = nullptr;
    QAction *undo = nullptr;
    QAction *discard = nullptr;
};

} // namespace Crashcart::App
