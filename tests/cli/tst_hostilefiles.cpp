// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input end to end through crashcart-cli: broken initramfs images of every compression,
// cpio names that climb out of the folder they are unpacked into, a 2 GiB host list (a sparse
// file, and a stream through a FIFO), a kickstart of 100,000 lines, and broken TFTP requests
// sent to `serve`. Each case checks the exit status the CLI documents (0 done, 1 failed, 2
// usage), a message that says what is wrong, that nothing was written outside where asked,
// and the peak resident memory of the CLI itself (measured by peakrss) against kPeakRssCeiling.
#include "measuredcli.h"
#include "memorymeasure.h"

#include "initrd/fixture.h"

#include <QDir>
#include <QNetworkDatagram>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Generous: the CLI itself takes some 30-60 MiB; what matters is that no case grows with its
// input (2 GiB of CSV, 100,000 lines of kickstart).
constexpr qint64 kPeakRssCeilingKiB = 512 * 1024;

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

// A small initramfs: a program of 256 KiB, its symlink, a config file.
QByteArray sampleCpio()
{
    QByteArray program(256 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < program.size(); ++i)
        program[i] = char((i * 31 + i / 509) & 0xff);
    return Fixture::newc({ Fixture::dir("bin"), Fixture::file("bin/tool", program, 0755), Fixture::symlink("bin/sh", "tool"),
                           Fixture::dir("etc"), Fixture::file("etc/hosts", "127.0.0.1 localhost\n"),
                           Fixture::file("init", "#!/bin/sh\nexec /bin/sh\n", 0755) });
}

// Flips one bit: bit 6 of a hex digit in a cpio header gives a byte that is no hex digit.
QByteArray flipBit(QByteArray bytes, qsizetype at)
{
    bytes[at] = char(bytes[at] ^ 0x40);
    return bytes;
}

quint16 read16(const QByteArray &d, qsizetype at)
{
    return quint16((quint8(d[at]) << 8) | quint8(d[at + 1]));
}

QByteArray rrq(const QList<QByteArray> &optionStrings)
{
    QByteArray d("\0\1" "boot.bin\0octet\0", 17);
    for (const QByteArray &s : optionStrings)
        d += s + '\0';
    return d;
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void brokenInitrd_data();
    void brokenInitrd();
    void namesThatClimbOut_data();
    void namesThatClimbOut();
    void hugeCsvFile();
    void hugeCsvStream();
    void tooManyCsvRows();
    void longKickstart_data();
    void longKickstart();
    void brokenTftpRequests();

private:
    // The common checks: the outcome's memory, and a line for the record.
    void account(const Outcome &o);
    QTemporaryDir m_logs;
};

void TestHostileFiles::initTestCase()
{
    QVERIFY(m_logs.isValid());
    ::signal(SIGPIPE, SIG_IGN); // the FIFO case writes on after the reader gave up
    keepSanitizerQuarantineSmall();
}

void TestHostileFiles::cleanup()
{
    // The outputs of each case go with it.
    for (const QString &name : QDir(m_logs.path()).entryList(QDir::Files))
        QFile::remove(m_logs.filePath(name));
}

void TestHostileFiles::account(const Outcome &o)
{
    qInfo("%s: exit %d, peak RSS %lld KiB, %lld ms: %s", QTest::currentDataTag() ? QTest::currentDataTag() : QTest::currentTestFunction(),
          o.status, o.peakRssKiB, o.elapsedMs, qPrintable(o.err.section(u'\n', 0, 0).left(200)));
    QVERIFY2(o.signal == 0, qPrintable(u"ended by signal %1; stderr: %2"_s.arg(o.signal).arg(o.err.left(2000))));
    QVERIFY2(o.peakRssKiB > 0 && o.peakRssKiB < kPeakRssCeilingKiB,
             qPrintable(u"peak RSS %1 KiB (ceiling %2 KiB)"_s.arg(o.peakRssKiB).arg(kPeakRssCeilingKiB)));
}

