// SPDX-License-Identifier: GPL-3.0-or-later
#include "preseed/parser.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Crashcart::Preseed;

class tst_PreseedParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_data();
    void fields();
    void continuationPositions();
    void commentsAndBlanks();
    void continuedComment();
    void backslashAtEndOfFile();
    void utf8Columns();
    void looksLikePreseed_data();
    void looksLikePreseed();
    void largeFile();
};

void tst_PreseedParser::fields_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("count");
    QTest::addColumn<QByteArray>("owner");
    QTest::addColumn<QByteArray>("question");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("lastLine");

    QTest::newRow("plain") << QByteArray("d-i debian-installer/locale string en_US\n") << 4 << QByteArray("d-i")
                           << QByteArray("debian-installer/locale") << QByteArray("string") << QByteArray("en_US") << 1;
    QTest::newRow("value with blanks") << QByteArray("d-i passwd/user-fullname string Jane Q. Admin\n") << 4
                                       << QByteArray("d-i") << QByteArray("passwd/user-fullname") << QByteArray("string")
                                       << QByteArray("Jane Q. Admin") << 1;
    QTest::newRow("empty value") << QByteArray("d-i netcfg/wireless_wep string\n") << 3 << QByteArray("d-i")
                                 << QByteArray("netcfg/wireless_wep") << QByteArray("string") << QByteArray() << 1;
    QTest::newRow("empty value, trailing blank") << QByteArray("d-i netcfg/wireless_wep string \n") << 3 << QByteArray("d-i")
                                                 << QByteArray("netcfg/wireless_wep") << QByteArray("string") << QByteArray() << 1;
    QTest::newRow("tab separated") << QByteArray("tasksel\ttasksel/first\tmultiselect\tstandard, ssh-server\n") << 4
                                   << QByteArray("tasksel") << QByteArray("tasksel/first") << QByteArray("multiselect")
                                   << QByteArray("standard, ssh-server") << 1;
    QTest::newRow("extra blank is the value's") << QByteArray("d-i a/b string  x\n") << 4 << QByteArray("d-i")
                                                << QByteArray("a/b") << QByteArray("string") << QByteArray(" x") << 1;
    QTest::newRow("CRLF") << QByteArray("d-i mirror/country string manual\r\n") << 4 << QByteArray("d-i")
                          << QByteArray("mirror/country") << QByteArray("string") << QByteArray("manual") << 1;
    QTest::newRow("two fields") << QByteArray("d-i mirror/country\n") << 2 << QByteArray("d-i") << QByteArray("mirror/country")
                                << QByteArray() << QByteArray() << 1;
    QTest::newRow("indented") << QByteArray("   d-i a/b boolean true\n") << 4 << QByteArray("d-i") << QByteArray("a/b")
                              << QByteArray("boolean") << QByteArray("true") << 1;
    QTest::newRow("continuation") << QByteArray("d-i preseed/late_command string \\\n    in-target true; \\\n  echo ok\n")
                                  << 4 << QByteArray("d-i") << QByteArray("preseed/late_command") << QByteArray("string")
                                  << QByteArray("in-target true; echo ok") << 3;
    QTest::newRow("continuation CRLF") << QByteArray("d-i a/b \\\r\n string x\r\n") << 4 << QByteArray("d-i")
                                       << QByteArray("a/b") << QByteArray("string") << QByteArray("x") << 2;
    QTest::newRow("no newline at end") << QByteArray("d-i a/b string x") << 4 << QByteArray("d-i") << QByteArray("a/b")
                                       << QByteArray("string") << QByteArray("x") << 1;
    QTest::newRow("hash inside value") << QByteArray("d-i a/b string x # not a comment\n") << 4 << QByteArray("d-i")
                                       << QByteArray("a/b") << QByteArray("string") << QByteArray("x # not a comment") << 1;
}

void tst_PreseedParser::fields()
{
    QFETCH(QByteArray, source);
    QFETCH(int, count);
    const Document doc = Parser::parse(source);
    QCOMPARE(doc.entries.size(), 1);
    const Entry &e = doc.entries.first();
    QCOMPARE(e.fieldCount, count);
    QTEST(e.owner.text, "owner");
    QTEST(e.question.text, "question");
    QTEST(e.type.text, "type");
    QTEST(e.value.text, "value");
    QCOMPARE(e.line, 1);
    QTEST(e.lastLine, "lastLine");
}

