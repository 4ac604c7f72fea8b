// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditcommand.h"

#include "clihelp.h"
#include "cliworkspace.h"

#include "common/macaddress.h"
#include "inventory/audittrail.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

namespace Crashcart::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Cli::Audit)
};

enum Status { Ok = 0, Failed = 1, Usage = 2 };

QJsonObject toJson(const Inventory::AuditEntry &e)
{
    return { { QStringLiteral("id"), e.id },
             { QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs) },
             { QStringLiteral("user"), e.user },
             { QStringLiteral("action"), e.action },
             { QStringLiteral("mac"), e.mac.isNull() ? QString() : e.mac.toString() },
             { QStringLiteral("detail"), e.detail } };
}

} // namespace

QDateTime parseSince(const QString &text, const QDateTime &now)
{
    static const QRegularExpression age(QStringLiteral("^(\\d{1,6})([smhd])$"));
    if (const auto m = age.match(text); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 seconds = unit == u's' ? n : unit == u'm' ? n * 60 : unit == u'h' ? n * 3600 : n * 86400;
        return now.addSecs(-seconds);
    }
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            at = QDateTime(day, QTime(0, 0), Qt::UTC);
    }
    if (at.isValid() && at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC); // an ISO time without a zone: UTC, as the audit shows it
    return at;
}

int runAudit(QTextStream &out, QTextStream &err, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption workspace = workspaceOption();
    const QCommandLineOption json { QStringLiteral("json"), Tr::tr("Print JSON.") };
    const QCommandLineOption host { QStringLiteral("host"), Tr::tr("Only what concerns the host with this MAC."), QStringLiteral("MAC") };
    const QCommandLineOption since { QStringLiteral("since"),
                                     Tr::tr("Only from T on: an ISO 8601 date or time (UTC unless it says otherwise), or an "
                                            "age such as 30m, 12h, 7d."),
                                     QStringLiteral("T") };
    parser.addOptions({ workspace, json, host, since });
    parser.addHelpOption();
    if (!parser.parse(QStringList { QStringLiteral("audit") } + args)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    const QString usage = Tr::tr("usage: crashcart-cli audit [--host MAC] [--since T] [--json]\n"
                                 "Who armed, disarmed, cancelled, powered or changed a profile, and when: the database "
                                 "role on PostgreSQL (none on a workspace's SQLite file). Nobody can change or delete "
                                 "an entry.");
    if (const auto answered = helpOrUsage(out, err, usage, parser, parser.positionalArguments().isEmpty()))
        return *answered;
    std::optional<MacAddress> mac;
    if (parser.isSet(host)) {
        auto parsed = MacAddress::parse(parser.value(host));
        if (!parsed) {
            err << parsed.error().message << Qt::endl;
            return Usage;
        }
        mac = *parsed;
    }
    QDateTime from;
    if (parser.isSet(since)) {
        from = parseSince(parser.value(since), QDateTime::currentDateTimeUtc());
        if (!from.isValid()) {
            err << Tr::tr("'%1' is not a time: write 2026-12-06, 2026-12-06T07:30:00Z, or an age such as 30m, 12h, 7d")
                       .arg(parser.value(since).left(40))
                << Qt::endl;
            return Usage;
        }
    }
    auto opened = openWorkspace(parser.value(workspace));
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return Failed;
    }
    auto entries = Inventory::AuditTrail(*opened->db).entries(mac, from);
    if (!entries) {
        err << entries.error().message << Qt::endl;
        return Failed;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const auto &e : std::as_const(*entries))
            array.append(toJson(e));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const auto &e : std::as_const(*entries)) {
        out << e.at.toString(Qt::ISODate) << "  " << (e.user.isEmpty() ? QStringLiteral("-") : e.user) << "  " << e.action
            << "  " << (e.mac.isNull() ? QStringLiteral("-") : e.mac.toString()) << "  " << e.detail << Qt::endl;
    }
    return Ok;
}

} // namespace Crashcart::Cli
