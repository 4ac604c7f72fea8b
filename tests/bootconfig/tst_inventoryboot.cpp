// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app's wiring of the netboot service to the inventory, on loopback with curl: an
// armed host's pxelinux config over TFTP names its profile's kernel and a kickstart URL on
// the HTTP port the system picked; the profile's kernel is served; the exchanges land on the
// host's timeline; another process disarming the host is seen through data_version.
#include "bootconfig/bootpolicy.h"
#include "bootconfig/eventrecorder.h"
#include "bootconfig/inventoryboot.h"
#include "bootconfig/snapshot.h"

#include "common/workspace.h"
#include "inventory/database.h"
#include "inventory/eventlog.h"
#include "inventory/hostrepository.h"
#include "inventory/profile.h"
#include "netboot/netbootservice.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::BootConfig;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// curl runs while the event loop turns, so the service's events reach the recorder.
QByteArray curl(const QString &url, int *exitCode)
{
    QProcess p;
    p.start(u"curl"_s, { u"-sS"_s, url });
    if (!p.waitForStarted()) {
        *exitCode = -1;
        return {};
    }
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < 30000)
        QTest::qWait(20);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

Netboot::ServiceConfig loopback()
{
    Netboot::ServiceConfig c;
    c.listen = QHostAddress::LocalHost;
    c.tftpPort = 0;
    c.httpPort = 0;
    return c;
}

const MacAddress kArmed = *MacAddress::parse(u"52:54:00:00:00:01"_s);

} // namespace

class TestInventoryBoot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void armedHostBootsItsProfile();
    void seesOtherProcessesChanges();
    void reservationsAreTheInventorysAddresses();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Workspace> m_workspace;
    std::unique_ptr<Inventory::Database> m_db;
};

void TestInventoryBoot::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"curl"_s).isEmpty(),
             "curl is missing: packaging/dev.sh test installs it (packaging/debian-test.txt)");
}

void TestInventoryBoot::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto workspace = Workspace::open(m_dir->filePath(u"ws"_s));
    QVERIFY(workspace);
    m_workspace = *workspace;
    auto db = Crashcart::Test::openDatabase(m_workspace->databasePath());
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(writeFile(m_workspace->path() + u"/images/vmlinuz"_s, "THE KERNEL"));
    QVERIFY(writeFile(m_workspace->path() + u"/images/initrd.img"_s, "THE INITRD"));
    QVERIFY(writeFile(m_workspace->path() + u"/ks/rhel9.ks"_s, "text\nnetwork --hostname={{ host.name }}\n"));
    QVERIFY(Inventory::ProfileRepository(*m_db).save({ u"rhel9"_s, {}, u"images/vmlinuz"_s, { u"images/initrd.img"_s },
                                                       u"console=ttyS0"_s, u"ks/rhel9.ks"_s }));
    Inventory::Host armed;
    armed.mac = kArmed;
    armed.hostname = u"web01"_s;
    armed.ip = u"10.0.0.21"_s;
    armed.profile = u"rhel9"_s;
    Inventory::Host idle;
    idle.mac = *MacAddress::parse(u"52:54:00:00:00:02"_s);
    idle.hostname = u"web02"_s;
    Inventory::HostRepository hosts(*m_db);
    QVERIFY(hosts.add(armed));
    QVERIFY(hosts.add(idle));
    auto changed = hosts.setArmed({ kArmed }, true);
    QVERIFY(changed);
    QCOMPARE(changed->size(), 1);
}

