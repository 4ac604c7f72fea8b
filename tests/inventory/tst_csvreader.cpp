// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace Crashcart::Inventory;
using namespace Qt::StringLiterals;

namespace {

// Each record rendered as "line:field|field|..." or "line:!error".
QStringList readAll(const QByteArray &bytes, char *delimiter = nullptr)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    const char d = reader.detectDelimiter();
    if (delimiter)
        *delimiter = d;
    QStringList out;
    CsvRecord r;
    while (reader.next(&r)) {
        if (!r.error.isEmpty()) {
            out.append(QStringLiteral("%1:!").arg(r.line));
            continue;
        }
        QStringList fields;
        for (const QByteArray &f : std::as_const(r.fields))
            fields.append(QString::fromUtf8(f));
        out.append(QStringLiteral("%1:").arg(r.line) + fields.join(u'|'));
    }
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void delimiter_data();
    void delimiter();
    void longFieldIsBounded();
    void maxBytes_data();
    void maxBytes();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << QStringList { u"1:a|b"_s, u"2:1|2"_s };
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << QStringList { u"1:a|b"_s, u"2:1|2"_s };
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << QStringList { u"1:a|b"_s, u"2:1|2"_s };
    QTest::newRow("cr only") << QByteArray("a,b\r1,2\r") << QStringList { u"1:a|b"_s, u"2:1|2"_s };
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF" "a,b\n") << QStringList { u"1:a|b"_s };
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\nb\n") << QStringList { u"1:a"_s, u"4:b"_s };
    QTest::newRow("empty fields") << QByteArray(",,\n") << QStringList { u"1:||"_s };
    QTest::newRow("quoted delimiter") << QByteArray("\"a,b\",c\n") << QStringList { u"1:a,b|c"_s };
    QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",x\n") << QStringList { u"1:say \"hi\"|x"_s };
    QTest::newRow("quoted newline") << QByteArray("\"two\nlines\",x\ny,z\n") << QStringList { u"1:two\nlines|x"_s, u"3:y|z"_s };
    QTest::newRow("quoted empty") << QByteArray("\"\",x\n") << QStringList { u"1:|x"_s };
    QTest::newRow("stray quote") << QByteArray("ab\"c,d\nok,1\n") << QStringList { u"1:!"_s, u"2:ok|1"_s };
    QTest::newRow("text after quote") << QByteArray("\"ab\"c,d\nok,1\n") << QStringList { u"1:!"_s, u"2:ok|1"_s };
    QTest::newRow("unterminated") << QByteArray("a,b\n\"never closed,x\ny,z\n") << QStringList { u"1:a|b"_s, u"2:!"_s };
    QTest::newRow("utf8 passes") << QByteArray("\xe4\xb8\xad,\xe6\x96\x87\n") << QStringList { QString::fromUtf8("1:\xe4\xb8\xad|\xe6\x96\x87") };
    QTest::newRow("nul byte kept") << QByteArray("a\0b,c\n", 6) << QStringList { QString::fromUtf8("1:a\0b|c", 7) };
    QTest::newRow("empty input") << QByteArray() << QStringList {};
    QTest::newRow("1024 fields") << (QByteArray(1023, ',') + '\n') << QStringList { u"1:"_s + QString(1023, u'|') };
    // A line of commas would otherwise hold a field apiece in memory, however long it runs.
    QTest::newRow("1025 fields refused") << (QByteArray(1024, ',') + "\nok,1\n") << QStringList { u"1:!"_s, u"2:ok|1"_s };
    QTest::newRow("a million fields") << (QByteArray(1 << 20, ',') + "x\nok,1\n") << QStringList { u"1:!"_s, u"2:ok|1"_s };
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    QCOMPARE(readAll(input), expected);
}

void TestCsvReader::delimiter_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("expected");
    QTest::newRow("comma") << QByteArray("mac,hostname\n") << ',';
    QTest::newRow("semicolon") << QByteArray("mac;hostname;ip\n") << ';';
    QTest::newRow("single column") << QByteArray("mac\n") << ',';
    QTest::newRow("quoted semicolons ignored") << QByteArray("\"a;b;c\",d\n") << ',';
    QTest::newRow("semicolon with bom") << QByteArray("\xEF\xBB\xBFmac;ip\n") << ';';
}

void TestCsvReader::delimiter()
{
    QFETCH(QByteArray, input);
    QFETCH(char, expected);
    char d = 0;
    readAll(input, &d);
    QCOMPARE(d, expected);
}

void TestCsvReader::longFieldIsBounded()
{
    // An unclosed quote near the top of a big file must not swallow it whole into memory.
    QByteArray data = "mac\n\"open\n";
    for (int i = 0; i < 20000; ++i)
        data += "52:54:00:00:00:01\n";
    data += "last\n";
    const QStringList records = readAll(data);
    QVERIFY(records.size() >= 2);
    QCOMPARE(records[0], QStringLiteral("1:mac"));
    QCOMPARE(records[1], QStringLiteral("2:!"));
    QCOMPARE(records.last().section(u':', 1), QStringLiteral("last"));
}

void TestCsvReader::maxBytes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<bool>("tooLarge");
    QTest::addColumn<int>("records");
    QTest::newRow("under") << QByteArray("a\nb\n") << qint64(5) << false << 2;
    QTest::newRow("exactly") << QByteArray("a\nb\n") << qint64(4) << false << 2;
    QTest::newRow("one byte over") << QByteArray("a\nb\nc") << qint64(4) << true << 2;
    QTest::newRow("far over") << (QByteArray("a\n") + QByteArray(3 << 20, 'x')) << qint64(1 << 20) << true << 2;
    QTest::newRow("zero") << QByteArray("a") << qint64(0) << true << 0;
}

void TestCsvReader::maxBytes()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, limit);
    QFETCH(bool, tooLarge);
    QFETCH(int, records);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    reader.setMaxBytes(limit);
    CsvRecord r;
    int n = 0;
    while (reader.next(&r))
        ++n;
    QCOMPARE(reader.tooLarge(), tooLarge);
    QCOMPARE(n, records);
    QVERIFY(buffer.pos() <= limit + 1); // read no further than needed to tell
    QVERIFY(!reader.readError());
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
