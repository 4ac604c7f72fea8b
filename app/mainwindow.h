// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QToolBar;

namespace Crashcart {
class AppSettings;
}

namespace Crashcart::App {

class View;

// Assembles the views: each gets a page, a menu and its toolbar buttons. The navigation
// list appears once there is more than one view to choose from.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(AppSettings &settings, const QString &workspacePath, QWidget *parent = nullptr);

    void addView(View *view);
    void restoreLayout();

Q_SIGNALS:
    // A disc image (.iso) was dropped on the window: import it as a distribution.
    void imageDropped(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showView(int index);
    void showSettings();
    void showAbout();

    AppSettings &m_settings;
    QString m_workspacePath;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_viewsMenuAnchor = nullptr;
    QList<View *> m_views;
    QList<QMenu *> m_viewMenus;
};

} // namespace Crashcart::App
