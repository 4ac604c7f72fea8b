// SPDX-License-Identifier: GPL-3.0-or-later
// The Servers view driven like a user: a server started from its button shows as running and
// logs it, a transfer appears in the table and the log, the check lists its findings, the
// full-DHCP warning and pool fields show only for full mode, a bad pool is refused with a clear
// message, and full DHCP on loopback leases an address the log shows.
#include "servers/eventlogmodel.h"
#include "servers/eventlogpanel.h"
#include "servers/preflightpanel.h"
#include "servers/serverconfigform.h"
#include "servers/servercontrols.h"
#include "servers/serversview.h"
#include "servers/transfermodel.h"
#include "servers/transfertable.h"

#include "common/appsettings.h"
#include "common/workspace.h"
#include "netboot/dhcp/dhcppacket.h"
#include "netboot/netbootservice.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkDatagram>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace Crashcart;
using namespace Crashcart::App;
using namespace Crashcart::Netboot;
using namespace Qt::StringLiterals;

class TestServersView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startServeCheckStop();
    void fullDhcpWarns();
    void fullDhcpPoolIsChecked();
    void fullDhcpLeasesShowInTheLog();
};

void TestServersView::startServeCheckStop()
{
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(u"ws"_s));
    QVERIFY(workspace.ok());
    QFile file(workspace->tftpRoot() + u"/hello.txt"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(100000, 'x'));
    file.close();
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    NetbootService service(ServiceContent::fromFolders(workspace->tftpRoot(), workspace->httpRoot()));
    ServersView view(service, *workspace, settings);
    view.resize(1200, 800);
    view.show();
    const EventLogModel *log = view.eventLog()->log();

    view.form()->listenBox()->setEditText(u"127.0.0.1"_s);
    view.form()->portBox(ServerKind::Tftp)->setValue(0);
    QTest::mouseClick(view.controls()->toggleButton(ServerKind::Tftp), Qt::LeftButton);
    QTRY_VERIFY(service.isRunning(ServerKind::Tftp));
    QCOMPARE(view.controls()->toggleButton(ServerKind::Tftp)->text(), ServerControls::tr("Stop"));
    QVERIFY(!view.form()->portBox(ServerKind::Tftp)->isEnabled()); // not while it runs
    QVERIFY(!view.controls()->toggleButton(ServerKind::Dhcp)->isEnabled()); // DHCP is off
    QTRY_COMPARE(log->rowCount(), 1);
    QVERIFY(log->event(0).message.contains(QString::number(service.port(ServerKind::Tftp))));

    QCOMPARE(QProcess::execute(u"curl"_s, { u"-sS"_s, u"-o"_s, u"/dev/null"_s,
                                            u"tftp://127.0.0.1:%1/hello.txt"_s.arg(service.port(ServerKind::Tftp)) }),
             0);
    QTRY_COMPARE(view.transferTable()->transfers()->rowCount(), 1);
    QTRY_COMPARE(view.transferTable()->transfers()->at(0).state, TransferModel::TransferState::Done);
    QTRY_COMPARE(log->rowCount(), 3); // listening, sending, sent
    QVERIFY(log->event(2).message.contains(u"hello.txt"_s));

    view.preflight()->run(); // DHCP off: local checks only, the loaders are missing
    QTRY_VERIFY(!view.preflight()->findingTexts().isEmpty());
    QVERIFY(view.preflight()->findingTexts().join(u'\n').contains(u"pxelinux.0"_s));

    QTest::mouseClick(view.controls()->toggleButton(ServerKind::Tftp), Qt::LeftButton);
    QTRY_COMPARE(service.state(ServerKind::Tftp), NetbootService::State::Stopped);
    QTRY_VERIFY(view.form()->portBox(ServerKind::Tftp)->isEnabled());
    QCOMPARE(view.controls()->toggleButton(ServerKind::Tftp)->text(), ServerControls::tr("Start"));
    view.saveState();
    QCOMPARE(settings.value(AppSettings::ServersListen), u"127.0.0.1"_s);
    QCOMPARE(settings.value(AppSettings::ServersTftpPort), 0);
}

