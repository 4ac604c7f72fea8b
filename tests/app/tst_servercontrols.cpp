// SPDX-License-Identifier: GPL-3.0-or-later
// The server rows: DHCP cannot start while its mode is off, a server started from its row
// says where it listens and locks its port, "start all" starts what can start, and a
// configuration that cannot be used is refused below the rows with nothing started; syslog
// starts only from its own row.
#include "serverstesting.h"

#include "servers/serverconfigform.h"
#include "servers/servercontrols.h"

#include "common/appsettings.h"
#include "common/workspace.h"
#include "netboot/netbootservice.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
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

    Fixture()
    {
        form.listenBox()->setEditText(u"127.0.0.1"_s);
        for (const ServerKind server : { ServerKind::Tftp, ServerKind::Http, ServerKind::Dhcp, ServerKind::Syslog })
            form.portBox(server)->setValue(0);
    }
};

} // namespace

class TestServerControls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dhcpOffCannotStart();
    void startAndStopOne();
    void startAllStartsWhatCan();
    void syslogOnItsOwn();
    void unusableConfigIsRefused();
    void badPoolFailsNextToTheButton();
};

void TestServerControls::dhcpOffCannotStart()
{
    Fixture f;
    QVERIFY(f.workspace.ok());
    ServerControls controls(f.service, f.form, *f.workspace);
    QCOMPARE(controls.statusLabel(ServerKind::Dhcp)->text(), u"Off: choose a DHCP mode"_s);
    QVERIFY(!controls.toggleButton(ServerKind::Dhcp)->isEnabled());
    QCOMPARE(controls.statusLabel(ServerKind::Tftp)->text(), u"Stopped"_s);
    QCOMPARE(controls.toggleButton(ServerKind::Tftp)->text(), u"Start"_s);
    QVERIFY(controls.toggleButton(ServerKind::Tftp)->isEnabled());

    QSignalSpy changed(&controls, &ServerControls::availabilityChanged);
    f.form.dhcpModeBox()->setCurrentIndex(f.form.dhcpModeBox()->findData(int(DhcpMode::Proxy)));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(controls.statusLabel(ServerKind::Dhcp)->text(), u"Stopped"_s);
    QVERIFY(controls.toggleButton(ServerKind::Dhcp)->isEnabled());
}

void TestServerControls::startAndStopOne()
{
    Fixture f;
    QVERIFY(f.workspace.ok());
    ServerControls controls(f.service, f.form, *f.workspace);
    QVERIFY(controls.canStartAny());
    QVERIFY(!controls.anyRunning());
    QTest::mouseClick(controls.toggleButton(ServerKind::Tftp), Qt::LeftButton);
    QTRY_VERIFY(f.service.isRunning(ServerKind::Tftp));
    QCOMPARE(controls.statusLabel(ServerKind::Tftp)->text(),
             u"Running on 127.0.0.1:%1"_s.arg(f.service.port(ServerKind::Tftp)));
    QCOMPARE(controls.toggleButton(ServerKind::Tftp)->text(), u"Stop"_s);
    QVERIFY(!f.form.portBox(ServerKind::Tftp)->isEnabled());
    QVERIFY(f.form.portBox(ServerKind::Http)->isEnabled());
    QVERIFY(controls.anyRunning());
    QCOMPARE(f.settings.value(AppSettings::ServersListen), u"127.0.0.1"_s); // saved when started

    QTest::mouseClick(controls.toggleButton(ServerKind::Tftp), Qt::LeftButton);
    QTRY_COMPARE(f.service.state(ServerKind::Tftp), NetbootService::State::Stopped);
    QTRY_COMPARE(controls.statusLabel(ServerKind::Tftp)->text(), u"Stopped"_s);
    QVERIFY(f.form.portBox(ServerKind::Tftp)->isEnabled());
    QVERIFY(!controls.anyRunning());
}

