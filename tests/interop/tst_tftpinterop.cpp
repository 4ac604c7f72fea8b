// SPDX-License-Identifier: GPL-3.0-or-later
// TFTP with real clients: curl, tftp-hpa and atftp fetch files from `crashcart-cli serve`
// and the bytes are compared by SHA-256; hostile datagrams never leak a file or stop the
// server; a relay that drops and reorders 10% of packets still yields identical bytes.
#include "servecli.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QNetworkDatagram>
#include <QUdpSocket>

#include <arpa/inet.h>
#include <atomic>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Forwards datagrams between a client and the server, dropping and reordering some. It
// follows the server's transfer port (the TID) the way a NAT would.
class LossyRelay : public QThread
{
public:
    LossyRelay(quint16 serverPort, double loss) : m_serverPort(serverPort), m_loss(loss) { }
    ~LossyRelay() override
    {
        m_stop = true;
        wait();
        for (int fd : { m_front, m_back }) {
            if (fd >= 0)
                ::close(fd);
        }
    }
    quint16 open()
    {
        m_front = ::socket(AF_INET, SOCK_DGRAM, 0);
        m_back = ::socket(AF_INET, SOCK_DGRAM, 0);
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::bind(m_front, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0
            || ::bind(m_back, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0)
            return 0;
        socklen_t len = sizeof a;
        ::getsockname(m_front, reinterpret_cast<sockaddr *>(&a), &len);
        return ntohs(a.sin_port);
    }
    int dropped() const { return m_dropped; }
    int reordered() const { return m_reordered; }

protected:
    void run() override
    {
        QRandomGenerator rng(42);
        sockaddr_in client {}, server {};
        server.sin_family = AF_INET;
        server.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        server.sin_port = htons(m_serverPort);
        bool haveClient = false;
        // One datagram held back per direction, sent after the next one (or after 20 ms):
        // a reordering, not a loss.
        QByteArray heldForServer, heldForClient;
        QElapsedTimer heldSince[2];
        char buf[70000];
        for (qint64 ticks = 0; !m_stop && ticks < 60'000;) { // bounded: at most ten idle minutes
            pollfd fds[2] = { { m_front, POLLIN, 0 }, { m_back, POLLIN, 0 } };
            const int ready = ::poll(fds, 2, 10);
            for (int dir = 0; dir < 2; ++dir) {
                QByteArray &held = dir == 0 ? heldForServer : heldForClient;
                if (!held.isEmpty() && heldSince[dir].elapsed() >= 20 && (dir == 0 || haveClient)) {
                    const sockaddr_in &to = dir == 0 ? server : client;
                    ::sendto(dir == 0 ? m_back : m_front, held.constData(), size_t(held.size()), 0,
                             reinterpret_cast<const sockaddr *>(&to), sizeof to);
                    held.clear();
                }
            }
            if (ready <= 0) {
                ++ticks;
                continue;
            }
            for (int i = 0; i < 2; ++i) {
                if (!(fds[i].revents & POLLIN))
                    continue;
                sockaddr_in from {};
                socklen_t len = sizeof from;
                const ssize_t n = ::recvfrom(fds[i].fd, buf, sizeof buf, 0, reinterpret_cast<sockaddr *>(&from), &len);
                if (n <= 0)
                    continue;
                const bool fromClient = i == 0;
                if (fromClient) {
                    client = from;
                    haveClient = true;
                } else if (from.sin_port != htons(m_serverPort)) {
                    server.sin_port = from.sin_port; // the transfer's TID
                }
                if (rng.generateDouble() < m_loss) {
                    ++m_dropped;
                    continue;
                }
                QByteArray datagram(buf, n);
                QByteArray &held = fromClient ? heldForServer : heldForClient;
                if (held.isEmpty() && rng.generateDouble() < m_loss) {
                    held = datagram;
                    heldSince[fromClient ? 0 : 1].start();
                    ++m_reordered;
                    continue;
                }
                const int out = fromClient ? m_back : m_front;
                // A repeated request goes where requests go, not to the transfer's port.
                sockaddr_in requestPort = server;
                requestPort.sin_port = htons(m_serverPort);
                const bool isRequest = fromClient && n >= 2 && buf[0] == 0 && buf[1] == 1;
                const sockaddr_in &to = fromClient ? (isRequest ? requestPort : server) : client;
                if (!fromClient && !haveClient)
                    continue;
                ::sendto(out, datagram.constData(), size_t(datagram.size()), 0, reinterpret_cast<const sockaddr *>(&to), sizeof to);
                if (!held.isEmpty()) {
                    ::sendto(out, held.constData(), size_t(held.size()), 0, reinterpret_cast<const sockaddr *>(&to), sizeof to);
                    held.clear();
                }
            }
        }
    }

private:
    quint16 m_serverPort;
    double m_loss;
    int m_front = -1;
    int m_back = -1;
    std::atomic<bool> m_stop { false };
    std::atomic<int> m_dropped { 0 };
    std::atomic<int> m_reordered { 0 };
};

QByteArray request(const QByteArray &name, const QByteArray &mode = "octet", const QList<QByteArray> &options = {})
{
    QByteArray d("\0\1", 2);
    d += name + '\0' + mode + '\0';
    for (const QByteArray &o : options)
        d += o + '\0';
    return d;
}

} // namespace

class TestTftpInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void clients_data();
    void clients();
    void hostileRequests_data();
    void hostileRequests();
    void serverSurvivesGarbage();
    void netasciiWithTftpHpa();
    void lossyRelay_data();
    void lossyRelay();

private:
    QTemporaryDir m_dir;
    QString m_root;
    ServeCli m_serve;
};

void TestTftpInterop::initTestCase()
{
    m_root = m_dir.filePath(u"root"_s);
    QVERIFY(QDir().mkpath(m_root + u"/sub"_s));
    QVERIFY(makeFile(m_root + u"/f1m.bin"_s, 1 << 20, 1));
    QVERIFY(makeFile(m_root + u"/f256k.bin"_s, 256 << 10, 5));
    QVERIFY(makeFile(m_root + u"/f32k.bin"_s, 32 << 10, 6));
    QVERIFY(makeFile(m_root + u"/f64m.bin"_s, 64 << 20, 2));
    QVERIFY(makeFile(m_root + u"/f100m.bin"_s, 100 << 20, 3));
    QVERIFY(makeFile(m_dir.filePath(u"secret"_s), 100, 4));
    QVERIFY(QFile::link(m_dir.filePath(u"secret"_s), m_root + u"/escape"_s));
    QVERIFY(QFile::link(u"/etc"_s, m_root + u"/etcdir"_s));
    QVERIFY(m_serve.start(m_root));
}

void TestTftpInterop::cleanupTestCase()
{
    QVERIFY2(m_serve.stop(), m_serve.log().right(2000).constData());
}

void TestTftpInterop::clients_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("blockSize");
    QTest::addColumn<int>("windowSize");
    for (const char *file : { "f1m.bin", "f64m.bin", "f100m.bin" })
        QTest::addRow("curl blksize 1468 %s", file) << u"curl"_s << QString::fromLatin1(file) << 1468 << 1;
    QTest::newRow("curl blksize 512 f64m.bin (rollover)") << u"curl"_s << u"f64m.bin"_s << 512 << 1;
    QTest::newRow("tftp-hpa f1m.bin") << u"tftp"_s << u"f1m.bin"_s << 512 << 1;
    QTest::newRow("tftp-hpa f64m.bin (rollover)") << u"tftp"_s << u"f64m.bin"_s << 512 << 1;
    QTest::newRow("atftp windowsize 16 f100m.bin") << u"atftp"_s << u"f100m.bin"_s << 1468 << 16;
    QTest::newRow("atftp windowsize 8 blksize 512 f64m.bin (rollover)") << u"atftp"_s << u"f64m.bin"_s << 512 << 8;
    QTest::newRow("atftp windowsize 64 blksize 65464 f100m.bin") << u"atftp"_s << u"f100m.bin"_s << 65464 << 64;
}

