// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/workspace.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Crashcart::Workspace;

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void createsLayout();
    void reopensExisting();
    void refusesFile();
    void refusesEmpty();
    void defaultIsAppData();
};

void TestWorkspace::createsLayout()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("a/b/ws"));
    auto ws = Workspace::open(path);
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().message));
    for (const QString &dir : { ws->tftpRoot(), ws->httpRoot(), ws->distributionsDir(), ws->logsDir() })
        QVERIFY2(QFileInfo(dir).isDir(), qPrintable(dir));
    QVERIFY(ws->databasePath().startsWith(ws->path()));
    // Nothing but the layout: the database is created by whoever opens it.
    QCOMPARE(QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 4);
}

void TestWorkspace::reopensExisting()
{
    QTemporaryDir tmp;
    QVERIFY(Workspace::open(tmp.path()).ok());
    QFile marker(tmp.filePath(QStringLiteral("http/keep.txt")));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.write("x");
    marker.close();
    QVERIFY(Workspace::open(tmp.path()).ok());
    QVERIFY(marker.exists());
}

void TestWorkspace::refusesFile()
{
    QTemporaryDir tmp;
    QFile file(tmp.filePath(QStringLiteral("file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    auto ws = Workspace::open(file.fileName());
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code, QStringLiteral("workspace.notdir"));
}

void TestWorkspace::refusesEmpty()
{
    QVERIFY(!Workspace::open(QString()).ok());
}

void TestWorkspace::defaultIsAppData()
{
    QCOMPARE(Workspace::defaultPath(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
