// SPDX-License-Identifier: GPL-3.0-or-later
#include "installtracker.h"

#include "inventory/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <future>

Q_LOGGING_CATEGORY(lcTracker, "crashcart.install.tracker", QtInfoMsg)

namespace Crashcart::Install {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Install::InstallTracker)
};

const QString kPrefix = QStringLiteral("/api/install/");

// "/api/install/<token>/<kind>": the token and the kind, or nothing.
std::optional<std::pair<QString, QString>> splitPath(const QString &path)
{
    if (!path.startsWith(kPrefix))
        return std::nullopt;
    const QStringList parts = path.mid(kPrefix.size()).split(u'/');
    if (parts.size() != 2)
        return std::nullopt;
    return std::pair { parts[0], parts[1] };
}

Netboot::Http::PostReply reply(int status, const QString &error = QString(), bool replay = false)
{
    QJsonObject o;
    if (error.isEmpty()) {
        o.insert(QLatin1String("ok"), true);
        if (replay)
            o.insert(QLatin1String("replay"), true);
    } else {
        o.insert(QLatin1String("error"), error);
    }
    return { status, QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n', "application/json" };
}

} // namespace

InstallTracker::InstallTracker(Inventory::Database &db, QObject *parent) : QObject(parent), m_installs(db)
{
    connect(&m_timeouts, &QTimer::timeout, this, &InstallTracker::checkStalled);
}

Verdict InstallTracker::apply(const Callback &c)
{
    const QString what = c.kind == Kind::Progress ? QStringLiteral("progress") : c.kind == Kind::Report ? QStringLiteral("report")
                                                                                                          : QStringLiteral("log");
    if (!c.refusal.isEmpty()) {
        auto mac = m_installs.noteRefused(c.token, what, c.refusal);
        if (!mac)
            Q_EMIT failed(mac.error().message);
        return Verdict { c.refusalStatus, c.refusal, mac ? *mac : MacAddress(), false };
    }
    Result<Verdict> v = c.kind == Kind::Progress ? m_installs.progress(c.token, c.progress)
        : c.kind == Kind::Report                 ? m_installs.storeReport(c.token, c.body)
                                                 : m_installs.storeLog(c.token, QString::fromUtf8(c.body).remove(QChar(0)));
    if (!v) {
        qCWarning(lcTracker) << "callback not recorded:" << v.error().message;
        Q_EMIT failed(v.error().message);
        return Verdict { 503, Tr::tr("The inventory could not record this: %1").arg(v.error().message), {}, false };
    }
    if (!v->mac.isNull())
        Q_EMIT changed({ v->mac });
    if (v->ended) {
        auto latest = m_installs.latest(v->mac);
        if (latest && *latest)
            Q_EMIT ended(v->mac, int((*latest)->state), (*latest)->outcome);
    }
    return *v;
}

void InstallTracker::noteActivity(const QList<MacAddress> &macs)
{
    // The hosts' rows refresh for their events anyway (EventRecorder::written); only an install
    // that started is news here.
    const auto started = m_installs.noteActivity(macs, QDateTime::currentDateTimeUtc());
    if (!started)
        Q_EMIT failed(started.error().message);
    else if (!started->isEmpty())
        Q_EMIT changed(*started);
}

void InstallTracker::syslogProgress(const MacAddress &mac, const QString &stage, std::optional<int> percent)
{
    if (mac.isNull())
        return;
    auto v = m_installs.syslogProgress(mac, stage, percent);
    if (!v)
        Q_EMIT failed(v.error().message);
    else if (v->status == 200)
        Q_EMIT changed({ mac });
}

void InstallTracker::checkStalled()
{
    auto stalled = m_installs.failStalled(QDateTime::currentDateTimeUtc());
    if (!stalled) {
        Q_EMIT failed(stalled.error().message);
        return;
    }
    for (const MacAddress &mac : std::as_const(*stalled)) {
        auto latest = m_installs.latest(mac);
        if (latest && *latest)
            Q_EMIT ended(mac, int((*latest)->state), (*latest)->outcome);
    }
    if (!stalled->isEmpty())
        Q_EMIT changed(*stalled);
}

void InstallTracker::watchTimeouts(int intervalMs)
{
    checkStalled();
    m_timeouts.start(intervalMs);
}

qint64 CallbackEndpoint::maxBody(const QString &path) const
{
    if (!path.startsWith(kPrefix))
        return 0;
    if (path.endsWith(QLatin1String("/report")))
        return MaxReportBytes;
    if (path.endsWith(QLatin1String("/log")))
        return MaxLogBytes;
    return MaxProgressBytes;
}

QString CallbackEndpoint::redacted(const QString &path) const
{
    const auto parts = splitPath(path);
    return parts ? kPrefix + QStringLiteral("…/") + parts->second : path;
}

Verdict CallbackEndpoint::forward(const InstallTracker::Callback &callback) const
{
    auto promise = std::make_shared<std::promise<Verdict>>();
    std::future<Verdict> future = promise->get_future();
    const QPointer<InstallTracker> tracker = m_tracker;
    if (!tracker)
        return Verdict { 503, Tr::tr("Crashcart is shutting down"), {}, false };
    QMetaObject::invokeMethod(tracker.data(), [tracker, callback, promise] {
        promise->set_value(tracker ? tracker->apply(callback) : Verdict { 503, Tr::tr("Crashcart is shutting down"), {}, false });
    }, Qt::QueuedConnection);
    if (future.wait_for(std::chrono::seconds(5)) != std::future_status::ready)
        return Verdict { 503, Tr::tr("The inventory did not answer in time: post again"), {}, false };
    return future.get();
}

Netboot::Http::PostReply CallbackEndpoint::post(const Netboot::Http::PostRequest &request)
{
    const auto parts = splitPath(request.path);
    static const QStringList kinds = { QStringLiteral("progress"), QStringLiteral("report"), QStringLiteral("log") };
    if (!parts || !kinds.contains(parts->second))
        return reply(404, Tr::tr("No such endpoint: use /api/install/TOKEN/progress, /report or /log"));
    if (!isTokenShaped(parts->first))
        return reply(400, Tr::tr("The token is malformed: it is the 32 hex digits the kickstart was rendered with"));
    InstallTracker::Callback c;
    c.token = parts->first;
    c.kind = parts->second == kinds[0] ? InstallTracker::Kind::Progress
        : parts->second == kinds[1]    ? InstallTracker::Kind::Report
                                       : InstallTracker::Kind::Log;
    if (request.tooLarge) {
        c.refusal = Tr::tr("The body is larger than %n byte(s)", nullptr, int(maxBody(request.path)));
        c.refusalStatus = 413;
    } else if (c.kind == InstallTracker::Kind::Progress) {
        auto progress = parseProgress(request.body);
        if (progress)
            c.progress = *progress;
        else
            c.refusal = progress.error().message;
    } else if (c.kind == InstallTracker::Kind::Report) {
        if (auto ok = checkReport(request.body); !ok)
            c.refusal = ok.error().message;
        c.body = request.body;
    } else {
        c.body = request.body;
    }
    const Verdict v = forward(c);
    return reply(v.status, v.status == 200 ? QString() : v.message, v.status == 200 && !v.message.isEmpty());
}

} // namespace Crashcart::Install
