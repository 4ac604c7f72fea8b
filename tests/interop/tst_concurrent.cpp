// SPDX-License-Identifier: GPL-3.0-or-later
// Many machines at once, as when a rack is powered on together: 50 TFTP clients (curl,
// tftp-hpa and atftp; blksizes 512..65464; windowsize or not) and 50 HTTP clients fetch from
// one `crashcart-cli serve` at the same moment, beside a client that stops acknowledging in
// the middle of its transfer. Every byte must arrive right (SHA-256), no client may be
// starved (within each kind of client, the slowest takes at most a few times the median:
// a ratio, not a wall-clock limit, so a slow machine does not fail it), the silent client's
// transfer must end and be freed, and the server's memory must stay bounded.
#include "memorymeasure.h"
#include "servecli.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// The slowest of a kind of client against that kind's median.
constexpr double kMaxSlowestToMedian = 4.0;
// The server's peak resident memory with 101 transfers in flight; it reads ahead 64 KiB per
// transfer and holds no file whole, so this is far above what it needs (measured: see the
// test's output) and far below what holding the files would take (1.5 GiB).
constexpr qint64 kPeakRssCeiling = 256LL << 20;

struct Client
{
    QString kind; // what it is compared with: one program at one blksize and windowsize
    QString program;
    QStringList args;
    QString file;
    QString out;
    std::unique_ptr<QProcess> process;
    QElapsedTimer clock;
    qint64 elapsedMs = -1;
};

// A client that asks for a file, acknowledges its first blocks and then falls silent, as a
// machine does whose NIC resets mid-download. Returns what it saw after it stopped: the
// server's resends of the unacknowledged block and then its ERROR (or nothing, on failure).
struct Silence
{
    int blocksAcknowledged = 0;
    int resends = 0;
    bool errorReceived = false;
    QString errorText;
};

Silence fallSilent(quint16 port, const QByteArray &file, int acknowledge)
{
    Silence result;
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0)
        return result;
    sockaddr_in server {};
    server.sin_family = AF_INET;
    server.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    server.sin_port = htons(port);
    QByteArray rrq("\0\1", 2);
    rrq += file + '\0' + "octet" + '\0';
    ::sendto(fd, rrq.constData(), size_t(rrq.size()), 0, reinterpret_cast<const sockaddr *>(&server), sizeof server);
    char buf[2048];
    int lastBlock = 0;
    // Bounded: the server gives up within about ten seconds; this waits at most sixty.
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000) {
        pollfd p { fd, POLLIN, 0 };
        if (::poll(&p, 1, 1000) <= 0)
            continue;
        sockaddr_in from {};
        socklen_t len = sizeof from;
        const ssize_t n = ::recvfrom(fd, buf, sizeof buf, 0, reinterpret_cast<sockaddr *>(&from), &len);
        if (n < 4)
            continue;
        const int opcode = (uchar(buf[0]) << 8) | uchar(buf[1]);
        const int block = (uchar(buf[2]) << 8) | uchar(buf[3]);
        if (opcode == 5) {
            result.errorReceived = true;
            result.errorText = QString::fromLatin1(buf + 4, int(qstrnlen(buf + 4, size_t(n - 4))));
            break;
        }
        if (opcode != 3)
            continue;
        if (result.blocksAcknowledged < acknowledge && block == lastBlock + 1) {
            const char ack[4] = { 0, 4, buf[2], buf[3] };
            ::sendto(fd, ack, 4, 0, reinterpret_cast<const sockaddr *>(&from), len);
            lastBlock = block;
            ++result.blocksAcknowledged;
        } else if (block == lastBlock + 1) {
            ++result.resends; // the block after the last one acknowledged, again and again
        }
    }
    ::close(fd);
    // The first arrival of the unacknowledged block is not a resend.
    result.resends = std::max(0, result.resends - 1);
    return result;
}

qint64 peakRss(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

} // namespace

class TestConcurrent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hundredClientsAndOneSilent();

private:
    void add(const QString &kind, const QString &program, const QStringList &options, const QString &file, int count);

    QTemporaryDir m_dir;
    QString m_root;
    ServeCli m_serve;
    std::vector<Client> m_clients;
    QMap<QString, QByteArray> m_sums;
};

