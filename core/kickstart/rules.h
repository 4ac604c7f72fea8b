// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandtable.h"
#include "diagnostic.h"
#include "document.h"
#include "linter.h"

// The linter's rule groups; internal to core/kickstart.
namespace Crashcart::Kickstart::Rules {

void lineSyntax(const Document &doc, const Statement &s, Diagnostics &out);
void commands(const Document &doc, const CommandTable &table, Diagnostics &out);
void sections(const Document &doc, const CommandTable &table, Diagnostics &out);
void packages(const Document &doc, const Section &section, Diagnostics &out);
void includes(const Document &doc, const LintOptions &options, Diagnostics &out);

// One finding at |offset| of the document, on |line|; |code| names the rule.
inline void add(Diagnostics &out, const Document &doc, int line, qsizetype offset, Diagnostic::Severity sev,
                const QString &message, const char *code)
{
    out.append(Diagnostic { line, doc.column(offset), sev, message, QString::fromLatin1(code) });
}

} // namespace Crashcart::Kickstart::Rules
