// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parser.h"

#include "kickstart/diagnostic.h"

#include <QString>

namespace Crashcart::Preseed {

// Checks the shell of *_command values with real tools, as separate processes: a parse with
// `busybox sh -n` (the ash the installer runs them with), else `dash -n`, where a failure is
// an error; then ShellCheck (sh dialect, warnings and up), whose findings are warnings.
// A missing tool is said once; at most |maxRuns| entries are checked.
class CommandChecker
{
public:
    CommandChecker(int timeoutMs, int maxRuns);

    Kickstart::Diagnostics check(const Document &doc, const Entry &entry);
    // "busybox sh -n", "dash -n", or empty when neither is installed.
    QString parserName() const;

private:
    Kickstart::Diagnostics parse(const Document &doc, const Entry &entry, const QByteArray &script, bool &parsed);
    Kickstart::Diagnostics shellcheck(const Document &doc, const Entry &entry, const QByteArray &script);

    int m_timeoutMs;
    int m_runsLeft;
    QString m_busybox;
    QString m_dash;
    QString m_shellcheck;
    bool m_saidShellMissing = false;
    bool m_saidShellcheckMissing = false;
    bool m_saidLimit = false;
};

} // namespace Crashcart::Preseed
