// SPDX-License-Identifier: GPL-3.0-or-later
#include "kickstart/codeeditor.h"
#include "kickstart/kickstartcompleter.h"
#include "kickstart/kickstartoutline.h"
#include "kickstart/kickstartview.h"
#include "kickstart/previewpane.h"

#include "common/appsettings.h"
#include "common/workspace.h"
#include "inventory/database.h"
#include "inventory/hostrepository.h"
#include "testhosts.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Crashcart;
using namespace Crashcart::App;

namespace {

const QByteArray kBroken = "lang en_US.UTF-8\n"   // 1
                           "rootpw --lock\n"      // 2
                           "frobnicate now\n"     // 3: unknown command
                           "text\n"               // 4
                           "%post\n"              // 5
                           "cd /opt\n"            // 6: SC2164
                           "%end\n"               // 7
                           "%psot\n"              // 8: misspelt section
                           "%end\n";

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return f.fileName();
}

QList<int> lines(const QTreeWidget *problems, const QString &code = {})
{
    QList<int> out;
    for (int i = 0; i < problems->topLevelItemCount(); ++i) {
        if (code.isEmpty() || problems->topLevelItem(i)->text(4) == code)
            out.append(problems->topLevelItem(i)->text(0).toInt());
    }
    return out;
}

} // namespace

class TestKickstartView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void diagnosticsOfAFileWithErrors();
    void problemClickJumps();
    void typingRelints();
    void saveIsAtomicAndTracksChanges();
    void externalChangeIsNoticed();
    void releaseIsRememberedPerProfile();
    void completionOffersCommandsAndOptions();
    void previewRendersForAHost();
    void outlineListsSectionsAndIncludes();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::optional<Workspace> m_workspace;
    std::unique_ptr<Inventory::Database> m_db;
    std::unique_ptr<Inventory::HostRepository> m_hosts;
    std::unique_ptr<KickstartView> m_view;
};

void TestKickstartView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(u"settings.ini"_s));
    auto ws = Workspace::open(m_dir->filePath(u"ws"_s));
    QVERIFY(ws.ok());
    m_workspace = *ws;
    auto db = Inventory::Database::openSqlite(m_workspace->databasePath());
    QVERIFY(db.ok());
    m_db = std::move(*db);
    m_hosts = std::make_unique<Inventory::HostRepository>(*m_db);
    Inventory::Host h = Test::makeHost(u"52:54:00:00:00:01"_s, u"web01"_s, u"10.0.0.11"_s);
    h.profile = u"rhel9"_s;
    h.tags = { u"rack=r3"_s };
    QVERIFY(m_hosts->add(h).ok());
    m_view = std::make_unique<KickstartView>(*m_hosts, *m_workspace, *m_settings);
    m_view->resize(1000, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestKickstartView::cleanup()
{
    m_view.reset();
    m_hosts.reset();
    m_db.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestKickstartView::diagnosticsOfAFileWithErrors()
{
    QSignalSpy updated(m_view.get(), &KickstartView::diagnosticsUpdated);
    QVERIFY(m_view->openFile(write(*m_dir, u"broken.ks"_s, kBroken)));
    // First the rules, then ShellCheck's findings on the scripts.
    QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty() && updated.last().first().toBool(), 20000);
    QTreeWidget *problems = m_view->problems();
    QCOMPARE(lines(problems, u"unknown-command"_s), QList<int> { 3 });
    QCOMPARE(lines(problems, u"unknown-section"_s), QList<int> { 8 });
    QCOMPARE(lines(problems, u"SC2164"_s), QList<int> { 6 });
    // The same findings reach the editor, which underlines them.
    QCOMPARE(m_view->editor()->diagnostics().size(), problems->topLevelItemCount());
    const auto selections = m_view->editor()->extraSelections();
    const auto underlined = std::count_if(selections.begin(), selections.end(), [](const QTextEdit::ExtraSelection &s) {
        return s.format.underlineStyle() == QTextCharFormat::WaveUnderline;
    });
    QCOMPARE(underlined, qsizetype(problems->topLevelItemCount()));
}

void TestKickstartView::problemClickJumps()
{
    QSignalSpy updated(m_view.get(), &KickstartView::diagnosticsUpdated);
    QVERIFY(m_view->openFile(write(*m_dir, u"broken.ks"_s, kBroken)));
    QTRY_VERIFY(!updated.isEmpty());
    QTreeWidget *problems = m_view->problems();
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < problems->topLevelItemCount(); ++i) {
        if (problems->topLevelItem(i)->text(4) == u"unknown-section")
            item = problems->topLevelItem(i);
    }
    QVERIFY(item);
    const QRect rect = problems->visualItemRect(item);
    QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_view->editor()->textCursor().blockNumber() + 1, 8);
}

void TestKickstartView::typingRelints()
{
    QSignalSpy updated(m_view.get(), &KickstartView::diagnosticsUpdated);
    QVERIFY(m_view->openFile(write(*m_dir, u"ok.ks"_s, "lang en_US.UTF-8\nrootpw --lock\n")));
    QTRY_VERIFY(!updated.isEmpty());
    QCOMPARE(m_view->problems()->topLevelItemCount(), 0);
    QVERIFY(!m_view->isModified());
    m_view->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(m_view->editor(), u"bogus"_s);
    QTest::keyClick(m_view->editor(), Qt::Key_Escape); // no completion for this one
    QTest::keyClick(m_view->editor(), Qt::Key_Return);
    QVERIFY(m_view->isModified());
    QTRY_COMPARE(lines(m_view->problems(), u"unknown-command"_s), QList<int> { 3 });
    while (m_view->editor()->document()->isUndoAvailable())
        m_view->editor()->undo();
    QCOMPARE(m_view->editor()->toPlainText(), u"lang en_US.UTF-8\nrootpw --lock\n"_s);
    QVERIFY(!m_view->isModified());
    QTRY_COMPARE(m_view->problems()->topLevelItemCount(), 0);
}

