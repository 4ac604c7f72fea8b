// SPDX-License-Identifier: GPL-3.0-or-later
// Inventory at scale: how long the host table takes to load, filter and sort with 10k and
// 100k hosts, plus the CSV import that fills it. Prints one row per measurement (median of
// several runs, milliseconds) and the peak RSS.
#include "hosts/hostfilterproxy.h"
#include "hosts/hosttablemodel.h"

#include "inventory/database.h"
#include "inventory/hostcsv.h"
#include "inventory/hostrepository.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>

using namespace Crashcart;
using namespace Crashcart::App;
using namespace Crashcart::Inventory;

namespace {

QByteArray makeCsv(int n)
{
    QByteArray csv = "mac,hostname,ip,profile,bmc_address,bmc_type,tags,notes\n";
    const char *profiles[] = { "rhel9-web", "rhel9-db", "rocky8-hpc", "fedora41-ci" };
    for (int i = 0; i < n; ++i) {
        csv += QStringLiteral("02:00:00:%1:%2:%3,node%4,10.%5.%6.%7,%8,10.250.%6.%7,ipmi,rack%9,\n")
                   .arg((i >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                   .arg((i >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                   .arg(i & 0xff, 2, 16, QLatin1Char('0'))
                   .arg(i)
                   .arg((i >> 16) & 0xff)
                   .arg((i >> 8) & 0xff)
                   .arg(i & 0xff)
                   .arg(QLatin1String(profiles[i % 4]))
                   .arg(i % 97)
                   .toLatin1();
    }
    return csv;
}

template<typename F>
double medianMs(int runs, F &&f)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    out << "hosts\tmeasure\tmedian_ms\n";
    for (int n : { 10000, 100000 }) {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("bench.db")));
        if (!db) {
            out << db.error().message << Qt::endl;
            return 1;
        }
        HostRepository repo(**db);
        QByteArray csv = makeCsv(n);

        QList<Host> hosts;
        const double plan = medianMs(3, [&] {
            QBuffer buffer(&csv);
            buffer.open(QIODevice::ReadOnly);
            auto p = HostCsv::plan(buffer, {});
            hosts.clear();
            for (const ImportRow &row : p->rows)
                hosts.append(row.host);
        });
        QElapsedTimer t;
        t.start();
        if (!repo.importAll(hosts)) {
            out << "import failed" << Qt::endl;
            return 1;
        }
        const double store = t.nsecsElapsed() / 1e6;

        HostTableModel model(repo);
        const double load = medianMs(5, [&] { model.reload(); });
        HostFilterProxy proxy;
        proxy.setSourceModel(&model);
        (void)proxy.rowCount(); // the proxy maps lazily: make it map, as a view would
        const int runs = 5;
        const double filterText = medianMs(runs, [&] {
            proxy.setText(QStringLiteral("rack42"));
            (void)proxy.rowCount();
            proxy.setText(QString());
            (void)proxy.rowCount();
        }) / 2;
        const double filterProfile = medianMs(runs, [&] {
            proxy.setProfile(QStringLiteral("rocky8-hpc"));
            (void)proxy.rowCount();
            proxy.setProfile(QString());
            (void)proxy.rowCount();
        }) / 2;
        const double sortName = medianMs(runs, [&] {
            proxy.sort(HostTableModel::Hostname, Qt::AscendingOrder);
            proxy.sort(-1);
        });
        const double sortIp = medianMs(runs, [&] {
            proxy.sort(HostTableModel::Ip, Qt::DescendingOrder);
            proxy.sort(-1);
        });
        const auto row = [&](const char *what, double ms) {
            out << n << '\t' << what << '\t' << QString::number(ms, 'f', 1) << '\n';
        };
        row("csv_plan", plan);
        row("csv_store_one_transaction", store);
        row("model_load", load);
        row("filter_text", filterText);
        row("filter_profile", filterProfile);
        row("sort_hostname", sortName);
        row("sort_ip", sortIp);
        out.flush();
    }
    out << "peak_rss_kb\t" << peakRssKb() << '\n';
    return 0;
}
