// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/hostcsv.h"
#include "inventory/hostrepository.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTemporaryFile>
#include <QTest>

#include <cstring>

#include "testhosts.h"

using namespace Crashcart;
using namespace Crashcart::Inventory;
using namespace Qt::StringLiterals;
using Crashcart::Test::makeHost;

namespace {

Result<ImportPlan> planOf(const QByteArray &bytes, const HostKeys &existing = {}, const QString &defaultProfile = {})
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    HostCsv::Options options;
    options.defaultProfile = defaultProfile;
    return HostCsv::plan(buffer, existing, options);
}

QList<int> problemLines(const ImportPlan &plan)
{
    QList<int> lines;
    for (const CsvProblem &p : plan.problems)
        lines.append(p.line);
    return lines;
}

QList<int> rowLines(const ImportPlan &plan)
{
    QList<int> lines;
    for (const ImportRow &r : plan.rows)
        lines.append(r.line);
    return lines;
}

// A pipe: the bytes come in order, their size is not known beforehand.
class Pipe final : public QIODevice
{
public:
    explicit Pipe(QByteArray bytes) : m_bytes(std::move(bytes)) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_bytes.size() - m_at);
        std::memcpy(data, m_bytes.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_at = 0;
};

QByteArray macRows(int count)
{
    QByteArray csv = "mac\n";
    for (int i = 1; i <= count; ++i)
        csv += QStringLiteral("52:54:00:00:00:%1\n").arg(i, 2, 16, QLatin1Char('0')).toLatin1();
    return csv;
}

} // namespace

class TestHostCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_data();
    void rows();
    void headerErrors_data();
    void headerErrors();
    void duplicatesNameTheOtherHost();
    void defaultProfile();
    void exportRoundTrip();
    void quoting_data();
    void quoting();
    void fiftyMegabytes();
    void cancel();
    void limits_data();
    void limits();
};

