// SPDX-License-Identifier: GPL-3.0-or-later
// The callbacks over real HTTP, posted with curl to the service as the app runs it: a flood of
// wrong tokens, replays, 2 MiB bodies, broken JSON and wrong methods each get their 4xx and
// change nothing; the armed host's own token moves its install; "done" answers 200 only once
// the host's per-host config already boots the local disk.
#include "bootconfig/inventoryboot.h"
#include "common/workspace.h"
#include "install/installrepository.h"
#include "inventory/database.h"
#include "inventory/hostrepository.h"
#include "inventory/profile.h"
#include "netboot/netbootservice.h"
#include "testdatabase.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Qt::StringLiterals;

namespace {

const MacAddress kHost = *MacAddress::parse(u"52:54:00:00:20:01"_s);

struct Answer
{
    int status = 0;
    QByteArray body;
};

// curl while the event loop turns (the tracker answers on this thread).
Answer curl(const QStringList &args)
{
    QProcess p;
    p.start(u"curl"_s, QStringList { u"-sS"_s, u"--max-time"_s, u"20"_s, u"-w"_s, u"\n%{http_code}"_s } + args);
    if (!p.waitForStarted())
        return {};
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < 30000)
        QTest::qWait(5);
    const QByteArray out = p.readAllStandardOutput();
    const qsizetype nl = out.lastIndexOf('\n');
    return { out.mid(nl + 1).toInt(), out.left(nl) };
}

} // namespace

class TestInstallCallbacks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void badCallbacksChangeNothing();
    void progressToDoneFlipsTheBoot();
    void concurrentPosts();

private:
    QString url(const QString &token, const QString &kind) const;
    int eventCount() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Workspace> m_workspace;
    std::unique_ptr<Inventory::Database> m_db;
    std::unique_ptr<BootConfig::InventoryBoot> m_boot;
    std::unique_ptr<Netboot::NetbootService> m_service;
    QString m_token;
};

void TestInstallCallbacks::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"curl"_s).isEmpty(), "curl is missing (packaging/dev.sh test installs it)");
}

void TestInstallCallbacks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto workspace = Workspace::open(m_dir->filePath(u"ws"_s));
    QVERIFY(workspace);
    m_workspace = *workspace;
    auto db = Crashcart::Test::openDatabase(m_workspace->databasePath()); // the workspace's file, or PostgreSQL (_pg)
    QVERIFY(db);
    m_db = std::move(*db);
    QFile kernel(m_workspace->path() + u"/vmlinuz"_s);
    QVERIFY(kernel.open(QIODevice::WriteOnly));
    kernel.write("KERNEL");
    kernel.close();
    QVERIFY(Inventory::ProfileRepository(*m_db).save({ u"rhel9"_s, {}, u"vmlinuz"_s, {}, {}, {} }));
    Inventory::Host h;
    h.mac = kHost;
    h.hostname = u"web01"_s;
    h.profile = u"rhel9"_s;
    QVERIFY(Inventory::HostRepository(*m_db).add(h));
    QVERIFY(Install::InstallRepository(*m_db).arm({ kHost }, u"tester"_s));
    m_token = (*Install::InstallRepository(*m_db).latest(kHost))->token;

    m_boot = std::make_unique<BootConfig::InventoryBoot>(*m_db, *m_workspace);
    QVERIFY(m_boot->reload());
    m_service = std::make_unique<Netboot::NetbootService>(m_boot->content());
    m_boot->attach(*m_service);
    QSignalSpy started(m_service.get(), &Netboot::NetbootService::started);
    Netboot::ServiceConfig config;
    config.listen = QHostAddress::LocalHost;
    config.httpPort = 0;
    config.tftpPort = 0;
    m_service->start(Netboot::ServerKind::Http, config);
    m_service->start(Netboot::ServerKind::Tftp, config);
    QTRY_COMPARE(started.size(), 2);
}

void TestInstallCallbacks::cleanup()
{
    m_service.reset();
    m_boot.reset();
    m_db.reset();
    m_workspace.reset();
    m_dir.reset();
}

