// SPDX-License-Identifier: GPL-3.0-or-later
// The /proc parsers behind "port 69 is taken by in.tftpd (process 812)": fixture text for
// /proc/net/*, a fake /proc for the descriptor scan, and the real one for a socket we hold.
#include "netboot/portowners.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <sys/wait.h>
#include <unistd.h>

using namespace Crashcart::Netboot;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kUdp =
    "   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops\n"
    "  123: 00000000:0045 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 4242 2 0000000000000000 0\n"
    "  456: 0100007F:1A0B 00000000:0000 07 00000000:00000000 00:00000000 00000000  1000        0 5151 2 0000000000000000 0\n";

const QByteArray kTcp6 =
    "  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
    "   0: 00000000000000000000000000000000:0050 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 777 1 0000000000000000 100 0 0 10 0\n"
    "   1: 00000000000000000000000001000000:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000   109        0 778 1 0000000000000000 100 0 0 10 0\n"
    "   2: 0000000000000000FFFF00000100007F:0050 0000000000000000FFFF00000100007F:D2F0 01 00000000:00000000 00:00000000 00000000  1000        0 779 1 0000000000000000 20 4 30 10 -1\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

quint64 inodeOf(int fd)
{
    char target[64];
    const QByteArray link = "/proc/self/fd/" + QByteArray::number(fd);
    const ssize_t n = ::readlink(link.constData(), target, sizeof target);
    return n > 0 ? socketInode(QString::fromLatin1(target, n)).value_or(0) : 0;
}

} // namespace

class TestPortOwners : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesIpv4();
    void parsesIpv6();
    void skipsMalformed_data();
    void skipsMalformed();
    void socketInode_data();
    void socketInode();
    void capability_data();
    void capability();
    void scansFakeProc();
    void findsOurOwnSocket();
    void unreadableProcessesMakeTheScanIncomplete();
};

void TestPortOwners::parsesIpv4()
{
    const auto entries = parseProcNetSockets(kUdp);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].address, QHostAddress(QHostAddress::AnyIPv4));
    QCOMPARE(entries[0].port, quint16(69));
    QCOMPARE(entries[0].state, 7);
    QCOMPARE(entries[0].uid, 0u);
    QCOMPARE(entries[0].inode, 4242u);
    QCOMPARE(entries[1].address, QHostAddress(u"127.0.0.1"_s));
    QCOMPARE(entries[1].port, quint16(6667));
    QCOMPARE(entries[1].uid, 1000u);
}

void TestPortOwners::parsesIpv6()
{
    const auto entries = parseProcNetSockets(kTcp6);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries[0].address, QHostAddress(QHostAddress::AnyIPv6));
    QCOMPARE(entries[0].port, quint16(80));
    QCOMPARE(entries[0].state, TcpListen);
    QCOMPARE(entries[1].address, QHostAddress(u"::1"_s));
    QCOMPARE(entries[1].port, quint16(8080));
    QCOMPARE(entries[1].uid, 109u);
    QCOMPARE(entries[2].address, QHostAddress(u"::ffff:127.0.0.1"_s));
    QCOMPARE(entries[2].state, 1);
    QCOMPARE(entries[2].inode, 779u);
}

void TestPortOwners::skipsMalformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("header only") << QByteArray("sl local_address rem_address st tx_queue rx_queue tr tm->when retrnsmt uid timeout inode");
    QTest::newRow("short") << QByteArray("0: 00000000:0045 00000000:0000 07");
    QTest::newRow("address length") << QByteArray("0: 000000:0045 00000000:0000 07 0:0 0:0 0 0 0 1 2");
    QTest::newRow("not hex") << QByteArray("0: 0000000G:0045 00000000:0000 07 0:0 0:0 0 0 0 1 2");
    QTest::newRow("port too big") << QByteArray("0: 00000000:10045 00000000:0000 07 0:0 0:0 0 0 0 1 2");
    QTest::newRow("no port") << QByteArray("0: 00000000 00000000:0000 07 0:0 0:0 0 0 0 1 2");
    QTest::newRow("inode not a number") << QByteArray("0: 00000000:0045 00000000:0000 07 0:0 0:0 0 0 0 x 2");
    QTest::newRow("binary") << QByteArray("\x00\xff\x01:\n\n::::", 10);
}

void TestPortOwners::skipsMalformed()
{
    QFETCH(QByteArray, line);
    QVERIFY(parseProcNetSockets(line).isEmpty());
    // A bad line does not hide the good ones.
    const QByteArray mixed = kUdp + line + '\n' + kUdp.split('\n')[1];
    QCOMPARE(parseProcNetSockets(mixed).size(), 3);
}

void TestPortOwners::socketInode_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<qint64>("inode"); // -1: none
    QTest::newRow("socket") << u"socket:[12345]"_s << qint64(12345);
    QTest::newRow("pipe") << u"pipe:[12345]"_s << qint64(-1);
    QTest::newRow("file") << u"/dev/null"_s << qint64(-1);
    QTest::newRow("empty brackets") << u"socket:[]"_s << qint64(-1);
    QTest::newRow("unterminated") << u"socket:[12"_s << qint64(-1);
    QTest::newRow("letters") << u"socket:[12a]"_s << qint64(-1);
}

