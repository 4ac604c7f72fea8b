// SPDX-License-Identifier: GPL-3.0-or-later
// Installs reporting back at scale: N simulated installs at once (default 200), each posting
// its stages to the built-in HTTP server as the snippets do (pre, hwcheck, a hardware report,
// raid, install at 10..90%, post, done), with at most C requests in flight (default 64). Prints
// callbacks accepted per second (each one committed before its 200), the events written, the
// slowest answer, and how long the hosts table takes to apply a batch of those changes at
// 1,000 hosts. Usage: bench_installs [N] [C]
#include "hosts/hosttablemodel.h"

#include "bootconfig/eventrecorder.h"
#include "bootconfig/inventoryboot.h"
#include "common/workspace.h"
#include "install/installrepository.h"
#include "inventory/database.h"
#include "inventory/hostrepository.h"
#include "inventory/profile.h"
#include "netboot/netbootservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace Crashcart;

namespace {

MacAddress macOf(int i)
{
    return *MacAddress::parse(QStringLiteral("52:54:01:%1:%2:%3")
                                  .arg((i >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                                  .arg((i >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                                  .arg(i & 0xff, 2, 16, QLatin1Char('0')));
}

struct Post
{
    QString token;
    QString kind;
    QByteArray body;
};

// What one install posts, in order.
QList<Post> script(const QString &token)
{
    QList<Post> posts;
    const auto progress = [&](const QString &stage, int percent) {
        posts.append({ token, QStringLiteral("progress"),
                       QStringLiteral(R"({"id":"%1-%2","stage":"%1","status":"running","percent":%2})").arg(stage).arg(percent).toUtf8() });
    };
    progress(QStringLiteral("pre"), 1);
    progress(QStringLiteral("hwcheck"), 2);
    posts.append({ token, QStringLiteral("report"),
                   R"({"cpu":{"count":32,"model":"Xeon"},"memory_kb":268435456,"disks":[{"name":"sda","bytes":960197124096}],)"
                   R"("nics":[{"name":"eno1","mac":"52:54:00:00:00:01","speed_mbps":25000,"link":1}]})" });
    progress(QStringLiteral("raid"), 5);
    for (int p = 10; p <= 90; p += 10)
        progress(QStringLiteral("install"), p);
    progress(QStringLiteral("post"), 95);
    posts.append({ token, QStringLiteral("progress"), R"({"id":"done","stage":"done","status":"ok"})" });
    return posts;
}

qint64 peakRssKb()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int installs = argc > 1 ? std::max(1, atoi(argv[1])) : 200;
    const int concurrency = argc > 2 ? std::max(1, atoi(argv[2])) : 64;
    QTextStream out(stdout);
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("ws")));
    auto db = Inventory::Database::open(*workspace);
    if (!workspace || !db) {
        out << "cannot open a workspace\n";
        return 1;
    }
    (void)Inventory::ProfileRepository(**db).save({ QStringLiteral("rhel9"), {}, QStringLiteral("vmlinuz"), {}, {}, {} });
    QList<Inventory::Host> hosts;
    for (int i = 0; i < 1000; ++i) {
        Inventory::Host h;
        h.mac = macOf(i);
        h.hostname = QStringLiteral("node%1").arg(i, 4, 10, QLatin1Char('0'));
        h.profile = QStringLiteral("rhel9");
        hosts.append(h);
    }
    (void)Inventory::HostRepository(**db).importAll(hosts);
    QList<MacAddress> armed;
    for (int i = 0; i < installs; ++i)
        armed.append(macOf(i));
    Install::InstallRepository repository(**db);
    if (!repository.arm(armed, QStringLiteral("bench"))) {
        out << "cannot arm\n";
        return 1;
    }
    auto running = repository.running();

    BootConfig::InventoryBoot boot(**db, *workspace);
    (void)boot.reload();
    Netboot::NetbootService service(boot.content());
    boot.attach(service);
    QSignalSpy started(&service, &Netboot::NetbootService::started);
    Netboot::ServiceConfig config;
    config.listen = QHostAddress::LocalHost;
    config.httpPort = 0;
    service.start(Netboot::ServerKind::Http, config);
    while (started.isEmpty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    const quint16 port = service.port(Netboot::ServerKind::Http);

    // Each install's posts in order; installs interleave, C requests in flight.
    QList<QList<Post>> queues;
    for (const auto &i : *running)
        queues.append(script(i.token));
    QNetworkAccessManager nam;
    int inFlight = 0, done = 0, failed = 0, next = 0;
    qint64 slowestMs = 0;
    const int total = int(queues.size() * queues.first().size());
    QList<int> position(queues.size(), 0);
    QList<bool> busy(queues.size(), false);
    QElapsedTimer clock;
    clock.start();
    std::function<void()> pump = [&] {
        for (int tries = 0; tries < queues.size() && inFlight < concurrency; ++tries) {
            const int q = next;
            next = (next + 1) % int(queues.size());
            if (busy[q] || position[q] >= queues[q].size())
                continue;
            const Post &p = queues[q][position[q]];
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/install/%2/%3").arg(port).arg(p.token, p.kind)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            QNetworkReply *reply = nam.post(request, p.body);
            busy[q] = true;
            ++inFlight;
            const qint64 sent = clock.elapsed();
            QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply, q, sent] {
                slowestMs = std::max(slowestMs, clock.elapsed() - sent);
                (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 ? done : failed)++;
                reply->deleteLater();
                busy[q] = false;
                ++position[q];
                --inFlight;
                if (done + failed == total)
                    QCoreApplication::quit();
                else
                    pump();
            });
        }
    };
    pump();
    QCoreApplication::exec();
    const qint64 elapsed = clock.elapsed();
    boot.recorder()->flush();
    QSqlQuery q((*db)->connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind LIKE 'install.%'"));
    q.next();
    const int events = q.value(0).toInt();

    // The hosts table: apply the changes of every install (rows refreshed in place) at 1,000 hosts.
    Inventory::HostRepository hostRepository(**db);
    App::HostTableModel model(hostRepository);
    QElapsedTimer table;
    table.start();
    model.reload();
    const qint64 reloadMs = table.restart();
    model.refreshHosts(armed);
    const qint64 refreshMs = table.elapsed();

    out << "installs " << installs << ", concurrency " << concurrency << ", callbacks " << total << '\n'
        << "accepted " << done << ", refused " << failed << ", in " << elapsed << " ms: "
        << QString::number(done * 1000.0 / std::max<qint64>(1, elapsed), 'f', 0) << " callbacks/s\n"
        << "install events written " << events << " (" << QString::number(events * 1000.0 / std::max<qint64>(1, elapsed), 'f', 0)
        << "/s), slowest answer " << slowestMs << " ms\n"
        << "hosts table at 1000 hosts: reload " << reloadMs << " ms, refresh " << installs << " rows " << refreshMs << " ms\n"
        << "peak RSS " << peakRssKb() / 1024 << " MiB\n";
    return failed == 0 ? 0 : 1;
}
