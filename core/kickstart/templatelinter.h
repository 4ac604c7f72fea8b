// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "linter.h"
#include "template.h"

namespace Crashcart::Kickstart {

// Lints a kickstart template: template errors, and the linter's findings on the rendered
// kickstart moved back to the template's lines. With no host at hand (the editor), give
// variables whose placeholder is set, so every name renders.
Diagnostics lintTemplate(const QByteArray &source, const Linter &linter, const TemplateVariables &variables,
                         const TemplateRenderer::SnippetSource &snippets, const LintOptions &options = {});

// Variables for checking a template without a host: known names render as plausible
// values (an IP address, a MAC), every other name as "0".
TemplateVariables placeholderVariables();

} // namespace Crashcart::Kickstart
