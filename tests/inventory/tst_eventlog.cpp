// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/database.h"
#include "inventory/eventlog.h"
#include "inventory/hostrepository.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::Inventory;
using namespace Qt::StringLiterals;

class TestEventLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendStampsHost();
    void labels();
};

void TestEventLog::appendStampsHost()
{
    QTemporaryDir tmp;
    auto db = Crashcart::Test::openDatabase(tmp.filePath(u"i.db"_s));
    QVERIFY(db.ok());
    HostRepository repo(**db);
    Host h;
    QVERIFY(h.setField(HostField::Mac, u"52:54:00:00:00:01"_s).ok());
    QVERIFY(repo.add(h).ok());
    EventLog log(**db);
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(4102444800000LL, Qt::UTC);
    QVERIFY(log.append(h.mac, u"netboot.dhcp"_s, u"offer"_s, at).ok());
    const auto events = log.forHost(h.mac);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->first().kind, u"netboot.dhcp"_s); // newest first
    QCOMPARE(events->first().message, u"offer"_s);
    QCOMPARE(events->first().at, at);
    const Host stored = **repo.find(h.mac);
    QCOMPARE(stored.lastEvent, u"netboot.dhcp"_s);
    QCOMPARE(stored.lastEventAt, at);
    QCOMPARE(log.forHost(h.mac, 1)->size(), 1);
}

void TestEventLog::labels()
{
    QVERIFY(EventLog::kindLabel(u"inventory.imported"_s) != u"inventory.imported"_s);
    QCOMPARE(EventLog::kindLabel(u"future.kind"_s), u"future.kind"_s);
}

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