void TestServersView::fullDhcpWarns()
{
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(u"ws"_s));
    QVERIFY(workspace.ok());
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    NetbootService service(ServiceContent::fromFolders(workspace->tftpRoot(), workspace->httpRoot()));
    ServersView view(service, *workspace, settings);
    view.show();
    const auto visibleWarnings = [&view] {
        int n = 0;
        for (const QLabel *l : view.form()->findChildren<QLabel *>())
            n += l->isVisible() && l->text().contains(u"isolated"_s);
        return n;
    };
    QCOMPARE(visibleWarnings(), 0);
    QComboBox *mode = view.form()->dhcpModeBox();
    mode->setCurrentIndex(mode->findData(int(DhcpMode::Full)));
    QCOMPARE(visibleWarnings(), 1);
    QVERIFY(view.controls()->toggleButton(ServerKind::Dhcp)->isEnabled());
    mode->setCurrentIndex(mode->findData(int(DhcpMode::Proxy)));
    QCOMPARE(visibleWarnings(), 0);
    mode->setCurrentIndex(mode->findData(int(DhcpMode::Off)));
    QVERIFY(!view.controls()->toggleButton(ServerKind::Dhcp)->isEnabled());
}

void TestServersView::fullDhcpPoolIsChecked()
{
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(u"ws"_s));
    QVERIFY(workspace.ok());
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    NetbootService service(ServiceContent::fromFolders(workspace->tftpRoot(), workspace->httpRoot()));
    ServersView view(service, *workspace, settings);
    view.show();
    ServerConfigForm *form = view.form();
    const auto fullFieldsVisible = [form] {
        int n = 0;
        for (const QLineEdit *e : { form->poolFirstEdit(), form->poolLastEdit(), form->routerEdit(), form->dnsEdit() })
            n += e->isVisible();
        return n;
    };
    QCOMPARE(fullFieldsVisible(), 0); // off by default
    form->dhcpModeBox()->setCurrentIndex(form->dhcpModeBox()->findData(int(DhcpMode::Proxy)));
    QCOMPARE(fullFieldsVisible(), 0);
    form->dhcpModeBox()->setCurrentIndex(form->dhcpModeBox()->findData(int(DhcpMode::Full)));
    QCOMPARE(fullFieldsVisible(), 4);

    const auto error = [form] { return form->poolErrorLabel()->isVisible() ? form->poolErrorLabel()->text() : QString(); };
    form->interfaceBox()->setCurrentIndex(form->interfaceBox()->findData(QString())); // any interface
    form->poolFirstEdit()->setText(u"127.0.0.100"_s);
    form->poolLastEdit()->setText(u"127.0.0.150"_s);
    QVERIFY2(error().contains(u"one interface only"_s), qPrintable(error()));
    // Starting is refused next to the button, and nothing starts.
    QTest::mouseClick(view.controls()->toggleButton(ServerKind::Dhcp), Qt::LeftButton);
    QCOMPARE(service.state(ServerKind::Dhcp), NetbootService::State::Stopped);
    bool said = false;
    for (const QLabel *l : view.findChildren<QLabel *>())
        said = said || (l->isVisible() && l != form->poolErrorLabel() && l->text().contains(u"one interface only"_s));
    QVERIFY(said);

    form->interfaceBox()->setCurrentIndex(form->interfaceBox()->findData(u"lo"_s));
    QCOMPARE(error(), QString());
    form->poolLastEdit()->setText(u"127.0.0.1500"_s);
    QVERIFY2(error().contains(u"127.0.0.1500"_s) && error().contains(u"IPv4"_s), qPrintable(error()));
    form->poolLastEdit()->setText(u"10.0.0.150"_s);
    QVERIFY2(error().contains(u"not in a subnet of lo"_s), qPrintable(error()));
    form->poolLastEdit()->setText(u"127.0.0.150"_s);
    form->routerEdit()->setText(u"192.168.1.1"_s);
    QVERIFY2(error().contains(u"router"_s, Qt::CaseInsensitive), qPrintable(error()));
    form->routerEdit()->clear();
    form->dnsEdit()->setText(u"1.1.1.1, nonsense"_s);
    QVERIFY2(error().contains(u"nonsense"_s), qPrintable(error()));
    form->dnsEdit()->setText(u"1.1.1.1, 9.9.9.9"_s);
    QCOMPARE(error(), QString());
    view.saveState();
    QCOMPARE(settings.value(AppSettings::ServersPoolFirst), u"127.0.0.100"_s);
    QCOMPARE(settings.value(AppSettings::ServersDns), u"1.1.1.1, 9.9.9.9"_s);

    form->dhcpModeBox()->setCurrentIndex(form->dhcpModeBox()->findData(int(DhcpMode::Proxy)));
    QCOMPARE(fullFieldsVisible(), 0);
    QVERIFY(!form->poolErrorLabel()->isVisible());
}

