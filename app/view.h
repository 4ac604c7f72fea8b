// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QAction;

namespace Crashcart::App {

// One of the main window's views (hosts now; kickstart, initrd, servers as they arrive).
// The main window shows its widget, and gives its actions a menu of its own and the toolbar.
class View : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    // The view's menu in the menu bar, with its mnemonic.
    virtual QString menuTitle() const { return title(); }
    // Actions for the view's menu; nullptr entries become separators.
    virtual QList<QAction *> menuActions() const = 0;
    // Actions worth a toolbar button.
    virtual QList<QAction *> toolBarActions() const = 0;
    virtual void saveState() { }
    // Asked before the window closes: false keeps it open (e.g. unsaved work the user wants
    // to keep). May ask the user.
    virtual bool maybeClose() { return true; }

Q_SIGNALS:
    void statusMessage(const QString &message);
};

} // namespace Crashcart::App
