// SPDX-License-Identifier: GPL-3.0-or-later
// The service's signals as the event log and the transfer table show them: where a server
// listens and what it serves, firmware names, transfers from start to end with their host,
// and problems (refusals, HTTP errors, failures) marked as such. The signals are emitted here
// as the service emits them, so no server needs to run.
#include "serverstesting.h"

#include "servers/eventlogmodel.h"
#include "servers/serverconfigform.h"
#include "servers/servereventfeed.h"
#include "servers/transfermodel.h"

#include "common/appsettings.h"
#include "common/workspace.h"
#include "netboot/netbootservice.h"

#include <QComboBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::App;
using namespace Crashcart::Netboot;
using namespace Qt::StringLiterals;

namespace {

struct Fixture : ServersTesting::FormFixture
{
    NetbootService service { ServiceContent::fromFolders(workspace->tftpRoot(), workspace->httpRoot()) };
    ServerConfigForm form { settings };
    EventLogModel log;
    TransferModel transfers;
    ServerEventFeed feed { service, form, *workspace, log, transfers };

    const ServerEvent &last()
    {
        log.flush();
        return log.event(log.rowCount() - 1);
    }
};

const MacAddress mac = *MacAddress::parse(u"52:54:00:12:34:56");

} // namespace

class TestServerEventFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listening();
    void firmware_data();
    void firmware();
    void transfer();
    void problemsAreMarked();
    void syslog();
};

void TestServerEventFeed::listening()
{
    Fixture f;
    QVERIFY(f.workspace.ok());
    f.form.listenBox()->setEditText(u"127.0.0.1"_s);
    Q_EMIT f.service.started(ServerKind::Tftp, 6969);
    QCOMPARE(f.last().message, u"Listening on 127.0.0.1 port 6969, serving %1"_s.arg(f.workspace->tftpRoot()));
    QCOMPARE(f.last().server, u"TFTP"_s);
    QVERIFY(!f.last().problem);
    Q_EMIT f.service.started(ServerKind::Http, 8080);
    QCOMPARE(f.last().message, u"Listening on 127.0.0.1 port 8080, serving %1"_s.arg(f.workspace->httpRoot()));
    Q_EMIT f.service.started(ServerKind::Dhcp, 67); // dhcpListening says more
    f.log.flush();
    QCOMPARE(f.log.rowCount(), 2);
    Q_EMIT f.service.dhcpListening(67, 4011, QHostAddress(u"10.0.0.1"_s));
    QCOMPARE(f.last().message, u"proxyDHCP on ports 67 and 4011; machines are told to boot from 10.0.0.1"_s);
    Q_EMIT f.service.stopped(ServerKind::Http);
    QCOMPARE(f.last().message, u"Stopped"_s);
    QCOMPARE(f.last().server, u"HTTP"_s);
}

void TestServerEventFeed::firmware_data()
{
    QTest::addColumn<int>("architecture");
    QTest::addColumn<bool>("pxePort");
    QTest::addColumn<QString>("message");
    QTest::newRow("bios") << 0 << false << u"Offered boot file pxelinux.0 (BIOS)"_s;
    QTest::newRow("efi x86-64 (7)") << 7 << false << u"Offered boot file pxelinux.0 (UEFI x86-64)"_s;
    QTest::newRow("efi x86-64 (9)") << 9 << true << u"Answered on the PXE port: boot pxelinux.0 (UEFI x86-64)"_s;
    QTest::newRow("arm64 http") << 19 << false << u"Offered boot file pxelinux.0 (UEFI ARM64 HTTP boot)"_s;
    QTest::newRow("unknown") << -1 << false << u"Offered boot file pxelinux.0 (unknown firmware)"_s;
    QTest::newRow("other") << 42 << false << u"Offered boot file pxelinux.0 (architecture 42)"_s;
}

void TestServerEventFeed::firmware()
{
    QFETCH(int, architecture);
    QFETCH(bool, pxePort);
    QFETCH(QString, message);
    Fixture f;
    QVERIFY(f.workspace.ok());
    Q_EMIT f.service.dhcpAnswered(mac, architecture, "pxelinux.0", pxePort);
    QCOMPARE(f.last().message, message);
    QCOMPARE(f.last().mac, mac);
    QCOMPARE(f.last().server, u"DHCP"_s);
}