void TestHostileFiles::brokenInitrd_data()
{
    QTest::addColumn<QByteArray>("image");
    QTest::addColumn<QString>("where"); // the message on stderr names the segment and offset
    QTest::addColumn<QString>("says");  // and what is wrong there

    const QByteArray cpio = sampleCpio();
    for (const QString &compression : { u"none"_s, u"gzip"_s, u"xz"_s, u"lzma"_s, u"bzip2"_s, u"lz4"_s, u"zstd"_s }) {
        const QByteArray image = compression == u"none" ? cpio : Fixture::run(Fixture::compressor(compression), cpio);
        if (image.isEmpty())
            QSKIP(qPrintable(u"%1 is not installed (packaging/dev.sh installs it)"_s.arg(Fixture::compressor(compression))));
        const bool none = compression == u"none";
        QTest::addRow("%s truncated", qPrintable(compression))
            << image.left(image.size() / 2) << (none ? u"Segment 0, offset "_s : u"Segment 0 (%1"_s.arg(compression))
            << (none ? u"the data ends"_s : u"the %1 stream ends early"_s.arg(compression));
        // Uncompressed, a flipped bit in a file's bytes is undetectable (for the kernel too): flip
        // one in the second header (the mode of bin/tool). Compressed, one in the middle of the
        // stream: gzip, xz, bzip2 and zstd (its tool writes a checksum) check their content;
        // lzma and the lz4 legacy format have no checksum, and what comes out is no cpio.
        const qsizetype at = none ? 112 + 4 + 6 + 8 + 3 : image.size() / 2;
        QTest::addRow("%s bit flipped", qPrintable(compression))
            << flipBit(image, at) << (none ? u"Segment 0, offset 116"_s : u"Segment 0 (%1"_s.arg(compression))
            << (none ? u"not hexadecimal"_s : u"corrupt %1 data ("_s.arg(compression));
    }
}

void TestHostileFiles::brokenInitrd()
{
    QFETCH(QByteArray, image);
    QFETCH(QString, where);
    QFETCH(QString, says);
    QTemporaryDir dir;
    QVERIFY(!writeFile(dir.filePath(u"initrd.img"_s), image).isEmpty());
    const auto before = snapshot(dir.path(), { u"out"_s });
    MeasuredCli cli({ u"initrd"_s, u"extract"_s, dir.filePath(u"initrd.img"_s), dir.filePath(u"out"_s) }, m_logs.path());
    QVERIFY(cli.started());
    const Outcome o = cli.wait();
    account(o);
    QCOMPARE(o.status, 1);
    QVERIFY2(o.err.startsWith(dir.filePath(u"initrd.img: "_s) + where), qPrintable(o.err));
    QVERIFY2(o.err.contains(says), qPrintable(o.err));
    QVERIFY2(!o.err.contains(QRegularExpression(u"\\(-?\\d+\\)"_s)), qPrintable(o.err)); // words, not a library's error number
    QCOMPARE(snapshot(dir.path(), { u"out"_s }), before);
}

void TestHostileFiles::namesThatClimbOut_data()
{
    QTest::addColumn<QByteArray>("image");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("outside"); // a path that must not exist afterwards

    // Absolute names point at a folder of their own in /tmp, outside the test's folder.
    const QString absolute = QDir::tempPath() + u"/crashcart-hostile-%1"_s.arg(QCoreApplication::applicationPid());
    const QByteArray absoluteName = QFile::encodeName(absolute + u"/pwned"_s);
    QTest::newRow("dot dot") << Fixture::newc({ Fixture::file("../../../pwned", "x") }) << u"escapes with \"..\""_s
                             << u"pwned"_s;
    QTest::newRow("dot dot inside a path") << Fixture::newc({ Fixture::dir("bin"), Fixture::file("bin/../../../../pwned", "x") })
                                           << u"escapes with \"..\""_s << u"pwned"_s;
    QTest::newRow("dot dot folder") << Fixture::newc({ Fixture::dir("../../evil") }) << u"escapes with \"..\""_s << u"a/evil"_s;
    QTest::newRow("absolute") << Fixture::newc({ Fixture::file(absoluteName.constData(), "x") }) << u"is absolute"_s << absolute;
    QTest::newRow("dot dot in gzip") << Fixture::run(u"gzip -c -n"_s, Fixture::newc({ Fixture::file("../../../pwned", "x") }))
                                     << u"escapes with \"..\""_s << u"pwned"_s;
    // A symlink that leads out, then a file through it: the link may be made (inside), the
    // file may not.
    QTest::newRow("through a symlink") << Fixture::newc({ Fixture::symlink("up", "../../.."), Fixture::file("up/pwned", "x") })
                                       << u"\"up\" in its path is not a folder"_s << u"pwned"_s;
}

