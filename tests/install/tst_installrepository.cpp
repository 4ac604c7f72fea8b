// SPDX-License-Identifier: GPL-3.0-or-later
// Installs as records: arming starts one with a fresh token, re-arming replaces it, progress
// moves it (Ready -> Installing -> Installed | Failed) and the host's state with it, replays
// count once, ended installs take no more callbacks, silence past the profile's timeout fails
// it, and disarming cancels it. The progress body's rules are checked row by row. Anaconda's
// syslog moves only a running install, and never lowers its percent.
#include "install/installrepository.h"

#include "inventory/database.h"
#include "inventory/eventlog.h"
#include "inventory/hostrepository.h"
#include "inventory/profile.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::Install;
using namespace Qt::StringLiterals;

namespace {
const MacAddress kHost = *MacAddress::parse(u"52:54:00:00:10:01"_s);
}

class TestInstallRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void armingStartsAnInstall();
    void progressMovesItAlong();
    void replaysCountOnce();
    void endedInstallsRefuseCallbacks();
    void failedAndStalled();
    void disarmCancels();
    void reportAndLog();
    void adoptsArmedHosts();
    void syslogProgress();
    void parsesProgress_data();
    void parsesProgress();
    void tokens();

private:
    QList<QString> kinds() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Inventory::Database> m_db;
};

void TestInstallRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Crashcart::Test::openDatabase(m_dir->filePath(u"i.db"_s));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(Inventory::ProfileRepository(*m_db).save({ u"rhel9"_s, {}, u"vmlinuz"_s, {}, {}, {} }));
    Inventory::Host h;
    h.mac = kHost;
    h.hostname = u"web01"_s;
    h.profile = u"rhel9"_s;
    QVERIFY(Inventory::HostRepository(*m_db).add(h));
}

void TestInstallRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QList<QString> TestInstallRepository::kinds() const
{
    QList<QString> out;
    auto events = Inventory::EventLog(*m_db).forHost(kHost);
    for (auto it = events->crbegin(); it != events->crend(); ++it)
        out.append(it->kind);
    return out;
}

void TestInstallRepository::armingStartsAnInstall()
{
    InstallRepository installs(*m_db);
    QVERIFY(installs.arm({ kHost }, u"alice"_s));
    auto first = installs.latest(kHost);
    QVERIFY(first && *first);
    QCOMPARE((*first)->state, InstallState::Ready);
    QCOMPARE((*first)->profile, u"rhel9"_s);
    QCOMPARE((*first)->armedBy, u"alice"_s);
    QVERIFY(isTokenShaped((*first)->token));
    QCOMPARE((*Inventory::HostRepository(*m_db).find(kHost))->state, Inventory::HostState::Ready);

    // Armed again: a new attempt, a new token; the old one stays as history, cancelled.
    QVERIFY(installs.arm({ kHost }, u"bob"_s));
    auto all = installs.forHost(kHost);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).state, InstallState::Cancelled);
    QCOMPARE(all->at(0).outcome, u"rearmed"_s);
    QCOMPARE(all->at(1).state, InstallState::Ready);
    QVERIFY(all->at(0).token != all->at(1).token);
    QCOMPARE(installs.running()->size(), 1);

    // A host without a profile: refused whole, nothing started.
    Inventory::Host bare;
    bare.mac = *MacAddress::parse(u"52:54:00:00:10:02"_s);
    QVERIFY(Inventory::HostRepository(*m_db).add(bare));
    QVERIFY(!installs.arm({ bare.mac }, u"alice"_s));
    QVERIFY(!*installs.latest(bare.mac));
}