QString TestInstallCallbacks::url(const QString &token, const QString &kind) const
{
    return u"http://127.0.0.1:%1/api/install/%2/%3"_s.arg(m_service->port(Netboot::ServerKind::Http)).arg(token, kind);
}

int TestInstallCallbacks::eventCount() const
{
    QSqlQuery q(m_db->connection());
    return q.exec(u"SELECT COUNT(*) FROM events"_s) && q.next() ? q.value(0).toInt() : -1;
}

void TestInstallCallbacks::badCallbacksChangeNothing()
{
    const auto before = *Install::InstallRepository(*m_db).latest(kHost);
    const int events = eventCount();
    // Wrong tokens: well-formed but unknown (404), malformed (400); no host is known, no event.
    for (int i = 0; i < 30; ++i) {
        const Answer a = curl({ u"-X"_s, u"POST"_s, u"--data"_s, u"{\"stage\":\"pre\"}"_s, url(Install::newToken(), u"progress"_s) });
        QCOMPARE(a.status, 404);
        QVERIFY(a.body.contains("\"error\""));
    }
    for (const QString &bad : { u"zz"_s, u"0123456789ABCDEF0123456789ABCDEF"_s, QString(33, u'a'), u"%00"_s })
        QCOMPARE(curl({ u"-X"_s, u"POST"_s, u"--data"_s, u"{\"stage\":\"pre\"}"_s, url(bad, u"progress"_s) }).status, 400);
    // A token that would walk the path names no endpoint at all.
    QCOMPARE(curl({ u"-X"_s, u"POST"_s, u"--data"_s, u"{}"_s, url(u"..%2f..%2fetc"_s, u"progress"_s) }).status, 404);
    QCOMPARE(curl({ u"-X"_s, u"POST"_s, u"--data"_s, u"{}"_s, url(m_token, u"nonsense"_s) }).status, 404);
    QCOMPARE(eventCount(), events);

    // The host's own token with a bad body: a clear 4xx, and a "refused" event on its timeline.
    QCOMPARE(curl({ u"-X"_s, u"POST"_s, u"--data"_s, u"{\"stage\":"_s, url(m_token, u"progress"_s) }).status, 400);
    QCOMPARE(curl({ u"-X"_s, u"POST"_s, u"--data"_s, u"{\"percent\":5}"_s, url(m_token, u"progress"_s) }).status, 400);
    QCOMPARE(curl({ u"-X"_s, u"POST"_s, u"--data"_s, u"[1,2]"_s, url(m_token, u"report"_s) }).status, 400);
    const QString big = m_dir->filePath(u"big.json"_s);
    QFile f(big);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(2 * 1024 * 1024, 'a'));
    f.close();
    QCOMPARE(curl({ u"-X"_s, u"POST"_s, u"--data-binary"_s, u"@"_s + big, url(m_token, u"report"_s) }).status, 413);
    QCOMPARE(curl({ u"-X"_s, u"POST"_s, u"--data-binary"_s, u"@"_s + big, url(m_token, u"log"_s) }).status, 413);
    QCOMPARE(curl({ u"-X"_s, u"POST"_s, u"--data-binary"_s, u"@"_s + big, url(m_token, u"progress"_s) }).status, 413);
    // Wrong methods.
    QCOMPARE(curl({ url(m_token, u"progress"_s) }).status, 405);
    QCOMPARE(curl({ u"-X"_s, u"PUT"_s, u"--data"_s, u"{}"_s, url(m_token, u"progress"_s) }).status, 405);
    QCOMPARE(curl({ u"-X"_s, u"POST"_s, u"--data"_s, u"x"_s,
                    u"http://127.0.0.1:%1/ks/52-54-00-00-20-01.cfg"_s.arg(m_service->port(Netboot::ServerKind::Http)) })
                 .status,
             405);

    const auto after = *Install::InstallRepository(*m_db).latest(kHost);
    QCOMPARE(after->state, before->state);
    QCOMPARE(after->stage, before->stage);
    QCOMPARE(after->percent, before->percent);
    QVERIFY(!after->hasReport && !after->hasLog);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT kind FROM events WHERE id > %1"_s.arg(events)));
    QStringList kinds;
    while (q.next())
        kinds.append(q.value(0).toString());
    kinds.removeAll(u"boot.http"_s); // the refused requests themselves, with the token redacted
    QCOMPARE(kinds, QStringList(6, u"install.refused"_s));
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM events WHERE message LIKE '%%1%'"_s.arg(m_token)) && q.next());
    QCOMPARE(q.value(0).toInt(), 0); // the token is never written into the timeline
}