void TestHostileFiles::namesThatClimbOut()
{
    QFETCH(QByteArray, image);
    QFETCH(QString, says);
    QFETCH(QString, outside);
    QVERIFY(!image.isEmpty());
    QTemporaryDir dir;
    const QString target = dir.filePath(u"a/b/out"_s); // ../../.. from here is still inside |dir|
    QVERIFY(QDir().mkpath(target));
    QVERIFY(!writeFile(dir.filePath(u"initrd.img"_s), image).isEmpty());
    const auto before = snapshot(dir.path(), { u"a/b/out"_s });
    MeasuredCli cli({ u"initrd"_s, u"extract"_s, dir.filePath(u"initrd.img"_s), target }, m_logs.path());
    QVERIFY(cli.started());
    const Outcome o = cli.wait();
    account(o);
    QCOMPARE(o.status, 1);
    QVERIFY2(o.err.contains(says), qPrintable(o.err));
    QCOMPARE(snapshot(dir.path(), { u"a/b/out"_s }), before);
    const QString path = QDir::isAbsolutePath(outside) ? outside : dir.filePath(outside);
    QVERIFY2(!QFileInfo::exists(path), qPrintable(path));
    // Inside the target: at most the symlink itself, never a file through it.
    for (const QString &name : QDir(target).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System))
        QVERIFY2(QFileInfo(target + u'/' + name).isSymLink(), qPrintable(name));
}

// 2 GiB of CSV on disk: a header and good rows, then a hole (sparse, so this costs nothing).
// Refused before it is read, with the limit in the message; nothing imported.
void TestHostileFiles::hugeCsvFile()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(u"ws"_s);
    QFile csv(dir.filePath(u"hosts.csv"_s));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("mac,hostname\n52:54:00:00:00:01,web01\n52:54:00:00:00:02,web02\n");
    QVERIFY(csv.resize(qint64(2) << 30));
    csv.close();
    const auto before = snapshot(dir.path(), { u"ws"_s });
    MeasuredCli cli({ u"--workspace"_s, ws, u"hosts"_s, u"import"_s, csv.fileName() }, m_logs.path());
    QVERIFY(cli.started());
    const Outcome o = cli.wait();
    account(o);
    QCOMPARE(o.status, 1);
    QVERIFY2(o.err.contains(u"The file is 2048 MiB; a host list is at most 64 MiB"_s), qPrintable(o.err));
    QCOMPARE(snapshot(dir.path(), { u"ws"_s }), before);

    MeasuredCli list({ u"--workspace"_s, ws, u"hosts"_s, u"list"_s }, m_logs.path());
    const Outcome listed = list.wait();
    QCOMPARE(listed.status, 0);
    QVERIFY2(!listed.out.contains(u"web01"_s), qPrintable(listed.out)); // nothing went in
}

// 2 GiB offered through a FIFO (`hosts import /dev/stdin` and the like): good rows, then one
// line of commas that never ends. The reader keeps no field beyond the 1024th and stops at
// the 64 MiB limit; the writer here finds the pipe closed long before its 2 GiB are out.
void TestHostileFiles::hugeCsvStream()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(u"ws"_s);
    const QString fifo = dir.filePath(u"hosts.fifo"_s);
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const auto before = snapshot(dir.path(), { u"ws"_s });
    MeasuredCli cli({ u"--workspace"_s, ws, u"hosts"_s, u"import"_s, fifo }, m_logs.path());
    QVERIFY(cli.started());

    // Open for writing once the CLI opened it for reading (without blocking before that).
    int fd = -1;
    QElapsedTimer clock;
    clock.start();
    while (fd < 0 && clock.elapsed() < 20000) {
        fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            QTest::qSleep(5);
    }
    QVERIFY2(fd >= 0, "crashcart-cli never opened the FIFO");
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    QByteArray head = "mac,hostname,notes\n";
    for (int i = 1; i <= 1000; ++i)
        head += u"52:54:00:00:%1:%2,h%3,\n"_s.arg(i >> 8, 2, 16, QLatin1Char('0')).arg(i & 0xff, 2, 16, QLatin1Char('0')).arg(i).toLatin1();
    head += "52:54:00:ff:ff:ff,long,";
    const QByteArray commas(1 << 20, ',');
    qint64 written = 0;
    bool closed = false;
    for (qint64 total = qint64(2) << 30; written < total && !closed;) {
        const QByteArray &block = written == 0 ? head : commas;
        for (qsizetype at = 0; at < block.size();) {
            const ssize_t n = ::write(fd, block.constData() + at, size_t(block.size() - at));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                closed = true; // EPIPE: the reader is done
                break;
            }
            at += n;
            written += n;
        }
    }
    ::close(fd);
    const Outcome o = cli.wait();
    account(o);
    qInfo("written into the FIFO before the CLI closed it: %lld MiB", written >> 20);
    QVERIFY(closed);
    QVERIFY(written < (qint64(80) << 20));
    QCOMPARE(o.status, 1);
    QVERIFY2(o.err.contains(u"The input goes on past 64 MiB"_s), qPrintable(o.err));
    QCOMPARE(snapshot(dir.path(), { u"ws"_s }), before);

    MeasuredCli list({ u"--workspace"_s, ws, u"hosts"_s, u"list"_s }, m_logs.path());
    const Outcome listed = list.wait();
    QCOMPARE(listed.status, 0);
    QVERIFY2(!listed.out.contains(u"h1000"_s), qPrintable(listed.out)); // all or nothing: nothing
}

