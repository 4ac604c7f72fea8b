// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QDateTime;
class QTextStream;

namespace Crashcart::Cli {

// `audit [--host MAC] [--since T] [--json]`: who armed, disarmed, cancelled, powered or
// changed a profile, and when. |args| follow "audit". Returns 0 done, 1 failed, 2 usage.
int runAudit(QTextStream &out, QTextStream &err, const QStringList &args);

// --since: an ISO 8601 date or time (UTC unless it says otherwise), or an age such as 30m,
// 12h, 7d counted back from |now|. Invalid when neither.
QDateTime parseSince(const QString &text, const QDateTime &now);

} // namespace Crashcart::Cli