void TestInstallRepository::progressMovesItAlong()
{
    InstallRepository installs(*m_db);
    QVERIFY(installs.arm({ kHost }, u"alice"_s));
    const QString token = (*installs.latest(kHost))->token;
    Progress p;
    p.stage = u"pre"_s;
    p.percent = 5;
    auto v = installs.progress(token, p);
    QVERIFY(v);
    QCOMPARE(v->status, 200);
    QCOMPARE(v->mac, kHost);
    auto now = *installs.latest(kHost);
    QCOMPARE(now->state, InstallState::Installing);
    QCOMPARE(now->stage, u"pre"_s);
    QCOMPARE(now->percent, 5);
    QCOMPARE((*Inventory::HostRepository(*m_db).find(kHost))->state, Inventory::HostState::Installing);

    p.stage = u"custom-stage"_s; // unknown stages are kept as given
    p.percent = -1;
    QVERIFY(installs.progress(token, p));
    QCOMPARE((*installs.latest(kHost))->stage, u"custom-stage"_s);
    QCOMPARE((*installs.latest(kHost))->percent, 5);

    p.stage = u"done"_s;
    p.status = u"ok"_s;
    v = installs.progress(token, p);
    QVERIFY(v && v->ended);
    now = *installs.latest(kHost);
    QCOMPARE(now->state, InstallState::Installed);
    QCOMPARE(now->percent, 100);
    QVERIFY(now->endedAt.isValid());
    QCOMPARE((*Inventory::HostRepository(*m_db).find(kHost))->state, Inventory::HostState::Installed);
    QCOMPARE(kinds(), (QList<QString> { u"inventory.created"_s, u"inventory.armed"_s, u"install.armed"_s, u"install.started"_s,
                                        u"install.progress"_s, u"install.progress"_s, u"install.progress"_s, u"install.done"_s }));
}

void TestInstallRepository::replaysCountOnce()
{
    InstallRepository installs(*m_db);
    QVERIFY(installs.arm({ kHost }, u"alice"_s));
    const QString token = (*installs.latest(kHost))->token;
    Progress p;
    p.id = u"pre-running"_s;
    p.stage = u"pre"_s;
    QCOMPARE(installs.progress(token, p)->status, 200);
    const qsizetype before = kinds().size();
    QCOMPARE(installs.progress(token, p)->status, 200); // acknowledged...
    QCOMPARE(kinds().size(), before);                    // ...not recorded again
    // Without an id: the same event twice in a row is one event.
    Progress q;
    q.stage = u"raid"_s;
    q.message = u"md0 created"_s;
    QVERIFY(installs.progress(token, q));
    QVERIFY(installs.progress(token, q));
    QCOMPARE(kinds().size(), before + 1);
}

void TestInstallRepository::endedInstallsRefuseCallbacks()
{
    InstallRepository installs(*m_db);
    QVERIFY(installs.arm({ kHost }, u"alice"_s));
    const QString old = (*installs.latest(kHost))->token;
    QVERIFY(installs.arm({ kHost }, u"alice"_s)); // the first attempt ended
    Progress p;
    p.stage = u"pre"_s;
    auto v = installs.progress(old, p);
    QVERIFY(v);
    QCOMPARE(v->status, 404);
    QCOMPARE(v->mac, kHost);
    QCOMPARE(kinds().last(), u"install.refused"_s);
    QCOMPARE((*installs.latest(kHost))->state, InstallState::Ready); // the running one untouched
    v = installs.progress(u"0123456789abcdef0123456789abcdef"_s, p);
    QCOMPARE(v->status, 404);
    QVERIFY(v->mac.isNull());
    QVERIFY(installs.storeReport(old, "{}").value().status == 404);
    QVERIFY(installs.storeLog(old, u"x"_s).value().status == 404);
}