void TestServerControls::startAllStartsWhatCan()
{
    Fixture f;
    QVERIFY(f.workspace.ok());
    ServerControls controls(f.service, f.form, *f.workspace);
    controls.startAll();
    QTRY_VERIFY(f.service.isRunning(ServerKind::Tftp) && f.service.isRunning(ServerKind::Http));
    QCOMPARE(f.service.state(ServerKind::Dhcp), NetbootService::State::Stopped); // its mode is off
    QTRY_VERIFY(!controls.canStartAny());
    QCOMPARE(controls.errorLabel()->text(), QString());
    QCOMPARE(f.service.state(ServerKind::Syslog), NetbootService::State::Stopped); // only when asked
    QVERIFY(controls.toggleButton(ServerKind::Syslog)->isEnabled());
}

void TestServerControls::syslogOnItsOwn()
{
    Fixture f;
    QVERIFY(f.workspace.ok());
    ServerControls controls(f.service, f.form, *f.workspace);
    QCOMPARE(controls.statusLabel(ServerKind::Syslog)->text(), u"Stopped"_s);
    QTest::mouseClick(controls.toggleButton(ServerKind::Syslog), Qt::LeftButton);
    QTRY_VERIFY(f.service.isRunning(ServerKind::Syslog));
    QCOMPARE(controls.statusLabel(ServerKind::Syslog)->text(),
             u"Running on 127.0.0.1:%1"_s.arg(f.service.port(ServerKind::Syslog)));
    QVERIFY(!f.form.portBox(ServerKind::Syslog)->isEnabled());
    QVERIFY(f.form.portBox(ServerKind::Tftp)->isEnabled());
    QCOMPARE(f.settings.value(AppSettings::ServersSyslogPort), 0); // saved when started
    QVERIFY(controls.canStartAny()); // the boot servers still can
    QTest::mouseClick(controls.toggleButton(ServerKind::Syslog), Qt::LeftButton);
    QTRY_COMPARE(f.service.state(ServerKind::Syslog), NetbootService::State::Stopped);
    QTRY_VERIFY(f.form.portBox(ServerKind::Syslog)->isEnabled());
}

void TestServerControls::unusableConfigIsRefused()
{
    Fixture f;
    QVERIFY(f.workspace.ok());
    ServerControls controls(f.service, f.form, *f.workspace);
    controls.show();
    f.form.listenBox()->setEditText(u"nonsense"_s);
    QTest::mouseClick(controls.toggleButton(ServerKind::Http), Qt::LeftButton);
    QCOMPARE(f.service.state(ServerKind::Http), NetbootService::State::Stopped);
    QVERIFY(controls.errorLabel()->isVisible());
    QVERIFY2(controls.errorLabel()->text().contains(u"“nonsense” is not an IP address"_s), qPrintable(controls.errorLabel()->text()));
}

void TestServerControls::badPoolFailsNextToTheButton()
{
    Fixture f;
    QVERIFY(f.workspace.ok());
    ServerControls controls(f.service, f.form, *f.workspace);
    controls.show();
    f.form.dhcpModeBox()->setCurrentIndex(f.form.dhcpModeBox()->findData(int(DhcpMode::Full)));
    f.form.interfaceBox()->setCurrentIndex(f.form.interfaceBox()->findData(QString())); // any interface
    f.form.poolFirstEdit()->setText(u"127.0.0.100"_s);
    f.form.poolLastEdit()->setText(u"127.0.0.150"_s);
    controls.start(ServerKind::Dhcp);
    QCOMPARE(f.service.state(ServerKind::Dhcp), NetbootService::State::Stopped);
    QCOMPARE(controls.statusLabel(ServerKind::Dhcp)->text(), u"Failed to start"_s);
    QVERIFY(controls.statusLabel(ServerKind::Dhcp)->toolTip().contains(u"one interface only"_s));
    QVERIFY2(controls.errorLabel()->text().startsWith(u"DHCP: "_s), qPrintable(controls.errorLabel()->text()));
    QVERIFY(controls.errorLabel()->isVisible());
}

QTEST_MAIN(TestServerControls)
#include "tst_servercontrols.moc"
