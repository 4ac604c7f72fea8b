// SPDX-License-Identifier: GPL-3.0-or-later
// Arming from the Hosts view: hosts without a profile are refused by name and nothing
// changes; armed hosts show as Ready with the same event the CLI records; disarming puts them
// back; events recorded elsewhere refresh their rows without resetting the table.
#include "hosts/hostsview.h"
#include "hosts/hosttablemodel.h"

#include "common/appsettings.h"
#include "common/workspace.h"
#include "inventory/bmcsettings.h"
#include "inventory/database.h"
#include "inventory/eventlog.h"
#include "inventory/hostrepository.h"
#include "inventory/profile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "testhosts.h"

using namespace Crashcart;
using namespace Crashcart::App;
using namespace Crashcart::Inventory;
using namespace Qt::StringLiterals;

namespace {

// Closes the next message box and keeps its text (bounded wait).
void closeMessageBox(QString *text)
{
    auto *timer = new QTimer(qApp);
    auto *elapsed = new int(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, elapsed, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box)
            *text = box->text();
        if (box || (*elapsed += 20) > 10000) {
            if (box)
                box->done(QMessageBox::Ok);
            timer->deleteLater();
            delete elapsed;
        }
    });
    timer->start(20);
}

const MacAddress kA = *MacAddress::parse(u"52:54:00:00:00:01"_s);
const MacAddress kB = *MacAddress::parse(u"52:54:00:00:00:02"_s);
const MacAddress kC = *MacAddress::parse(u"52:54:00:00:00:03"_s);

} // namespace

class TestHostsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusesHostsWithoutProfile();
    void armsAndDisarms();
    void refreshesRowsInPlace();
    void offersDefinedProfiles();
    void showsPowerAndOffersInstall();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Workspace> m_workspace;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HostRepository> m_hosts;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<HostsView> m_view;
};

