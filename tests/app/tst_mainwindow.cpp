// SPDX-License-Identifier: GPL-3.0-or-later
// Smoke test: the main window as main() builds it, offscreen, importing a CSV through the
// same preview dialog a person uses, then finding the rows in the view.
#include "hosts/hostsview.h"
#include "hosts/importdialog.h"
#include "mainwindow.h"

#include "common/appsettings.h"
#include "common/i18n.h"
#include "common/workspace.h"
#include "inventory/database.h"
#include "inventory/hostrepository.h"
#include "inventory/profile.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace Crashcart;
using namespace Crashcart::App;
using namespace Qt::StringLiterals;

namespace {

// Clicks the import dialog's Import button once the preview is ready (bounded wait).
void acceptImportWhenReady(int *clicks)
{
    auto *timer = new QTimer(qApp);
    auto *elapsed = new int(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, elapsed, clicks] {
        if ((*elapsed += 50) > 30000) {
            timer->deleteLater();
            return;
        }
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->isEnabled() && button->text().startsWith(ImportDialog::tr("Import %n host(s)", nullptr, 3).left(6))) {
                button->click();
                ++*clicks;
                timer->deleteLater();
                delete elapsed;
                return;
            }
        }
    });
    timer->start(50);
}

QString writeCsv(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"hosts.csv"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("mac,hostname,ip,profile\n"
            "52:54:00:aa:00:01,alpha,10.1.0.1,rhel9\n"
            "52:54:00:aa:00:02,bravo,dhcp,rhel9\n"
            "not-a-mac,charlie,,\n"
            "52:54:00:aa:00:03,delta,10.1.0.3,fedora\n");
    return path;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importAndFind();
    void dropImports();
    void droppedImageGoesToTheWindow();
};

void TestMainWindow::importAndFind()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    auto workspace = Workspace::open(dir.filePath(u"ws"_s));
    QVERIFY(workspace.ok());
    auto db = Inventory::Database::openSqlite(workspace->databasePath());
    QVERIFY(db.ok());
    Inventory::HostRepository repo(**db);
    Inventory::ProfileRepository profiles(**db);

    MainWindow window(settings, workspace->path());
    auto *view = new HostsView(repo, profiles, *workspace, settings, &window);
    window.addView(view);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.menuBar()->actions().size() >= 3);

    int clicks = 0;
    acceptImportWhenReady(&clicks);
    QCOMPARE(view->importCsv(writeCsv(dir)), 3);
    QCOMPARE(clicks, 1);

    QAbstractItemModel *shown = view->table()->model();
    QCOMPARE(shown->rowCount(), 3);
    QStringList names;
    for (int r = 0; r < shown->rowCount(); ++r)
        names.append(shown->index(r, 1).data().toString());
    names.sort();
    QCOMPARE(names, (QStringList { u"alpha"_s, u"bravo"_s, u"delta"_s }));

    view->filterEdit()->setText(u"fedora"_s);
    QTRY_COMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 1).data().toString(), u"delta"_s);
    QCOMPARE(*repo.count(), 3);
    window.close();
}

void TestMainWindow::dropImports()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    auto workspace = Workspace::open(dir.filePath(u"ws"_s));
    auto db = Inventory::Database::openSqlite(workspace->databasePath());
    QVERIFY(db.ok());
    Inventory::HostRepository repo(**db);
    Inventory::ProfileRepository profiles(**db);
    HostsView view(repo, profiles, *workspace, settings);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(writeCsv(dir)) });
    QWidget *viewport = view.table()->viewport();
    const QPointF pos(viewport->width() / 2.0, viewport->height() / 2.0);
    QDragEnterEvent enter(pos.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    int clicks = 0;
    acceptImportWhenReady(&clicks);
    QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE_WITH_TIMEOUT(*repo.count(), 3, 30000);
    QTRY_COMPARE(view.table()->model()->rowCount(), 3);
}

// A disc image dropped on the window is for the distribution import (main.cpp connects
// imageDropped to HostsView::importDistribution; the host table takes CSV files only).
void TestMainWindow::droppedImageGoesToTheWindow()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    auto workspace = Workspace::open(dir.filePath(u"ws"_s));
    auto db = Inventory::Database::openSqlite(workspace->databasePath());
    QVERIFY(db.ok());
    Inventory::HostRepository repo(**db);
    Inventory::ProfileRepository profiles(**db);
    MainWindow window(settings, workspace->path());
    auto *view = new HostsView(repo, profiles, *workspace, settings, &window);
    window.addView(view);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy dropped(&window, &MainWindow::imageDropped);
    const QString iso = dir.filePath(u"AlmaLinux-9.4-x86_64-dvd.iso"_s);
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(iso) });
    const QPoint pos(window.width() / 2, window.height() / 2);
    QDragEnterEvent atWindow(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &atWindow);
    QVERIFY(atWindow.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.first().first().toString(), iso);
    // Two files, or something else than an image: refused.
    QMimeData two;
    two.setUrls({ QUrl::fromLocalFile(iso), QUrl::fromLocalFile(iso) });
    QDragEnterEvent twoEnter(pos, Qt::CopyAction, &two, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &twoEnter);
    QVERIFY(!twoEnter.isAccepted());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