// Rows past the limit (200,000): refused at the first one too many, before anything is
// written; the memory it took to get there is what the limit bounds.
void TestHostileFiles::tooManyCsvRows()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(u"ws"_s);
    QByteArray csv = "mac,hostname\n";
    csv.reserve(200001 * 30);
    for (int i = 0; i <= 200000; ++i) {
        csv += u"02:00:00:%1:%2:%3,h%4\n"_s.arg((i >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                   .arg((i >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                   .arg(i & 0xff, 2, 16, QLatin1Char('0'))
                   .arg(i)
                   .toLatin1();
    }
    const QString file = writeFile(dir.filePath(u"hosts.csv"_s), csv);
    QVERIFY(!file.isEmpty());
    const auto before = snapshot(dir.path(), { u"ws"_s });
    MeasuredCli cli({ u"--workspace"_s, ws, u"hosts"_s, u"import"_s, file }, m_logs.path());
    QVERIFY(cli.started());
    const Outcome o = cli.wait();
    account(o);
    QCOMPARE(o.status, 1);
    QVERIFY2(o.err.contains(u"Line 200002: the file has more than 200000 rows"_s), qPrintable(o.err));
    QCOMPARE(snapshot(dir.path(), { u"ws"_s }), before);

    MeasuredCli list({ u"--workspace"_s, ws, u"hosts"_s, u"list"_s }, m_logs.path());
    const Outcome listed = list.wait();
    QCOMPARE(listed.status, 0);
    QVERIFY2(!listed.out.contains(u"02:00:00:00:00:00"_s), qPrintable(listed.out.left(2000)));
}

void TestHostileFiles::longKickstart_data()
{
    QTest::addColumn<QByteArray>("kickstart");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("findings"); // lines FILE:LINE:COLUMN: ... on stdout
    QTest::addColumn<int>("lastLine"); // of the last finding; 0 for none

    const QByteArray head = "text\n"
                            "lang en_US.UTF-8\n"
                            "keyboard us\n"
                            "timezone Etc/UTC --utc\n"
                            "rootpw --lock\n"
                            "network --bootproto=dhcp\n"
                            "bootloader --location=mbr\n"
                            "zerombr\n"
                            "clearpart --all --initlabel\n"
                            "autopart\n"
                            "reboot\n";
    const int headLines = int(head.count('\n'));
    QByteArray packages = head + "%packages\n";
    for (int i = packages.count('\n'); i < 100000 - 1; ++i)
        packages += "pkg-" + QByteArray::number(i) + '\n';
    packages += "%end\n";
    QTest::newRow("100,000 lines of packages") << packages << 0 << 0 << 0;

    QByteArray unknown = head;
    for (int i = headLines; i < 100000; ++i)
        unknown += "frobnicate --level=" + QByteArray::number(i) + '\n';
    QTest::newRow("100,000 lines, most unknown commands") << unknown << 1 << (100000 - headLines) << 100000;
}

void TestHostileFiles::longKickstart()
{
    QFETCH(QByteArray, kickstart);
    QFETCH(int, status);
    QFETCH(int, findings);
    QFETCH(int, lastLine);
    QCOMPARE(kickstart.count('\n'), 100000);
    QTemporaryDir dir;
    const QString file = writeFile(dir.filePath(u"long.ks"_s), kickstart);
    QVERIFY(!file.isEmpty());
    const auto before = snapshot(dir.path(), {});
    MeasuredCli cli({ u"ks"_s, u"lint"_s, u"--no-scripts"_s, file }, m_logs.path());
    QVERIFY(cli.started());
    const Outcome o = cli.wait();
    account(o);
    QCOMPARE(o.status, status);
    QVERIFY2(o.err.isEmpty(), qPrintable(o.err.left(2000))); // findings are no failure of the tool
    const QStringList lines = o.out.split(u'\n', Qt::SkipEmptyParts);
    const QRegularExpression finding(u"^%1:(\\d+):\\d+: (error|warning): .+ \\[[\\w.-]+\\]$"_s.arg(QRegularExpression::escape(file)));
    int errors = 0, last = 0;
    for (const QString &line : lines) {
        const auto m = finding.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        errors += m.captured(2) == u"error";
        last = std::max(last, m.captured(1).toInt());
    }
    if (status == 0)
        QCOMPARE(errors, 0);
    QVERIFY2(findings == 0 ? lines.isEmpty() : errors >= findings, qPrintable(o.out.left(2000)));
    QCOMPARE(last, lastLine);
    QCOMPARE(snapshot(dir.path(), {}), before);
}

// `serve` answers a request it cannot parse with an ERROR that says why (RFC 2347's code 8
// when the options are to blame), stays silent to what is no TFTP request at all, logs each
// refusal, keeps serving, and ends with 0 on SIGTERM.
void TestHostileFiles::brokenTftpRequests()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(u"root"_s)));
    QVERIFY(!writeFile(dir.filePath(u"root/boot.bin"_s), QByteArray(3000, 'b')).isEmpty());
    const auto before = snapshot(dir.path(), {});
    MeasuredCli serve({ u"serve"_s, u"--root"_s, dir.filePath(u"root"_s), u"--listen"_s, u"127.0.0.1"_s, u"--tftp-port"_s, u"0"_s,
                u"--http-port"_s, u"0"_s, u"--dhcp"_s, u"off"_s },
              m_logs.path());
    QVERIFY(serve.started());
    const QRegularExpression listening(u"tftp listening on 127\\.0\\.0\\.1:(\\d+)"_s);
    QRegularExpressionMatch m;
    for (int i = 0; i < 1000 && !m.hasMatch(); ++i) {
        QTest::qSleep(10);
        m = listening.match(serve.outSoFar());
    }
    QVERIFY2(m.hasMatch(), qPrintable(serve.outSoFar()));
    const quint16 port = quint16(m.captured(1).toUInt());

    QList<QByteArray> twoHundred, twoHundredShort;
    for (int i = 0; i < 200; ++i) {
        twoHundred << "option" + QByteArray::number(i) << "1";
        twoHundredShort << QByteArray(1, char('a' + i % 26)) << "1";
    }
    struct Case
    {
        const char *name;
        QByteArray datagram;
        int code; // -1: no answer
        QByteArray says;
    };
    const QList<Case> cases {
        { "200 options", rrq(twoHundred), 8, "options too long" },
        { "200 short options", rrq(twoHundredShort), 8, "too many options" },
        { "option without terminator", rrq({}) + "blksize" + QByteArray(1, '\0') + "1468", 8, "option not NUL-terminated" },
        { "option name without terminator", rrq({}) + "tsize", 8, "option not NUL-terminated" },
        { "mode without terminator", QByteArray("\0\1boot.bin\0octet", 16), 4, "no file name and mode" },
        { "no TFTP at all", QByteArray(600, '\xff'), -1, {} },
        { "an ACK out of place", QByteArray("\0\4\0\1\0", 5), -1, {} },
    };
    QUdpSocket socket;
    QVERIFY(socket.bind(QHostAddress::LocalHost, 0));
    for (const Case &c : cases) {
        socket.writeDatagram(c.datagram, QHostAddress::LocalHost, port);
        const bool answered = socket.waitForReadyRead(c.code < 0 ? 300 : 5000);
        QVERIFY2(answered == (c.code >= 0), c.name);
        if (!answered)
            continue;
        const QByteArray reply = socket.receiveDatagram().data();
        QVERIFY2(reply.size() >= 5 && read16(reply, 0) == 5, c.name); // ERROR
        QVERIFY2(read16(reply, 2) == c.code, c.name);
        QVERIFY2(reply.contains(c.says), reply.constData() + 4);
        QVERIFY2(reply.size() <= 64, c.name);
    }
    // Still serving.
    socket.writeDatagram(QByteArray("\0\1boot.bin\0octet\0", 17), QHostAddress::LocalHost, port);
    QVERIFY(socket.waitForReadyRead(5000));
    const QNetworkDatagram data = socket.receiveDatagram();
    QCOMPARE(read16(data.data(), 0), quint16(3)); // DATA 1
    socket.writeDatagram(QByteArray("\0\5\0\0done\0", 9), data.senderAddress(), quint16(data.senderPort()));

    QTest::qSleep(200);
    serve.signal(SIGTERM);
    const Outcome o = serve.wait(20000);
    account(o);
    QCOMPARE(o.status, 0);
    // One log line for each broken request, with the reason for people.
    QVERIFY2(o.out.contains(u"Malformed TFTP packet: 200 options (at most 32)"_s), qPrintable(o.out));
    QVERIFY2(o.out.contains(u"an option is not NUL-terminated"_s), qPrintable(o.out));
    QVERIFY2(o.out.count(u" refused "_s) >= 7, qPrintable(o.out));
    QCOMPARE(snapshot(dir.path(), {}), before);
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
