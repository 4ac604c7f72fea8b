// SPDX-License-Identifier: GPL-3.0-or-later
// `crashcart-cli serve`, and the app started with --start-servers, killed with SIGKILL while
// machines boot from them (full DHCP, TFTP, HTTP, progress and report callbacks) at varied
// moments: after the leases, in an open TFTP transfer, in an HTTP download, and after the Nth
// acknowledged event while many more are in flight and the event recorder writes its batches.
// After each kill: PRAGMA integrity_check says ok, every event answered 200 is on the timeline
// once, none is there twice, the lease file parses and holds every lease a DHCP ACK gave; then
// the server starts again on the same workspace, hands out the same addresses, and the
// installers' retries of what went unanswered are recorded once (a "replay" when the first try
// was stored). Boot events (DHCP, TFTP, HTTP) are answered to no one: those of the last batch,
// at most 250 ms of them, may be lost with the process.
#include "clirun.h"
#include "servedprocess.h"
#include "simulatedboot.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace SimulatedBoot;
using namespace ServedProcess;

namespace {

constexpr int kHosts = 6;
constexpr int kEventsPerHost = 50; // per round, one a hardware report: more than the largest kill point's acks

// How far the machines get before the kill. Each step includes the ones before.
enum class Upto { Leases, TftpOpen, KernelOpen, Events };

struct KillPoint
{
    const char *name;
    Upto upto;
    int acks = 0;       // Events: kill right after the server answered this many of this round's posts
    bool flood = false; // Events: machines fetch their kickstarts meanwhile (boot events, written in batches)
};

} // namespace

class TestKillServe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void serveKilled();
    void appKilled();

private:
    QProcessEnvironment env() const;
    void start(Server &s, bool app);
    void bootAndKill(Server &s, const KillPoint &point, int round);
    void postAndKill(Server &s, const KillPoint &point, int round);
    void retry(Server &s, const QList<Callback> &events);
    void verify(const Server &s);
    void verifyLeases();
    void run(const QList<KillPoint> &points, bool app);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws;
    QStringList m_macs;
    Ledger m_ledger;
    QSet<QString> m_stored; // the events' ids on the timeline at the last check
    int m_bootEvents = 0;   // DHCP, TFTP and HTTP events on the timelines at the last check
    QNetworkAccessManager m_nam;
    int m_runs = 0; // servers started
};

QProcessEnvironment TestKillServe::env() const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"CRASHCART_WORKSPACE"_s, m_ws);
    return e;
}

void TestKillServe::start(Server &s, bool app)
{
    const QString log = m_dir->filePath(u"%1-%2.log"_s.arg(app ? u"app"_s : u"serve"_s).arg(++m_runs));
    if (app)
        startApp(s, env(), m_dir->path(), log, m_ws, m_macs[0]);
    else
        startCli(s, env(), log);
}

// A workspace with kHosts armed hosts of a profile whose kickstart carries the install's token.
void TestKillServe::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = m_dir->filePath(u"ws"_s);
    m_ledger = Ledger();
    m_stored.clear();
    m_bootEvents = 0;
    m_runs = 0;
    noProxy(m_nam);
    QByteArray kernel(4 * 1024 * 1024, '\0');
    for (qsizetype i = 0; i < kernel.size(); ++i)
        kernel[i] = char((i * 2654435761u) >> 24);
    write(*m_dir, u"vmlinuz"_s, kernel);
    write(*m_dir, u"web.ks"_s, "text\n# token {{ install.token }}\nnetwork --hostname={{ host.name }}\n");
    QCOMPARE(cli({ u"profiles"_s, u"set"_s, u"rhel9"_s, u"--kernel"_s, m_dir->filePath(u"vmlinuz"_s), u"--kickstart"_s,
                   m_dir->filePath(u"web.ks"_s) },
                 env()).status,
             0);
    QByteArray csv = "mac,hostname,profile\n";
    m_macs.clear();
    for (int h = 1; h <= kHosts; ++h) {
        m_macs.append(u"52:54:00:cc:00:%1"_s.arg(h, 2, 10, QLatin1Char('0')));
        csv += m_macs.last().toLatin1() + ",node" + QByteArray::number(h) + ",rhel9\n";
    }
    write(*m_dir, u"hosts.csv"_s, csv);
    QCOMPARE(cli({ u"hosts"_s, u"import"_s, m_dir->filePath(u"hosts.csv"_s) }, env()).status, 0);
    QCOMPARE(cli(QStringList { u"hosts"_s, u"arm"_s } + m_macs, env()).status, 0);
}

