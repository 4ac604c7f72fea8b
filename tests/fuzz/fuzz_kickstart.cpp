// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: a kickstart template as an admin or a file off the net may hold it: rendered for
// a host, then linted, as `ks render` and the HTTP server do. Links the kickstart library
// only (no SQL, no network server).
#include "kickstart/commandtable.h"
#include "kickstart/hostvariables.h"
#include "kickstart/linter.h"
#include "kickstart/template.h"

#include <QCoreApplication>

using namespace Crashcart;
using namespace Crashcart::Kickstart;

namespace {

const CommandTable &table()
{
    static const CommandTable t = *CommandTable::forRelease(CommandTable::defaultRelease());
    return t;
}

HostFacts host()
{
    HostFacts h;
    h.mac = *MacAddress::parse(QStringLiteral("52:54:00:12:34:56"));
    h.name = QStringLiteral("web01");
    h.tags = { QStringLiteral("rack=r3"), QStringLiteral("gpu") };
    return h;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray source(reinterpret_cast<const char *>(data), qsizetype(size));
    const TemplateRenderer renderer(hostVariables(host(), { QStringLiteral("10.0.0.5"), 8080, 69 }, QStringLiteral("t0k")),
                                    [](const QString &name) -> std::optional<QByteArray> {
                                        if (name == QLatin1String("loop"))
                                            return QByteArray("{{> loop }}\n"); // a snippet that includes itself
                                        return std::nullopt;
                                    });
    const Rendered rendered = renderer.render(source);
    LintOptions options;
    options.checkScripts = false; // no shellcheck processes under the fuzzer
    const Diagnostics found = Linter(table()).lint(rendered.ok() ? rendered.text : source, options);
    if (rendered.ok()) {
        // Every diagnostic on the rendered text maps back to a template line that exists.
        for (const Diagnostic &d : rendered.toTemplate(found)) {
            if (d.line < 1 || d.line > source.count('\n') + 1)
                __builtin_trap();
        }
    }
    return 0;
}