void TestInstallRepository::failedAndStalled()
{
    InstallRepository installs(*m_db);
    QVERIFY(installs.arm({ kHost }, u"alice"_s));
    Progress p;
    p.stage = u"failed"_s;
    p.status = u"error"_s;
    p.message = u"disk not found"_s;
    QVERIFY(installs.progress((*installs.latest(kHost))->token, p)->ended);
    QCOMPARE((*installs.latest(kHost))->state, InstallState::Failed);
    QCOMPARE((*installs.latest(kHost))->outcome, u"failed: disk not found"_s);
    QCOMPARE((*Inventory::HostRepository(*m_db).find(kHost))->state, Inventory::HostState::Failed);

    // Silent past the profile's timeout (1 minute here): failed, saying what was heard last.
    Inventory::Profile profile = *(*Inventory::ProfileRepository(*m_db).find(u"rhel9"_s));
    profile.installTimeoutMinutes = 1;
    QVERIFY(Inventory::ProfileRepository(*m_db).save(profile));
    QVERIFY(installs.arm({ kHost }, u"alice"_s));
    p = Progress();
    p.stage = u"install"_s;
    p.percent = 40;
    QVERIFY(installs.progress((*installs.latest(kHost))->token, p));
    QVERIFY(installs.failStalled(QDateTime::currentDateTimeUtc().addSecs(30))->isEmpty());
    const auto stalled = installs.failStalled(QDateTime::currentDateTimeUtc().addSecs(90));
    QCOMPARE(*stalled, QList<MacAddress> { kHost });
    QCOMPARE((*installs.latest(kHost))->state, InstallState::Failed);
    QCOMPARE((*installs.latest(kHost))->outcome, u"stalled: install running 40%"_s);
    QCOMPARE(outcomeLabel((*installs.latest(kHost))->outcome), u"Stalled after install running 40%"_s);
}

void TestInstallRepository::disarmCancels()
{
    InstallRepository installs(*m_db);
    QVERIFY(installs.arm({ kHost }, u"alice"_s));
    const QString token = (*installs.latest(kHost))->token;
    QVERIFY(installs.disarm({ kHost }, u"cancelled: alice"_s));
    QCOMPARE((*installs.latest(kHost))->state, InstallState::Cancelled);
    QCOMPARE((*Inventory::HostRepository(*m_db).find(kHost))->state, Inventory::HostState::New);
    QCOMPARE(outcomeLabel((*installs.latest(kHost))->outcome), u"Cancelled by alice"_s);
    Progress p;
    p.stage = u"pre"_s;
    QCOMPARE(installs.progress(token, p)->status, 404);
}

void TestInstallRepository::reportAndLog()
{
    InstallRepository installs(*m_db);
    QVERIFY(installs.arm({ kHost }, u"alice"_s));
    const Install::Install i = **installs.latest(kHost);
    const QByteArray report = R"({"disks":[{"name":"vda","bytes":8589934592}],"nics":[{"mac":"52:54:00:00:10:01"}]})";
    QCOMPARE(installs.storeReport(i.token, report)->status, 200);
    QCOMPARE(*installs.report(i.id), report);
    QCOMPARE(installs.storeLog(i.token, u"line 1\nline 2\n"_s)->status, 200);
    QCOMPARE(*installs.log(i.id), u"line 1\nline 2\n"_s);
    QVERIFY((*installs.latest(kHost))->hasReport);
    QVERIFY((*installs.latest(kHost))->hasLog);
    // Posted again after Crashcart was killed before it answered: acknowledged, recorded once.
    const qsizetype before = kinds().size();
    const auto again = installs.storeReport(i.token, report);
    QCOMPARE(again->status, 200);
    QVERIFY(!again->message.isEmpty()); // answered as a replay
    QCOMPARE(installs.storeLog(i.token, u"line 1\nline 2\n"_s)->status, 200);
    QCOMPARE(kinds().size(), before);
    // Another report is news, and so is the first one after it.
    QVERIFY(installs.storeReport(i.token, R"({"disks":[]})").value().message.isEmpty());
    QVERIFY(installs.storeReport(i.token, report).value().message.isEmpty());
    QCOMPARE(kinds().size(), before + 2);
    QCOMPARE(*installs.report(i.id), report);
    QVERIFY(checkReport("[1,2]").error().message.contains(u"object"_s));
    QVERIFY(!checkReport("{"));
}

void TestInstallRepository::adoptsArmedHosts()
{
    // Armed the old way (no install row): the first start adopts it with a token.
    QVERIFY(Inventory::HostRepository(*m_db).setArmed({ kHost }, true));
    InstallRepository installs(*m_db);
    QCOMPARE(*installs.adoptArmedHosts(), 1);
    QCOMPARE(*installs.adoptArmedHosts(), 0);
    QCOMPARE((*installs.latest(kHost))->state, InstallState::Ready);
}