void TestHostCsv::rows_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QList<int>>("good");
    QTest::addColumn<QList<int>>("bad");

    QTest::newRow("mac only") << QByteArray("mac\n52:54:00:00:00:01\n525400000002\n") << QList<int> { 2, 3 } << QList<int> {};
    QTest::newRow("any case any order") << QByteArray("IP,Hostname,MAC\n10.0.0.1,web01,52:54:00:00:00:01\n")
                                        << QList<int> { 2 } << QList<int> {};
    QTest::newRow("semicolons with bom") << QByteArray("\xEF\xBB\xBFmac;hostname;tags\n52:54:00:00:00:01;web01;\"a,b\"\n")
                                         << QList<int> { 2 } << QList<int> {};
    QTest::newRow("too few fields") << QByteArray("mac,hostname\n52:54:00:00:00:01\n52:54:00:00:00:02,b\n")
                                    << QList<int> { 3 } << QList<int> { 2 };
    QTest::newRow("too many fields") << QByteArray("mac,hostname\n52:54:00:00:00:01,a,extra\n52:54:00:00:00:02,b\n")
                                     << QList<int> { 3 } << QList<int> { 2 };
    QTest::newRow("bad values") << QByteArray("mac,hostname,ip,bmc_type\n"
                                              "nope,a,,\n"
                                              "52:54:00:00:00:02,-b,,\n"
                                              "52:54:00:00:00:03,c,10.0.0.300,\n"
                                              "52:54:00:00:00:04,d,,telnet\n"
                                              "52:54:00:00:00:05,e,10.0.0.5,ipmi\n")
                                << QList<int> { 6 } << QList<int> { 2, 3, 4, 5 };
    QTest::newRow("non utf8") << QByteArray("mac,hostname,notes\n52:54:00:00:00:01,a,caf\xe9\n52:54:00:00:00:02,b,caf\xc3\xa9\n")
                              << QList<int> { 3 } << QList<int> { 2 };
    QTest::newRow("overlong utf8") << QByteArray("mac,notes\n52:54:00:00:00:01,\xc0\xaf\n") << QList<int> {} << QList<int> { 2 };
    QTest::newRow("stray quote then good") << QByteArray("mac,hostname\n52:54:00:00:00:01,we\"b\n52:54:00:00:00:02,ok\n")
                                           << QList<int> { 3 } << QList<int> { 2 };
    QTest::newRow("quoted newline keeps lines") << QByteArray("mac,notes\n52:54:00:00:00:01,\"a\nb\"\nnope,x\n52:54:00:00:00:03,\n")
                                                << QList<int> { 2, 5 } << QList<int> { 4 };
    QTest::newRow("unclosed quote at end") << QByteArray("mac,notes\n52:54:00:00:00:01,x\n52:54:00:00:00:02,\"open\n52:54:00:00:00:03,y\n")
                                           << QList<int> { 2 } << QList<int> { 3 };
    QTest::newRow("blank lines") << QByteArray("mac\n\n52:54:00:00:00:01\n\n\n52:54:00:00:00:02\n")
                                 << QList<int> { 3, 6 } << QList<int> {};
    QTest::newRow("duplicate mac in file") << QByteArray("mac\n52:54:00:00:00:01\n52-54-00-00-00-01\n")
                                           << QList<int> { 2 } << QList<int> { 3 };
    QTest::newRow("duplicate hostname in file") << QByteArray("mac,hostname\n52:54:00:00:00:01,web\n52:54:00:00:00:02,WEB\n")
                                                << QList<int> { 2 } << QList<int> { 3 };
    QTest::newRow("duplicate ip in file") << QByteArray("mac,ip\n52:54:00:00:00:01,10.0.0.1\n52:54:00:00:00:02,10.0.0.1\n")
                                          << QList<int> { 2 } << QList<int> { 3 };
    QTest::newRow("dhcp hosts share no ip") << QByteArray("mac,ip\n52:54:00:00:00:01,dhcp\n52:54:00:00:00:02,\n")
                                            << QList<int> { 2, 3 } << QList<int> {};
}

void TestHostCsv::rows()
{
    QFETCH(QByteArray, csv);
    QFETCH(QList<int>, good);
    QFETCH(QList<int>, bad);
    const auto plan = planOf(csv);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
    QCOMPARE(rowLines(*plan), good);
    QCOMPARE(problemLines(*plan), bad);
    for (const CsvProblem &p : plan->problems)
        QVERIFY(!p.reason.isEmpty());
}

void TestHostCsv::headerErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty file") << QByteArray() << u"csv.empty"_s;
    QTest::newRow("only blank lines") << QByteArray("\n\n\r\n") << u"csv.empty"_s;
    QTest::newRow("no mac column") << QByteArray("hostname,ip\nweb,10.0.0.1\n") << u"csv.column"_s;
    QTest::newRow("unknown column") << QByteArray("mac,colour\n52:54:00:00:00:01,red\n") << u"csv.column"_s;
    QTest::newRow("twice") << QByteArray("mac,MAC\n") << u"csv.column"_s;
    QTest::newRow("broken header") << QByteArray("mac,\"host\n") << u"csv.header"_s;
    QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0", 10) << u"csv.column"_s;
    QTest::newRow("a header of commas") << (QByteArray("mac") + QByteArray(5000, ',') + "\n") << u"csv.header"_s;
}

void TestHostCsv::headerErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, code);
    const auto plan = planOf(csv);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, code);
    QVERIFY(!plan.error().message.isEmpty());
}

