// SPDX-License-Identifier: GPL-3.0-or-later
// `crashcart-cli serve` runs the app's netboot service: its options are checked as the
// Servers view checks them (exit 2), a port it cannot bind ends it with 1 and says who holds
// it, and with full DHCP on loopback (standing in for the lab network) a lease goes on the
// host's timeline and a reservation added while it serves is honoured.
#include "clirun.h"
#include "netboot/dhcptestclient.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <sched.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Crashcart::Netboot::Dhcp::MessageType;

class TestCliServe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void refusesBadOptions_data();
    void refusesBadOptions();
    void takenPortEndsWithOne();
    void fullDhcpLeaseGoesOnTheTimeline();
    void reservationAddedWhileServing(); // last: it moves this process into a network namespace

private:
    QProcessEnvironment env() const;
    quint16 startFullDhcp(QProcess &serve, const QString &pool, QString *log);
    QString stop(QProcess &serve, const QString &log);
    QString timeline(const QString &mac) const;
    QString waitFor(QProcess &serve, const QRegularExpression &line, QRegularExpressionMatch *match);
    std::unique_ptr<QTemporaryDir> m_dir;
};

QProcessEnvironment TestCliServe::env() const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"CRASHCART_WORKSPACE"_s, m_dir->filePath(u"ws"_s));
    return e;
}

// The log so far, once |line| is in it (10 s at most).
QString TestCliServe::waitFor(QProcess &serve, const QRegularExpression &line, QRegularExpressionMatch *match)
{
    QString log;
    for (int i = 0; i < 100; ++i) {
        serve.waitForReadyRead(100);
        log += QString::fromUtf8(serve.readAllStandardOutput());
        *match = line.match(log);
        if (match->hasMatch())
            break;
    }
    return log;
}

void TestCliServe::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    write(*m_dir, u"hosts.csv"_s, "mac,hostname\n52:54:00:aa:00:01,web01\n");
    QCOMPARE(cli({ u"hosts"_s, u"import"_s, m_dir->filePath(u"hosts.csv"_s) }, env()).status, 0);
}

void TestCliServe::refusesBadOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("listen") << QStringList { u"--listen"_s, u"nope"_s } << u"not an IP address"_s;
    QTest::newRow("port") << QStringList { u"--tftp-port"_s, u"70000"_s } << u"--tftp-port"_s;
    QTest::newRow("dhcp port off") << QStringList { u"--dhcp-port"_s, u"off"_s } << u"--dhcp-port"_s;
    QTest::newRow("dhcp mode") << QStringList { u"--dhcp"_s, u"sometimes"_s } << u"off, proxy or full"_s;
    QTest::newRow("uefi loader") << QStringList { u"--uefi-loader"_s, u"grub"_s } << u"ipxe or shim"_s;
    QTest::newRow("unknown hosts") << QStringList { u"--unknown-hosts"_s, u"boot"_s } << u"local or ignore"_s;
    QTest::newRow("full without interface") << QStringList { u"--dhcp"_s, u"full"_s } << u"--interface"_s;
    QTest::newRow("full without pool") << QStringList { u"--dhcp"_s, u"full"_s, u"--interface"_s, u"lo"_s } << u"--pool"_s;
    // The Servers view's own check (Netboot::poolOnInterface), word for word.
    QTest::newRow("pool off the interface") << QStringList { u"--dhcp"_s, u"full"_s, u"--interface"_s, u"lo"_s, u"--pool"_s,
                                                             u"10.9.0.100-10.9.0.120"_s }
                                            << u"not in a subnet of lo"_s;
    QTest::newRow("router off the subnet") << QStringList { u"--dhcp"_s, u"full"_s, u"--interface"_s, u"lo"_s, u"--pool"_s,
                                                            u"127.0.0.100-127.0.0.120"_s, u"--router"_s, u"10.0.0.1"_s }
                                           << u"router"_s;
    QTest::newRow("no such interface") << QStringList { u"--dhcp"_s, u"full"_s, u"--interface"_s, u"nosuchif0"_s, u"--pool"_s,
                                                        u"127.0.0.100-127.0.0.120"_s }
                                       << u"nosuchif0"_s;
}

void TestCliServe::refusesBadOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const Run r = cli(QStringList { u"serve"_s } + args, env());
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out)); // nothing started
}

void TestCliServe::takenPortEndsWithOne()
{
    QUdpSocket holder;
    QVERIFY(holder.bind(QHostAddress::LocalHost, 0));
    const Run r = cli({ u"serve"_s, u"--listen"_s, u"127.0.0.1"_s, u"--tftp-port"_s, QString::number(holder.localPort()),
                        u"--http-port"_s, u"0"_s },
                      env());
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(u"port %1"_s.arg(holder.localPort())), qPrintable(r.err));
    QVERIFY2(r.out.contains(u" stopped"_s), qPrintable(r.out)); // HTTP, started first, stopped cleanly
}

