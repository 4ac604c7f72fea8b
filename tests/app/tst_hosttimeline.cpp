// SPDX-License-Identifier: GPL-3.0-or-later
// A host's install in the app: the table's Install column (stage and percent with a bar while
// installing, the outcome after), and the timeline panel: events in order with their source,
// the hardware report as rows, the log tail, the heading with the state.
#include "hosts/hosttablemodel.h"
#include "hosts/hosttimeline.h"

#include "install/installrepository.h"
#include "inventory/database.h"
#include "inventory/eventlog.h"
#include "inventory/hostrepository.h"
#include "inventory/profile.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Crashcart;
using namespace Crashcart::App;
using namespace Qt::StringLiterals;

namespace {
const MacAddress kHost = *MacAddress::parse(u"52:54:00:00:30:01"_s);
}

class TestHostTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tableShowsTheInstall();
    void panelShowsTheTimeline();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Inventory::Database> m_db;
    QString m_token;
};

void TestHostTimeline::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Inventory::Database::openSqlite(m_dir->filePath(u"t.db"_s));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(Inventory::ProfileRepository(*m_db).save({ u"rhel9"_s, {}, u"vmlinuz"_s, {}, {}, {} }));
    Inventory::Host h;
    h.mac = kHost;
    h.hostname = u"db01"_s;
    h.profile = u"rhel9"_s;
    QVERIFY(Inventory::HostRepository(*m_db).add(h));
    Install::InstallRepository installs(*m_db);
    QVERIFY(installs.arm({ kHost }, u"alice"_s));
    m_token = (*installs.latest(kHost))->token;
    Install::Progress p;
    p.stage = u"raid"_s;
    p.percent = 40;
    QVERIFY(installs.progress(m_token, p));
    QVERIFY(installs.storeReport(m_token, R"({"cpu":{"count":4,"model":"QEMU Virtual CPU"},"memory_kb":2097152,)"
                                          R"("disks":[{"name":"vda","bytes":8589934592,"rotational":1}],)"
                                          R"("nics":[{"name":"eth0","mac":"52:54:00:00:30:01","speed_mbps":1000,"link":1}]})"));
    QVERIFY(installs.storeLog(m_token, u"mdadm: cannot open /dev/sdb\n"_s));
}

void TestHostTimeline::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestHostTimeline::tableShowsTheInstall()
{
    Inventory::HostRepository hosts(*m_db);
    HostTableModel model(hosts);
    QAbstractItemModelTester tester(&model);
    QVERIFY(model.reload());
    const QModelIndex cell = model.index(0, HostTableModel::Progress);
    QCOMPARE(cell.data().toString(), u"raid · 40%"_s);
    QCOMPARE(cell.data(HostTableModel::ProgressRole).toDouble(), 0.4);
    QCOMPARE(model.headerData(HostTableModel::Progress, Qt::Horizontal).toString(), u"Install"_s);

    Install::Progress done;
    done.stage = u"done"_s;
    QVERIFY(Install::InstallRepository(*m_db).progress(m_token, done));
    model.refreshHosts({ kHost });
    QCOMPARE(model.index(0, HostTableModel::Progress).data().toString(), u"done"_s);
    QCOMPARE(model.index(0, HostTableModel::Progress).data(HostTableModel::ProgressRole).toDouble(), -1.0);
    QCOMPARE(model.index(0, HostTableModel::State).data(HostTableModel::RawRole).toInt(), int(Inventory::HostState::Installed));
}

void TestHostTimeline::panelShowsTheTimeline()
{
    HostTimeline timeline(*m_db);
    timeline.showHost(kHost);
    QVERIFY(timeline.heading()->text().contains(u"db01"_s));
    QVERIFY(timeline.heading()->text().contains(u"raid 40%"_s));
    QStringList events;
    for (int i = 0; i < timeline.events()->topLevelItemCount(); ++i)
        events.append(timeline.events()->topLevelItem(i)->text(2));
    QCOMPARE(events.first(), Inventory::EventLog::kindLabel(u"inventory.created"_s));
    QVERIFY(events.contains(Inventory::EventLog::kindLabel(u"install.progress"_s)));
    QCOMPARE(events.last(), Inventory::EventLog::kindLabel(u"install.log"_s));
    QCOMPARE(timeline.events()->topLevelItem(events.indexOf(Inventory::EventLog::kindLabel(u"install.progress"_s)))->text(1),
             u"installer"_s);
    QStringList report;
    for (int i = 0; i < timeline.report()->topLevelItemCount(); ++i)
        report.append(timeline.report()->topLevelItem(i)->text(0) + u'=' + timeline.report()->topLevelItem(i)->text(1));
    QVERIFY2(report.contains(u"Disk vda=8.0 GiB"_s), qPrintable(report.join(u'|')));
    QVERIFY2(report.contains(u"NIC eth0=52:54:00:00:30:01, 1000 Mb/s, link up"_s), qPrintable(report.join(u'|')));
    QVERIFY2(report.contains(u"Memory=2.0 GiB"_s), qPrintable(report.join(u'|')));
    QCOMPARE(timeline.log()->toPlainText(), u"mdadm: cannot open /dev/sdb\n"_s);

    // A failure later on: refreshed in place.
    Install::Progress failed;
    failed.stage = u"failed"_s;
    failed.message = u"no disk for RAID 1"_s;
    QVERIFY(Install::InstallRepository(*m_db).progress(m_token, failed));
    timeline.refresh({ kHost });
    QVERIFY2(timeline.heading()->text().contains(u"no disk for RAID 1"_s), qPrintable(timeline.heading()->text()));
    timeline.showHost(MacAddress());
    QCOMPARE(timeline.events()->topLevelItemCount(), 0);
}

QTEST_MAIN(TestHostTimeline)
#include "tst_hosttimeline.moc"
