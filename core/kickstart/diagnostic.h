// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Crashcart::Kickstart {

struct Diagnostic
{
    enum class Severity { Error, Warning };
    int line = 0;
    int column = 1;
    Severity severity = Severity::Error;
    QString message;  // translated
    QString code;     // stable, for scripts and tests: "unknown-command", "SC2086", ...

    bool isError() const { return severity == Severity::Error; }
    QString severityName() const { return isError() ? QStringLiteral("error") : QStringLiteral("warning"); }
};

using Diagnostics = QList<Diagnostic>;

// Sorted by line, then column; errors before warnings at the same place.
void sortDiagnostics(Diagnostics &diagnostics);
// Edit distance, for "did you mean".
QString closestMatch(const QString &word, const QStringList &candidates, int maxDistance = 2);

} // namespace Crashcart::Kickstart