void TestServersView::fullDhcpLeasesShowInTheLog()
{
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(u"ws"_s));
    QVERIFY(workspace.ok());
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    NetbootService service(ServiceContent::fromFolders(workspace->tftpRoot(), workspace->httpRoot()));
    ServersView view(service, *workspace, settings);
    view.show();
    ServerConfigForm *form = view.form();
    const EventLogModel *log = view.eventLog()->log();
    form->interfaceBox()->setCurrentIndex(form->interfaceBox()->findData(u"lo"_s));
    form->listenBox()->setEditText(u"127.0.0.1"_s);
    form->portBox(ServerKind::Dhcp)->setValue(0);
    form->dhcpModeBox()->setCurrentIndex(form->dhcpModeBox()->findData(int(DhcpMode::Full)));
    form->poolFirstEdit()->setText(u"127.0.0.100"_s);
    form->poolLastEdit()->setText(u"127.0.0.150"_s);
    form->pxePortBox()->setValue(0); // 4011 may be taken here; binding it is not what this test is about
    QTest::mouseClick(view.controls()->toggleButton(ServerKind::Dhcp), Qt::LeftButton);
    QTRY_VERIFY(service.state(ServerKind::Dhcp) != NetbootService::State::Starting);
    QVERIFY2(service.isRunning(ServerKind::Dhcp), qPrintable(log->rowCount() ? log->event(log->rowCount() - 1).message : QString()));
    QVERIFY(!form->poolFirstEdit()->isEnabled()); // not while it runs
    QTRY_VERIFY(log->rowCount() >= 1);
    QVERIFY2(log->event(0).message.contains(u"127.0.0.100"_s), qPrintable(log->event(0).message));

    Netboot::Dhcp::Packet discover;
    discover.xid = 7;
    discover.chaddr = QByteArray("\x52\x54\x00\x00\x00\x0b", 6) + QByteArray(10, '\0');
    discover.options[53] = QByteArray(1, char(Netboot::Dhcp::MessageType::Discover));
    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, 0));
    client.writeDatagram(Netboot::Dhcp::serialize(discover), QHostAddress::LocalHost, service.port(ServerKind::Dhcp));
    QTRY_VERIFY(client.hasPendingDatagrams());
    const auto offer = Netboot::Dhcp::parse(client.receiveDatagram().data());
    QVERIFY(offer.ok());
    const QString address = offer->yiaddr.toString();
    QVERIFY(address.startsWith(u"127.0.0.1"_s));
    const auto logged = [log, &address] {
        for (int i = 0; i < log->rowCount(); ++i) {
            if (log->event(i).message.contains(address) && log->event(i).mac.toString() == u"52:54:00:00:00:0b"_s)
                return true;
        }
        return false;
    };
    QTRY_VERIFY(logged());
    service.stopAll();
    QTRY_COMPARE(service.state(ServerKind::Dhcp), NetbootService::State::Stopped);
}

QTEST_MAIN(TestServersView)
#include "tst_serversview.moc"
