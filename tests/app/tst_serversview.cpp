// SPDX-License-Identifier: GPL-3.0-or-later
// The Servers view driven like a user: a server started from its button shows as running and
// logs it, a transfer appears in the table and the log, the check lists its findings, and the
// full-DHCP warning shows only for full mode.
#include "servers/eventlogmodel.h"
#include "servers/serverconfigform.h"
#include "servers/serversview.h"
#include "servers/transfermodel.h"

#include "common/appsettings.h"
#include "common/workspace.h"
#include "netboot/netbootservice.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

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

    view.form()->listenBox()->setEditText(u"127.0.0.1"_s);
    view.form()->portBox(ServerKind::Tftp)->setValue(0);
    QTest::mouseClick(view.toggleButton(ServerKind::Tftp), Qt::LeftButton);
    QTRY_VERIFY(service.isRunning(ServerKind::Tftp));
    QCOMPARE(view.toggleButton(ServerKind::Tftp)->text(), ServersView::tr("Stop"));
    QVERIFY(!view.form()->portBox(ServerKind::Tftp)->isEnabled()); // not while it runs
    QVERIFY(!view.toggleButton(ServerKind::Dhcp)->isEnabled());    // DHCP is off
    QTRY_COMPARE(view.log()->rowCount(), 1);
    QVERIFY(view.log()->event(0).message.contains(QString::number(service.port(ServerKind::Tftp))));

    QCOMPARE(QProcess::execute(u"curl"_s, { u"-sS"_s, u"-o"_s, u"/dev/null"_s,
                                            u"tftp://127.0.0.1:%1/hello.txt"_s.arg(service.port(ServerKind::Tftp)) }),
             0);
    QTRY_COMPARE(view.transfers()->rowCount(), 1);
    QTRY_COMPARE(view.transfers()->at(0).state, TransferModel::TransferState::Done);
    QTRY_COMPARE(view.log()->rowCount(), 3); // listening, sending, sent
    QVERIFY(view.log()->event(2).message.contains(u"hello.txt"_s));

    view.runCheck(); // DHCP off: local checks only, the loaders are missing
    QTRY_VERIFY(!view.findingTexts().isEmpty());
    QVERIFY(view.findingTexts().join(u'\n').contains(u"pxelinux.0"_s));

    QTest::mouseClick(view.toggleButton(ServerKind::Tftp), Qt::LeftButton);
    QTRY_COMPARE(service.state(ServerKind::Tftp), NetbootService::State::Stopped);
    QTRY_VERIFY(view.form()->portBox(ServerKind::Tftp)->isEnabled());
    QCOMPARE(view.toggleButton(ServerKind::Tftp)->text(), ServersView::tr("Start"));
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
    QVERIFY(view.toggleButton(ServerKind::Dhcp)->isEnabled());
    mode->setCurrentIndex(mode->findData(int(DhcpMode::Proxy)));
    QCOMPARE(visibleWarnings(), 0);
    mode->setCurrentIndex(mode->findData(int(DhcpMode::Off)));
    QVERIFY(!view.toggleButton(ServerKind::Dhcp)->isEnabled());
}

QTEST_MAIN(TestServersView)
#include "tst_serversview.moc"
