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

} // namespace Crashcart::Kickstart::Rules
