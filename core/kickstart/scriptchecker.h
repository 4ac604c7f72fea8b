// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "document.h"

namespace Crashcart::Kickstart {

// Checks %pre/%post/%pre-install/%onerror bodies with the real tools, as separate processes:
// ShellCheck for shell, python3's parser for Python. Findings come back on kickstart lines,
// as warnings (the installer itself runs whatever is there). A missing tool is said once.
class ScriptChecker
{
public:
    enum class Language { Shell, Python, Other };

    explicit ScriptChecker(int timeoutMs = 15000) : m_timeoutMs(timeoutMs) { }

    Diagnostics check(const Document &doc);

    static Language language(const Document &doc, const Section &section);

private:
    Diagnostics shellcheck(const Document &doc, const Section &section, const QByteArray &body);
    Diagnostics python(const Document &doc, const Section &section, const QByteArray &body);

    int m_timeoutMs;
    bool m_reportedShellcheck = false;
    bool m_reportedPython = false;
};

} // namespace Crashcart::Kickstart
