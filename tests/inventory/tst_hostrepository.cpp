// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/database.h"
#include "inventory/eventlog.h"
#include "inventory/hostrepository.h"

#include <QTemporaryDir>
#include <QTest>

#include "testhosts.h"
#include "testdatabase.h"

using namespace Crashcart;
using namespace Crashcart::Inventory;
using namespace Qt::StringLiterals;
using Crashcart::Test::makeHost;

class TestHostRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addFindAll();
    void addRefusesDuplicates_data();
    void addRefusesDuplicates();
    void updateKeepsAndMovesKeys();
    void updateRefusesConflict();
    void updateAllIsAtomic();
    void swapHostnamesInOneUpdate();
    void remove();
    void importAllAtomic();
    void importCancelled();
    void armAndDisarm();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HostRepository> m_repo;
};

void TestHostRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Crashcart::Test::openDatabase(m_dir->filePath(u"i.db"_s));
    QVERIFY(db.ok());
    m_db = std::move(*db);
    m_repo = std::make_unique<HostRepository>(*m_db);
    QVERIFY(m_repo->add(makeHost(u"52:54:00:00:00:01"_s, u"web01"_s, u"10.0.0.1"_s)).ok());
    QVERIFY(m_repo->add(makeHost(u"52:54:00:00:00:02"_s, u"web02"_s)).ok());
}

void TestHostRepository::cleanup()
{
    m_repo.reset();
    m_db.reset();
    m_dir.reset();
}

void TestHostRepository::addFindAll()
{
    Host h = makeHost(u"52:54:00:00:00:03"_s, u"db01"_s, u"2001:db8::3"_s);
    h.profile = u"rhel9"_s;
    h.bmcAddress = u"10.9.0.3"_s;
    h.bmcType = u"ipmi"_s;
    h.tags = { u"a"_s, u"k=v"_s };
    h.notes = QString::fromUtf8("备注\nsecond");
    QVERIFY(m_repo->add(h).ok());
    auto found = m_repo->find(h.mac);
    QVERIFY(found.ok() && found->has_value());
    const Host &stored = **found;
    QCOMPARE(stored.hostname, h.hostname);
    QCOMPARE(stored.ip, h.ip);
    QCOMPARE(stored.profile, h.profile);
    QCOMPARE(stored.bmcAddress, h.bmcAddress);
    QCOMPARE(stored.bmcType, h.bmcType);
    QCOMPARE(stored.tags, h.tags);
    QCOMPARE(stored.notes, h.notes);
    QCOMPARE(stored.state, HostState::New);
    QCOMPARE(stored.lastEvent, u"inventory.created"_s);
    QVERIFY(stored.lastEventAt.isValid());
    QCOMPARE(*m_repo->count(), 3);
    QCOMPARE(m_repo->all()->size(), 3);
    auto missing = m_repo->find(*MacAddress::parse(u"52:54:00:00:00:09"));
    QVERIFY(missing.ok() && !missing->has_value());
}

void TestHostRepository::addRefusesDuplicates_data()
{
    QTest::addColumn<QString>("mac");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("code");
    QTest::newRow("mac") << u"52-54-00-00-00-01"_s << u"other"_s << QString() << u"host.duplicate.mac"_s;
    QTest::newRow("hostname") << u"52:54:00:00:00:05"_s << u"WEB01"_s << QString() << u"host.duplicate.hostname"_s;
    QTest::newRow("ip") << u"52:54:00:00:00:05"_s << u"x"_s << u"10.0.0.1"_s << u"host.duplicate.ip"_s;
}

void TestHostRepository::addRefusesDuplicates()
{
    QFETCH(QString, mac);
    QFETCH(QString, name);
    QFETCH(QString, ip);
    QFETCH(QString, code);
    auto r = m_repo->add(makeHost(mac, name, ip));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QVERIFY2(r.error().message.contains(u"52:54:00:00:00:01"_s), qPrintable(r.error().message));
    QCOMPARE(*m_repo->count(), 2);
}

void TestHostRepository::updateKeepsAndMovesKeys()
{
    const MacAddress original = *MacAddress::parse(u"52:54:00:00:00:01");
    Host h = **m_repo->find(original);
    h.notes = u"edited"_s;
    { auto r = m_repo->update(original, h); QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message)); } // same keys: no conflict with itself
    h.mac = *MacAddress::parse(u"52:54:00:00:00:11");
    QVERIFY(m_repo->update(original, h).ok()); // NIC replaced: the MAC changes
    QVERIFY(!m_repo->find(original)->has_value());
    auto moved = m_repo->find(h.mac);
    QVERIFY(moved->has_value());
    QCOMPARE((*moved)->notes, u"edited"_s);
    QCOMPARE((*moved)->lastEvent, u"inventory.edited"_s);
    // The timeline moved with the host.
    EventLog log(*m_db);
    QCOMPARE(log.forHost(h.mac)->size(), 3);
    QCOMPARE(log.forHost(original)->size(), 0);
}

