// SPDX-License-Identifier: GPL-3.0-or-later
// The kickstart editor with a preseed open: how it decides the kind, the preseed highlighter,
// and the preseed checker's findings in the problems list (commands through ShellCheck).
#include "kickstart/codeeditor.h"
#include "kickstart/documentkind.h"
#include "kickstart/kickstarthighlighter.h"
#include "kickstart/kickstartview.h"
#include "kickstart/preseedhighlighter.h"

#include "common/appsettings.h"
#include "common/workspace.h"
#include "inventory/database.h"
#include "inventory/hostrepository.h"
#include "testhosts.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QMenu>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Crashcart;
using namespace Crashcart::App;

namespace {

const QByteArray kPreseed = "#_preseed_V1\n"                                          // 1
                            "d-i netcfg/get_hostname string {{ host.name }}\n"         // 2
                            "d-i clock-setup/utc boolean yes\n"                        // 3: invalid-boolean
                            "d-i mirror/country strng manual\n"                        // 4: unknown-type
                            "d-i preseed/late_command string \\\n"                     // 5
                            "    echo \"unclosed\n"                                    // 6: command-syntax
                            "d-i netcfg/get_hostname string again\n";                  // 7: duplicate-question

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return f.fileName();
}

QList<int> lines(const QTreeWidget *problems, const QString &code)
{
    QList<int> out;
    for (int i = 0; i < problems->topLevelItemCount(); ++i) {
        if (problems->topLevelItem(i)->text(4) == code)
            out.append(problems->topLevelItem(i)->text(0).toInt());
    }
    return out;
}

QTextCharFormat formatAt(QTextDocument *doc, int line, int column)
{
    const QTextBlock block = doc->findBlockByNumber(line - 1);
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (column - 1 >= r.start && column - 1 < r.start + r.length)
            return r.format;
    }
    return {};
}

// Formats compare by their colour: the editor merges its own font properties in.
QString colourAt(QTextDocument *doc, int line, int column) { return formatAt(doc, line, column).foreground().color().name(); }
QString colour(const PreseedHighlighter *h, PreseedHighlighter::Kind kind) { return h->format(kind).foreground().color().name(); }

} // namespace

class TestPreseedEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void kindIsDecided_data();
    void kindIsDecided();
    void preseedDiagnosticsInTheEditor();
    void preseedIsHighlighted();
    void backToAKickstart();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::optional<Workspace> m_workspace;
    std::unique_ptr<Inventory::Database> m_db;
    std::unique_ptr<Inventory::HostRepository> m_hosts;
    std::unique_ptr<KickstartView> m_view;
};

void TestPreseedEditor::init()
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
    m_view = std::make_unique<KickstartView>(*m_hosts, *m_workspace, *m_settings);
    m_view->resize(1000, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestPreseedEditor::cleanup()
{
    m_view.reset();
    m_hosts.reset();
    m_db.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestPreseedEditor::kindIsDecided_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("preseed");
    QTest::newRow(".preseed") << u"a.preseed"_s << QByteArray("lang en_US\n") << true;
    QTest::newRow(".seed") << u"a.seed"_s << QByteArray() << true;
    QTest::newRow(".cfg with d-i lines") << u"a.cfg"_s << QByteArray("d-i a/b string c\nd-i c/d boolean true\n") << true;
    QTest::newRow(".cfg kickstart") << u"a.cfg"_s << QByteArray("lang en_US.UTF-8\nkeyboard us\n%packages\n%end\n") << false;
    QTest::newRow(".ks with d-i lines") << u"a.ks"_s << QByteArray("d-i a/b string c\n") << false;
    QTest::newRow("untitled preseed text") << QString() << QByteArray("#_preseed_V1\n") << true;
}

void TestPreseedEditor::kindIsDecided()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, text);
    QFETCH(bool, preseed);
    QCOMPARE(documentKind(path, text) == DocumentKind::Preseed, preseed);
}