void TestHostCsv::duplicatesNameTheOtherHost()
{
    HostKeys existing;
    existing.insert(makeHost(u"52:54:00:00:00:01"_s, u"web01"_s, u"10.0.0.1"_s));
    const auto plan = planOf("mac,hostname,ip\n"
                             "52:54:00:00:00:01,x,\n"
                             "52:54:00:00:00:02,web01,\n"
                             "52:54:00:00:00:03,y,10.0.0.1\n"
                             "52:54:00:00:00:04,z,10.0.0.4\n",
                             existing);
    QVERIFY(plan.ok());
    QCOMPARE(problemLines(*plan), (QList<int> { 2, 3, 4 }));
    for (const CsvProblem &p : plan->problems)
        QVERIFY2(p.reason.contains(u"52:54:00:00:00:01"_s), qPrintable(p.reason));
    // The row itself travels with the reason, so a person can recognise it.
    QCOMPARE(plan->problems[1].row, u"52:54:00:00:00:02,web01,"_s);
    QCOMPARE(rowLines(*plan), QList<int> { 5 });
}

void TestHostCsv::defaultProfile()
{
    const auto plan = planOf("mac,profile\n52:54:00:00:00:01,\n52:54:00:00:00:02,custom\n", {}, u"rhel9"_s);
    QVERIFY(plan.ok());
    QCOMPARE(plan->rows[0].host.profile, u"rhel9"_s);
    QCOMPARE(plan->rows[1].host.profile, u"custom"_s);
}

void TestHostCsv::exportRoundTrip()
{
    QList<Host> hosts;
    Host a = makeHost(u"52:54:00:00:00:01"_s, u"web01"_s, u"10.0.0.1"_s);
    a.profile = u"rhel9"_s;
    a.bmcAddress = u"10.9.0.1"_s;
    a.bmcType = u"redfish"_s;
    a.tags = QStringList { u"rack3"_s, u"role=web"_s };
    a.notes = QString::fromUtf8("机柜 3, \"top\"; second line\nand a third");
    hosts.append(a);
    Host b = makeHost(u"52:54:00:00:00:02"_s);
    b.notes = u" leading and trailing spaces "_s;
    hosts.append(b);
    hosts.append(makeHost(u"52:54:00:00:00:03"_s, u"db01"_s, u"2001:db8::3"_s));

    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    QVERIFY(HostCsv::write(out, hosts).ok());
    QVERIFY(bytes.startsWith("mac,hostname,ip,profile,bmc_address,bmc_type,tags,notes\n"));

    const auto plan = planOf(bytes);
    QVERIFY(plan.ok());
    QVERIFY(plan->problems.isEmpty());
    QCOMPARE(plan->rows.size(), hosts.size());
    for (int i = 0; i < hosts.size(); ++i)
        QCOMPARE(plan->rows[i].host, hosts[i]);
}

void TestHostCsv::quoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << u"abc"_s << QByteArray("abc");
    QTest::newRow("comma") << u"a,b"_s << QByteArray("\"a,b\"");
    QTest::newRow("quote") << u"a\"b"_s << QByteArray("\"a\"\"b\"");
    QTest::newRow("newline") << u"a\nb"_s << QByteArray("\"a\nb\"");
    QTest::newRow("space") << u" a"_s << QByteArray("\" a\"");
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestHostCsv::quoting()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(HostCsv::quoteField(value), expected);
}

