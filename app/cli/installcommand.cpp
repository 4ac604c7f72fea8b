// SPDX-License-Identifier: GPL-3.0-or-later
#include "installcommand.h"

#include "cliworkspace.h"

#include "install/hardwarereport.h"
#include "install/installrepository.h"
#include "inventory/database.h"
#include "inventory/eventlog.h"
#include "inventory/hostrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>

namespace Crashcart::Cli {

using Install::InstallRepository;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Cli::Install)
};

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString local(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QJsonObject toJson(const Install::Install &i, const QString &hostname)
{
    return { { QStringLiteral("id"), double(i.id) },
             { QStringLiteral("mac"), i.mac.toString() },
             { QStringLiteral("hostname"), hostname },
             { QStringLiteral("profile"), i.profile },
             { QStringLiteral("state"), Install::stateName(i.state) },
             { QStringLiteral("stage"), i.stage },
             { QStringLiteral("percent"), i.percent },
             { QStringLiteral("last_event"), i.lastEvent },
             { QStringLiteral("last_event_at"), iso(i.lastEventAt) },
             { QStringLiteral("armed_at"), iso(i.armedAt) },
             { QStringLiteral("armed_by"), i.armedBy },
             { QStringLiteral("ended_at"), iso(i.endedAt) },
             { QStringLiteral("outcome"), i.outcome } };
}

QString hostnameOf(Inventory::Database &db, const MacAddress &mac)
{
    auto host = Inventory::HostRepository(db).find(mac);
    return host && *host ? (*host)->hostname : QString();
}

QString line(const Install::Install &i, const QString &hostname)
{
    QString text = QStringLiteral("%1  %2  %3  %4  %5  %6%")
                       .arg(i.mac.toString(), (hostname.isEmpty() ? QStringLiteral("-") : hostname).leftJustified(12), i.profile.leftJustified(10),
                            Install::stateName(i.state).leftJustified(10), (i.stage.isEmpty() ? QStringLiteral("-") : i.stage).leftJustified(8))
                       .arg(i.percent, 3);
    if (!i.endedAt.isValid())
        text += u"  " + (i.lastEvent.startsWith(QLatin1String("progress ")) ? i.lastEvent.mid(9) : i.lastEvent);
    else
        text += u"  " + Install::outcomeLabel(i.outcome);
    return text;
}

int printStatus(CommandContext &c, Inventory::Database &db, const QList<Install::Install> &installs)
{
    if (c.json) {
        QJsonArray array;
        for (const auto &i : installs)
            array.append(toJson(i, hostnameOf(db, i.mac)));
        c.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (installs.isEmpty()) {
        c.err << Tr::tr("No install is running.") << Qt::endl;
        return Ok;
    }
    c.out << "MAC                HOSTNAME      PROFILE     STATE       STAGE     DONE  LAST EVENT\n";
    for (const auto &i : installs)
        c.out << line(i, hostnameOf(db, i.mac)) << '\n';
    return Ok;
}

// One line per change until every install followed has ended; new ones are followed too.
int follow(CommandContext &c, Inventory::Database &db)
{
    InstallRepository installs(db);
    QHash<qint64, Install::Install> seen;
    bool any = false;
    for (int idle = 0;; ++idle) {
        auto running = installs.running();
        if (!running) {
            c.err << running.error().message << Qt::endl;
            return Failed;
        }
        QList<Install::Install> now = *running;
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) { // the ones that ended since
            if (!std::any_of(now.cbegin(), now.cend(), [&](const auto &i) { return i.id == it.key(); })) {
                auto all = installs.forHost(it->mac);
                for (const auto &i : all ? *all : QList<Install::Install>()) {
                    if (i.id == it.key())
                        now.append(i);
                }
            }
        }
        for (const auto &i : std::as_const(now)) {
            const auto old = seen.constFind(i.id);
            if (old != seen.cend() && old->state == i.state && old->stage == i.stage && old->percent == i.percent
                && old->lastEvent == i.lastEvent)
                continue;
            seen.insert(i.id, i);
            any = true;
            if (c.json)
                c.out << QJsonDocument(toJson(i, hostnameOf(db, i.mac))).toJson(QJsonDocument::Compact) << '\n';
            else
                c.out << local(QDateTime::currentDateTime()) << "  " << line(i, hostnameOf(db, i.mac)) << '\n';
            c.out.flush();
        }
        if (running->isEmpty()) {
            if (!any)
                c.err << Tr::tr("No install is running.") << Qt::endl;
            return Ok;
        }
        QThread::msleep(500);
    }
}

MacAddress parseMac(CommandContext &c, const QString &text)
{
    auto mac = MacAddress::parse(text);
    if (!mac) {
        c.err << text << ": " << mac.error().message << Qt::endl;
        return {};
    }
    return *mac;
}

// The host a per-host command names and the inventory, or a message and null.
std::unique_ptr<Inventory::Database> openFor(CommandContext &c, const QString &macText, MacAddress *mac)
{
    *mac = parseMac(c, macText);
    if (mac->isNull())
        return nullptr;
    auto db = openInventory(c.workspace);
    if (!db) {
        c.err << db.error().message << Qt::endl;
        return nullptr;
    }
    return std::move(*db);
}

} // namespace