void TestConcurrent::initTestCase()
{
    keepSanitizerQuarantineSmall(); // before `serve` starts
    for (const char *program : { "curl", "tftp", "atftp" }) {
        if (!haveProgram(QString::fromLatin1(program)))
            QSKIP(qPrintable(u"%1 is not installed (packaging/dev.sh installs it)"_s.arg(QString::fromLatin1(program))));
    }
    m_root = m_dir.filePath(u"root"_s);
    QVERIFY(QDir().mkpath(m_root));
    QVERIFY(QDir().mkpath(m_dir.filePath(u"out"_s)));
    // Sizes by how fast a kind of client goes alone, so each kind runs for a similar time.
    const QList<QPair<QString, qint64>> files = { { u"small.bin"_s, 3 << 20 }, { u"medium.bin"_s, 12 << 20 },
                                                  { u"large.bin"_s, 40 << 20 }, { u"silent.bin"_s, 1 << 20 } };
    quint32 seed = 11;
    for (const auto &[name, size] : files) {
        QVERIFY(makeFile(m_root + u'/' + name, size, seed++));
        m_sums.insert(name, sha256(m_root + u'/' + name));
    }
    QVERIFY(m_serve.start(m_root));
}

void TestConcurrent::cleanupTestCase()
{
    m_clients.clear();
    QVERIFY2(m_serve.stop(), m_serve.log().right(2000).constData());
}

void TestConcurrent::add(const QString &kind, const QString &program, const QStringList &options, const QString &file, int count)
{
    const QString port = QString::number(kind.startsWith(u"http"_s) ? m_serve.httpPort() : m_serve.tftpPort());
    for (int i = 0; i < count; ++i) {
        Client c;
        c.kind = kind;
        c.program = program;
        c.file = file;
        c.out = m_dir.filePath(u"out/%1-%2"_s.arg(m_clients.size()).arg(file));
        if (kind.startsWith(u"http"_s))
            c.args = options + QStringList { u"-sS"_s, u"-f"_s, u"http://127.0.0.1:%1/%2"_s.arg(port, file), u"-o"_s, c.out };
        else if (program == u"curl"_s)
            c.args = options + QStringList { u"-sS"_s, u"tftp://127.0.0.1:%1/%2"_s.arg(port, file), u"-o"_s, c.out };
        else if (program == u"tftp"_s)
            c.args = { u"-m"_s, u"binary"_s, u"127.0.0.1"_s, port, u"-c"_s, u"get"_s, file, c.out };
        else
            c.args = options + QStringList { u"-g"_s, u"-r"_s, file, u"-l"_s, c.out, u"127.0.0.1"_s, port };
        m_clients.push_back(std::move(c));
    }
}

