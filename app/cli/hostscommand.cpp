// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostscommand.h"

#include "cliworkspace.h"
#include "installcommand.h"

#include "install/installrepository.h"

#include "common/workspace.h"
#include "inventory/database.h"
#include "inventory/hostcsv.h"
#include "inventory/hostrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace Crashcart::Cli {

using namespace Crashcart::Inventory;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Cli::Hosts)
};

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

int importHosts(CommandContext &c, Database &db, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        c.err << Tr::tr("%1: cannot open: %2").arg(path, file.errorString()) << Qt::endl;
        return Failed;
    }
    HostRepository repository(db);
    auto keys = repository.keys();
    if (!keys) {
        c.err << keys.error().message << Qt::endl;
        return Failed;
    }
    auto plan = HostCsv::plan(file, *keys);
    if (!plan) {
        c.err << path << ": " << plan.error().message << Qt::endl;
        return Failed;
    }
    for (const CsvProblem &p : std::as_const(plan->problems))
        c.err << path << ':' << p.line << ": " << p.reason << Qt::endl;

    QList<Host> hosts;
    hosts.reserve(plan->rows.size());
    for (const ImportRow &row : std::as_const(plan->rows))
        hosts.append(row.host);
    int imported = 0;
    if (!c.dryRun && !hosts.isEmpty()) {
        auto stored = repository.importAll(hosts);
        if (!stored) {
            c.err << path << ": " << stored.error().message << Qt::endl;
            return Failed;
        }
        imported = *stored;
    }
    if (c.dryRun) {
        c.err << Tr::tr("%1: %n host(s) would be imported, ", nullptr, int(hosts.size())).arg(path)
              << Tr::tr("%n row(s) rejected (dry run: nothing written)", nullptr, int(plan->problems.size())) << Qt::endl;
    } else {
        c.err << Tr::tr("%1: %n host(s) imported, ", nullptr, imported).arg(path)
              << Tr::tr("%n row(s) rejected", nullptr, int(plan->problems.size())) << Qt::endl;
    }
    return plan->problems.isEmpty() ? Ok : Failed;
}

QJsonObject toJson(const Host &h)
{
    QJsonObject o;
    for (int i = 0; i < HostFieldCount; ++i) {
        const auto f = HostField(i);
        if (f == HostField::Tags)
            o.insert(fieldName(f), QJsonArray::fromStringList(h.tags));
        else
            o.insert(fieldName(f), h.field(f));
    }
    o.insert(QStringLiteral("state"), stateName(h.state));
    o.insert(QStringLiteral("last_event"), h.lastEvent);
    o.insert(QStringLiteral("last_event_at"), h.lastEventAt.isValid() ? h.lastEventAt.toString(Qt::ISODateWithMs) : QString());
    return o;
}

int listHosts(CommandContext &c, Database &db)
{
    auto hosts = HostRepository(db).all();
    if (!hosts) {
        c.err << hosts.error().message << Qt::endl;
        return Failed;
    }
    if (c.json) {
        QJsonArray array;
        for (const Host &h : std::as_const(*hosts))
            array.append(toJson(h));
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    const QStringList headers = { QStringLiteral("MAC"), QStringLiteral("HOSTNAME"), QStringLiteral("IP"),
                                  QStringLiteral("PROFILE"), QStringLiteral("BMC"), QStringLiteral("STATE"),
                                  QStringLiteral("TAGS") };
    QList<QStringList> rows;
    for (const Host &h : std::as_const(*hosts)) {
        rows.append({ h.mac.toString(), h.hostname, h.ip.isEmpty() ? QStringLiteral("dhcp") : h.ip, h.profile,
                      h.bmcAddress.isEmpty() ? QString() : QStringLiteral("%1 %2").arg(h.bmcType, h.bmcAddress).trimmed(),
                      stateName(h.state), h.tags.join(u',') });
    }
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths.append(h.size());
    for (const QStringList &row : std::as_const(rows)) {
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    const auto printRow = [&](const QStringList &row) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        c.out << line << '\n';
    };
    printRow(headers);
    for (const QStringList &row : std::as_const(rows))
        printRow(row);
    c.out.flush();
    return Ok;
}

int exportHosts(CommandContext &c, Database &db, const QString &path)
{
    auto hosts = HostRepository(db).all();
    if (!hosts) {
        c.err << hosts.error().message << Qt::endl;
        return Failed;
    }
    if (path.isEmpty() || path == QLatin1String("-")) {
        QFile stdoutFile;
        c.out.flush();
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
            c.err << Tr::tr("Cannot write to standard output") << Qt::endl;
            return Failed;
        }
        auto written = HostCsv::write(stdoutFile, *hosts);
        if (!written) {
            c.err << written.error().message << Qt::endl;
            return Failed;
        }
        return Ok;
    }
    // QSaveFile: the old file stays whole until the new one is completely written.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        c.err << Tr::tr("%1: cannot write: %2").arg(path, file.errorString()) << Qt::endl;
        return Failed;
    }
    auto written = HostCsv::write(file, *hosts);
    if (!written || !file.commit()) {
        c.err << path << ": " << (written ? file.errorString() : written.error().message) << Qt::endl;
        return Failed;
    }
    c.err << Tr::tr("%n host(s) exported to %1", nullptr, int(hosts->size())).arg(path) << Qt::endl;
    return Ok;
}

