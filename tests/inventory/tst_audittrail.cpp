// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail on both engines: arming, disarming, cancelling an install, a power action
// and a profile change each leave one entry (written by the database's triggers, so SQL
// typed by hand is recorded too), nobody can change or delete one, and the reader filters
// by host and time.
#include "install/installrepository.h"
#include "inventory/audittrail.h"
#include "inventory/database.h"
#include "inventory/eventlog.h"
#include "inventory/hostrepository.h"
#include "inventory/profile.h"
#include "testdatabase.h"
#include "testhosts.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::Inventory;
using namespace Qt::StringLiterals;

class TestAuditTrail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void recordsEachAction();
    void appendOnly();
    void filters();

private:
    QStringList actions(const std::optional<MacAddress> &mac = std::nullopt, const QDateTime &since = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    const MacAddress m_a = *MacAddress::parse(u"52:54:00:cc:00:01"_s);
    const MacAddress m_b = *MacAddress::parse(u"52:54:00:cc:00:02"_s);
};

void TestAuditTrail::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Test::openDatabase(m_dir->filePath(u"i.db"_s));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    m_db = std::move(*db);
    Profile p;
    p.name = u"rhel9"_s;
    p.kernel = u"/srv/vmlinuz"_s;
    QVERIFY(ProfileRepository(*m_db).save(p).ok());
    for (const MacAddress &mac : { m_a, m_b }) {
        Host h = Test::makeHost(mac.toString());
        h.profile = u"rhel9"_s;
        QVERIFY(HostRepository(*m_db).add(h).ok());
    }
}

QStringList TestAuditTrail::actions(const std::optional<MacAddress> &mac, const QDateTime &since)
{
    auto entries = AuditTrail(*m_db).entries(mac, since);
    if (!entries)
        return { entries.error().message };
    QStringList out;
    for (const AuditEntry &e : std::as_const(*entries))
        out.append(e.action + u' ' + (e.mac.isNull() ? QString() : e.mac.toString()) + u' ' + e.detail);
    return out;
}

void TestAuditTrail::recordsEachAction()
{
    const QString a = m_a.toString();
    QCOMPARE(actions(), QStringList { u"profile  saved rhel9"_s });
    Install::InstallRepository installs(*m_db);
    QVERIFY(installs.arm({ m_a }, u"tester"_s).ok());
    QVERIFY(installs.disarm({ m_a }, u"cancelled"_s, Install::InstallState::Cancelled).ok());
    QVERIFY(EventLog(*m_db).append(m_a, u"bmc.power"_s, u"cycle"_s).ok());
    QVERIFY(EventLog(*m_db).append(m_a, u"boot.dhcp"_s).ok()); // not a person's action
    QVERIFY(ProfileRepository(*m_db).remove(u"rhel9"_s).ok());
    // Hand-written SQL is recorded as well.
    QVERIFY(m_db->exec(u"UPDATE hosts SET state = 'ready' WHERE mac = '"_s + m_b.toString() + u"'"_s).ok());
    QCOMPARE(actions(), (QStringList { u"profile  saved rhel9"_s, u"arm "_s + a + u" rhel9"_s, u"disarm "_s + a + u" "_s,
                                       u"cancel "_s + a + u" cancelled"_s, u"power "_s + a + u" cycle"_s,
                                       u"profile  removed rhel9"_s, u"arm "_s + m_b.toString() + u" rhel9"_s }));
    auto entries = AuditTrail(*m_db).entries();
    QVERIFY(entries.ok());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const AuditEntry &e : std::as_const(*entries)) {
        QVERIFY(qAbs(e.at.toMSecsSinceEpoch() - now) < 60'000);
        // On PostgreSQL the role that did it (the test cluster's superuser here).
        QCOMPARE(e.user, Test::onPostgres() ? u"crashcart"_s : QString());
    }
}

void TestAuditTrail::appendOnly()
{
    QVERIFY(HostRepository(*m_db).setArmed({ m_a }, true).ok());
    QCOMPARE(actions().size(), 2);
    // Not even the owner of the tables.
    QVERIFY(!m_db->exec(u"UPDATE audit SET db_user = 'someone else'"_s).ok());
    QVERIFY(!m_db->exec(u"DELETE FROM audit"_s).ok());
    if (Test::onPostgres())
        QVERIFY(!m_db->exec(u"TRUNCATE audit"_s).ok());
    QCOMPARE(actions().size(), 2);
}

void TestAuditTrail::filters()
{
    QVERIFY(HostRepository(*m_db).setArmed({ m_a }, true).ok());
    QVERIFY(HostRepository(*m_db).setArmed({ m_b }, true).ok());
    QCOMPARE(actions(m_b), QStringList { u"arm "_s + m_b.toString() + u" rhel9"_s });
    QCOMPARE(actions(std::nullopt, QDateTime::currentDateTimeUtc().addSecs(3600)), QStringList());
    QCOMPARE(actions(m_a, QDateTime::currentDateTimeUtc().addSecs(-3600)).size(), 1);
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
