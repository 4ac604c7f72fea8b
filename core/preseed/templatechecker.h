// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checker.h"

#include "kickstart/template.h"

namespace Crashcart::Preseed {

// Checks a preseed template (the per-host {{ ... }} templates kickstarts use, see
// kickstart/template.h): the template's own errors, and the checker's findings on the
// rendered preseed moved back to the template's lines. With no host at hand (the editor),
// pass Kickstart::placeholderVariables().
Diagnostics checkTemplate(const QByteArray &source, const Kickstart::TemplateVariables &variables,
                          const Kickstart::TemplateRenderer::SnippetSource &snippets, const CheckOptions &options = {});

} // namespace Crashcart::Preseed
