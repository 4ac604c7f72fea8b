// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "document.h"

namespace Crashcart::Kickstart {

// Checks %pre/%post/%pre-install/%onerror/%traceback bodies with the real tools, as separate
// processes, and brings the findings back on kickstart lines. Shell (the default /bin/sh, which
// is bash in the installer, or an explicit sh or bash --interpreter) is parsed by `bash -n`:
// what bash cannot parse fails when the installer runs it, so that is an error. ShellCheck's
// findings stay warnings, its own parse errors included: its parser is not bash's, and bash has
// the last word on what runs. Python is parsed by the local python3, as warnings (the
// installer's Python may be older or newer). A missing tool is said once.
class ScriptChecker
{
public:
    enum class Language { Shell, Python, Other };

    explicit ScriptChecker(int timeoutMs = 15000) : m_timeoutMs(timeoutMs) { }

    Diagnostics check(const Document &doc);

    static Language language(const Document &doc, const Section &section);

private:
    Diagnostics shellSyntax(const Section &section, const QByteArray &body);
    Diagnostics shellcheck(const Document &doc, const Section &section, const QByteArray &body);
    Diagnostics python(const Document &doc, const Section &section, const QByteArray &body);

    int m_timeoutMs;
    bool m_reportedBash = false;
    bool m_reportedShellcheck = false;
    bool m_reportedPython = false;
};

} // namespace Crashcart::Kickstart
