// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "settings/settingsdialog.h"
#include "view.h"

#include "common/appsettings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace Crashcart::App {

MainWindow::MainWindow(AppSettings &settings, const QString &workspacePath, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_workspacePath(workspacePath)
{
    // The application display name ("Crashcart") is appended by Qt.
    setWindowTitle(workspacePath);
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);

    m_navigation = new QListWidget(this);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(fontMetrics().averageCharWidth() * 16);
    m_navigation->hide();
    m_pages = new QStackedWidget(this);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showView);

    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(QStringLiteral("MainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *settingsAction = fileMenu->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    // QKeySequence::Preferences is empty on most Linux desktops.
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    m_viewsMenuAnchor = helpMenu;
    helpMenu->addAction(tr("&About Crashcart"), this, &MainWindow::showAbout);

    statusBar()->showMessage(tr("Workspace: %1").arg(workspacePath));
    // First start: most of the screen (restoreLayout() then applies what the user chose).
    if (const QScreen *screen = this->screen()) {
        const QSize available = screen->availableSize();
        resize(std::max(900, available.width() * 9 / 10), std::max(600, available.height() * 9 / 10));
    }
}

void MainWindow::addView(View *view)
{
    m_views.append(view);
    m_pages->addWidget(view);
    m_navigation->addItem(view->title());
    m_navigation->setVisible(m_views.size() > 1);

    auto *menu = new QMenu(view->menuTitle(), this);
    for (QAction *action : view->menuActions()) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
    menuBar()->insertMenu(m_viewsMenuAnchor->menuAction(), menu);
    m_viewMenus.append(menu);
    menu->menuAction()->setVisible(m_pages->currentWidget() == view);
    connect(view, &View::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    if (m_views.size() == 1)
        showView(0);
}

void MainWindow::showView(int index)
{
    if (index < 0 || index >= m_views.size())
        return;
    m_pages->setCurrentIndex(index);
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index);
    m_toolBar->clear();
    for (QAction *action : m_views[index]->toolBarActions()) {
        if (action)
            m_toolBar->addAction(action);
        else
            m_toolBar->addSeparator();
    }
    for (int i = 0; i < m_viewMenus.size(); ++i)
        m_viewMenus[i]->menuAction()->setVisible(i == index);
}

void MainWindow::restoreLayout()
{
    restoreGeometry(m_settings.value(AppSettings::WindowGeometry));
    restoreState(m_settings.value(AppSettings::WindowState));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (View *view : std::as_const(m_views)) {
        if (!view->maybeClose()) {
            showView(int(m_views.indexOf(view)));
            event->ignore();
            return;
        }
    }
    m_settings.setValue(AppSettings::WindowGeometry, saveGeometry());
    m_settings.setValue(AppSettings::WindowState, saveState());
    for (View *view : std::as_const(m_views))
        view->saveState();
    m_settings.sync();
    event->accept();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, m_workspacePath, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Crashcart"),
                       tr("<h3>Crashcart %1</h3>"
                          "<p>Installs Linux on bare-metal servers over the network, from the host inventory "
                          "to a configured system.</p>"
                          "<p>Free software under the GNU General Public License, version 3 or later.</p>")
                           .arg(QStringLiteral(CRASHCART_VERSION)));
}

namespace {

// The one local .iso file a drag carries; empty otherwise.
QString droppedImage(const QMimeData *mime)
{
    if (!mime || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    const QString path = mime->urls().first().toLocalFile();
    return path.endsWith(QLatin1String(".iso"), Qt::CaseInsensitive) ? path : QString();
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedImage(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedImage(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT imageDropped(path);
}

} // namespace Crashcart::App
