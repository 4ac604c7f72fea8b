// SPDX-License-Identifier: GPL-3.0-or-later
// HTTP with curl against `crashcart-cli serve`: whole files, HEAD, ranges (206/416),
// keep-alive, traversal in every spelling, a file replaced while served, and the log: the MAC
// from Anaconda's headers, a line per request in order.
#include "servecli.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

class TestHttpInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wholeFile_data();
    void wholeFile();
    void head();
    void ranges_data();
    void ranges();
    void keepAlive();
    void traversal_data();
    void traversal();
    void methodNotAllowed();
    void replacedFile();
    void macFromAnacondaHeader();
    void aLogLinePerRequest();

private:
    QString url(const QString &path) const { return u"http://127.0.0.1:%1%2"_s.arg(m_serve.httpPort()).arg(path); }
    QTemporaryDir m_dir;
    QString m_root;
    ServeCli m_serve;
};

void TestHttpInterop::initTestCase()
{
    if (!haveProgram(u"curl"_s))
        QSKIP("curl is not installed (packaging/dev.sh installs it)");
    m_root = m_dir.filePath(u"root"_s);
    QVERIFY(QDir().mkpath(m_root + u"/ks"_s));
    QVERIFY(makeFile(m_root + u"/f100m.bin"_s, 100 << 20, 7));
    QVERIFY(makeFile(m_root + u"/small.bin"_s, 1000, 8));
    QVERIFY(makeFile(m_root + u"/empty.bin"_s, 0, 9));
    QVERIFY(makeFile(m_root + u"/medium.bin"_s, 16 * 1024 + 1, 10));
    QFile ks(m_root + u"/ks/host.ks"_s);
    QVERIFY(ks.open(QIODevice::WriteOnly));
    ks.write("text\nreboot\n");
    ks.close();
    QFile secret(m_dir.filePath(u"secret.txt"_s));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("TOP-SECRET");
    secret.close();
    QVERIFY(QFile::link(secret.fileName(), m_root + u"/escape"_s));
    QVERIFY(m_serve.start(m_root));
}

void TestHttpInterop::cleanupTestCase()
{
    QVERIFY2(m_serve.stop(), m_serve.log().right(2000).constData());
}

void TestHttpInterop::wholeFile_data()
{
    // Small files are read into the answer, larger ones sent from their descriptor.
    QTest::addColumn<QString>("name");
    QTest::newRow("100 MiB") << u"f100m.bin"_s;
    QTest::newRow("16 KiB and a byte") << u"medium.bin"_s;
    QTest::newRow("1000 bytes") << u"small.bin"_s;
    QTest::newRow("empty") << u"empty.bin"_s;
}

void TestHttpInterop::wholeFile()
{
    QFETCH(QString, name);
    const QString out = m_dir.filePath(u"whole.bin"_s);
    QFile::remove(out);
    QByteArray got;
    QCOMPARE(runClient(u"curl"_s, { u"-sS"_s, u"-o"_s, out, u"-w"_s, u"%{http_code} %{size_download}"_s, url(u'/' + name) }, &got), 0);
    const qint64 size = QFileInfo(m_root + u'/' + name).size();
    QCOMPARE(got, "200 " + QByteArray::number(size));
    if (size > 0) // curl writes no file for an empty body
        QCOMPARE(sha256(out), sha256(m_root + u'/' + name));
}