void TestInstallCallbacks::progressToDoneFlipsTheBoot()
{
    const QString config = u"tftp://127.0.0.1:%1/pxelinux.cfg/01-52-54-00-00-20-01"_s.arg(m_service->port(Netboot::ServerKind::Tftp));
    QVERIFY(curl({ config }).body.contains("DEFAULT install"));
    QCOMPARE(curl({ u"-X"_s, u"POST"_s, u"--data"_s, u"{\"id\":\"pre-running\",\"stage\":\"pre\",\"status\":\"running\"}"_s,
                    url(m_token, u"progress"_s) })
                 .status,
             200);
    const Answer replay = curl({ u"-X"_s, u"POST"_s, u"--data"_s, u"{\"id\":\"pre-running\",\"stage\":\"pre\",\"status\":\"running\"}"_s,
                                 url(m_token, u"progress"_s) });
    QCOMPARE(replay.status, 200);
    QVERIFY(replay.body.contains("\"replay\":true"));
    QCOMPARE(curl({ u"-X"_s, u"POST"_s, u"-H"_s, u"Content-Type: application/json"_s, u"--data"_s,
                    u"{\"disks\":[{\"name\":\"vda\",\"bytes\":4294967296}]}"_s, url(m_token, u"report"_s) })
                 .status,
             200);
    QCOMPARE(curl({ u"-X"_s, u"POST"_s, u"--data"_s, u"{\"stage\":\"done\",\"status\":\"ok\"}"_s, url(m_token, u"progress"_s) }).status, 200);
    // By the time "done" was answered, the host's config said: boot the local disk.
    QVERIFY(curl({ config }).body.contains("DEFAULT local"));
    QCOMPARE(curl({ u"-X"_s, u"POST"_s, u"--data"_s, u"{\"stage\":\"post\"}"_s, url(m_token, u"progress"_s) }).status, 404);
    const auto install = *Install::InstallRepository(*m_db).latest(kHost);
    QCOMPARE(install->state, Install::InstallState::Installed);
    QVERIFY(install->hasReport);
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            QSqlQuery q(m_db->connection());
            return q.exec(u"SELECT COUNT(*) FROM events WHERE kind = 'boot.local'"_s) && q.next() && q.value(0).toInt() == 1;
        }(),
        5000);
}

void TestInstallCallbacks::concurrentPosts()
{
    // 40 curl processes at once, each its own stage: every one recorded once, none lost.
    QList<QProcess *> running;
    for (int i = 0; i < 40; ++i) {
        auto *p = new QProcess(this);
        p->start(u"curl"_s, { u"-sS"_s, u"-o"_s, u"/dev/null"_s, u"-w"_s, u"%{http_code}"_s, u"-X"_s, u"POST"_s, u"--data"_s,
                              u"{\"id\":\"s%1\",\"stage\":\"step%1\"}"_s.arg(i), url(m_token, u"progress"_s) });
        running.append(p);
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(running.cbegin(), running.cend(), [](QProcess *p) { return p->state() == QProcess::NotRunning; }),
                             60000);
    for (QProcess *p : std::as_const(running))
        QCOMPARE(p->readAllStandardOutput(), QByteArray("200"));
    qDeleteAll(running);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM events WHERE kind = 'install.progress'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 40);
}

QTEST_GUILESS_MAIN(TestInstallCallbacks)
#include "tst_installcallbacks.moc"