void TestKickstartView::saveIsAtomicAndTracksChanges()
{
    const QString path = write(*m_dir, u"a.ks"_s, "lang en_US.UTF-8\n");
    QVERIFY(m_view->openFile(path));
    m_view->editor()->appendPlainText(u"rootpw --lock"_s);
    QVERIFY(m_view->isModified());
    QVERIFY(m_view->saveTo(path));
    QVERIFY(!m_view->isModified());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("lang en_US.UTF-8\n\nrootpw --lock"));
    // Our own save is not "changed by another program".
    QTest::qWait(300);
    QVERIFY(m_view->changedOnDiskBar()->isHidden());
    // A folder where the file should be: the save fails and the text stays unsaved.
    m_view->editor()->appendPlainText(u"text"_s);
    QVERIFY(!m_view->saveTo(m_dir->filePath(u"no/such/dir/a.ks"_s)));
    QVERIFY(m_view->isModified());
    QCOMPARE(m_view->filePath(), QFileInfo(path).absoluteFilePath());
}

void TestKickstartView::externalChangeIsNoticed()
{
    const QString path = write(*m_dir, u"b.ks"_s, "lang en_US.UTF-8\n");
    QVERIFY(m_view->openFile(path));
    // Unmodified: reloaded quietly.
    write(*m_dir, u"b.ks"_s, "lang de_DE.UTF-8\n");
    QTRY_COMPARE(m_view->editor()->toPlainText(), u"lang de_DE.UTF-8\n"_s);
    // Modified: the user is asked, nothing is lost.
    m_view->editor()->appendPlainText(u"rootpw --lock"_s);
    write(*m_dir, u"b.ks"_s, "lang fr_FR.UTF-8\n");
    QTRY_VERIFY(m_view->changedOnDiskBar()->isVisible());
    QVERIFY(m_view->editor()->toPlainText().contains(u"rootpw"_s));
}

void TestKickstartView::releaseIsRememberedPerProfile()
{
    m_view->setProfile(u"rhel9"_s);
    m_view->setRelease(u"RHEL7"_s);
    QCOMPARE(m_view->release(), u"RHEL7"_s);
    m_view->setProfile(u"fedora"_s);
    QCOMPARE(m_view->release(), u"RHEL9"_s); // the default for a profile never set
    m_view->setRelease(u"F41"_s);
    m_view->setProfile(u"rhel9"_s);
    QCOMPARE(m_view->release(), u"RHEL7"_s);
    // And across sessions.
    m_view.reset();
    m_view = std::make_unique<KickstartView>(*m_hosts, *m_workspace, *m_settings);
    m_view->setProfile(u"fedora"_s);
    QCOMPARE(m_view->release(), u"F41"_s);
}

void TestKickstartView::completionOffersCommandsAndOptions()
{
    m_view->editor()->setPlainText(QString());
    m_view->editor()->setFocus();
    QTest::keyClicks(m_view->editor(), u"roo"_s);
    QCompleter *completer = m_view->completer()->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->currentCompletion(), u"rootpw"_s);
    QVERIFY(!completer->completionModel()->index(0, 1).data().toString().isEmpty()); // the description
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(m_view->editor()->toPlainText(), u"rootpw"_s);
    QTest::keyClicks(m_view->editor(), u" --isc"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->currentCompletion(), u"--iscrypted"_s);
}

void TestKickstartView::previewRendersForAHost()
{
    m_view->editor()->setPlainText(u"lang en_US.UTF-8\nnetwork --hostname={{ host.name }}\n# {{ tag.rack }}\nbogus\n"_s);
    auto *tabs = m_view->preview()->parentWidget()->parentWidget();
    QVERIFY(tabs);
    m_view->preview()->reloadHosts();
    QCOMPARE(m_view->preview()->hostBox()->count(), 1);
    auto *tabWidget = qobject_cast<QTabWidget *>(tabs);
    QVERIFY(tabWidget);
    tabWidget->setCurrentWidget(m_view->preview());
    QTRY_VERIFY(m_view->preview()->text()->toPlainText().contains(u"--hostname=web01"_s));
    QVERIFY(m_view->preview()->text()->toPlainText().contains(u"# r3"_s));
    QCOMPARE(m_view->preview()->problems()->topLevelItemCount(), 1);
    QCOMPARE(m_view->preview()->problems()->topLevelItem(0)->text(0), u"4"_s);
}

void TestKickstartView::outlineListsSectionsAndIncludes()
{
    QSignalSpy updated(m_view.get(), &KickstartView::diagnosticsUpdated);
    m_view->editor()->setPlainText(QString::fromUtf8(kBroken) + u"%include extra.ks\n{{> hwcheck }}\n"_s);
    m_view->lintNow();
    QTRY_VERIFY(!updated.isEmpty());
    QStringList top;
    for (int i = 0; i < m_view->outline()->topLevelItemCount(); ++i)
        top.append(m_view->outline()->topLevelItem(i)->text(0));
    QCOMPARE(top, (QStringList { u"Commands"_s, u"%post"_s, u"%psot"_s, u"%include"_s, u"snippet hwcheck"_s }));
}

QTEST_MAIN(TestKickstartView)
#include "tst_kickstartview.moc"
