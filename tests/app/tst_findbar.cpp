// SPDX-License-Identifier: GPL-3.0-or-later
#include "kickstart/findbar.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Crashcart::App;

class TestFindBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findWraps();
    void replaceAllIsOneUndoStep();
};

void TestFindBar::findWraps()
{
    QPlainTextEdit editor(u"part /boot\npart /\nPART swap\n"_s);
    FindBar bar(&editor);
    bar.findEdit()->setText(u"part"_s);
    QVERIFY(bar.findNext());
    QCOMPARE(editor.textCursor().blockNumber(), 0);
    QVERIFY(bar.findNext());
    QCOMPARE(editor.textCursor().blockNumber(), 1);
    QVERIFY(bar.findNext()); // case-insensitive by default
    QCOMPARE(editor.textCursor().blockNumber(), 2);
    QVERIFY(bar.findNext()); // wraps
    QCOMPARE(editor.textCursor().blockNumber(), 0);
    QVERIFY(bar.findNext(true)); // and backwards
    QCOMPARE(editor.textCursor().blockNumber(), 2);
    bar.findEdit()->setText(u"nothing"_s);
    QVERIFY(!bar.findNext());
}

void TestFindBar::replaceAllIsOneUndoStep()
{
    QPlainTextEdit editor(u"part a\npart b\n"_s);
    FindBar bar(&editor);
    bar.findEdit()->setText(u"part"_s);
    bar.replaceEdit()->setText(u"partition"_s);
    QCOMPARE(bar.replaceAll(), 2);
    QCOMPARE(editor.toPlainText(), u"partition a\npartition b\n"_s);
    editor.undo();
    QCOMPARE(editor.toPlainText(), u"part a\npart b\n"_s);
    editor.moveCursor(QTextCursor::Start);
    QVERIFY(bar.findNext());
    QVERIFY(bar.replaceCurrent());
    QCOMPARE(editor.toPlainText(), u"partition a\npart b\n"_s);
}

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
