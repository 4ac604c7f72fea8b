// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "install.h"
#include "installrepository.h"

#include "netboot/http/posthandler.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Crashcart::Inventory {
class Database;
}

namespace Crashcart::Install {

// Moves installs along on the database's thread: what installers post, what the boot chain
// did (the event recorder's batches), and installs that went silent. Every change is in the
// database before it is acknowledged, so a crash loses nothing that was answered 200.
class InstallTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstallTracker)

public:
    enum class Kind { Progress, Report, Log };
    struct Callback
    {
        Kind kind = Kind::Progress;
        QString token;
        Progress progress;   // Kind::Progress
        QByteArray body;     // Kind::Report (JSON) and Kind::Log (text)
        // Refused before it got here (bad JSON, too large): why, and the HTTP status to answer.
        QString refusal;
        int refusalStatus = 400;
    };

    explicit InstallTracker(Inventory::Database &db, QObject *parent = nullptr);

    Verdict apply(const Callback &callback);
    void noteActivity(const QList<MacAddress> &macs);
    // Anaconda's syslog stated a stage (and a percent) for |mac|: its running install moves.
    void syslogProgress(const Crashcart::MacAddress &mac, const QString &stage, std::optional<int> percent);
    void checkStalled();
    // Looks for stalled installs every |intervalMs| (and once now).
    void watchTimeouts(int intervalMs = 30'000);

Q_SIGNALS:
    // Installs of these hosts moved (stage, percent, state): rows to refresh.
    void changed(const QList<Crashcart::MacAddress> &macs);
    // An install ended. Emitted before the callback that ended it is answered, so a direct
    // connection (the boot config's reload) runs before the installer hears 200.
    void ended(const Crashcart::MacAddress &mac, int state, const QString &outcome);
    void failed(const QString &message);

private:
    InstallRepository m_installs;
    QTimer m_timeouts;
};

// POST /api/install/<token>/{progress,report,log} for the HTTP server: checks what it can on
// the HTTP thread (the path, the token's shape, sizes, JSON) and has the tracker apply the rest
// on its own thread, waiting (5 s at most) for its verdict. Answers are JSON:
// {"ok": true} or {"error": "..."}, 200, 400 (malformed), 404 (no running install with this
// token, or no such endpoint), 413 (too large), 503 (the inventory did not answer in time).
class CallbackEndpoint final : public Netboot::Http::PostHandler
{
public:
    explicit CallbackEndpoint(InstallTracker *tracker) : m_tracker(tracker) { }

    qint64 maxBody(const QString &path) const override;
    Netboot::Http::PostReply post(const Netboot::Http::PostRequest &request) override;
    QString redacted(const QString &path) const override;

private:
    Verdict forward(const InstallTracker::Callback &callback) const;
    QPointer<InstallTracker> m_tracker;
};

} // namespace Crashcart::Install