void TestHostRepository::updateRefusesConflict()
{
    const MacAddress mac2 = *MacAddress::parse(u"52:54:00:00:00:02");
    Host h = **m_repo->find(mac2);
    h.ip = u"10.0.0.1"_s;
    auto r = m_repo->update(mac2, h);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"host.duplicate.ip"_s);
    QCOMPARE((**m_repo->find(mac2)).ip, QString());
}

void TestHostRepository::updateAllIsAtomic()
{
    QList<Host> hosts = *m_repo->all();
    hosts[0].profile = u"p"_s;
    hosts[1].profile = u"p"_s;
    hosts[1].hostname = u"web01"_s; // collides with hosts[0]
    QVERIFY(!m_repo->updateAll(hosts).ok());
    for (const Host &h : *m_repo->all())
        QCOMPARE(h.profile, QString());
}

void TestHostRepository::swapHostnamesInOneUpdate()
{
    QList<Host> hosts = *m_repo->all();
    std::swap(hosts[0].hostname, hosts[1].hostname);
    QVERIFY(m_repo->updateAll(hosts).ok());
    const QList<Host> after = *m_repo->all();
    QCOMPARE(after[0].hostname, u"web02"_s);
    QCOMPARE(after[1].hostname, u"web01"_s);
}

void TestHostRepository::remove()
{
    QVERIFY(m_repo->remove({ *MacAddress::parse(u"52:54:00:00:00:01") }).ok());
    QCOMPARE(*m_repo->count(), 1);
    // Its keys are free again.
    QVERIFY(m_repo->add(makeHost(u"52:54:00:00:00:07"_s, u"web01"_s, u"10.0.0.1"_s)).ok());
}

void TestHostRepository::importAllAtomic()
{
    QList<Host> hosts;
    for (int i = 0; i < 1000; ++i)
        hosts.append(makeHost(QStringLiteral("02:00:00:00:%1:%2").arg(i >> 8, 2, 16, QLatin1Char('0')).arg(i & 0xff, 2, 16, QLatin1Char('0'))));
    // The last row collides with a stored host: the database refuses it, and the rows
    // before it must not stay behind.
    hosts.append(makeHost(u"52:54:00:00:00:01"_s));
    auto r = m_repo->importAll(hosts);
    QVERIFY(!r.ok());
    QCOMPARE(*m_repo->count(), 2);
    hosts.removeLast();
    r = m_repo->importAll(hosts);
    QVERIFY(r.ok());
    QCOMPARE(*r, 1000);
    QCOMPARE(*m_repo->count(), 1002);
    QCOMPARE((**m_repo->find(hosts[5].mac)).lastEvent, u"inventory.imported"_s);
}

void TestHostRepository::importCancelled()
{
    QList<Host> hosts;
    for (int i = 0; i < 2000; ++i)
        hosts.append(makeHost(QStringLiteral("02:00:00:00:%1:%2").arg(i >> 8, 2, 16, QLatin1Char('0')).arg(i & 0xff, 2, 16, QLatin1Char('0'))));
    auto r = m_repo->importAll(hosts, [](int done) { return done < 1000; });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"import.cancelled"_s);
    QCOMPARE(*m_repo->count(), 2);
}

void TestHostRepository::armAndDisarm()
{
    const MacAddress a = *MacAddress::parse(u"52:54:00:00:00:01"_s);
    const MacAddress b = *MacAddress::parse(u"52:54:00:00:00:02"_s);
    Host withProfile = **m_repo->find(a);
    withProfile.profile = u"rhel9"_s;
    QVERIFY(m_repo->update(a, withProfile).ok());

    // A host without a profile is refused by name, and nothing is armed.
    auto refused = m_repo->setArmed({ a, b }, true);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, u"host.noprofile"_s);
    QVERIFY2(refused.error().message.contains(u"web02 (52:54:00:00:00:02)"_s), qPrintable(refused.error().message));
    QVERIFY(!refused.error().message.contains(u"web01"_s));
    QCOMPARE((*m_repo->find(a))->state, HostState::New);

    auto armed = m_repo->setArmed({ a }, true);
    QVERIFY(armed.ok());
    QCOMPARE(*armed, QList<MacAddress> { a });
    const Host stored = **m_repo->find(a);
    QCOMPARE(stored.state, HostState::Ready);
    QCOMPARE(stored.lastEvent, u"inventory.armed"_s);
    auto events = EventLog(*m_db).forHost(a);
    QVERIFY(events.ok());
    QCOMPARE(events->first().kind, u"inventory.armed"_s); // newest first

    // Disarming skips what was not armed.
    auto disarmed = m_repo->setArmed({ a, b }, false);
    QVERIFY(disarmed.ok());
    QCOMPARE(*disarmed, QList<MacAddress> { a });
    QCOMPARE((*m_repo->find(a))->state, HostState::New);
    QCOMPARE((*m_repo->find(a))->lastEvent, u"inventory.disarmed"_s);
    QCOMPARE((*m_repo->find(b))->lastEvent, u"inventory.created"_s);
}

QTEST_GUILESS_MAIN(TestHostRepository)
#include "tst_hostrepository.moc"