void TestHostCsv::fiftyMegabytes()
{
    // 50 MB of rows, every 1000th one broken: all good rows planned, every bad one reported.
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("mac,hostname,ip,profile,tags,notes\n");
    const QByteArray notes(400, 'n');
    int line = 1, expectedGood = 0;
    QList<int> expectedBad;
    QByteArray chunk;
    while (file.size() + chunk.size() < 50 * 1024 * 1024) {
        ++line;
        const int i = line - 2;
        if (i % 1000 == 999) {
            chunk += "not-a-mac,x,,,,\n";
            expectedBad.append(line);
        } else {
            chunk += QStringLiteral("%1,host%2,%3,p%4,rack%4,")
                         .arg(QStringLiteral("02:%1:%2:%3:%4:00")
                                  .arg((i >> 24) & 0xff, 2, 16, QLatin1Char('0'))
                                  .arg((i >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                                  .arg((i >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                                  .arg(i & 0xff, 2, 16, QLatin1Char('0')))
                         .arg(i)
                         .arg(QStringLiteral("10.%1.%2.%3").arg((i >> 16) & 0xff).arg((i >> 8) & 0xff).arg(i & 0xff))
                         .arg(i % 7)
                         .toUtf8()
                + notes + '\n';
            ++expectedGood;
        }
        if (chunk.size() > 1 << 20) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    QVERIFY(file.size() >= 50 * 1000 * 1000);
    file.seek(0);
    const auto plan = HostCsv::plan(file, {});
    QVERIFY(plan.ok());
    QCOMPARE(plan->rows.size(), expectedGood);
    QCOMPARE(problemLines(*plan), expectedBad);
    QCOMPARE(plan->rows.last().line, line);
}

void TestHostCsv::cancel()
{
    QByteArray data = "mac\n";
    for (int i = 1; i <= 5000; ++i)
        data += QStringLiteral("02:00:00:00:%1:%2\n").arg(i >> 8, 2, 16, QLatin1Char('0')).arg(i & 0xff, 2, 16, QLatin1Char('0')).toLatin1();
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    HostCsv::Options options;
    options.progress = [](qint64) { return false; };
    const auto plan = HostCsv::plan(buffer, {}, options);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, u"import.cancelled"_s);
}

void TestHostCsv::limits_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<bool>("pipe");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<int>("maxRows");
    QTest::addColumn<QString>("says"); // empty: planned

    const QByteArray five = macRows(5); // 4 + 5 * 18 = 94 bytes
    QTest::newRow("file at the byte limit") << five << false << qint64(94) << 100 << QString();
    QTest::newRow("file over the byte limit") << five << false << qint64(93) << 100 << u"The file is"_s;
    QTest::newRow("pipe at the byte limit") << five << true << qint64(94) << 100 << QString();
    QTest::newRow("pipe over the byte limit") << five << true << qint64(93) << 100 << u"The input goes on past"_s;
    QTest::newRow("at the row limit") << five << false << qint64(1000) << 5 << QString();
    QTest::newRow("over the row limit") << five << false << qint64(1000) << 4 << u"Line 6: the file has more than 4 rows"_s;
    QTest::newRow("rejected rows count") << QByteArray("mac\nx\ny\nz\n") << false << qint64(1000) << 2
                                         << u"Line 4: the file has more than 2 rows"_s;
    QTest::newRow("blank lines do not") << QByteArray("mac\n\n\n\n\n52:54:00:00:00:01\n") << false << qint64(1000) << 1 << QString();
    // The real limits hold the largest file the other tests import (150,000 hosts, 50 MB).
    QTest::newRow("defaults") << five << true << HostCsv::MaxFileBytes << HostCsv::MaxRows << QString();
}

void TestHostCsv::limits()
{
    QFETCH(QByteArray, csv);
    QFETCH(bool, pipe);
    QFETCH(qint64, maxBytes);
    QFETCH(int, maxRows);
    QFETCH(QString, says);
    QBuffer buffer(&csv);
    Pipe stream(csv);
    QIODevice *device = &stream;
    if (!pipe) {
        buffer.open(QIODevice::ReadOnly);
        device = &buffer;
    }
    HostCsv::Options options;
    options.maxBytes = maxBytes;
    options.maxRows = maxRows;
    const auto plan = HostCsv::plan(*device, {}, options);
    if (says.isEmpty()) {
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
        return;
    }
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, u"csv.toolarge"_s);
    QVERIFY2(plan.error().message.contains(says), qPrintable(plan.error().message));
    if (!pipe && maxBytes < csv.size())
        QCOMPARE(buffer.pos(), 0); // refused before reading
}

QTEST_GUILESS_MAIN(TestHostCsv)
#include "tst_hostcsv.moc"
