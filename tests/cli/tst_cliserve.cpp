// SPDX-License-Identifier: GPL-3.0-or-later
// `crashcart-cli serve` runs the app's netboot service: its options are checked as the
// Servers view checks them (exit 2), a port it cannot bind ends it with 1 and says who holds
// it, and with full DHCP on loopback (standing in for the lab network) a lease goes on the
// host's timeline, a reservation added while it serves is honoured, and a boot served by it
// leaves the same timeline as the same boot served by the app's wiring. `serve --check` says
// what would block it, and starts nothing. With --syslog-port,
// lines from util-linux's logger (UDP and TCP) are in the log and the notable ones on the
// timeline of the host the address belongs to.
#include "clirun.h"
#include "netboot/dhcptestclient.h"

#include "bootconfig/inventoryboot.h"
#include "common/workspace.h"
#include "inventory/database.h"
#include "netboot/netbootservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <sched.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Crashcart;
using Crashcart::Netboot::Dhcp::MessageType;

class TestCliServe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void refusesBadOptions_data();
    void refusesBadOptions();
    void takenPortEndsWithOne();
    void checkSaysWhatBlocks();
    void fullDhcpLeaseGoesOnTheTimeline();
    void sameEventsAsTheApp();
    void syslogGoesOnTheTimeline();
    void reservationAddedWhileServing(); // last: it moves this process into a network namespace

private:
    QProcessEnvironment env() const;
    quint16 startFullDhcp(QProcess &serve, const QString &pool, QString *log);
    QString stop(QProcess &serve, const QString &log);
    QString timeline(const QString &mac, int after = 0) const;
    int lastEventId() const;
    void boot(const QString &mac, quint16 tftp, quint16 http, quint16 dhcp, int after);
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