int runInstall(CommandContext &c, const QStringList &args, bool followChanges)
{
    const QString verb = args.value(0);
    if ((verb != QLatin1String("status") || args.size() != 1) && (verb != QLatin1String("cancel") || args.size() < 2)) {
        c.err << Tr::tr("usage: crashcart-cli install status [--follow] [--json]   the installs running now\n"
                        "       crashcart-cli install cancel MAC...              end them; the hosts boot their disks")
              << Qt::endl;
        return Usage;
    }
    auto db = openInventory(c.workspace);
    if (!db) {
        c.err << db.error().message << Qt::endl;
        return Failed;
    }
    if (verb == QLatin1String("status")) {
        if (followChanges)
            return follow(c, **db);
        auto running = InstallRepository(**db).running();
        if (!running) {
            c.err << running.error().message << Qt::endl;
            return Failed;
        }
        return printStatus(c, **db, *running);
    }
    QList<MacAddress> macs;
    for (const QString &text : args.mid(1)) {
        const MacAddress mac = parseMac(c, text);
        if (mac.isNull())
            return Failed;
        macs.append(mac);
    }
    auto cancelled = InstallRepository(**db).disarm(macs, u"cancelled: " + Install::currentUser());
    if (!cancelled) {
        c.err << cancelled.error().message << Qt::endl;
        return Failed;
    }
    c.err << Tr::tr("%n install(s) cancelled: the hosts boot their disks", nullptr, int(cancelled->size())) << Qt::endl;
    return Ok;
}

int showTimeline(CommandContext &c, const QString &macText)
{
    MacAddress mac;
    const auto db = openFor(c, macText, &mac);
    if (!db)
        return Failed;
    auto events = Inventory::EventLog(*db).forHost(mac, 100000);
    if (!events) {
        c.err << events.error().message << Qt::endl;
        return Failed;
    }
    if (c.json) {
        QJsonArray array;
        for (auto it = events->crbegin(); it != events->crend(); ++it) {
            array.append(QJsonObject { { QStringLiteral("at"), iso(it->at) },
                                       { QStringLiteral("source"), Inventory::EventLog::sourceOf(it->kind) },
                                       { QStringLiteral("kind"), it->kind },
                                       { QStringLiteral("message"), it->message } });
        }
        c.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (auto it = events->crbegin(); it != events->crend(); ++it) {
        c.out << local(it->at) << "  " << Inventory::EventLog::sourceOf(it->kind).leftJustified(9) << ' '
              << Inventory::EventLog::kindLabel(it->kind) << (it->message.isEmpty() ? QString() : QStringLiteral(": ") + it->message)
              << '\n';
    }
    return Ok;
}

int showReport(CommandContext &c, const QString &macText)
{
    MacAddress mac;
    const auto db = openFor(c, macText, &mac);
    if (!db)
        return Failed;
    InstallRepository installs(*db);
    auto all = installs.forHost(mac);
    if (!all) {
        c.err << all.error().message << Qt::endl;
        return Failed;
    }
    for (auto it = all->crbegin(); it != all->crend(); ++it) {
        if (!it->hasReport)
            continue;
        auto report = installs.report(it->id);
        if (!report) {
            c.err << report.error().message << Qt::endl;
            return Failed;
        }
        if (c.json) {
            c.out << QString::fromUtf8(QJsonDocument::fromJson(*report).toJson(QJsonDocument::Indented));
            return Ok;
        }
        c.out << Tr::tr("Install %1 of %2, armed %3 (%4)").arg(it->id).arg(it->profile, local(it->armedAt), Install::stateLabel(it->state)) << '\n';
        for (const auto &row : Install::summarizeReport(*report))
            c.out << "  " << row.label << ": " << row.value << '\n';
        return Ok;
    }
    c.err << Tr::tr("No install of %1 has posted a hardware report").arg(mac.toString()) << Qt::endl;
    return Failed;
}

} // namespace Crashcart::Cli
