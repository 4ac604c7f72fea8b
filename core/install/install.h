// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/macaddress.h"
#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Crashcart::Install {

// One attempt to install a host, from arming to its end. Re-arming starts another; the old
// ones stay as the host's history.
enum class InstallState {
    Ready,      // armed; the host has not booted from us yet
    Installing, // the boot chain or the installer has been heard from
    Installed,  // the installer said done: the host boots its disk from now on
    Failed,     // the installer said so, or went silent for the profile's timeout
    Cancelled,  // disarmed, re-armed, or cancelled by an admin
};

QString stateName(InstallState state); // "ready", "installing", ... (stored, and the CLI's JSON)
std::optional<InstallState> stateFromName(const QString &name);
QString stateLabel(InstallState state); // translated
inline bool isRunning(InstallState s) { return s == InstallState::Ready || s == InstallState::Installing; }

struct Install
{
    qint64 id = 0;
    MacAddress mac;
    QString profile;
    QString token;          // 128 random bits, hex: reaches only the host, in its kickstart
    QDateTime armedAt;
    QString armedBy;        // the OS user who armed it
    InstallState state = InstallState::Ready;
    QString stage;          // as the installer last said it (pre, hwcheck, raid, install, post, done, ...)
    int percent = 0;
    QDateTime lastEventAt;  // anything heard from the host; the timeout counts from here
    QString lastEvent;
    QDateTime endedAt;      // null while running
    QString outcome;        // why it ended, in words
    bool hasReport = false;
    bool hasLog = false;
};

// Why an install ended, in words: outcomes are stored as "code" or "code: detail" with the
// codes done, failed, stalled (detail: the last event), rearmed, cancelled (detail: by whom).
QString outcomeLabel(const QString &outcome);
// The OS user running this program (who armed or cancelled an install).
QString currentUser();

// A fresh token: 128 bits from the system's random source, as 32 lowercase hex digits.
QString newToken();
// 32 lowercase hex digits: what newToken() makes. Anything else is refused before a lookup.
bool isTokenShaped(QStringView token);

// What `%pre`/`%post` post to /api/install/<token>/progress (see resources/snippets):
//   {"id": "...", "stage": "...", "status": "running|ok|error", "message": "...", "percent": N}
// Only "stage" is required. "id", when given, makes the event idempotent: a replay with an id
// already seen for the install is acknowledged and not recorded again. Without one, an event
// equal to the install's last one (same stage, status, message and percent) is not recorded twice.
struct Progress
{
    QString id;
    QString stage;
    QString status = QStringLiteral("running");
    QString message;
    int percent = -1; // -1: not said
};
Result<Progress> parseProgress(const QByteArray &json);

// The limits on what a host may post.
inline constexpr qint64 MaxProgressBytes = 64 * 1024;
inline constexpr qint64 MaxReportBytes = 1024 * 1024;
inline constexpr qint64 MaxLogBytes = 1024 * 1024;
// The hardware report: a JSON object, checked and stored as it came.
Result<void> checkReport(const QByteArray &json);

} // namespace Crashcart::Install