// One boot of every host up to |point|, then SIGKILL.
void TestKillServe::bootAndKill(Server &s, const KillPoint &point, int round)
{
    for (const QString &mac : std::as_const(m_macs)) {
        const QHostAddress address = lease(mac, s.ports.dhcp);
        QVERIFY2(!address.isNull(), qPrintable(mac));
        // The lease file, read again by the restarted server, keeps each MAC its address.
        if (m_ledger.leases.contains(mac))
            QCOMPARE(address, m_ledger.leases.value(mac));
        m_ledger.leases.insert(mac, address);
        m_ledger.leasedAt.insert(mac, QDateTime::currentSecsSinceEpoch());
    }
    if (point.upto == Upto::Leases)
        return kill(s); // the lease file was just written, the events not yet
    for (const QString &mac : std::as_const(m_macs))
        QVERIFY2(tftpRead(s.ports.tftp, u"pxelinux.cfg/01-"_s + dashed(mac)) > 0, qPrintable(mac));
    if (point.upto == Upto::TftpOpen) {
        // The kernel of one host stops after 16 blocks: the server waits for the 16th ACK when killed.
        QCOMPARE(tftpRead(s.ports.tftp, u"profiles/rhel9/vmlinuz"_s, 16), 16 * 512);
        return kill(s);
    }
    for (const QString &mac : std::as_const(m_macs)) {
        const QString token = SimulatedBoot::token(m_nam, s.ports.http, mac);
        QVERIFY2(!token.isEmpty(), qPrintable(mac));
        QCOMPARE(m_ledger.tokens.value(mac, token), token); // the same install throughout
        m_ledger.tokens.insert(mac, token);
    }
    if (point.upto == Upto::KernelOpen) {
        QNetworkAccessManager nam;
        noProxy(nam);
        QNetworkReply *kernel = nam.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/profiles/rhel9/vmlinuz"_s.arg(s.ports.http))));
        kernel->setReadBufferSize(64 * 1024); // a slow reader: the rest waits on the server's side
        QTRY_VERIFY_WITH_TIMEOUT(kernel->bytesAvailable() > 0, 30000);
        QVERIFY(!kernel->isFinished());
        kill(s);
        kernel->abort();
        delete kernel;
        return;
    }
    postAndKill(s, point, round);
}