void tst_PreseedParser::continuationPositions()
{
    const Document doc = Parser::parse("# head\nd-i preseed/early_command string \\\n    echo one; \\\n  echo two\nd-i a/b string c\n");
    QCOMPARE(doc.entries.size(), 2);
    const Entry &e = doc.entries.first();
    QCOMPARE(e.line, 2);
    QCOMPARE(e.lastLine, 4);
    const qsizetype two = e.text.indexOf("echo two");
    QVERIFY(two > 0);
    const Position p = doc.position(e, two);
    QCOMPARE(p.line, 4);
    QCOMPARE(p.column, 3);
    const Position one = doc.position(e, e.value.offset);
    QCOMPARE(one.line, 3);
    QCOMPARE(one.column, 5);
    QCOMPARE(doc.entries[1].line, 5);
    QCOMPARE(doc.position(doc.entries[1], doc.entries[1].type.offset).column, 9);
    QCOMPARE(doc.lineCount, 5);
}

void tst_PreseedParser::commentsAndBlanks()
{
    const Document doc = Parser::parse("#_preseed_V1\n\n   \n# d-i a/b string c\n  # indented\nd-i x/y boolean false\n\t\n");
    QCOMPARE(doc.entries.size(), 1);
    QCOMPARE(doc.entries.first().line, 6);
    QVERIFY(doc.continuedComments.isEmpty());
}

void tst_PreseedParser::continuedComment()
{
    const Document doc = Parser::parse("# a note \\\nd-i a/b string c\nd-i x/y string z\n");
    QCOMPARE(doc.continuedComments, QList<int> { 1 });
    QCOMPARE(doc.entries.size(), 1);
    QCOMPARE(doc.entries.first().line, 3);
}

void tst_PreseedParser::backslashAtEndOfFile()
{
    const Document doc = Parser::parse("d-i a/b string c \\");
    QCOMPARE(doc.entries.size(), 1);
    QCOMPARE(doc.entries.first().value.text, QByteArray("c"));
}

void tst_PreseedParser::utf8Columns()
{
    const Document doc = Parser::parse("d-i passwd/user-fullname string Jürgen Müller x\n");
    const Entry &e = doc.entries.first();
    QCOMPARE(doc.position(e, e.text.indexOf(" x") + 1).column, 47);
}

void tst_PreseedParser::looksLikePreseed_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<bool>("preseed");
    QTest::newRow("marker") << QByteArray("#_preseed_V1\n") << true;
    QTest::newRow("d-i lines") << QByteArray("# x\nd-i a/b string c\nd-i c/d boolean true\n") << true;
    QTest::newRow("package owners") << QByteArray("tasksel tasksel/first multiselect standard\n") << true;
    QTest::newRow("kickstart") << QByteArray("lang en_US.UTF-8\nkeyboard us\nnetwork --bootproto=dhcp\n%packages\n@core\n%end\n") << false;
    QTest::newRow("kickstart, three words") << QByteArray("timezone Europe/Berlin --utc\nrootpw --iscrypted x\n") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("only comments") << QByteArray("# d-i\n# x\n") << false;
}

void tst_PreseedParser::looksLikePreseed()
{
    QFETCH(QByteArray, source);
    QTEST(Parser::looksLikePreseed(source), "preseed");
}

void tst_PreseedParser::largeFile()
{
    // 100,000 lines, a tenth of them continued: one pass, one entry per logical line.
    QByteArray source;
    source.reserve(4 * 1024 * 1024);
    for (int i = 0; i < 100000; ++i) {
        if (i % 10 == 8)
            source += "d-i q" + QByteArray::number(i) + "/x string \\\n";
        else
            source += "d-i q" + QByteArray::number(i) + "/x string value " + QByteArray::number(i) + '\n';
    }
    QElapsedTimer timer;
    timer.start();
    const Document doc = Parser::parse(source);
    QCOMPARE(doc.lineCount, 100000);
    QCOMPARE(doc.entries.size(), 90000);
    // Generous: a linear pass takes well under a second even on a loaded machine.
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_APPLESS_MAIN(tst_PreseedParser)
#include "tst_preseedparser.moc"
