// SPDX-License-Identifier: GPL-3.0-or-later
#include "servecheck.h"

#include "netboot/preflight.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace Crashcart::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Cli::ServeCheck)
};

using Severity = Netboot::Finding::Severity;

// Stable words for scripts (JSON); the text output says them in the user's language.
QString severityKey(Severity s)
{
    switch (s) {
    case Severity::Problem: return QStringLiteral("problem");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Notice: return QStringLiteral("notice");
    case Severity::Ok: return QStringLiteral("ok");
    }
    return {};
}

QString severityText(Severity s)
{
    switch (s) {
    case Severity::Problem: return Tr::tr("problem");
    case Severity::Warning: return Tr::tr("warning");
    case Severity::Notice: return Tr::tr("notice");
    case Severity::Ok: return Tr::tr("ok");
    }
    return {};
}

// Prints the findings; returns the exit status.
int report(QList<Netboot::Finding> findings, bool json, QTextStream &out)
{
    std::stable_sort(findings.begin(), findings.end(), [](const auto &a, const auto &b) { return a.severity > b.severity; });
    const bool blocked = std::any_of(findings.cbegin(), findings.cend(), [](const auto &f) { return f.severity == Severity::Problem; });
    if (json) {
        QJsonArray list;
        for (const Netboot::Finding &f : std::as_const(findings)) {
            list.append(QJsonObject { { QStringLiteral("severity"), severityKey(f.severity) },
                                      { QStringLiteral("server"), f.server ? Netboot::serverName(*f.server) : QString() },
                                      { QStringLiteral("message"), f.message },
                                      { QStringLiteral("advice"), f.advice } });
        }
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    } else {
        for (const Netboot::Finding &f : std::as_const(findings)) {
            const QString message = f.server ? Tr::tr("%1: %2").arg(Netboot::serverName(*f.server), f.message) : f.message;
            out << Tr::tr("%1: %2").arg(severityText(f.severity), message) << '\n';
            if (!f.advice.isEmpty())
                out << "    " << f.advice << '\n';
        }
        if (!blocked)
            out << Tr::tr("Nothing blocks the servers.") << '\n';
    }
    out.flush();
    return blocked ? 1 : 0;
}

} // namespace

int runServeCheck(const Netboot::PreflightRequest &request, bool json, QTextStream &out)
{
    Netboot::Preflight preflight;
    // The probe answers through the event loop, which ends with the report's status.
    QObject::connect(&preflight, &Netboot::Preflight::finished, &preflight,
                     [json, &out](const QList<Netboot::Finding> &findings) { QCoreApplication::exit(report(findings, json, out)); });
    preflight.run(request);
    return QCoreApplication::exec();
}

} // namespace Crashcart::Cli