// `serve --check`: the pre-flight alone. A taken port is a problem (exit 1) naming who holds it;
// missing loaders are warnings (exit 0); nothing is started either way. (Its DHCP probe needs a
// segment: dhcp_placement_e2e.sh.)
void TestCliServe::checkSaysWhatBlocks()
{
    QUdpSocket holder;
    QVERIFY(holder.bind(QHostAddress::LocalHost, 0));
    const QString port = QString::number(holder.localPort());
    const Run taken = cli({ u"serve"_s, u"--check"_s, u"--json"_s, u"--listen"_s, u"127.0.0.1"_s, u"--tftp-port"_s, port,
                            u"--http-port"_s, u"0"_s },
                          env());
    QCOMPARE(taken.status, 1);
    const QJsonArray findings = QJsonDocument::fromJson(taken.out.toUtf8()).array();
    QVERIFY2(!findings.isEmpty(), qPrintable(taken.out));
    const QJsonObject first = findings.first().toObject(); // the most serious first
    QCOMPARE(first.value(u"severity"_s).toString(), u"problem"_s);
    QCOMPARE(first.value(u"server"_s).toString(), u"TFTP"_s);
    QVERIFY2(first.value(u"message"_s).toString().contains(u"port "_s + port), qPrintable(taken.out));
    QVERIFY2(first.value(u"message"_s).toString().contains(u"tst_cliserve"_s), qPrintable(taken.out));

    const Run free = cli({ u"serve"_s, u"--check"_s, u"--listen"_s, u"127.0.0.1"_s, u"--tftp-port"_s, u"0"_s, u"--http-port"_s, u"0"_s },
                         env());
    QCOMPARE(free.status, 0);
    QVERIFY2(free.out.contains(u"warning: TFTP: pxelinux.0 is missing"_s), qPrintable(free.out));
    QVERIFY2(free.out.contains(u"Nothing blocks the servers."_s), qPrintable(free.out));
    QVERIFY2(!free.out.contains(u"listening"_s), qPrintable(free.out));
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

QString TestCliServe::timeline(const QString &mac, int after) const
{
    QProcess sqlite;
    sqlite.start(u"sqlite3"_s, { m_dir->filePath(u"ws/crashcart.db"_s),
                                u"SELECT kind || ' ' || message FROM events WHERE mac = '%1' AND id > %2 ORDER BY id"_s.arg(mac).arg(after) });
    sqlite.waitForFinished(10000);
    return QString::fromUtf8(sqlite.readAllStandardOutput());
}

int TestCliServe::lastEventId() const
{
    QProcess sqlite;
    sqlite.start(u"sqlite3"_s, { m_dir->filePath(u"ws/crashcart.db"_s), u"SELECT COALESCE(MAX(id), 0) FROM events"_s });
    sqlite.waitForFinished(10000);
    return QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed().toInt();
}

// What an armed BIOS machine does, one step each: DHCP (offer and lease), its pxelinux config
// over TFTP, the kernel and the kickstart over HTTP. A real machine boots its kernel for seconds
// before it asks for the kickstart, so the install has started on the timeline by then (it is
// written after the batch of boot events that started it); without that pause the kickstart's
// GET could land in the same batch or the next one, and the two timelines differ by chance.
void TestCliServe::boot(const QString &mac, quint16 tftp, quint16 http, quint16 dhcp, int after)
{
    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, 0));
    const QByteArray hardware = QByteArray::fromHex(mac.toLatin1().replace(':', ""));
    const auto offer = DhcpTestClient::exchange(client, DhcpTestClient::message(MessageType::Discover, hardware), dhcp);
    QVERIFY(offer);
    QVERIFY(DhcpTestClient::exchange(client, DhcpTestClient::message(MessageType::Request, hardware, offer->yiaddr, QHostAddress::LocalHost),
                                     dhcp));
    const QString dashes = QString(mac).replace(u':', u'-');
    for (const QString &url : { u"tftp://127.0.0.1:%1/pxelinux.cfg/01-%2"_s.arg(tftp).arg(dashes),
                                u"http://127.0.0.1:%1/profiles/rhel9/vmlinuz"_s.arg(http),
                                u"http://127.0.0.1:%1/ks/%2.cfg"_s.arg(http).arg(dashes) }) {
        QProcess curl;
        curl.start(u"curl"_s, { u"-sSf"_s, u"--max-time"_s, u"10"_s, u"-o"_s, u"/dev/null"_s, url });
        QVERIFY(curl.waitForFinished(15000));
        QCOMPARE(curl.exitCode(), 0);
        if (url.endsWith(u"vmlinuz"_s))
            QTRY_VERIFY_WITH_TIMEOUT(timeline(mac, after).contains(u"install.started"_s), 10000);
    }
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