void TestPreseedEditor::preseedDiagnosticsInTheEditor()
{
    QSignalSpy updated(m_view.get(), &KickstartView::diagnosticsUpdated);
    QVERIFY(m_view->openFile(write(*m_dir, u"web.cfg"_s, kPreseed)));
    QCOMPARE(m_view->documentKind(), DocumentKind::Preseed);
    // First the rules, then the commands through the shell parser and ShellCheck.
    QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty() && updated.last().first().toBool(), 20000);
    QTreeWidget *problems = m_view->problems();
    QCOMPARE(lines(problems, u"invalid-boolean"_s), QList<int> { 3 });
    QCOMPARE(lines(problems, u"unknown-type"_s), QList<int> { 4 });
    QCOMPARE(lines(problems, u"duplicate-question"_s), QList<int> { 7 });
    QCOMPARE(lines(problems, u"command-syntax"_s), QList<int> { 6 });
    // No kickstart linter: a preseed line is not an unknown kickstart command.
    QVERIFY(lines(problems, u"unknown-command"_s).isEmpty());
    QCOMPARE(m_view->editor()->diagnostics().size(), problems->topLevelItemCount());
}

void TestPreseedEditor::preseedIsHighlighted()
{
    QVERIFY(m_view->openFile(write(*m_dir, u"web.preseed"_s, kPreseed)));
    QTextDocument *doc = m_view->editor()->document();
    PreseedHighlighter *h = m_view->preseedHighlighter();
    QCOMPARE(h->document(), doc);
    QCOMPARE(m_view->highlighter()->document(), nullptr);
    // A highlighter given a document rehighlights it from the event loop.
    QTRY_COMPARE(colourAt(doc, 1, 1), colour(h, PreseedHighlighter::Kind::Comment));
    QCOMPARE(colourAt(doc, 3, 1), colour(h, PreseedHighlighter::Kind::Owner));
    QCOMPARE(colourAt(doc, 3, 5), colour(h, PreseedHighlighter::Kind::Question));
    QCOMPARE(colourAt(doc, 3, 21), colour(h, PreseedHighlighter::Kind::Type));
    QCOMPARE(colourAt(doc, 3, 29), colour(h, PreseedHighlighter::Kind::Value));
    QCOMPARE(colourAt(doc, 2, 32), colour(h, PreseedHighlighter::Kind::TemplateTag));
    // The continued command: its string is shell-coloured on the next line.
    QCOMPARE(colourAt(doc, 6, 10), colour(h, PreseedHighlighter::Kind::ScriptString));
    QCOMPARE(colourAt(doc, 7, 1), colour(h, PreseedHighlighter::Kind::Owner));
}

// The Insert Snippet menu's entries, by name.
QStringList snippetNames(const KickstartView &view)
{
    for (QAction *a : view.menuActions()) {
        if (a && a->menu() && a->text().contains(u"Snippet"_s)) {
            QStringList names;
            for (QAction *s : a->menu()->actions())
                names.append(s->text());
            return names;
        }
    }
    return {};
}

void TestPreseedEditor::backToAKickstart()
{
    QVERIFY(snippetNames(*m_view).contains(u"hwcheck"_s));
    QVERIFY(m_view->openFile(write(*m_dir, u"web.preseed"_s, kPreseed)));
    // A preseed is offered preseed snippets only.
    QVERIFY(snippetNames(*m_view).contains(u"progress-early"_s));
    QVERIFY(!snippetNames(*m_view).contains(u"hwcheck"_s));
    QVERIFY(m_view->openFile(write(*m_dir, u"web.ks"_s, "lang en_US.UTF-8\nfrobnicate now\n")));
    QVERIFY(snippetNames(*m_view).contains(u"hwcheck"_s));
    QCOMPARE(m_view->documentKind(), DocumentKind::Kickstart);
    QCOMPARE(m_view->highlighter()->document(), m_view->editor()->document());
    QCOMPARE(m_view->preseedHighlighter()->document(), nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(lines(m_view->problems(), u"unknown-command"_s), QList<int> { 2 }, 20000);
}

QTEST_MAIN(TestPreseedEditor)
#include "tst_preseededitor.moc"