void TestTftpInterop::clients()
{
    QFETCH(QString, client);
    QFETCH(QString, file);
    QFETCH(int, blockSize);
    QFETCH(int, windowSize);
    if (!haveProgram(client))
        QSKIP(qPrintable(u"%1 is not installed (packaging/dev.sh installs it)"_s.arg(client)));
    const QString out = m_dir.filePath(u"out.bin"_s);
    QFile::remove(out);
    const QString port = QString::number(m_serve.tftpPort());
    QStringList args;
    if (client == u"curl"_s) {
        args = { u"-sS"_s, u"--tftp-blksize"_s, QString::number(blockSize), u"tftp://127.0.0.1:%1/%2"_s.arg(port, file),
                 u"-o"_s, out };
    } else if (client == u"tftp"_s) {
        args = { u"-m"_s, u"binary"_s, u"127.0.0.1"_s, port, u"-c"_s, u"get"_s, file, out };
    } else {
        args = { u"--option"_s, u"tsize"_s, u"--option"_s, u"blksize %1"_s.arg(blockSize), u"--option"_s,
                 u"windowsize %1"_s.arg(windowSize), u"-g"_s, u"-r"_s, file, u"-l"_s, out, u"127.0.0.1"_s, port };
    }
    const qsizetype logFrom = m_serve.log().size();
    QByteArray output;
    QCOMPARE(runClient(client, args, &output), 0);
    QCOMPARE(sha256(out), sha256(m_root + u'/' + file));

    // What the server used is what was asked: its log names the options it acknowledged and,
    // once the last ACK is in, how many windows it sent.
    const QRegularExpression sent(u"#(\\d+) send %1 \\((\\d+) bytes, blksize (\\d+), windowsize (\\d+)\\)(?: oack ([^\\n]*))?\\n"_s
                                      .arg(QRegularExpression::escape(file)));
    QRegularExpressionMatch start;
    QTRY_VERIFY_WITH_TIMEOUT((start = sent.match(QString::fromUtf8(m_serve.log().mid(logFrom)))).hasMatch(), 10000);
    const qint64 size = QFileInfo(m_root + u'/' + file).size();
    QCOMPARE(start.captured(2).toLongLong(), size);
    QCOMPARE(start.captured(3).toInt(), blockSize);
    QCOMPARE(start.captured(4).toInt(), windowSize);
    QMap<QString, QString> oack;
    for (const QString &pair : start.captured(5).split(u' ', Qt::SkipEmptyParts))
        oack.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    if (client == u"tftp"_s) {
        QVERIFY2(oack.isEmpty(), qPrintable(start.captured(5))); // tftp-hpa's client asks for no options
    } else {
        // curl and (asked above) atftp want the size first; the blksize and windowsize they asked
        // for are granted as asked.
        QCOMPARE(oack.value(u"tsize"_s), QString::number(size));
        if (blockSize != 512)
            QCOMPARE(oack.value(u"blksize"_s), QString::number(blockSize));
        if (windowSize != 1)
            QCOMPARE(oack.value(u"windowsize"_s), QString::number(windowSize));
    }
    const QRegularExpression done(u"tftp #%1 done (\\d+) bytes in \\d+ ms \\([\\d.]+ MB/s, (\\d+) windows, (\\d+) retransmits\\)"_s
                                      .arg(start.captured(1)));
    QRegularExpressionMatch end;
    QTRY_VERIFY_WITH_TIMEOUT((end = done.match(QString::fromUtf8(m_serve.log().mid(logFrom)))).hasMatch(), 10000);
    QCOMPARE(end.captured(1).toLongLong(), size);
    const qint64 blocks = size / blockSize + 1;
    const qint64 windows = end.captured(2).toLongLong();
    const qint64 retransmits = end.captured(3).toLongLong();
    const qint64 fullWindows = (blocks + windowSize - 1) / windowSize;
    qInfo("%lld blocks in %lld windows, %lld retransmitted", blocks, windows, retransmits);
    // Each window carries up to windowsize blocks: never fewer windows than that allows, and
    // more only where blocks went again.
    QVERIFY(windows >= fullWindows);
    QVERIFY(windows <= fullWindows + retransmits + 1);
    if (windowSize > 1)
        QVERIFY2(windows < blocks, "a windowsize transfer went block by block");
}

void TestTftpInterop::hostileRequests_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<int>("expectedError"); // TFTP error code the server answers
    QTest::newRow("dotdot") << request("../secret") << 2;
    QTest::newRow("deep dotdot") << request("sub/../../secret") << 2;
    QTest::newRow("absolute") << request("/etc/passwd") << 1;
    QTest::newRow("backslashes") << request("..\\..\\etc\\passwd") << 2;
    QTest::newRow("symlink out") << request("escape") << 2;
    QTest::newRow("symlink dir out") << request("etcdir/passwd") << 2;
    QTest::newRow("percent-encoded") << request("%2e%2e/secret") << 1;
    QTest::newRow("directory") << request("sub") << 2;
    QTest::newRow("write request") << QByteArray("\0\2new.bin\0octet\0", 16) << 2;
    QTest::newRow("netascii on a big binary") << request("f64m.bin", "netascii") << 4;
    QTest::newRow("unknown mode") << request("f1m.bin", "mail") << 4;
}

void TestTftpInterop::hostileRequests()
{
    QFETCH(QByteArray, datagram);
    QFETCH(int, expectedError);
    QUdpSocket socket;
    QVERIFY(socket.bind(QHostAddress::LocalHost, 0));
    socket.writeDatagram(datagram, QHostAddress::LocalHost, m_serve.tftpPort());
    QVERIFY(socket.waitForReadyRead(5000));
    const QByteArray reply = socket.receiveDatagram().data();
    QVERIFY(reply.size() >= 4);
    QCOMPARE(int(quint8(reply[1])), 5); // ERROR, never DATA
    QCOMPARE(int(quint8(reply[3])), expectedError);
}