void TestConcurrent::hundredClientsAndOneSilent()
{
    const auto blksize = [](int b) { return QStringList { u"--tftp-blksize"_s, QString::number(b) }; };
    const auto window = [](int b, int w) {
        return QStringList { u"--option"_s, u"blksize %1"_s.arg(b), u"--option"_s, u"windowsize %1"_s.arg(w) };
    };
    // 50 over TFTP.
    add(u"curl blksize 512"_s, u"curl"_s, blksize(512), u"small.bin"_s, 8);
    add(u"tftp-hpa"_s, u"tftp"_s, {}, u"small.bin"_s, 8);
    add(u"curl blksize 1468"_s, u"curl"_s, blksize(1468), u"medium.bin"_s, 8);
    add(u"atftp blksize 512 windowsize 16"_s, u"atftp"_s, window(512, 16), u"medium.bin"_s, 5);
    add(u"curl blksize 8192"_s, u"curl"_s, blksize(8192), u"large.bin"_s, 6);
    add(u"curl blksize 65464"_s, u"curl"_s, blksize(65464), u"large.bin"_s, 4);
    add(u"atftp blksize 1468 windowsize 8"_s, u"atftp"_s, window(1468, 8), u"large.bin"_s, 6);
    add(u"atftp blksize 8192 windowsize 4"_s, u"atftp"_s, window(8192, 4), u"large.bin"_s, 5);
    // 50 over HTTP.
    add(u"http"_s, u"curl"_s, {}, u"medium.bin"_s, 50);
    QCOMPARE(int(m_clients.size()), 100);

    // All at once, and the silent one beside them.
    Silence silence;
    std::thread silent([&] { silence = fallSilent(m_serve.tftpPort(), "silent.bin", 20); });
    for (Client &c : m_clients) {
        c.process = std::make_unique<QProcess>();
        c.process->setProcessChannelMode(QProcess::MergedChannels);
        QProcess *const p = c.process.get();
        connect(p, &QProcess::finished, p, [&c] { c.elapsedMs = c.clock.elapsed(); });
        c.clock.start();
        p->start(c.program, c.args);
    }
    const auto allDone = [this] {
        return std::all_of(m_clients.begin(), m_clients.end(), [](const Client &c) {
            return c.elapsedMs >= 0 || c.process->state() == QProcess::NotRunning;
        });
    };
    // Bounded: ten minutes for all of them, far beyond what they need; then stop the rest.
    QTRY_VERIFY_WITH_TIMEOUT(allDone(), 600000);
    silent.join();
    const qint64 serverPeak = peakRss(m_serve.pid());

    QMap<QString, QList<qint64>> byKind;
    for (Client &c : m_clients) {
        const QByteArray output = c.process->readAll();
        QVERIFY2(c.process->exitStatus() == QProcess::NormalExit && c.process->exitCode() == 0,
                 qPrintable(u"%1 %2: exit %3: %4"_s.arg(c.kind, c.file).arg(c.process->exitCode()).arg(QString::fromUtf8(output))));
        QVERIFY2(sha256(c.out) == m_sums.value(c.file), qPrintable(u"%1 got other bytes than %2"_s.arg(c.kind, c.file)));
        QFile::remove(c.out);
        byKind[c.kind].append(c.elapsedMs);
    }
    for (auto it = byKind.begin(); it != byKind.end(); ++it) {
        QList<qint64> times = it.value();
        std::sort(times.begin(), times.end());
        const qint64 median = times.at(times.size() / 2);
        const double ratio = double(times.last()) / double(std::max<qint64>(median, 1));
        qInfo("%-34s x%-2lld median %6lld ms, slowest %6lld ms (%.2fx)", qPrintable(it.key()), qint64(times.size()),
              median, times.last(), ratio);
        QVERIFY2(ratio <= kMaxSlowestToMedian,
                 qPrintable(u"%1: the slowest took %2x the median"_s.arg(it.key()).arg(ratio, 0, 'f', 2)));
    }

    // The silent client: the server resent its block, gave up with an ERROR and ended the
    // transfer (its slot is free: the log has it failed, and the server serves on).
    qInfo("silent client: %d blocks acknowledged, %d resends, error \"%s\"", silence.blocksAcknowledged, silence.resends,
          qPrintable(silence.errorText));
    QCOMPARE(silence.blocksAcknowledged, 20);
    QVERIFY(silence.resends >= 1);
    QVERIFY(silence.errorReceived);
    static const QRegularExpression silentSend(u"#(\\d+) send silent\\.bin "_s);
    const QString id = silentSend.match(QString::fromUtf8(m_serve.log())).captured(1);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_serve.log().contains(u"tftp #%1 failed %2 bytes"_s.arg(id).arg(20 * 512).toUtf8()), 10000);
    const QString after = m_dir.filePath(u"out/after"_s);
    QCOMPARE(runClient(u"curl"_s, { u"-sS"_s, u"tftp://127.0.0.1:%1/silent.bin"_s.arg(m_serve.tftpPort()), u"-o"_s, after }), 0);
    QCOMPARE(sha256(after), m_sums.value(u"silent.bin"_s));

    qInfo("server peak RSS %.1f MiB (ceiling %lld MiB)", double(serverPeak) / (1 << 20), kPeakRssCeiling >> 20);
    QVERIFY(serverPeak > 0);
    QVERIFY(serverPeak < kPeakRssCeiling);
}

QTEST_GUILESS_MAIN(TestConcurrent)
#include "tst_concurrent.moc"
