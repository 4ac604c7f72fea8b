// SPDX-License-Identifier: GPL-3.0-or-later
#include "kickstart/parser.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

using namespace Crashcart::Kickstart;
using namespace Qt::StringLiterals;

namespace {

// Tokens back to text, checking on the way that they tile the input with no gap or overlap.
QByteArray roundTrip(const Document &doc, bool *contiguous)
{
    QByteArray out;
    qsizetype expected = 0;
    *contiguous = true;
    for (const Token &t : doc.tokens) {
        if (t.offset != expected || t.length <= 0)
            *contiguous = false;
        out += doc.text(t);
        expected = t.offset + t.length;
    }
    return out;
}

QString describe(const Document &doc, TokenKind kind)
{
    QStringList parts;
    for (const Token &t : doc.tokens) {
        if (t.kind == kind)
            parts.append(u"%1:%2:%3"_s.arg(t.line).arg(t.column).arg(QString::fromUtf8(doc.text(t))));
    }
    return parts.join(u' ');
}

} // namespace

class TestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void realFilesRoundTrip();
    void randomBytesRoundTrip();
    void tokens_data();
    void tokens();
    void sections();
    void includes();
};

void TestParser::roundTrip_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one command no newline") << "text"_ba;
    QTest::newRow("crlf") << "text\r\nreboot\r\n"_ba;
    QTest::newRow("lone cr") << "text\rreboot\n"_ba;
    QTest::newRow("sections") << "%pre --log=/tmp/x\necho 1\n%end\n%packages\n@core\n-foo # x\n%end\n"_ba;
    QTest::newRow("unterminated section") << "%post\necho \"unclosed\n"_ba;
    QTest::newRow("unclosed quote command") << "lang \"en\n"_ba;
    QTest::newRow("continuation") << "repo --name=a \\\n --cost=1\n"_ba;
    QTest::newRow("nul and high bytes") << QByteArray("rootpw \0\xff\xfe\n%end\n%\n", 19);
    QTest::newRow("invalid utf8") << "lang \xc3\x28 \xe2\x82\n"_ba;
    QTest::newRow("blank lines and tabs") << "\n\t\n  \n\t# c\n"_ba;
    QTest::newRow("only percent") << "%\n%%\n%end%end\n"_ba;
    QTest::newRow("equals edge") << "part / --size= --=x -= --\n"_ba;
}

void TestParser::roundTrip()
{
    QFETCH(QByteArray, input);
    const Document doc = Parser::parse(input);
    bool contiguous = false;
    QCOMPARE(::roundTrip(doc, &contiguous), input);
    QVERIFY(contiguous);
}

void TestParser::realFilesRoundTrip()
{
    const QDir dir(QStringLiteral(KICKSTART_REAL_DIR));
    if (!dir.exists())
        QSKIP("The real-world corpus (../shared/testdata/kickstart/real) is not present on this machine");
    const QStringList files = dir.entryList({ u"*.ks"_s }, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const Document doc = Parser::parse(bytes);
        bool contiguous = false;
        QVERIFY2(::roundTrip(doc, &contiguous) == bytes && contiguous, qPrintable(name));
    }
}

void TestParser::randomBytesRoundTrip()
{
    QRandomGenerator rng(4);
    const QByteArray alphabet = "%#\"'\\ \t\r\n=-@^abcdend\xc3\xa9"_ba;
    for (int round = 0; round < 300; ++round) {
        QByteArray input;
        const int size = int(rng.bounded(200));
        for (int i = 0; i < size; ++i)
            input += rng.bounded(4) == 0 ? char(rng.bounded(256)) : alphabet.at(rng.bounded(int(alphabet.size())));
        if (round % 3 == 0)
            input.prepend("%post\n");
        const Document doc = Parser::parse(input);
        bool contiguous = false;
        QCOMPARE(::roundTrip(doc, &contiguous), input);
        QVERIFY(contiguous);
    }
}

void TestParser::tokens_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");

    const QByteArray ks = "# head\npart / --size=100 --grow # big\n%post --nochroot\n"
                          "echo é\n%end\n%packages\n@core --nodefaults\n-kernel\n%end\n%include /tmp/x\n"_ba;
    QTest::newRow("comments") << ks << int(TokenKind::Comment) << u"1:1:# head 2:26:# big"_s;
    QTest::newRow("commands") << ks << int(TokenKind::Command) << u"2:1:part"_s;
    QTest::newRow("options") << ks << int(TokenKind::Option) << u"2:8:--size 2:19:--grow 3:7:--nochroot 7:7:--nodefaults"_s;
    QTest::newRow("equals") << ks << int(TokenKind::Equals) << u"2:14:="_s;
    QTest::newRow("values") << ks << int(TokenKind::Value) << u"2:6:/ 2:15:100 10:10:/tmp/x"_s;
    QTest::newRow("headers") << ks << int(TokenKind::SectionHeader) << u"3:1:%post 6:1:%packages"_s;
    QTest::newRow("ends") << ks << int(TokenKind::SectionEnd) << u"5:1:%end 9:1:%end"_s;
    QTest::newRow("script") << ks << int(TokenKind::ScriptLine) << QString::fromUtf8("4:1:echo é");
    QTest::newRow("packages") << ks << int(TokenKind::PackageEntry) << u"7:1:@core 8:1:-kernel"_s;
    QTest::newRow("directive") << ks << int(TokenKind::Directive) << u"10:1:%include"_s;
    QTest::newRow("column counts characters") << "lang é --x\n"_ba << int(TokenKind::Option) << u"1:8:--x"_s;
}

void TestParser::tokens()
{
    QFETCH(QByteArray, input);
    QFETCH(int, kind);
    QFETCH(QString, expected);
    QCOMPARE(describe(Parser::parse(input), TokenKind(kind)), expected);
}

void TestParser::sections()
{
    const Document doc = Parser::parse("%pre\necho\n%post\nx\n%end\n%packages\n"_ba);
    QCOMPARE(doc.sections.size(), 3);
    QCOMPARE(doc.sections[0].endLine, 0);
    QCOMPARE(doc.sections[0].interruptedAt, 3);
    QVERIFY(!doc.sections[0].interruptedByEof);
    QCOMPARE(doc.sections[1].endLine, 5);
    QCOMPARE(doc.sections[1].body.size(), 1);
    QCOMPARE(doc.sections[2].interruptedAt, 6);
    QVERIFY(doc.sections[2].interruptedByEof);
    // A heredoc line that begins with % but is no section stays in the body.
    const Document heredoc = Parser::parse("%post\nprintf '%s'\n  %end\n"_ba);
    QCOMPARE(heredoc.sections[0].body.size(), 1);
    QCOMPARE(heredoc.sections[0].endLine, 3);
    const Document unknown = Parser::parse("%psot\nreboot\n%end\n"_ba);
    QCOMPARE(unknown.sections.size(), 1);
    QVERIFY(!unknown.sections[0].known);
    QVERIFY(unknown.commands.isEmpty());
}

void TestParser::includes()
{
    const Document doc = Parser::parse("%include a.ks\n%packages\n%include b.ks\n%end\n%ksappend http://x/y\n%end\n"_ba);
    QCOMPARE(doc.includes.size(), 3);
    QCOMPARE(doc.includes[0].sectionIndex, -1);
    QCOMPARE(doc.includes[1].sectionIndex, 0);
    QCOMPARE(doc.includes[2].statement.line, 5);
    QCOMPARE(doc.strayEnds.size(), 1);
    QCOMPARE(doc.strayEnds[0].line, 6);
}

QTEST_APPLESS_MAIN(TestParser)
#include "tst_parser.moc"
