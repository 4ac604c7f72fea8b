// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandtable.h"
#include "diagnostic.h"
#include "document.h"

namespace Crashcart::Kickstart {

struct LintOptions
{
    QString baseDirectory;     // where relative %include paths are looked up; empty: not looked up
    bool checkScripts = true;  // run ShellCheck / python3 on script bodies
    int scriptTimeoutMs = 15000;
};

// Judges a parsed kickstart against one release's command table.
class Linter
{
public:
    explicit Linter(CommandTable table) : m_table(std::move(table)) { }

    Diagnostics lint(const Document &doc, const LintOptions &options = {}) const;
    Diagnostics lint(const QByteArray &source, const LintOptions &options = {}) const;

private:
    CommandTable m_table;
};

} // namespace Crashcart::Kickstart