void TestServerEventFeed::transfer()
{
    Fixture f;
    QVERIFY(f.workspace.ok());
    Tftp::TransferInfo info;
    info.id = 7;
    info.client = QHostAddress(u"10.0.0.5"_s);
    info.clientPort = 2070;
    info.file = u"vmlinuz"_s;
    info.size = 2000;
    info.blockSize = 1468;
    Q_EMIT f.service.transferStarted(info, mac);
    QCOMPARE(f.transfers.rowCount(), 1);
    QVERIFY2(f.last().message.startsWith(u"Sending vmlinuz ("_s) && f.last().message.endsWith(u", block size 1468, window 1)"_s),
             qPrintable(f.last().message));
    Q_EMIT f.service.transferProgress(7, 1000, 2000, 0);
    QCOMPARE(f.transfers.at(0).bytes, 1000);
    Q_EMIT f.service.transferFinished(7, true, QString(), 2000, 500, 0, 4);
    QCOMPARE(f.transfers.at(0).state, TransferModel::TransferState::Done);
    QVERIFY2(f.last().message.startsWith(u"Sent vmlinuz: "_s), qPrintable(f.last().message));
    QCOMPARE(f.last().host, info.client); // the transfer's, though the signal names only its id
    QCOMPARE(f.last().mac, mac);
    QVERIFY(!f.last().problem);

    info.id = 8;
    Q_EMIT f.service.transferStarted(info, mac);
    Q_EMIT f.service.transferFinished(8, false, u"timed out"_s, 512, 5000, 5, 6);
    QVERIFY2(f.last().message.startsWith(u"Sending vmlinuz failed after "_s) && f.last().message.endsWith(u": timed out"_s),
             qPrintable(f.last().message));
    QVERIFY(f.last().problem);
}

void TestServerEventFeed::problemsAreMarked()
{
    Fixture f;
    QVERIFY(f.workspace.ok());
    Q_EMIT f.service.requestRefused(QHostAddress(u"10.0.0.5"_s), mac, u"../etc/passwd"_s, u"outside the root"_s);
    QCOMPARE(f.last().message, u"Refused “../etc/passwd”: outside the root"_s);
    QVERIFY(f.last().problem);
    Q_EMIT f.service.requestRefused(QHostAddress(u"10.0.0.5"_s), mac, QString(), u"not a read request"_s);
    QCOMPARE(f.last().message, u"Refused a request: not a read request"_s);

    Http::Access access { QHostAddress(u"10.0.0.5"_s), mac, "GET", u"/ks/missing.ks"_s, 404, 0 };
    Q_EMIT f.service.httpAccessed(access);
    QVERIFY2(f.last().message.startsWith(u"GET /ks/missing.ks → 404 ("_s), qPrintable(f.last().message));
    QVERIFY(f.last().problem);
    access.status = 200;
    Q_EMIT f.service.httpAccessed(access);
    QVERIFY(!f.last().problem);

    Q_EMIT f.service.failed(ServerKind::Tftp, u"port 69 is taken"_s);
    QCOMPARE(f.last().message, u"port 69 is taken"_s);
    QVERIFY(f.last().problem);
    Q_EMIT f.service.warning(ServerKind::Dhcp, u"leases not written"_s);
    QVERIFY(f.last().problem);
    Q_EMIT f.service.dhcpIgnored(QHostAddress(u"10.0.0.9"_s), u"not PXE"_s);
    QCOMPARE(f.last().message, u"Ignored a packet: not PXE"_s);
    QVERIFY(!f.last().problem);
    Q_EMIT f.service.dhcpLeased(mac, QHostAddress(u"10.0.0.100"_s), true);
    QCOMPARE(f.last().message, u"Leased 10.0.0.100"_s);
    QCOMPARE(f.last().host, QHostAddress(u"10.0.0.100"_s));
}

void TestServerEventFeed::syslog()
{
    Fixture f;
    QVERIFY(f.workspace.ok());
    f.form.listenBox()->setEditText(u"127.0.0.1"_s);
    Q_EMIT f.service.started(ServerKind::Syslog, 5514);
    QCOMPARE(f.last().message, u"Listening on 127.0.0.1 port 5514 (UDP and TCP)"_s);
    QCOMPARE(f.last().server, u"syslog"_s);
    Syslog::Message m;
    m.severity = 6;
    m.app = u"anaconda"_s;
    m.text = u"Installing bash.x86_64 (12/345)"_s;
    Q_EMIT f.service.syslogReceived(QHostAddress(u"10.0.0.5"_s), mac, m);
    QCOMPARE(f.last().message, u"info anaconda: Installing bash.x86_64 (12/345)"_s);
    QCOMPARE(f.last().host, QHostAddress(u"10.0.0.5"_s));
    QCOMPARE(f.last().mac, mac);
    QVERIFY(!f.last().problem);
    m.severity = 3;
    m.app.clear();
    m.text = u"disk gone"_s;
    Q_EMIT f.service.syslogReceived(QHostAddress(u"10.0.0.5"_s), mac, m);
    QCOMPARE(f.last().message, u"err -: disk gone"_s);
    QVERIFY(f.last().problem);
    Q_EMIT f.service.syslogIgnored(QHostAddress(u"10.0.0.9"_s), u"no <PRI>"_s);
    QCOMPARE(f.last().message, u"Ignored a message: no <PRI>"_s);
}

QTEST_MAIN(TestServerEventFeed)
#include "tst_servereventfeed.moc"