void TestCliServe::sameEventsAsTheApp()
{
    // One workspace, one armed host, the same boot twice: served by `crashcart-cli serve`, then
    // by the app's wiring (main.cpp: InventoryBoot + NetbootService). The timelines match.
    write(*m_dir, u"vmlinuz"_s, "KERNEL");
    write(*m_dir, u"web.ks"_s, "text\nnetwork --hostname={{ host.name }}\n");
    QCOMPARE(cli({ u"profiles"_s, u"set"_s, u"rhel9"_s, u"--kernel"_s, m_dir->filePath(u"vmlinuz"_s), u"--kickstart"_s,
                   m_dir->filePath(u"web.ks"_s) },
                 env()).status,
             0);
    write(*m_dir, u"web03.csv"_s, "mac,hostname,profile\n52:54:00:aa:00:03,web03,rhel9\n");
    QCOMPARE(cli({ u"hosts"_s, u"import"_s, m_dir->filePath(u"web03.csv"_s) }, env()).status, 0);
    // Each run boots a freshly armed host, so both see the same install from its start.
    QCOMPARE(cli({ u"hosts"_s, u"arm"_s, u"52:54:00:aa:00:03"_s }, env()).status, 0);
    const int beforeCli = lastEventId();
    QProcess serve;
    QString log;
    QVERIFY(startFullDhcp(serve, u"127.0.0.100-127.0.0.120"_s, &log));
    QRegularExpressionMatch tftp, http;
    tftp = QRegularExpression(u"tftp listening on 127\\.0\\.0\\.1:(\\d+)"_s).match(log);
    http = QRegularExpression(u"http listening on 127\\.0\\.0\\.1:(\\d+)"_s).match(log);
    const quint16 dhcpPort = quint16(QRegularExpression(u"ports (\\d+) and"_s).match(log).captured(1).toUInt());
    QVERIFY2(tftp.hasMatch() && http.hasMatch(), qPrintable(log));
    boot(u"52:54:00:aa:00:03"_s, quint16(tftp.captured(1).toUInt()), quint16(http.captured(1).toUInt()), dhcpPort, beforeCli);
    QVERIFY(!stop(serve, log).isEmpty());
    const QString byCli = timeline(u"52:54:00:aa:00:03"_s, beforeCli);

    QCOMPARE(cli({ u"hosts"_s, u"arm"_s, u"52:54:00:aa:00:03"_s }, env()).status, 0);
    const int beforeApp = lastEventId();
    {
        auto workspace = Workspace::open(m_dir->filePath(u"ws"_s));
        QVERIFY(workspace);
        auto db = Inventory::Database::open(*workspace);
        QVERIFY(db);
        BootConfig::InventoryBoot inventory(**db, *workspace);
        QVERIFY(inventory.reload());
        Netboot::NetbootService service(inventory.content());
        inventory.attach(service);
        QSignalSpy started(&service, &Netboot::NetbootService::started);
        Netboot::ServiceConfig config;
        config.listen = QHostAddress::LocalHost;
        config.tftpPort = config.httpPort = config.dhcpPort = config.pxePort = 0;
        config.interface = u"lo"_s;
        config.dhcpMode = Netboot::DhcpMode::Full;
        config.pool.first = QHostAddress(u"127.0.0.100"_s);
        config.pool.last = QHostAddress(u"127.0.0.120"_s);
        config.pool.leaseFile = workspace->dhcpLeasesPath();
        for (auto server : { Netboot::ServerKind::Http, Netboot::ServerKind::Tftp, Netboot::ServerKind::Dhcp })
            service.start(server, config);
        QTRY_COMPARE(started.size(), 3);
        boot(u"52:54:00:aa:00:03"_s, service.port(Netboot::ServerKind::Tftp), service.port(Netboot::ServerKind::Http),
             service.port(Netboot::ServerKind::Dhcp), beforeApp);
        QTest::qWait(300); // the last events reach the recorder; it writes them when it goes
    }
    const QString byApp = timeline(u"52:54:00:aa:00:03"_s, beforeApp);

    // Durations differ from run to run; everything else must not.
    static const QRegularExpression ms(u" \\d+ ms$"_s, QRegularExpression::MultilineOption);
    const QString cliEvents = QString(byCli).replace(ms, u" N ms"_s), appEvents = QString(byApp).replace(ms, u" N ms"_s);
    QVERIFY2(cliEvents.contains(u"boot.lease 127.0.0."_s) && cliEvents.contains(u"boot.http GET /ks/52-54-00-aa-00-03.cfg 200"_s),
             qPrintable(cliEvents));
    if (cliEvents != appEvents)
        qWarning().noquote() << "serve:" << cliEvents << "\napp:" << appEvents;
    // install.started is written when the batch that first names the host is (the recorder
    // writes every ~200 ms), so where it falls among the boot events depends on the batch
    // boundaries of the run: both must have it once, after the first boot event; the boot
    // events themselves must match one for one, in order.
    const auto split = [](const QString &events, qsizetype *startedAt) {
        QStringList lines = events.split(u'\n', Qt::SkipEmptyParts);
        *startedAt = lines.indexOf(u"install.started network boot"_s);
        if (*startedAt >= 0)
            lines.removeAt(*startedAt);
        return lines;
    };
    qsizetype cliStarted = -1, appStarted = -1;
    const QStringList cliBoot = split(cliEvents, &cliStarted), appBoot = split(appEvents, &appStarted);
    QCOMPARE(cliBoot, appBoot);
    QVERIFY(cliStarted >= 1 && appStarted >= 1);
    QVERIFY(!cliBoot.contains(u"install.started network boot"_s) && !appBoot.contains(u"install.started network boot"_s));
}

