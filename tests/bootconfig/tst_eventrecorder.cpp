// SPDX-License-Identifier: GPL-3.0-or-later
#include "bootconfig/eventrecorder.h"
#include "bootconfig/snapshot.h"
#include "inventory/database.h"
#include "inventory/eventlog.h"
#include "inventory/hostrepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::BootConfig;
using namespace Qt::StringLiterals;

namespace {

MacAddress mac(const char *text)
{
    return *MacAddress::parse(QString::fromLatin1(text));
}

} // namespace

class TestEventRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void recordsEachExchangeOnTheHost();
    void resolvesClients_data();
    void resolvesClients();
    void readsTheArpTable();
    void writesInBatches();
    void recordsSyslogLines_data();
    void recordsSyslogLines();
    void syslogFindsTheHost();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Inventory::Database> m_db;
    SnapshotHolder m_snapshots;
};

void TestEventRecorder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Crashcart::Test::openDatabase(m_dir->filePath(u"crashcart.db"_s));
    QVERIFY(db);
    m_db = std::move(*db);
    Inventory::Host h;
    h.mac = mac("52:54:00:00:00:01");
    h.hostname = u"web01"_s;
    h.ip = u"10.0.0.21"_s;
    QVERIFY(Inventory::HostRepository(*m_db).add(h));
    auto snapshot = Snapshot::load(*m_db);
    QVERIFY(snapshot);
    m_snapshots.set(*snapshot);
}

void TestEventRecorder::recordsEachExchangeOnTheHost()
{
    EventRecorder recorder(*m_db, m_snapshots);
    recorder.setNeighbourLookup([](const QHostAddress &) { return MacAddress(); });
    QSignalSpy live(&recorder, &EventRecorder::recorded);
    const QHostAddress client(u"10.0.0.21"_s);
    recorder.dhcpAnswered(mac("52:54:00:00:00:01"), 7, "snponly.efi", false);
    recorder.tftpStarted(1, client, u"snponly.efi"_s);
    recorder.tftpFinished(1, true, {}, 173792, 32, 3);
    recorder.tftpStarted(2, client, u"profiles/rhel9/vmlinuz"_s);
    recorder.tftpFinished(2, false, u"timed out"_s, 4096, 5000);
    recorder.tftpStarted(3, client, u"pxelinux.0"_s); // done, the last ACK lost
    recorder.tftpFinished(3, true, u"the last block never acknowledged"_s, 42430, 3000, 9);
    recorder.tftpRefused(client, u"../etc/passwd"_s, u"outside the root"_s);
    recorder.httpAccessed(client, {}, "GET", u"/ks/52-54-00-00-00-01.cfg"_s, 200, 512);
    QCOMPARE(live.count(), 6);
    recorder.flush();

    auto events = Inventory::EventLog(*m_db).forHost(mac("52:54:00:00:00:01"));
    QVERIFY(events);
    QStringList kinds;
    for (const auto &e : *events) {
        if (e.kind.startsWith(u"boot."_s))
            kinds.append(e.kind);
    }
    std::sort(kinds.begin(), kinds.end());
    QCOMPARE(kinds, (QStringList { u"boot.dhcp"_s, u"boot.http"_s, u"boot.refused"_s, u"boot.tftp"_s, u"boot.tftp"_s,
                                   u"boot.tftp-failed"_s }));
    // A transfer that had to resend says how often: a lossy link shows on the timeline.
    const auto tftp = std::find_if(events->cbegin(), events->cend(), [](const auto &e) {
        return e.kind == u"boot.tftp"_s && e.message.startsWith(u"snponly.efi"_s);
    });
    QVERIFY(tftp != events->cend());
    QCOMPARE(tftp->message, u"snponly.efi 173792 bytes 32 ms, 3 retransmits"_s);
    // Done with the last ACK missing says so.
    const auto unconfirmed = std::find_if(events->cbegin(), events->cend(), [](const auto &e) {
        return e.kind == u"boot.tftp"_s && e.message.startsWith(u"pxelinux.0"_s);
    });
    QVERIFY(unconfirmed != events->cend());
    QCOMPARE(unconfirmed->message, u"pxelinux.0 42430 bytes 3000 ms, 9 retransmits (the last block never acknowledged)"_s);
    auto host = Inventory::HostRepository(*m_db).find(mac("52:54:00:00:00:01"));
    QVERIFY(host && *host);
    QVERIFY((*host)->lastEvent.startsWith(u"boot."_s));
}