void TestHostsView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto workspace = Workspace::open(m_dir->filePath(u"ws"_s));
    QVERIFY(workspace.ok());
    m_workspace = *workspace;
    auto db = Database::openSqlite(m_workspace->databasePath());
    QVERIFY(db.ok());
    m_db = std::move(*db);
    m_hosts = std::make_unique<HostRepository>(*m_db);
    m_profiles = std::make_unique<ProfileRepository>(*m_db);
    QVERIFY(m_profiles->save({ u"rhel9"_s, {}, u"/boot/vmlinuz"_s, {}, {}, {} }).ok());
    for (const auto &[mac, name, profile] : { std::tuple { kA, u"web01"_s, u"rhel9"_s }, std::tuple { kB, u"web02"_s, QString() },
                                             std::tuple { kC, u"web03"_s, u"rhel9"_s } }) {
        Host h = Test::makeHost(mac.toString(), name);
        h.profile = profile;
        QVERIFY(m_hosts->add(h).ok());
    }
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(u"settings.ini"_s));
    m_view = std::make_unique<HostsView>(*m_hosts, *m_profiles, *m_workspace, *m_settings);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestHostsView::cleanup()
{
    m_view.reset();
    m_settings.reset();
    m_profiles.reset();
    m_hosts.reset();
    m_db.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestHostsView::refusesHostsWithoutProfile()
{
    QSignalSpy changed(m_view.get(), &HostsView::inventoryChanged);
    m_view->selectHosts({ kA, kB });
    QVERIFY(m_view->armAction()->isEnabled());
    QString shown;
    closeMessageBox(&shown);
    const auto r = m_view->armSelected(true);
    QVERIFY(!r.ok());
    QVERIFY2(shown.contains(u"web02 (52:54:00:00:00:02)"_s), qPrintable(shown));
    QVERIFY(!shown.contains(u"web01"_s));
    QCOMPARE((*m_hosts->find(kA))->state, HostState::New); // all or nothing
    QCOMPARE(changed.size(), 0);
}

void TestHostsView::armsAndDisarms()
{
    HostTableModel *model = m_view->model();
    QSignalSpy changed(m_view.get(), &HostsView::inventoryChanged);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    m_view->selectHosts({ kA, kC });
    m_view->armAction()->trigger();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(reset.size(), 0); // two rows refreshed, not the table
    for (const MacAddress &mac : { kA, kC }) {
        QCOMPARE((*m_hosts->find(mac))->state, HostState::Ready);
        const int row = model->rowOf(mac);
        QCOMPARE(model->index(row, HostTableModel::State).data().toString(), stateLabel(HostState::Ready));
        // Arming starts an install (core/install): its event is the host's last.
        QVERIFY(model->index(row, HostTableModel::LastEvent).data().toString().contains(EventLog::kindLabel(u"install.armed"_s)));
        auto events = EventLog(*m_db).forHost(mac);
        QVERIFY(events.ok());
        QCOMPARE(events->at(0).kind, u"install.armed"_s);
        QCOMPARE(events->at(1).kind, u"inventory.armed"_s);
    }
    QCOMPARE((*m_hosts->find(kB))->state, HostState::New);

    m_view->selectHosts({ kA, kB }); // kB was never armed: skipped
    m_view->disarmAction()->trigger();
    QCOMPARE(changed.size(), 2);
    QCOMPARE((*m_hosts->find(kA))->state, HostState::New);
    QCOMPARE((*m_hosts->find(kC))->state, HostState::Ready);
    QCOMPARE(EventLog(*m_db).forHost(kA)->at(0).kind, u"install.cancelled"_s); // its install ends with it
    QCOMPARE(EventLog(*m_db).forHost(kA)->at(1).kind, u"inventory.disarmed"_s);
    QCOMPARE(EventLog(*m_db).forHost(kB)->first().kind, u"inventory.created"_s);
    QCOMPARE(model->index(model->rowOf(kA), HostTableModel::State).data().toString(), stateLabel(HostState::New));
}

void TestHostsView::refreshesRowsInPlace()
{
    HostTableModel *model = m_view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy data(model, &QAbstractItemModel::dataChanged);
    // What the event recorder does while the servers run: write, then name the hosts.
    QVERIFY(EventLog(*m_db).append(kC, u"boot.tftp"_s, u"pxelinux.0 42 bytes"_s).ok());
    m_view->refreshHosts({ kC, *MacAddress::parse(u"52:54:00:99:99:99"_s) }); // an unknown MAC is skipped
    QCOMPARE(reset.size(), 0);
    QCOMPARE(data.size(), 1);
    const int row = model->rowOf(kC);
    QCOMPARE(data.first().at(0).toModelIndex().row(), row);
    QVERIFY(model->index(row, HostTableModel::LastEvent).data().toString().contains(EventLog::kindLabel(u"boot.tftp"_s)));
}

void TestHostsView::offersDefinedProfiles()
{
    QVERIFY(m_profiles->save({ u"debian12"_s, {}, {}, {}, {}, {} }).ok());
    Host h = **m_hosts->find(kB);
    h.profile = u"legacy"_s; // used, never defined
    QVERIFY(m_hosts->update(kB, h).ok());
    QVERIFY(m_view->model()->reload());
    QCOMPARE(m_view->profileNames(), (QStringList { u"debian12"_s, u"legacy"_s, u"rhel9"_s }));
}

void TestHostsView::showsPowerAndOffersInstall()
{
    // A host with a BMC whose power was read, one with a BMC never read, one without a BMC.
    Host a = *m_hosts->find(kA).value();
    QVERIFY(a.setField(HostField::BmcAddress, u"127.0.0.1:6623"_s).ok());
    QVERIFY(a.setField(HostField::BmcType, u"ipmi"_s).ok());
    QVERIFY(m_hosts->update(kA, a).ok());
    Host c = *m_hosts->find(kC).value();
    QVERIFY(c.setField(HostField::BmcAddress, u"[fd00::5]:8443"_s).ok());
    QVERIFY(c.setField(HostField::BmcType, u"redfish"_s).ok());
    QVERIFY(m_hosts->update(kC, c).ok());
    QVERIFY(BmcSettingsRepository(*m_db).setPowerState(kA, u"on"_s, QDateTime::currentDateTimeUtc()).ok());
    HostTableModel *model = m_view->model();
    QVERIFY(model->reload());
    QCOMPARE(model->headerData(HostTableModel::Power, Qt::Horizontal).toString(), u"Power"_s);
    QCOMPARE(model->index(model->rowOf(kA), HostTableModel::Power).data().toString(), u"on"_s);
    QVERIFY(!model->index(model->rowOf(kA), HostTableModel::Power).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model->index(model->rowOf(kC), HostTableModel::Power).data().toString(), u"unknown"_s);
    QCOMPARE(model->index(model->rowOf(kB), HostTableModel::Power).data().toString(), QString());
    QCOMPARE(model->index(model->rowOf(kC), HostTableModel::BmcAddress).data().toString(), u"[fd00::5]:8443"_s);

    m_view->selectHosts({});
    QVERIFY(!m_view->installAction()->isEnabled());
    m_view->selectHosts({ kA });
    QVERIFY(m_view->installAction()->isEnabled());
    QVERIFY(m_view->menuActions().contains(m_view->installAction()));
    QVERIFY(m_view->toolBarActions().contains(m_view->installAction()));
}

QTEST_MAIN(TestHostsView)
#include "tst_hostsview.moc"