void TestHttpInterop::head()
{
    QByteArray headers;
    QCOMPARE(runClient(u"curl"_s, { u"-sS"_s, u"-I"_s, url(u"/ks/host.ks"_s) }, &headers), 0);
    const QByteArray lower = headers.toLower();
    QVERIFY(lower.startsWith("http/1.1 200"));
    QVERIFY(lower.contains("content-length: 12\r\n"));
    QVERIFY(lower.contains("content-type: text/plain; charset=utf-8"));
    QVERIFY(lower.contains("accept-ranges: bytes"));
    // RFC 7231 IMF-fixdate, e.g. "Thu, 29 Feb 2024 13:05:09 GMT", of the file's time.
    static const QRegularExpression date(u"\r\nLast-Modified: (\\w{3}, \\d{2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT)\r\n"_s);
    const auto m = date.match(QString::fromLatin1(headers));
    QVERIFY2(m.hasMatch(), headers.constData());
    const QDateTime parsed = QLocale::c().toDateTime(m.captured(1), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    QVERIFY(parsed.isValid());
}

void TestHttpInterop::ranges_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("length");
    QTest::newRow("start") << u"0-9"_s << QByteArray("206") << qint64(0) << qint64(10);
    QTest::newRow("middle") << u"100-199"_s << QByteArray("206") << qint64(100) << qint64(100);
    QTest::newRow("open end") << u"990-"_s << QByteArray("206") << qint64(990) << qint64(10);
    QTest::newRow("suffix") << u"-5"_s << QByteArray("206") << qint64(995) << qint64(5);
    QTest::newRow("past the end") << u"1000-2000"_s << QByteArray("416") << qint64(0) << qint64(0);
    QTest::newRow("several: whole file") << u"0-1,5-6"_s << QByteArray("200") << qint64(0) << qint64(1000);
}

void TestHttpInterop::ranges()
{
    QFETCH(QString, range);
    QFETCH(QByteArray, status);
    QFETCH(qint64, first);
    QFETCH(qint64, length);
    const QString out = m_dir.filePath(u"range.bin"_s);
    QFile::remove(out);
    QByteArray code;
    QCOMPARE(runClient(u"curl"_s, { u"-sS"_s, u"-r"_s, range, u"-o"_s, out, u"-w"_s, u"%{http_code}"_s, url(u"/small.bin"_s) }, &code), 0);
    QCOMPARE(code, status);
    if (status == "416")
        return;
    QFile source(m_root + u"/small.bin"_s), got(out);
    QVERIFY(source.open(QIODevice::ReadOnly) && got.open(QIODevice::ReadOnly));
    QCOMPARE(got.readAll(), source.readAll().mid(first, length));
}

void TestHttpInterop::keepAlive()
{
    QByteArray verbose;
    QCOMPARE(runClient(u"curl"_s, { u"-sS"_s, u"-v"_s, u"-o"_s, u"/dev/null"_s, url(u"/small.bin"_s), u"-o"_s, u"/dev/null"_s,
                                    url(u"/ks/host.ks"_s) }, &verbose), 0);
    QVERIFY2(verbose.contains("Re-using existing connection"), verbose.constData());
}

void TestHttpInterop::traversal_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("dotdot") << u"/../secret.txt"_s;
    QTest::newRow("deep") << u"/ks/../../secret.txt"_s;
    QTest::newRow("encoded") << u"/%2e%2e/secret.txt"_s;
    QTest::newRow("encoded upper") << u"/%2E%2E/%2E%2E/etc/passwd"_s;
    QTest::newRow("encoded slash") << u"/ks%2f..%2f..%2fsecret.txt"_s;
    QTest::newRow("backslash") << u"/..%5csecret.txt"_s;
    QTest::newRow("absolute") << u"//etc/passwd"_s;
    QTest::newRow("symlink out") << u"/escape"_s;
    QTest::newRow("nul") << u"/small.bin%00.txt"_s;
}

void TestHttpInterop::traversal()
{
    QFETCH(QString, path);
    const QString out = m_dir.filePath(u"trav.bin"_s);
    QFile::remove(out);
    QByteArray code;
    QCOMPARE(runClient(u"curl"_s, { u"-sS"_s, u"--path-as-is"_s, u"-o"_s, out, u"-w"_s, u"%{http_code}"_s, url(path) }, &code), 0);
    QVERIFY2(code == "403" || code == "404", code.constData());
    QFile got(out);
    QVERIFY(got.open(QIODevice::ReadOnly));
    const QByteArray body = got.readAll();
    QVERIFY(!body.contains("TOP-SECRET"));
    QVERIFY(!body.contains("root:"));
}