void TestCliServe::syslogGoesOnTheTimeline()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"sqlite3"_s).isEmpty(), "sqlite3 is missing (packaging/dev.sh test installs it)");
    const QString logger = QStandardPaths::findExecutable(u"logger"_s);
    if (logger.isEmpty())
        QSKIP("util-linux's logger is not installed (Debian: bsdutils)");
    QCOMPARE(cli({ u"serve"_s, u"--syslog-port"_s, u"nope"_s }, env()).status, 2);

    QProcess serve;
    serve.setProcessEnvironment(env());
    serve.start(QStringLiteral(CRASHCART_CLI), { u"serve"_s, u"--listen"_s, u"127.0.0.1"_s, u"--tftp-port"_s, u"off"_s,
                                                 u"--http-port"_s, u"0"_s, u"--syslog-port"_s, u"0"_s });
    QVERIFY(serve.waitForStarted());
    // Syslog starts first (loader configs name its port), so once HTTP listens both are logged.
    QRegularExpressionMatch m;
    QString log = waitFor(serve, QRegularExpression(u"http listening on 127\\.0\\.0\\.1:(\\d+)"_s), &m);
    QVERIFY2(m.hasMatch(), qPrintable(log));
    const QString httpPort = m.captured(1);
    const QRegularExpressionMatch syslog = QRegularExpression(u"syslog listening on 127\\.0\\.0\\.1:(\\d+) \\(udp and tcp\\)"_s).match(log);
    QVERIFY2(syslog.hasMatch(), qPrintable(log));
    const QString port = syslog.captured(1);
    // The host asks for its kickstart by MAC: from then on its address is known to be web01.
    QProcess curl;
    curl.start(u"curl"_s, { u"-s"_s, u"-o"_s, u"/dev/null"_s, u"http://127.0.0.1:%1/ks/52-54-00-aa-00-01.cfg"_s.arg(httpPort) });
    QVERIFY(curl.waitForFinished(10000));

    const auto send = [&](const QString &transport, const QString &priority, const QString &text) {
        QProcess p;
        p.start(logger, { transport, u"--server"_s, u"127.0.0.1"_s, u"--port"_s, port, u"--rfc3164"_s, u"-p"_s, priority,
                          u"-t"_s, u"anaconda"_s, text });
        return p.waitForFinished(10000) && p.exitCode() == 0;
    };
    QVERIFY(send(u"--tcp"_s, u"user.err"_s, u"Failed to mount /mnt/sysimage"_s));
    QVERIFY(send(u"--udp"_s, u"user.info"_s, u"Installing bash.x86_64 (12/345)"_s));
    QVERIFY(send(u"--tcp"_s, u"user.info"_s, u"Setting up the installation environment"_s));
    log += waitFor(serve, QRegularExpression(u"Setting up the installation environment"_s), &m);
    const QString all = stop(serve, log);
    QVERIFY2(all.contains(u" syslog 127.0.0.1 err anaconda: Failed to mount /mnt/sysimage\n"_s), qPrintable(all));
    QVERIFY2(all.contains(u" syslog 127.0.0.1 info anaconda: Installing bash.x86_64 (12/345)\n"_s), qPrintable(all));
    QVERIFY2(all.contains(u" syslog 127.0.0.1 info anaconda: Setting up the installation environment\n"_s), qPrintable(all));

    // Errors and the lines that state progress are on the timeline; plain info lines are not.
    const QString events = timeline(u"52:54:00:aa:00:01"_s);
    QVERIFY2(events.contains(u"install.syslog err anaconda: Failed to mount /mnt/sysimage\n"_s), qPrintable(events));
    QVERIFY2(events.contains(u"install.syslog info anaconda: Installing bash.x86_64 (12/345)\n"_s), qPrintable(events));
    QVERIFY2(!events.contains(u"Setting up"_s), qPrintable(events));
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
