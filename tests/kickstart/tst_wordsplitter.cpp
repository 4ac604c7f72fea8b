// SPDX-License-Identifier: GPL-3.0-or-later
#include "kickstart/wordsplitter.h"

#include <QTest>

using namespace Crashcart::Kickstart;
using namespace Qt::StringLiterals;

class TestWordSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
};

void TestWordSplitter::split_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<int>("comment");
    QTest::addColumn<int>("midWord");
    QTest::addColumn<int>("quote");
    QTest::addColumn<int>("continuation");

    QTest::newRow("plain") << "part / --size=100"_ba << QStringList { u"part"_s, u"/"_s, u"--size=100"_s } << -1 << -1 << -1 << -1;
    QTest::newRow("tabs and cr") << "a\tb \r"_ba << QStringList { u"a"_s, u"b"_s } << -1 << -1 << -1 << -1;
    QTest::newRow("double quotes") << R"(repo --name="My Repo")"_ba << QStringList { u"repo"_s, u"--name=My Repo"_s } << -1 << -1 << -1 << -1;
    QTest::newRow("single quotes keep backslash") << R"(x 'a\b')"_ba << QStringList { u"x"_s, u"a\\b"_s } << -1 << -1 << -1 << -1;
    QTest::newRow("escaped quote in double") << R"(x "a\"b")"_ba << QStringList { u"x"_s, u"a\"b"_s } << -1 << -1 << -1 << -1;
    QTest::newRow("escape outside quotes") << R"(x a\ b)"_ba << QStringList { u"x"_s, u"a b"_s } << -1 << -1 << -1 << -1;
    QTest::newRow("comment after space") << "rootpw x # note"_ba << QStringList { u"rootpw"_s, u"x"_s } << 9 << -1 << -1 << -1;
    QTest::newRow("hash mid word") << "rootpw pa#ss"_ba << QStringList { u"rootpw"_s, u"pa"_s } << 9 << 9 << -1 << -1;
    QTest::newRow("hash in quotes") << "rootpw \"pa#ss\""_ba << QStringList { u"rootpw"_s, u"pa#ss"_s } << -1 << -1 << -1 << -1;
    QTest::newRow("unclosed quote") << "lang \"en_US"_ba << QStringList { u"lang"_s, u"en_US"_s } << -1 << -1 << 5 << -1;
    QTest::newRow("trailing backslash") << "repo --name=a \\"_ba << QStringList { u"repo"_s, u"--name=a"_s } << -1 << -1 << -1 << 14;
    QTest::newRow("empty") << ""_ba << QStringList {} << -1 << -1 << -1 << -1;
    QTest::newRow("only comment") << "   # x"_ba << QStringList {} << 3 << -1 << -1 << -1;
    QTest::newRow("utf8 kept") << "x caf\xc3\xa9"_ba << QStringList { u"x"_s, QString::fromUtf8("caf\xc3\xa9") } << -1 << -1 << -1 << -1;
}

void TestWordSplitter::split()
{
    QFETCH(QByteArray, line);
    QFETCH(QStringList, words);
    QFETCH(int, comment);
    QFETCH(int, midWord);
    QFETCH(int, quote);
    QFETCH(int, continuation);
    const SplitLine s = WordSplitter::split(line, 0, line.size());
    QStringList got;
    for (const Word &w : s.words)
        got.append(QString::fromUtf8(w.value));
    QCOMPARE(got, words);
    QCOMPARE(s.commentBegin, qsizetype(comment));
    QCOMPARE(s.midWordComment, qsizetype(midWord));
    QCOMPARE(s.unclosedQuote, qsizetype(quote));
    QCOMPARE(s.continuation, qsizetype(continuation));
}

QTEST_APPLESS_MAIN(TestWordSplitter)
#include "tst_wordsplitter.moc"