// Every host posts kEventsPerHost events at once (a connection pool each); the server is
// killed from the handler of the |point.acks|th answer, with the rest in flight.
void TestKillServe::postAndKill(Server &s, const KillPoint &point, int round)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> installers;
    int acks = 0;
    int inFlightAtKill = -1;
    const pid_t pid = pid_t(s.process->processId());
    const auto forget = qScopeGuard([this] { m_ledger.afterAck = nullptr; }); // it refers to this frame
    m_ledger.afterAck = [&] {
        if (++acks == point.acks) {
            ::kill(pid, SIGKILL);
            inFlightAtKill = m_ledger.inFlight;
        }
    };
    for (int h = 0; h < kHosts; ++h) {
        installers.push_back(std::make_unique<QNetworkAccessManager>());
        noProxy(*installers.back());
        for (int e = 0; e < kEventsPerHost; ++e) {
            // hwcheck's report goes with the events: without an id, its retry must count once too.
            const Callback c = e == kEventsPerHost / 2
                ? Callback { m_macs[h], u"r%1-h%2-report"_s.arg(round).arg(h), Callback::Report, round }
                : Callback { m_macs[h], u"r%1-h%2-e%3"_s.arg(round).arg(h).arg(e) };
            m_ledger.posted.append(c);
            post(*installers.back(), m_ledger, s.ports.http, c, this);
        }
    }
    // Meanwhile the machines' boot traffic (their configs and kickstarts fetched over and
    // over): events the recorder writes in batches, one transaction every 250 ms.
    const auto fetches = std::make_shared<int>(0); // outlives this frame: replies may still finish as it goes
    std::vector<std::unique_ptr<QNetworkAccessManager>> machines;
    for (int h = 0; point.flood && h < kHosts; ++h) {
        machines.push_back(std::make_unique<QNetworkAccessManager>());
        noProxy(*machines.back());
        for (int i = 0; i < kEventsPerHost; ++i) {
            QNetworkReply *r = machines.back()->get(QNetworkRequest(
                QUrl(u"http://127.0.0.1:%1/ks/%2.cfg"_s.arg(s.ports.http).arg(dashed(m_macs[h])))));
            connect(r, &QNetworkReply::finished, this, [r, fetches] {
                *fetches += r->error() == QNetworkReply::NoError;
                r->deleteLater();
            });
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(inFlightAtKill >= 0 || m_ledger.inFlight == 0, 120000);
    QVERIFY2(inFlightAtKill >= 0, "every event was answered before the kill point: raise kEventsPerHost");
    kill(s);
    QTRY_COMPARE_WITH_TIMEOUT(m_ledger.inFlight, 0, 60000); // the rest fail: the server is gone
    const int fetchesAtKill = *fetches;
    for (auto &m : machines) {
        for (QNetworkReply *r : m->findChildren<QNetworkReply *>())
            r->abort();
    }
    qInfo("%s: killed on answer %d, %d posts unanswered (6 at a time per host on the wire), %d boot fetches answered",
          point.name, point.acks, inFlightAtKill, fetchesAtKill);
}

// What an installer does when its post went unanswered: post it again. All are answered now.
void TestKillServe::retry(Server &s, const QList<Callback> &events)
{
    QNetworkAccessManager nam;
    noProxy(nam);
    for (const Callback &c : events)
        post(nam, m_ledger, s.ports.http, c, this);
    QTRY_COMPARE_WITH_TIMEOUT(m_ledger.inFlight, 0, 120000);
    for (const Callback &c : events)
        QVERIFY2(m_ledger.acked.contains(c.id), qPrintable(c.id + u" is not answered 200 after a restart"_s));
}

// The workspace as the killed server left it.
void TestKillServe::verify(const Server &s)
{
    const QString log = readAll(s.log);
    for (const QString &trouble : { u"events not recorded"_s, u"inventory cannot be read"_s, u"lease file"_s })
        QVERIFY2(!log.contains(trouble), qPrintable(log));
    const QString connection = u"killserve-check"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(m_ws + u"/crashcart.db"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        QVERIFY(q.exec(u"SELECT mac, kind, message FROM events WHERE kind IN ('install.progress', 'install.report')"_s));
        QHash<QString, int> events;
        while (q.next())
            ++events[q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString()];
        for (auto it = events.cbegin(); it != events.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(u"%1: on the timeline %2 times"_s.arg(it.key()).arg(it.value())));
        QSet<QString> stored;
        int progress = 0;
        for (const Callback &c : std::as_const(m_ledger.posted)) {
            if (m_ledger.acked.contains(c.id))
                QVERIFY2(events.contains(c.event()), qPrintable(c.event() + u": answered 200 and not on the timeline"_s));
            if (events.contains(c.event())) {
                stored.insert(c.id);
                progress += c.kind == Callback::Progress;
            }
        }
        QCOMPARE(int(stored.size()), int(events.size())); // nothing there that no one posted
        // An event and the id that makes its replay count once are committed together.
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM install_callbacks"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), progress);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM events WHERE kind LIKE 'boot.%'"_s) && q.next());
        m_bootEvents = q.value(0).toInt();
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM installs WHERE state IN ('ready', 'installing')"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), kHosts);
        m_stored = stored;
    }
    QSqlDatabase::removeDatabase(connection);
    verifyLeases();
}

// The lease file parses, its leases are the hosts', in the pool, one each, and every address a
// DHCP ACK gave is in it (the ACK goes out after the file is written).
void TestKillServe::verifyLeases()
{
    QFile f(m_ws + u"/dhcp-leases.json"_s);
    if (!f.exists()) {
        QVERIFY2(m_ledger.leases.isEmpty(), "addresses were ACKed and there is no lease file");
        return;
    }
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
    QCOMPARE(doc.object().value(u"version"_s).toInt(), 1);
    const quint32 first = QHostAddress(PoolFirst).toIPv4Address(), last = QHostAddress(PoolLast).toIPv4Address();
    QHash<QString, std::pair<QHostAddress, qint64>> byMac;
    QSet<quint32> addresses;
    for (const QJsonValue &v : doc.object().value(u"leases"_s).toArray()) {
        const QString mac = v.toObject().value(u"mac"_s).toString();
        const QHostAddress address(v.toObject().value(u"address"_s).toString());
        QVERIFY2(m_macs.contains(mac), qPrintable(mac));
        QVERIFY2(address.toIPv4Address() >= first && address.toIPv4Address() <= last, qPrintable(address.toString()));
        QVERIFY2(!byMac.contains(mac) && !addresses.contains(address.toIPv4Address()), qPrintable(mac));
        addresses.insert(address.toIPv4Address());
        byMac.insert(mac, { address, qint64(v.toObject().value(u"expires"_s).toDouble()) });
    }
    for (auto it = m_ledger.leases.cbegin(); it != m_ledger.leases.cend(); ++it) {
        QVERIFY2(byMac.contains(it.key()), qPrintable(it.key() + u" was ACKed and has no lease"_s));
        QCOMPARE(byMac.value(it.key()).first, it.value());
        QVERIFY(byMac.value(it.key()).second >= m_ledger.leasedAt.value(it.key()));
    }
}

