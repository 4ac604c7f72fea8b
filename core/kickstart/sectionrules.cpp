// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionchecker.h"
#include "parser.h"
#include "rules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Crashcart::Kickstart::Rules {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Kickstart::Linter)
};

constexpr auto Error = Diagnostic::Severity::Error;
constexpr auto Warning = Diagnostic::Severity::Warning;

void missingEnd(const Document &doc, const Section &s, Diagnostics &out)
{
    const QString name = QString::fromUtf8(s.name);
    const qsizetype at = s.header.split.words[0].begin;
    if (s.interruptedByEof) {
        add(out, doc, s.header.line, at, Error,
            Tr::tr("%1 has no %end: the file ends on line %2 without closing it").arg(name).arg(s.interruptedAt), "missing-end");
        return;
    }
    add(out, doc, s.header.line, at, Error,
        Tr::tr("%1 has no %end: the next section starts on line %2").arg(name).arg(s.interruptedAt), "missing-end");
    // The installer reports it here, where the next section starts: say it there too.
    const int line = s.interruptedAt;
    add(out, doc, line, doc.lineStarts.value(line - 1), Error,
        Tr::tr("%1 opened on line %2 does not end with %end before this section").arg(name).arg(s.header.line), "missing-end");
}

} // namespace

void sections(const Document &doc, const CommandTable &table, Diagnostics &out)
{
    for (const Section &s : doc.sections) {
        const QString name = QString::fromUtf8(s.name);
        const Word &w = s.header.split.words[0];
        const SectionSpec *spec = s.known ? table.section(name) : nullptr;
        if (!spec) {
            QStringList names = table.sectionNames();
            names << QStringLiteral("%end") << QStringLiteral("%include") << QStringLiteral("%ksappend");
            const QString near = closestMatch(name, names, 3);
            add(out, doc, s.header.line, w.begin, Error,
                near.isEmpty() ? Tr::tr("unknown section %1").arg(name) : Tr::tr("unknown section %1 (did you mean %2?)").arg(name, near),
                "unknown-section");
        } else {
            lineSyntax(doc, s.header, out);
            if (spec->deprecated) {
                add(out, doc, s.header.line, w.begin, Warning,
                    Tr::tr("the section %1 is deprecated in %2: use %onerror").arg(name, table.release()), "deprecated-section");
            }
            if (!spec->ignoredBody) {
                OptionChecker checker(doc, out);
                const CheckedArguments args = checker.check(s.header, 1, spec->options, {}, name);
                if (!args.positionals.isEmpty()) {
                    const Word &extra = args.positionals[0];
                    add(out, doc, s.header.line, extra.begin, Error,
                        Tr::tr("unexpected argument '%1' for %2").arg(QString::fromUtf8(extra.value), name), "extra-argument");
                }
                // pykickstart's PackageSection.handleHeader refuses these pairs.
                if (name == u"%packages" && args.values.contains(QStringLiteral("--default"))) {
                    for (const QString &other : { QStringLiteral("--nobase"), QStringLiteral("--nocore") }) {
                        if (args.values.contains(other)) {
                            add(out, doc, s.header.line, w.begin, Error,
                                Tr::tr("%packages cannot take both --default and %1").arg(other), "package-options");
                        }
                    }
                }
                if (name == u"%pre" || name == u"%pre-install") {
                    if (args.values.contains(QStringLiteral("--nochroot"))) {
                        add(out, doc, s.header.line, w.begin, Error, Tr::tr("--nochroot applies to %post only"), "unknown-option");
                    }
                }
            }
        }
        if (s.endLine == 0 && table.sectionsNeedEnd())
            missingEnd(doc, s, out);
        if (name == u"%packages")
            packages(doc, s, out);
    }
    for (const Statement &e : doc.strayEnds) {
        add(out, doc, e.line, e.split.words[0].begin, Error, Tr::tr("%end without a section to close"), "stray-end");
    }
}

void includes(const Document &doc, const LintOptions &options, Diagnostics &out)
{
    for (const Include &inc : doc.includes) {
        const Statement &s = inc.statement;
        const QString directive = QString::fromUtf8(s.split.words[0].value);
        lineSyntax(doc, s, out);
        if (s.split.words.size() < 2) {
            add(out, doc, s.line, s.split.words[0].begin, Error, Tr::tr("%1 needs a path or URL").arg(directive), "include-syntax");
            continue;
        }
        const Word &w = s.split.words[1];
        const QString path = QString::fromUtf8(w.value);
        if (s.split.words.size() > 2) {
            add(out, doc, s.line, s.split.words[2].begin, Error, Tr::tr("%1 takes one path").arg(directive), "include-syntax");
        }
        if (path.contains(u"://") || path.startsWith(u"nfs:"))
            continue;
        if (!options.baseDirectory.isEmpty() && QFileInfo::exists(QDir(options.baseDirectory).filePath(path)))
            continue;
        // A %pre that runs before the include can write the file (the common /tmp/part-include).
        bool written = false;
        const QByteArray fileName = QFileInfo(path).fileName().toUtf8();
        for (const Section &sec : doc.sections) {
            if (sec.header.line > s.line || sec.name != "%pre")
                continue;
            for (const BodyLine &b : sec.body) {
                const QByteArray text = QByteArray::fromRawData(doc.source.constData() + b.begin, b.end - b.begin);
                if (text.contains(w.value) || (!fileName.isEmpty() && text.contains(fileName))) {
                    written = true;
                    break;
                }
            }
        }
        if (!written) {
            add(out, doc, s.line, w.begin, Warning,
                Tr::tr("%1: '%2' cannot be found, and no earlier %pre writes it").arg(directive, path), "include-not-found");
        }
    }
}

} // namespace Crashcart::Kickstart::Rules