void TestInstallRepository::syslogProgress()
{
    InstallRepository installs(*m_db);
    // No install yet, then a Ready one that syslog moves to Installing.
    auto v = installs.syslogProgress(kHost, u"install"_s, 10);
    QVERIFY(v);
    QCOMPARE(v->status, 404);
    QVERIFY(installs.arm({ kHost }, u"alice"_s));
    const int eventsBefore = int(kinds().size());
    v = installs.syslogProgress(kHost, u"install"_s, 10);
    QVERIFY(v);
    QCOMPARE(v->status, 200);
    QCOMPARE(v->mac, kHost);
    auto now = *installs.latest(kHost);
    QCOMPARE(now->state, InstallState::Installing);
    QCOMPARE(now->stage, u"install"_s);
    QCOMPARE(now->percent, 10);
    QCOMPARE((*Inventory::HostRepository(*m_db).find(kHost))->state, Inventory::HostState::Installing);
    QCOMPARE(int(kinds().size()), eventsBefore); // no event of its own: the syslog line is on the timeline

    // A late line with a lower count, and a line without one: the percent stays.
    QVERIFY(installs.syslogProgress(kHost, u"install"_s, 40));
    QVERIFY(installs.syslogProgress(kHost, u"install"_s, 25));
    QCOMPARE((*installs.latest(kHost))->percent, 40);
    QVERIFY(installs.syslogProgress(kHost, u"post"_s, std::nullopt));
    now = *installs.latest(kHost);
    QCOMPARE(now->stage, u"post"_s);
    QCOMPARE(now->percent, 40);
    QVERIFY(installs.syslogProgress(kHost, u"install"_s, 250)); // out of range: 100 at most
    QCOMPARE((*installs.latest(kHost))->percent, 100);

    // Ended: syslog moves it no more.
    Progress done;
    done.stage = u"done"_s;
    QCOMPARE(installs.progress(now->token, done)->status, 200);
    v = installs.syslogProgress(kHost, u"install"_s, 5);
    QVERIFY(v);
    QCOMPARE(v->status, 404);
    now = *installs.latest(kHost);
    QCOMPARE(now->state, InstallState::Installed);
    QCOMPARE(now->stage, u"done"_s);
}

void TestInstallRepository::parsesProgress_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::newRow("minimal") << QByteArray(R"({"stage":"pre"})") << QString();
    QTest::newRow("full") << QByteArray(R"({"id":"x1","stage":"RAID","status":"ok","message":"md0","percent":12.5})") << QString();
    QTest::newRow("numeric id") << QByteArray(R"({"id":7,"stage":"pre"})") << QString();
    QTest::newRow("not json") << QByteArray("stage=pre") << u"not JSON"_s;
    QTest::newRow("array") << QByteArray("[1]") << u"object"_s;
    QTest::newRow("no stage") << QByteArray(R"({"status":"ok"})") << u"stage"_s;
    QTest::newRow("empty stage") << QByteArray(R"({"stage":"  "})") << u"stage"_s;
    QTest::newRow("bad status") << QByteArray(R"({"stage":"pre","status":"meh"})") << u"status"_s;
    QTest::newRow("percent > 100") << QByteArray(R"({"stage":"pre","percent":101})") << u"percent"_s;
    QTest::newRow("percent text") << QByteArray(R"({"stage":"pre","percent":"5"})") << u"percent"_s;
    QTest::newRow("empty") << QByteArray() << u"not JSON"_s;
}

void TestInstallRepository::parsesProgress()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const auto p = parseProgress(body);
    if (error.isEmpty()) {
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));
        QCOMPARE(p->stage, p->stage.toLower());
    } else {
        QVERIFY(!p);
        QVERIFY2(p.error().message.contains(error), qPrintable(p.error().message));
    }
}

void TestInstallRepository::tokens()
{
    const QString a = newToken(), b = newToken();
    QVERIFY(isTokenShaped(a));
    QVERIFY(a != b);
    QVERIFY(!isTokenShaped(a.toUpper()));
    QVERIFY(!isTokenShaped(a.left(31)));
    QVERIFY(!isTokenShaped(u"../../../../../../etc/passwd00000"_s));
}

QTEST_GUILESS_MAIN(TestInstallRepository)
#include "tst_installrepository.moc"