void TestInventoryBoot::cleanup()
{
    m_db.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestInventoryBoot::armedHostBootsItsProfile()
{
    InventoryBoot boot(*m_db, *m_workspace);
    QVERIFY(boot.reload());
    QCOMPARE(boot.snapshot()->hostCount(), 2);
    boot.recorder()->setFlushInterval(10);
    Netboot::NetbootService service(boot.content());
    boot.attach(service);
    QSignalSpy started(&service, &Netboot::NetbootService::started);
    QSignalSpy written(boot.recorder(), &EventRecorder::written);
    service.start(Netboot::ServerKind::Http, loopback());
    service.start(Netboot::ServerKind::Tftp, loopback());
    QTRY_COMPARE(started.size(), 2);
    const quint16 tftpPort = service.port(Netboot::ServerKind::Tftp);
    const quint16 httpPort = service.port(Netboot::ServerKind::Http);

    // Not armed: its disk. (First: a client is the last MAC it named, so the kernel below
    // goes on the armed host's timeline.)
    int exit = -1;
    QVERIFY(curl(u"tftp://127.0.0.1:%1/pxelinux.cfg/01-52-54-00-00-00-02"_s.arg(tftpPort), &exit).contains("LOCALBOOT 0"));
    const QByteArray config = curl(u"tftp://127.0.0.1:%1/pxelinux.cfg/01-52-54-00-00-00-01"_s.arg(tftpPort), &exit);
    QCOMPARE(exit, 0);
    QVERIFY2(config.contains("KERNEL profiles/rhel9/vmlinuz"), config.constData());
    QVERIFY2(config.contains("INITRD profiles/rhel9/initrd0.img"), config.constData());
    // The address and the port the HTTP server was given by the system, not the defaults.
    QVERIFY2(config.contains(u"inst.ks=http://127.0.0.1:%1/ks/52-54-00-00-00-01.cfg"_s.arg(httpPort).toLatin1()), config.constData());
    QVERIFY(config.contains("console=ttyS0"));

    QCOMPARE(curl(u"tftp://127.0.0.1:%1/profiles/rhel9/vmlinuz"_s.arg(tftpPort), &exit), QByteArray("THE KERNEL"));
    QCOMPARE(exit, 0);
    const QByteArray ks = curl(u"http://127.0.0.1:%1/ks/52-54-00-00-00-01.cfg"_s.arg(httpPort), &exit);
    QCOMPARE(exit, 0);
    QVERIFY2(ks.contains("network --hostname=web01"), ks.constData());

    // On the host's timeline, and the recorder says which hosts it wrote.
    QTRY_VERIFY(!written.isEmpty());
    const auto recorded = [this] {
        auto events = Inventory::EventLog(*m_db).forHost(kArmed);
        int tftp = 0, http = 0;
        for (const auto &e : events ? *events : QList<Inventory::Event>()) {
            tftp += e.kind == u"boot.tftp"_s;
            http += e.kind == u"boot.http"_s;
        }
        return tftp == 2 && http == 1;
    };
    QTRY_VERIFY(recorded());
    bool named = false;
    for (const auto &w : std::as_const(written))
        named = named || w.at(0).value<QList<MacAddress>>().contains(kArmed);
    QVERIFY(named);
}

void TestInventoryBoot::seesOtherProcessesChanges()
{
    InventoryBoot boot(*m_db, *m_workspace);
    QVERIFY(boot.reload());
    QVERIFY(installFor(*boot.snapshot(), kArmed));
    boot.watch(50);
    QSignalSpy reloaded(&boot, &InventoryBoot::reloaded);
    QTest::qWait(200);
    QCOMPARE(reloaded.size(), 0); // nothing changed: no reload

    // Another connection (as crashcart-cli would be) disarms the host.
    {
        auto other = Crashcart::Test::openDatabase(m_workspace->databasePath());
        QVERIFY(other);
        QVERIFY(Inventory::HostRepository(**other).setArmed({ kArmed }, false));
    }
    QTRY_VERIFY(!reloaded.isEmpty());
    QVERIFY(!installFor(*boot.snapshot(), kArmed));

    // This connection's own writes ask for a reload explicitly.
    QVERIFY(Inventory::HostRepository(*m_db).setArmed({ kArmed }, true));
    const qsizetype before = reloaded.size();
    boot.scheduleReload();
    boot.scheduleReload();
    QTRY_COMPARE(reloaded.size(), before + 1);
    QVERIFY(installFor(*boot.snapshot(), kArmed));
}

void TestInventoryBoot::reservationsAreTheInventorysAddresses()
{
    InventoryBoot boot(*m_db, *m_workspace);
    QVERIFY(boot.reload());
    const auto reservations = boot.content().reservations();
    QCOMPARE(reservations.size(), 1);
    QCOMPARE(reservations.value(kArmed), QHostAddress(u"10.0.0.21"_s));
}

QTEST_GUILESS_MAIN(TestInventoryBoot)
#include "tst_inventoryboot.moc"
