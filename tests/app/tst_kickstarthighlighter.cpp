// SPDX-License-Identifier: GPL-3.0-or-later
#include "kickstart/kickstarthighlighter.h"

#include <QPlainTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace Crashcart::App;
using Kind = KickstartHighlighter::Kind;

Q_DECLARE_METATYPE(KickstartHighlighter::Kind)

namespace {

// The highlighter's format at (line, column), both 1-based; an invalid format when the
// character was left plain.
QTextCharFormat formatAt(QTextDocument &doc, int line, int column)
{
    const QTextBlock block = doc.findBlockByNumber(line - 1);
    const auto ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &r : ranges) {
        if (column - 1 >= r.start && column - 1 < r.start + r.length)
            return r.format;
    }
    return {};
}

const char *const kSample = "lang en_US.UTF-8\n"                                   // 1
                            "# a comment\n"                                         // 2
                            "network --bootproto=dhcp --hostname={{ host.name }}\n" // 3
                            "%packages --ignoremissing\n"                            // 4
                            "@^minimal-environment\n"                               // 5
                            "-plymouth\n"                                           // 6
                            "%end\n"                                                // 7
                            "%pre --log=/tmp/pre.log\n"                             // 8
                            "if [ -d \"$HOME\" ]; then echo 'x' # note\n"           // 9
                            "fi\n"                                                  // 10
                            "%end\n"                                                // 11
                            "%post --interpreter=/usr/bin/python3\n"                // 12
                            "import os  # py\n"                                     // 13
                            "%end\n"                                                // 14
                            "%include /tmp/part.ks\n"                               // 15
                            "%post\n"                                               // 16
                            "echo \"open\n"                                         // 17
                            "still string\" done\n"                                 // 18
                            "%end\n";                                               // 19

} // namespace

class TestKickstartHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data();
    void tokens();
    void regions();
    void rehighlightsFollowingLinesWhenAHeaderChanges();
};

void TestKickstartHighlighter::tokens_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("kind"); // -1: plain

    QTest::newRow("command") << 1 << 1 << int(Kind::Command);
    QTest::newRow("positional value") << 1 << 6 << int(Kind::Value);
    QTest::newRow("comment line") << 2 << 3 << int(Kind::Comment);
    QTest::newRow("option") << 3 << 10 << int(Kind::Option);
    QTest::newRow("option value") << 3 << 22 << int(Kind::Value);
    QTest::newRow("template tag") << 3 << 40 << int(Kind::TemplateTag);
    QTest::newRow("section header") << 4 << 2 << int(Kind::SectionHeader);
    QTest::newRow("header option") << 4 << 12 << int(Kind::Option);
    QTest::newRow("environment") << 5 << 1 << int(Kind::PackageEntry);
    QTest::newRow("exclude") << 6 << 2 << int(Kind::PackageEntry);
    QTest::newRow("end") << 7 << 1 << int(Kind::SectionHeader);
    QTest::newRow("shell keyword") << 9 << 1 << int(Kind::ScriptKeyword);
    QTest::newRow("shell plain word") << 9 << 4 << -1;
    QTest::newRow("shell string") << 9 << 9 << int(Kind::ScriptString);
    QTest::newRow("variable in string") << 9 << 11 << int(Kind::ScriptVariable);
    QTest::newRow("then") << 9 << 20 << int(Kind::ScriptKeyword);
    QTest::newRow("single quotes") << 9 << 30 << int(Kind::ScriptString);
    QTest::newRow("shell comment") << 9 << 35 << int(Kind::ScriptComment);
    QTest::newRow("fi") << 10 << 1 << int(Kind::ScriptKeyword);
    QTest::newRow("python keyword") << 13 << 1 << int(Kind::ScriptKeyword);
    QTest::newRow("python comment") << 13 << 12 << int(Kind::ScriptComment);
    QTest::newRow("include") << 15 << 1 << int(Kind::Directive);
    QTest::newRow("include path") << 15 << 12 << int(Kind::Value);
    QTest::newRow("string across lines") << 18 << 3 << int(Kind::ScriptString);
    QTest::newRow("after it closes") << 18 << 16 << int(Kind::ScriptKeyword);
}

void TestKickstartHighlighter::tokens()
{
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, kind);
    QTextDocument doc;
    // As in QPlainTextEdit: without a layout the document reports no changes to highlight.
    doc.setDocumentLayout(new QPlainTextDocumentLayout(&doc));
    KickstartHighlighter highlighter(&doc);
    doc.setPlainText(QString::fromUtf8(kSample));
    const QTextCharFormat got = formatAt(doc, line, column);
    if (kind < 0) {
        QVERIFY2(!got.hasProperty(QTextFormat::ForegroundBrush), qPrintable(got.foreground().color().name()));
        return;
    }
    const QTextCharFormat want = highlighter.format(Kind(kind));
    QCOMPARE(got.foreground().color().name(), want.foreground().color().name());
    QCOMPARE(got.fontWeight(), want.fontWeight());
    QCOMPARE(got.fontItalic(), want.fontItalic());
}

void TestKickstartHighlighter::regions()
{
    QTextDocument doc;
    // As in QPlainTextEdit: without a layout the document reports no changes to highlight.
    doc.setDocumentLayout(new QPlainTextDocumentLayout(&doc));
    KickstartHighlighter highlighter(&doc);
    doc.setPlainText(QString::fromUtf8(kSample));
    using R = KickstartHighlighter::Region;
    const auto at = [&doc](int line) { return KickstartHighlighter::region(doc.findBlockByNumber(line - 1).userState()); };
    QCOMPARE(at(1), R::TopLevel);
    QCOMPARE(at(5), R::Packages);
    QCOMPARE(at(9), R::Shell);
    QCOMPARE(at(11), R::TopLevel);
    QCOMPARE(at(13), R::Python);
}

void TestKickstartHighlighter::rehighlightsFollowingLinesWhenAHeaderChanges()
{
    QTextDocument doc;
    // As in QPlainTextEdit: without a layout the document reports no changes to highlight.
    doc.setDocumentLayout(new QPlainTextDocumentLayout(&doc));
    KickstartHighlighter highlighter(&doc);
    doc.setPlainText(u"%post\nif true; then :; fi\n%end\n"_s);
    QCOMPARE(formatAt(doc, 2, 1).foreground().color().name(), highlighter.format(Kind::ScriptKeyword).foreground().color().name());
    // Turning the header into a comment makes line 2 a command line.
    QTextCursor c(doc.firstBlock());
    c.insertText(u"#"_s);
    QCOMPARE(formatAt(doc, 2, 1).foreground().color().name(), highlighter.format(Kind::Command).foreground().color().name());
}

QTEST_MAIN(TestKickstartHighlighter)
#include "tst_kickstarthighlighter.moc"