void TestEventRecorder::resolvesClients_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected"); // empty: unknown
    QTest::newRow("inventory ip") << u"10.0.0.21"_s << u"pxelinux.0"_s << u"52:54:00:00:00:01"_s;
    QTest::newRow("v4-mapped inventory ip") << u"::ffff:10.0.0.21"_s << u"pxelinux.0"_s << u"52:54:00:00:00:01"_s;
    QTest::newRow("pxelinux name") << u"10.0.0.99"_s << u"pxelinux.cfg/01-52-54-00-00-00-07"_s << u"52:54:00:00:00:07"_s;
    QTest::newRow("grub name") << u"10.0.0.99"_s << u"grub/grub.cfg-01-52:54:00:00:00:08"_s << u"52:54:00:00:00:08"_s;
    QTest::newRow("ipxe name") << u"10.0.0.99"_s << u"/ipxe/52-54-00-00-00-09.ipxe"_s << u"52:54:00:00:00:09"_s;
    QTest::newRow("neighbour table") << u"10.0.0.77"_s << u"pxelinux.0"_s << u"52:54:00:00:00:77"_s;
    QTest::newRow("nobody") << u"10.0.0.78"_s << u"pxelinux.0"_s << QString();
    QTest::newRow("no mac in a path of hex") << u"10.0.0.78"_s << u"aa-bb-cc/dd"_s << QString();
}

void TestEventRecorder::resolvesClients()
{
    QFETCH(QString, client);
    QFETCH(QString, file);
    QFETCH(QString, expected);
    EventRecorder recorder(*m_db, m_snapshots);
    recorder.setNeighbourLookup([](const QHostAddress &a) {
        return a == QHostAddress(u"10.0.0.77"_s) ? mac("52:54:00:00:00:77") : MacAddress();
    });
    const MacAddress got = recorder.resolve(QHostAddress(client), file);
    QCOMPARE(got.isNull() ? QString() : got.toString(), expected);
}