void TestHttpInterop::methodNotAllowed()
{
    QByteArray code;
    QCOMPARE(runClient(u"curl"_s, { u"-sS"_s, u"-X"_s, u"DELETE"_s, u"-o"_s, u"/dev/null"_s, u"-w"_s, u"%{http_code}"_s,
                                    url(u"/small.bin"_s) }, &code), 0);
    QCOMPARE(code, QByteArray("405"));
}

void TestHttpInterop::replacedFile()
{
    // A file replaced by rename (as rsync and package updates do) with the same size and the
    // same time to the nanosecond: the new bytes, never the old ones a kept descriptor reads.
    const QDateTime time = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 60, Qt::UTC);
    const auto write = [&](const QString &path, quint32 seed) {
        QFile file(path);
        return makeFile(path, 4096, seed) && file.open(QIODevice::ReadWrite)
            && file.setFileTime(time, QFileDevice::FileModificationTime);
    };
    const QString path = m_root + u"/swap.bin"_s;
    QVERIFY(write(path, 1));
    const QString out = m_dir.filePath(u"swap.out"_s);
    QCOMPARE(runClient(u"curl"_s, { u"-sS"_s, u"-o"_s, out, url(u"/swap.bin"_s) }), 0);
    QCOMPARE(sha256(out), sha256(path));
    const QString next = m_dir.filePath(u"swap.next"_s);
    QVERIFY(write(next, 2));
    const QByteArray expected = sha256(next);
    QVERIFY(::rename(QFile::encodeName(next).constData(), QFile::encodeName(path).constData()) == 0);
    QCOMPARE(runClient(u"curl"_s, { u"-sS"_s, u"-o"_s, out, url(u"/swap.bin"_s) }), 0);
    QCOMPARE(sha256(out), expected);
}

void TestHttpInterop::macFromAnacondaHeader()
{
    QCOMPARE(runClient(u"curl"_s, { u"-sS"_s, u"-o"_s, u"/dev/null"_s, u"-H"_s, u"X-RHN-Provisioning-MAC-0: eth0 52:54:00:AB:CD:EF"_s,
                                    url(u"/ks/host.ks"_s) }), 0);
    QTRY_VERIFY(m_serve.log().contains("/ks/host.ks 200 12 mac 52:54:00:ab:cd:ef"));
}

void TestHttpInterop::aLogLinePerRequest()
{
    // The server hands its log lines on in batches: none is lost or reordered, and each
    // starts with the time, UTC with milliseconds.
    constexpr int count = 80;
    QStringList args { u"-sS"_s };
    for (int i = 0; i < count; ++i)
        args << u"-o"_s << u"/dev/null"_s << url(u"/line/%1"_s.arg(i));
    QCOMPARE(runClient(u"curl"_s, args), 0);
    static const QRegularExpression line(u"^(\\S+) http 127\\.0\\.0\\.1 GET /line/(\\d+) 404 0$"_s,
                                         QRegularExpression::MultilineOption);
    const auto lines = [&] {
        QList<QRegularExpressionMatch> found;
        for (auto it = line.globalMatch(QString::fromUtf8(m_serve.log())); it.hasNext();)
            found.append(it.next());
        return found;
    };
    QTRY_COMPARE(lines().size(), count);
    const auto found = lines();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime previous;
    for (int i = 0; i < count; ++i) {
        QCOMPARE(found.at(i).captured(2).toInt(), i);
        const QString stamp = found.at(i).captured(1);
        const QDateTime at = QDateTime::fromString(stamp, Qt::ISODateWithMs);
        QVERIFY2(at.isValid() && at.timeSpec() == Qt::UTC && stamp.size() == 24, qPrintable(stamp));
        QVERIFY2(qAbs(at.msecsTo(now)) < 60000, qPrintable(stamp));
        QVERIFY(!previous.isValid() || previous <= at);
        previous = at;
    }
}

QTEST_GUILESS_MAIN(TestHttpInterop)
#include "tst_httpinterop.moc"