// `serve` with full DHCP on lo and the given pool; the DHCP port it bound.
quint16 TestCliServe::startFullDhcp(QProcess &serve, const QString &pool, QString *log)
{
    serve.setProcessEnvironment(env());
    serve.start(QStringLiteral(CRASHCART_CLI),
                { u"serve"_s, u"--listen"_s, u"127.0.0.1"_s, u"--tftp-port"_s, u"0"_s, u"--http-port"_s, u"0"_s, u"--dhcp"_s,
                  u"full"_s, u"--interface"_s, u"lo"_s, u"--pool"_s, pool, u"--dhcp-port"_s, u"0"_s, u"--pxe-port"_s, u"0"_s });
    if (!serve.waitForStarted())
        return 0;
    QRegularExpressionMatch m;
    *log = waitFor(serve, QRegularExpression(u"dhcp \\(full\\) listening on ports (\\d+) and (\\d+)"_s), &m);
    if (!m.hasMatch())
        qWarning().noquote() << *log << QString::fromUtf8(serve.readAllStandardError());
    return m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
}

// Stops `serve` as a user would (SIGTERM) and returns the whole log.
QString TestCliServe::stop(QProcess &serve, const QString &log)
{
    serve.terminate();
    if (!serve.waitForFinished(10000))
        return {};
    return serve.exitCode() == 0 ? log + QString::fromUtf8(serve.readAllStandardOutput()) : QString();
}

QString TestCliServe::timeline(const QString &mac) const
{
    QProcess sqlite;
    sqlite.start(u"sqlite3"_s, { m_dir->filePath(u"ws/crashcart.db"_s),
                                u"SELECT kind || ' ' || message FROM events WHERE mac = '%1' ORDER BY id"_s.arg(mac) });
    sqlite.waitForFinished(10000);
    return QString::fromUtf8(sqlite.readAllStandardOutput());
}

void TestCliServe::fullDhcpLeaseGoesOnTheTimeline()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"sqlite3"_s).isEmpty(), "sqlite3 is missing (packaging/dev.sh test installs it)");
    QProcess serve;
    QString log;
    const quint16 port = startFullDhcp(serve, u"127.0.0.100-127.0.0.120"_s, &log);
    QVERIFY(port);
    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, 0));
    const QByteArray web01("\x52\x54\x00\xaa\x00\x01", 6);
    const auto offer = DhcpTestClient::exchange(client, DhcpTestClient::message(MessageType::Discover, web01), port);
    QVERIFY(offer);
    const auto ack = DhcpTestClient::exchange(
        client, DhcpTestClient::message(MessageType::Request, web01, offer->yiaddr, QHostAddress::LocalHost), port);
    QVERIFY(ack);
    QCOMPARE(ack->messageType(), std::optional<MessageType>(MessageType::Ack));
    const QString all = stop(serve, log);
    QVERIFY2(all.contains(u"dhcp 52:54:00:aa:00:01 lease %1"_s.arg(ack->yiaddr.toString())), qPrintable(all));
    const QString events = timeline(u"52:54:00:aa:00:01"_s);
    QVERIFY2(events.contains(u"boot.lease %1"_s.arg(ack->yiaddr.toString())), qPrintable(events));
}

void TestCliServe::reservationAddedWhileServing()
{
    // The inventory refuses loopback addresses, so the lab network is lo with 10.231.0.1/24
    // in a network namespace of this test's own (root only; CI runs as root). The rest of
    // this process stays in it: this test runs last.
    if (::geteuid() != 0)
        QSKIP("needs root to make a network namespace");
    QVERIFY2(::unshare(CLONE_NEWNET) == 0, strerror(errno));
    QCOMPARE(QProcess::execute(u"ip"_s, { u"link"_s, u"set"_s, u"lo"_s, u"up"_s }), 0);
    QCOMPARE(QProcess::execute(u"ip"_s, { u"addr"_s, u"add"_s, u"10.231.0.1/24"_s, u"dev"_s, u"lo"_s }), 0);

    QProcess serve;
    QString log;
    const quint16 port = startFullDhcp(serve, u"10.231.0.100-10.231.0.150"_s, &log);
    QVERIFY(port);
    write(*m_dir, u"more.csv"_s, "mac,hostname,ip\n52:54:00:aa:00:02,db01,10.231.0.140\n");
    QCOMPARE(cli({ u"hosts"_s, u"import"_s, m_dir->filePath(u"more.csv"_s) }, env()).status, 0);
    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, 0));
    const QByteArray db01("\x52\x54\x00\xaa\x00\x02", 6);
    QHostAddress offered;
    for (int i = 0; i < 40 && offered != QHostAddress(u"10.231.0.140"_s); ++i) { // the inventory is polled each second
        if (const auto o = DhcpTestClient::exchange(client, DhcpTestClient::message(MessageType::Discover, db01), port))
            offered = o->yiaddr;
        QTest::qWait(250);
    }
    QCOMPARE(offered, QHostAddress(u"10.231.0.140"_s));
    QVERIFY(!stop(serve, log).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliServe)
#include "tst_cliserve.moc"