// tftp-hpa's default mode is netascii (`tftp HOST -c get FILE`): the server sends CR LF line
// ends and CR NUL for a lone CR, the client turns them back, the file arrives as it is.
void TestTftpInterop::netasciiWithTftpHpa()
{
    if (!haveProgram(u"tftp"_s))
        QSKIP("tftp-hpa is not installed (packaging/dev.sh installs it)");
    QByteArray text;
    for (int i = 0; i < 4000; ++i)
        text += "line " + QByteArray::number(i) + (i % 7 == 0 ? "\r" : "") + (i % 11 == 0 ? "\r\n" : "\n");
    QFile f(m_root + u"/notes.txt"_s);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
    f.close();
    const QString out = m_dir.filePath(u"notes.out"_s);
    QFile::remove(out);
    QByteArray output;
    QCOMPARE(runClient(u"tftp"_s, { u"127.0.0.1"_s, QString::number(m_serve.tftpPort()), u"-c"_s, u"get"_s, u"notes.txt"_s, out },
                       &output),
             0);
    QFile got(out);
    QVERIFY(got.open(QIODevice::ReadOnly));
    QCOMPARE(got.readAll(), text);
}

void TestTftpInterop::serverSurvivesGarbage()
{
    QUdpSocket socket;
    QVERIFY(socket.bind(QHostAddress::LocalHost, 0));
    const QList<QByteArray> garbage = {
        QByteArray(), QByteArray(1, '\0'), QByteArray("\0\1", 2), QByteArray("\0\1abc", 5), QByteArray("\0\x7f\0\0", 4),
        QByteArray(1500, '\xff'), request("f1m.bin", "octet", { "blksize" }), request("f1m.bin", "octet", { "blksize", "0" }),
        request("f1m.bin", "octet", { "blksize", "99999999999" }), request("f1m.bin", "octet", { "", "" }),
        QByteArray("\0\4\0\1", 4), QByteArray("\0\3\0\1data", 8), QByteArray("\0\6tsize\0", 8),
    };
    for (const QByteArray &g : garbage)
        socket.writeDatagram(g, QHostAddress::LocalHost, m_serve.tftpPort());
    QTest::qWait(300);
    // Still serving, and bad option values were simply not granted.
    const QString out = m_dir.filePath(u"after.bin"_s);
    QCOMPARE(runClient(u"curl"_s, { u"-sS"_s, u"tftp://127.0.0.1:%1/f1m.bin"_s.arg(m_serve.tftpPort()), u"-o"_s, out }), 0);
    QCOMPARE(sha256(out), sha256(m_root + u"/f1m.bin"_s));
}

void TestTftpInterop::lossyRelay_data()
{
    QTest::addColumn<QString>("client");
    QTest::newRow("curl") << u"curl"_s;
    QTest::newRow("atftp windowsize 8") << u"atftp"_s;
}

void TestTftpInterop::lossyRelay()
{
    QFETCH(QString, client);
    if (!haveProgram(client))
        QSKIP(qPrintable(u"%1 is not installed"_s.arg(client)));
    LossyRelay relay(m_serve.tftpPort(), 0.10);
    const quint16 port = relay.open();
    QVERIFY(port);
    relay.start();
    const QString out = m_dir.filePath(u"lossy.bin"_s);
    QFile::remove(out);
    QStringList args;
    if (client == u"curl"_s)
        // curl asks for "timeout 5" (RFC 2349), which the server honours: each loss then
        // costs 5 s or more, so curl gets a 32 KiB file; --max-time bounds it.
        args = { u"-sS"_s, u"--max-time"_s, u"200"_s, u"--tftp-blksize"_s, u"1468"_s,
                 u"tftp://127.0.0.1:%1/f32k.bin"_s.arg(port), u"-o"_s, out };
    else
        args = { u"--option"_s, u"blksize 1468"_s, u"--option"_s, u"windowsize 8"_s, u"-g"_s, u"-r"_s, u"f256k.bin"_s,
                 u"-l"_s, out, u"127.0.0.1"_s, QString::number(port) };
    // Every lost packet costs a retransmission timeout (1 s, doubling): a small file keeps
    // this within a minute or two.
    QByteArray output;
    const int status = runClient(client, args, &output, 240000);
    if (status != 0)
        qWarning().noquote() << output << m_serve.log().right(1500);
    QCOMPARE(status, 0);
    QCOMPARE(sha256(out), sha256(m_root + (client == u"curl"_s ? u"/f32k.bin"_s : u"/f256k.bin"_s)));
    QVERIFY(relay.dropped() > 0);
    QVERIFY(relay.reordered() > 0);
}

QTEST_GUILESS_MAIN(TestTftpInterop)
#include "tst_tftpinterop.moc"