// Rounds of boots killed at |points|, each on a server started again on the same workspace,
// which first answers the retries of what the last one left unanswered. Then one more start:
// every event ever posted, posted again, is answered and on the timeline once.
void TestKillServe::run(const QList<KillPoint> &points, bool app)
{
    QElapsedTimer clock;
    clock.start();
    qsizetype storedUnanswered = 0; // stored, the server killed before it answered: a replay when retried
    for (int round = 0; round < points.size(); ++round) {
        Server s;
        start(s, app);
        if (QTest::currentTestFailed())
            return;
        QList<Callback> unanswered;
        for (const Callback &c : std::as_const(m_ledger.posted)) {
            if (!m_ledger.acked.contains(c.id))
                unanswered.append(c);
        }
        m_ledger.replayed.clear();
        retry(s, unanswered);
        storedUnanswered += m_ledger.replayed.size();
        bootAndKill(s, points[round], round);
        if (QTest::currentTestFailed())
            return;
        verify(s);
        if (QTest::currentTestFailed())
            return;
    }
    Server s;
    start(s, app);
    if (QTest::currentTestFailed())
        return;
    const QSet<QString> before = m_stored;
    storedUnanswered += (before - m_ledger.acked).size();
    // Every event again, and the reports that went unanswered (a report's replay is only
    // recognised as the same body twice in a row).
    QList<Callback> again;
    QSet<QString> replays;
    for (const Callback &c : std::as_const(m_ledger.posted)) {
        if (c.kind == Callback::Progress || !m_ledger.acked.contains(c.id)) {
            again.append(c);
            if (before.contains(c.id))
                replays.insert(c.id);
        }
    }
    m_ledger.replayed.clear();
    retry(s, again);
    // The server knows exactly what it stored: those are replays, the rest are recorded now.
    QVERIFY2(m_ledger.replayed == replays, qPrintable(u"%1 replays of %2"_s.arg(m_ledger.replayed.size()).arg(replays.size())));
    if (app) {
        kill(s);
    } else {
        s.process->terminate();
        QVERIFY(s.process->waitForFinished(30000));
        QCOMPARE(s.process->exitCode(), 0);
    }
    verify(s);
    QCOMPARE(m_stored.size(), m_ledger.posted.size()); // all of them, each once
    qInfo("%lld kill points, %lld callbacks posted, %lld stored before the final retries, %lld of all stored while their "
          "poster got no answer (recorded once when retried), %d boot events; %lld s",
          qlonglong(points.size()), qlonglong(m_ledger.posted.size()), qlonglong(before.size()), qlonglong(storedUnanswered),
          m_bootEvents, qlonglong(clock.elapsed() / 1000));
}

void TestKillServe::serveKilled()
{
    run({ { "after the leases", Upto::Leases },
          { "in a TFTP transfer", Upto::TftpOpen },
          { "in an HTTP download", Upto::KernelOpen },
          { "at the first event answered", Upto::Events, 1 },
          { "after 10 events, boot traffic too", Upto::Events, 10, true },
          { "after 40 events", Upto::Events, 40 },
          { "after 100 events, boot traffic too", Upto::Events, 100, true },
          { "after 200 events", Upto::Events, 200 } },
        false);
}

void TestKillServe::appKilled()
{
    run({ { "in a TFTP transfer", Upto::TftpOpen },
          { "after 5 events, boot traffic too", Upto::Events, 5, true },
          { "after 60 events", Upto::Events, 60 } },
        true);
}

QTEST_GUILESS_MAIN(TestKillServe)
#include "tst_killserve.moc"
