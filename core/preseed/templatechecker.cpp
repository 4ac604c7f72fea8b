// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatechecker.h"

#include <QLoggingCategory>
#include <QSet>

namespace Crashcart::Preseed {

Q_LOGGING_CATEGORY(lcTemplateCheck, "crashcart.preseed.templatecheck", QtWarningMsg)

Diagnostics checkTemplate(const QByteArray &source, const Kickstart::TemplateVariables &variables,
                          const Kickstart::TemplateRenderer::SnippetSource &snippets, const CheckOptions &options)
{
    if (!source.contains("{{"))
        return Checker::check(source, options);
    const Kickstart::Rendered rendered = Kickstart::TemplateRenderer(variables, snippets).render(source);
    Diagnostics found = Checker::check(rendered.text, options);
    if (!variables.placeholder.isNull()) {
        // What ShellCheck says about a placeholder ("this string is constant") is noise.
        found.removeIf([&rendered](const Diagnostic &d) {
            return d.code.startsWith(QLatin1String("SC")) && d.line >= 1 && d.line <= rendered.lines.size()
                && !rendered.lines.at(d.line - 1).anchors.isEmpty();
        });
    }
    Diagnostics out = rendered.errors;
    QSet<int> broken;
    for (const Diagnostic &e : rendered.errors)
        broken.insert(e.line);
    for (const Diagnostic &d : rendered.toTemplate(found)) {
        if (!broken.contains(d.line))
            out.append(d);
    }
    Kickstart::sortDiagnostics(out);
    qCDebug(lcTemplateCheck) << out.size() << "findings," << rendered.errors.size() << "in the template itself";
    return out;
}

} // namespace Crashcart::Preseed