// Arming is what makes the next network boot install: state Ready, an install record with its
// token, events (Install::InstallRepository, as the Hosts view does it). Disarming cancels it.
int armHosts(CommandContext &c, Database &db, const QStringList &texts, bool arm)
{
    QList<MacAddress> macs;
    for (const QString &text : texts) {
        auto mac = MacAddress::parse(text);
        if (!mac) {
            c.err << text << ": " << mac.error().message << Qt::endl;
            return Failed;
        }
        macs.append(*mac);
    }
    Install::InstallRepository installs(db);
    const QString user = Install::currentUser();
    auto changed = arm ? installs.arm(macs, user) : installs.disarm(macs, u"cancelled: " + user);
    if (!changed) {
        c.err << changed.error().message << Qt::endl;
        return Failed;
    }
    c.err << (arm ? Tr::tr("%n host(s) armed: their next network boot installs", nullptr, int(changed->size()))
                  : Tr::tr("%n host(s) disarmed: they boot their disks", nullptr, int(changed->size())))
          << Qt::endl;
    return Ok;
}

} // namespace

int runHosts(CommandContext &c, const QStringList &args)
{
    const QString verb = args.value(0);
    const bool arming = verb == QLatin1String("arm") || verb == QLatin1String("disarm");
    const bool perHost = verb == QLatin1String("timeline") || verb == QLatin1String("report");
    const bool known = verb == QLatin1String("import") || verb == QLatin1String("list") || verb == QLatin1String("export") || arming
        || (perHost && args.size() == 2);
    if (!known || (verb == QLatin1String("import") && args.size() != 2) || (verb == QLatin1String("list") && args.size() != 1)
        || (verb == QLatin1String("export") && args.size() > 2) || (arming && args.size() < 2)) {
        c.err << Tr::tr("usage: crashcart-cli hosts import FILE.csv [--dry-run]\n"
                        "       crashcart-cli hosts list [--json]\n"
                        "       crashcart-cli hosts export [FILE.csv]\n"
                        "       crashcart-cli hosts arm MAC...      the next network boot installs them\n"
                        "       crashcart-cli hosts disarm MAC...   they boot their disks again\n"
                        "       crashcart-cli hosts timeline MAC [--json]   every event of the host, in order\n"
                        "       crashcart-cli hosts report MAC [--json]     the hardware its last install reported") << Qt::endl;
        return Usage;
    }
    if (verb == QLatin1String("timeline"))
        return showTimeline(c, args[1]);
    if (verb == QLatin1String("report"))
        return showReport(c, args[1]);
    auto db = openInventory(c.workspace);
    if (!db) {
        c.err << db.error().message << Qt::endl;
        return Failed;
    }
    if (verb == QLatin1String("import"))
        return importHosts(c, **db, args[1]);
    if (verb == QLatin1String("list"))
        return listHosts(c, **db);
    if (arming)
        return armHosts(c, **db, args.mid(1), verb == QLatin1String("arm"));
    return exportHosts(c, **db, args.value(1));
}

} // namespace Crashcart::Cli
