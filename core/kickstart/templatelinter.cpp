// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatelinter.h"

#include <QLoggingCategory>
#include <QSet>

namespace Crashcart::Kickstart {

Q_LOGGING_CATEGORY(lcTemplateLint, "crashcart.kickstart.templatelint", QtWarningMsg)

Diagnostics lintTemplate(const QByteArray &source, const Linter &linter, const TemplateVariables &variables,
                         const TemplateRenderer::SnippetSource &snippets, const LintOptions &options)
{
    // Plain kickstarts skip the round trip.
    if (!source.contains("{{"))
        return linter.lint(source, options);
    const Rendered rendered = TemplateRenderer(variables, snippets).render(source);
    Diagnostics found = linter.lint(rendered.text, options);
    if (!variables.placeholder.isNull()) {
        // A placeholder is not the host's value: what ShellCheck says about a line that got
        // one ("this string is constant", SC2157) is about the placeholder, not the script.
        found.removeIf([&rendered](const Diagnostic &d) {
            return d.code.startsWith(QLatin1String("SC")) && d.line >= 1 && d.line <= rendered.lines.size()
                && !rendered.lines.at(d.line - 1).anchors.isEmpty();
        });
    }
    Diagnostics out = rendered.errors;
    // On a line whose template is broken, what the linter makes of the leftovers is noise.
    QSet<int> broken;
    for (const Diagnostic &e : rendered.errors)
        broken.insert(e.line);
    const Diagnostics mapped = rendered.toTemplate(found);
    for (const Diagnostic &d : mapped) {
        if (!broken.contains(d.line))
            out.append(d);
    }
    sortDiagnostics(out);
    qCDebug(lcTemplateLint) << out.size() << "findings," << rendered.errors.size() << "in the template itself";
    return out;
}

TemplateVariables placeholderVariables()
{
    TemplateVariables v;
    v.values = { { QStringLiteral("host.name"), QStringLiteral("host.example.org") },
                 { QStringLiteral("host.mac"), QStringLiteral("52:54:00:00:00:01") },
                 { QStringLiteral("host.mac_dashes"), QStringLiteral("52-54-00-00-00-01") },
                 { QStringLiteral("host.ip"), QStringLiteral("192.0.2.10") },
                 { QStringLiteral("host.bootproto"), QStringLiteral("static") },
                 { QStringLiteral("host.tags"), QStringLiteral("tag") },
                 { QStringLiteral("server.address"), QStringLiteral("192.0.2.1") },
                 { QStringLiteral("server.url"), QStringLiteral("http://192.0.2.1") },
                 { QStringLiteral("install.token"), QStringLiteral("0123456789abcdef") } };
    v.placeholder = QStringLiteral("0");
    return v;
}

} // namespace Crashcart::Kickstart