void TestEventRecorder::readsTheArpTable()
{
    const QString path = m_dir->filePath(u"arp"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("IP address       HW type     Flags       HW address            Mask     Device\n"
            "10.0.0.5         0x1         0x2         52:54:00:12:34:56     *        br0\n"
            "10.0.0.6         0x1         0x0         00:00:00:00:00:00     *        br0\n"
            "garbage\n");
    f.close();
    QCOMPARE(Netboot::NeighbourCache(path).lookup(QHostAddress(u"10.0.0.5"_s)), mac("52:54:00:12:34:56"));
    QVERIFY(Netboot::NeighbourCache(path).lookup(QHostAddress(u"10.0.0.6"_s)).isNull()); // incomplete entry
    QVERIFY(Netboot::NeighbourCache(path).lookup(QHostAddress(u"10.0.0.7"_s)).isNull());
    QVERIFY(Netboot::NeighbourCache(m_dir->filePath(u"missing"_s)).lookup(QHostAddress(u"10.0.0.5"_s)).isNull());
}

void TestEventRecorder::writesInBatches()
{
    EventRecorder recorder(*m_db, m_snapshots);
    recorder.setFlushInterval(50);
    for (int i = 0; i < 500; ++i)
        recorder.httpAccessed(QHostAddress(u"10.0.0.21"_s), {}, "GET", u"/repo/file%1"_s.arg(i), 200, 1);
    // Nothing is written until the timer fires, then all of it in one go.
    QTRY_COMPARE(Inventory::EventLog(*m_db).forHost(mac("52:54:00:00:00:01"), 1000)->size(), 501); // + "created"
}

void TestEventRecorder::recordsSyslogLines_data()
{
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("recorded"); // empty: not on the timeline
    QTest::addColumn<QString>("stage");    // empty: no progress
    QTest::addColumn<int>("percent");      // -1: none
    QTest::newRow("error") << 3 << u"Failed to mount /dev/sda1"_s << u"err anaconda: Failed to mount /dev/sda1"_s << QString() << -1;
    QTest::newRow("warning") << 4 << u"disk is small"_s << u"warning anaconda: disk is small"_s << QString() << -1;
    QTest::newRow("notice") << 5 << u"a notice"_s << u"notice anaconda: a notice"_s << QString() << -1;
    QTest::newRow("info is left out") << 6 << u"Setting up the installation environment"_s << QString() << QString() << -1;
    QTest::newRow("debug is left out") << 7 << u"probing"_s << QString() << QString() << -1;
    QTest::newRow("info with progress") << 6 << u"Installing bash.x86_64 (12/345)"_s
                                        << u"info anaconda: Installing bash.x86_64 (12/345)"_s << u"install"_s << 3;
    QTest::newRow("debug with progress") << 7 << u"Running post-installation scripts"_s
                                         << u"debug anaconda: Running post-installation scripts"_s << u"post"_s << -1;
}

void TestEventRecorder::recordsSyslogLines()
{
    QFETCH(int, severity);
    QFETCH(QString, text);
    QFETCH(QString, recorded);
    QFETCH(QString, stage);
    QFETCH(int, percent);
    EventRecorder recorder(*m_db, m_snapshots);
    recorder.setNeighbourLookup([](const QHostAddress &) { return MacAddress(); });
    QSignalSpy live(&recorder, &EventRecorder::recorded);
    QSignalSpy progress(&recorder, &EventRecorder::syslogProgress);
    Netboot::Syslog::Message m;
    m.severity = severity;
    m.app = u"anaconda"_s;
    m.text = text;
    QCOMPARE(recorder.syslogReceived(QHostAddress(u"10.0.0.21"_s), {}, m), mac("52:54:00:00:00:01"));
    recorder.flush();

    QStringList syslog;
    for (const auto &e : *Inventory::EventLog(*m_db).forHost(mac("52:54:00:00:00:01"))) {
        if (e.kind == u"install.syslog"_s)
            syslog.append(e.message);
    }
    QCOMPARE(syslog, recorded.isEmpty() ? QStringList() : QStringList { recorded });
    QCOMPARE(live.size(), recorded.isEmpty() ? 0 : 1);
    QCOMPARE(progress.size(), stage.isEmpty() ? 0 : 1);
    if (!stage.isEmpty()) {
        QCOMPARE(progress.at(0).at(0).value<MacAddress>(), mac("52:54:00:00:00:01"));
        QCOMPARE(progress.at(0).at(1).toString(), stage);
        const auto got = progress.at(0).at(2).value<std::optional<int>>();
        QCOMPARE(got.value_or(-1), percent);
    }
}

void TestEventRecorder::syslogFindsTheHost()
{
    EventRecorder recorder(*m_db, m_snapshots);
    recorder.setNeighbourLookup([](const QHostAddress &a) {
        return a == QHostAddress(u"10.0.0.77"_s) ? mac("52:54:00:00:00:77") : MacAddress();
    });
    Netboot::Syslog::Message m;
    m.severity = 3;
    m.text = u"x"_s;
    // A host that fetched its loader config by name is known by its address from then on.
    recorder.tftpRefused(QHostAddress(u"10.0.0.90"_s), u"pxelinux.cfg/01-52-54-00-00-00-90"_s, u"missing"_s);
    QCOMPARE(recorder.syslogReceived(QHostAddress(u"10.0.0.90"_s), {}, m), mac("52:54:00:00:00:90"));
    QCOMPARE(recorder.syslogReceived(QHostAddress(u"10.0.0.21"_s), {}, m), mac("52:54:00:00:00:01")); // inventory
    QCOMPARE(recorder.syslogReceived(QHostAddress(u"10.0.0.77"_s), {}, m), mac("52:54:00:00:00:77")); // neighbours
    // The service's own neighbour lookup when the recorder knows nothing.
    QCOMPARE(recorder.syslogReceived(QHostAddress(u"10.0.0.78"_s), mac("52:54:00:00:00:78"), m), mac("52:54:00:00:00:78"));
    QVERIFY(recorder.syslogReceived(QHostAddress(u"10.0.0.79"_s), {}, m).isNull());
}

QTEST_GUILESS_MAIN(TestEventRecorder)
#include "tst_eventrecorder.moc"