void TestPortOwners::socketInode()
{
    QFETCH(QString, link);
    QFETCH(qint64, inode);
    const auto parsed = Crashcart::Netboot::socketInode(link);
    QCOMPARE(parsed.has_value(), inode >= 0);
    if (parsed)
        QCOMPARE(qint64(*parsed), inode);
}

void TestPortOwners::capability_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<bool>("bind");
    QTest::newRow("root") << QByteArray("Name:\tx\nCapEff:\t000001ffffffffff\n") << true;
    QTest::newRow("setcap bind only") << QByteArray("CapPrm:\t0000000000000400\nCapEff:\t0000000000000400\n") << true;
    QTest::newRow("permitted, not effective") << QByteArray("CapPrm:\t0000000000000400\nCapEff:\t0000000000000000\n") << false;
    QTest::newRow("user") << QByteArray("CapEff:\t0000000000000000\n") << false;
    QTest::newRow("raw only") << QByteArray("CapEff:\t0000000000002000\n") << false;
    QTest::newRow("missing") << QByteArray("Name:\tx\n") << false;
    QTest::newRow("garbage") << QByteArray("CapEff:\tzz\n") << false;
}

void TestPortOwners::capability()
{
    QFETCH(QByteArray, status);
    QFETCH(bool, bind);
    QCOMPARE(hasEffectiveCapability(status, CapNetBindService), bind);
}

void TestPortOwners::scansFakeProc()
{
    QTemporaryDir proc;
    QVERIFY(proc.isValid());
    const QString p = proc.path();
    QVERIFY(writeFile(p + u"/812/comm"_s, "in.tftpd\n"));
    QDir().mkpath(p + u"/812/fd"_s);
    QVERIFY(QFile::link(u"socket:[4242]"_s, p + u"/812/fd/4"_s));
    QVERIFY(QFile::link(u"/dev/null"_s, p + u"/812/fd/0"_s));
    QVERIFY(writeFile(p + u"/900/comm"_s, "dnsmasq\n"));
    QDir().mkpath(p + u"/900/fd"_s);
    QVERIFY(QFile::link(u"socket:[5151]"_s, p + u"/900/fd/7"_s));
    QVERIFY(QFile::link(u"socket:[9999]"_s, p + u"/900/fd/8"_s));
    QVERIFY(writeFile(p + u"/self/status"_s, "not a process folder"));
    QDir().mkpath(p + u"/net"_s);

    const OwnerScan scan = findSocketOwners(p, { 4242, 5151, 1 });
    QCOMPARE(scan.owners.size(), 2);
    QCOMPARE(scan.owners.value(4242).pid, 812);
    QCOMPARE(scan.owners.value(4242).name, u"in.tftpd"_s);
    QCOMPARE(scan.owners.value(5151).name, u"dnsmasq"_s);
    QVERIFY(!scan.incomplete);
    QVERIFY(findSocketOwners(p, {}).owners.isEmpty());
    QVERIFY(findSocketOwners(p + u"/missing"_s, { 4242 }).incomplete);
}

void TestPortOwners::findsOurOwnSocket()
{
    QUdpSocket socket;
    QVERIFY(socket.bind(QHostAddress::LocalHost, 0));
    const quint64 inode = inodeOf(int(socket.socketDescriptor()));
    QVERIFY(inode);
    bool listed = false;
    QFile udp(u"/proc/net/udp"_s);
    QVERIFY(udp.open(QIODevice::ReadOnly));
    for (const SocketEntry &e : parseProcNetSockets(udp.readAll()))
        listed = listed || (e.inode == inode && e.port == socket.localPort() && e.address == QHostAddress::LocalHost);
    QVERIFY(listed);
    const OwnerScan scan = findSocketOwners(u"/proc"_s, { inode });
    QCOMPARE(scan.owners.value(inode).pid, qint64(::getpid()));
    QVERIFY(!scan.owners.value(inode).name.isEmpty());
}

void TestPortOwners::unreadableProcessesMakeTheScanIncomplete()
{
    if (::getuid() != 0)
        QSKIP("needs root to become another user; as a user the scan of root's processes is already incomplete");
    QUdpSocket socket;
    QVERIFY(socket.bind(QHostAddress::LocalHost, 0));
    const quint64 inode = inodeOf(int(socket.socketDescriptor()));
    int pipeFds[2];
    QVERIFY(::pipe(pipeFds) == 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        // As nobody, root's descriptors are out of sight (and our copy of the socket is gone).
        ::close(int(socket.socketDescriptor()));
        char result = 'e';
        if (::setgid(65534) == 0 && ::setuid(65534) == 0) {
            const OwnerScan scan = findSocketOwners(QStringLiteral("/proc"), { inode });
            result = scan.owners.contains(inode) ? 'f' : scan.incomplete ? 'i' : 'c';
        }
        [[maybe_unused]] const auto n = ::write(pipeFds[1], &result, 1);
        ::_exit(0);
    }
    ::close(pipeFds[1]);
    char result = 0;
    QCOMPARE(::read(pipeFds[0], &result, 1), ssize_t(1));
    ::close(pipeFds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    QCOMPARE(result, 'i');
}

QTEST_GUILESS_MAIN(TestPortOwners)
#include "tst_portowners.moc"
