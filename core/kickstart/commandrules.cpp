// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionchecker.h"
#include "rules.h"

#include <QCoreApplication>

namespace Crashcart::Kickstart::Rules {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Kickstart::Linter)
};

void add(Diagnostics &out, const Document &doc, const Statement &s, qsizetype offset, Diagnostic::Severity sev,
         const QString &message, const char *code)
{
    Rules::add(out, doc, s.line, offset, sev, message, code);
}

constexpr auto Error = Diagnostic::Severity::Error;
constexpr auto Warning = Diagnostic::Severity::Warning;

// |nearest| remembers the suggestion for each unknown name: a generated file repeats one.
void unknownCommand(const Document &doc, const CommandTable &table, const Statement &s, const QString &name, Diagnostics &out,
                    QHash<QString, QString> &nearest)
{
    const Word &w = s.split.words[0];
    const QStringList elsewhere = table.releasesWith(name);
    if (!elsewhere.isEmpty()) {
        add(out, doc, s, w.begin, Error,
            Tr::tr("the command '%1' does not exist in %2 (it does in %3)").arg(name, table.release(), elsewhere.join(u", ")),
            "unknown-command");
        return;
    }
    auto known = nearest.constFind(name);
    if (known == nearest.cend())
        known = nearest.insert(name, closestMatch(name, table.commandNames()));
    const QString near = *known;
    add(out, doc, s, w.begin, Error,
        near.isEmpty() ? Tr::tr("unknown command '%1'").arg(name) : Tr::tr("unknown command '%1' (did you mean '%2'?)").arg(name, near),
        "unknown-command");
}

// What the installer checks beyond option syntax, where a mistake is common and costly.
void semantics(const Document &doc, const Statement &s, const QString &name, const CheckedArguments &args, Diagnostics &out)
{
    if (name == u"raid" && !args.values.contains(QStringLiteral("--level")) && !args.values.contains(QStringLiteral("--useexisting"))) {
        add(out, doc, s, s.split.words[0].begin, Error, Tr::tr("raid needs --level (for example --level=RAID1)"), "raid-level");
    }
}

} // namespace

void lineSyntax(const Document &doc, const Statement &s, Diagnostics &out)
{
    if (s.split.unclosedQuote >= 0) {
        add(out, doc, s, s.split.unclosedQuote, Error,
            Tr::tr("this quote is never closed (the installer stops reading the file here)"), "unclosed-quote");
    }
    if (s.split.continuation >= 0) {
        add(out, doc, s, s.split.continuation, Error,
            Tr::tr("kickstart has no line continuation: write the command on one line"), "line-continuation");
    }
    if (s.split.midWordComment >= 0) {
        add(out, doc, s, s.split.midWordComment, Warning,
            Tr::tr("'#' starts a comment here and the rest of the line is ignored; quote the value if '#' belongs to it"),
            "comment-in-word");
    }
}

void commands(const Document &doc, const CommandTable &table, Diagnostics &out)
{
    QHash<QString, int> firstSeen;      // command -> line
    QHash<QString, QString> groupSeen;  // alias group key -> command name used
    QHash<QString, int> groupLine;
    QHash<QString, QString> nearest;    // unknown command -> the suggestion for it
    for (const Statement &s : doc.commands) {
        lineSyntax(doc, s, out);
        const QString name = QString::fromUtf8(s.split.words[0].value);
        const CommandSpec *spec = table.command(name);
        if (!spec) {
            unknownCommand(doc, table, s, name, out, nearest);
            continue;
        }
        const Word &w = s.split.words[0];
        if (spec->status == CommandSpec::Status::Removed) {
            add(out, doc, s, w.begin, Error, Tr::tr("the command '%1' was removed in %2").arg(name, table.release()), "removed-command");
            continue;
        }
        if (spec->status == CommandSpec::Status::Deprecated) {
            add(out, doc, s, w.begin, Warning,
                Tr::tr("the command '%1' is deprecated in %2 and has no effect").arg(name, table.release()), "deprecated-command");
        }
        const bool freeForm = !spec->checksArguments && spec->options.isEmpty();
        if (!freeForm) {
            OptionChecker checker(doc, out);
            const CheckedArguments args = checker.check(s, 1, spec->options, spec->removedOptions, name);
            if (spec->checksArguments) {
                const int count = int(args.positionals.size());
                if (count < spec->minArguments) {
                    add(out, doc, s, w.begin, Error, Tr::tr("'%1' needs %n argument(s)", nullptr, spec->minArguments).arg(name),
                        "missing-argument");
                } else if (spec->maxArguments >= 0 && count > spec->maxArguments) {
                    const Word &extra = args.positionals[spec->maxArguments];
                    add(out, doc, s, extra.begin, Error,
                        Tr::tr("unexpected argument '%1' for '%2'").arg(QString::fromUtf8(extra.value), name), "extra-argument");
                }
            }
            semantics(doc, s, name, args, out);
        }
        QStringList conflicts;
        for (const QString &other : spec->conflicts)
            conflicts += table.aliasGroup(other).isEmpty() ? QStringList { other } : table.aliasGroup(other);
        for (const QString &other : std::as_const(conflicts)) {
            if (firstSeen.contains(other)) {
                add(out, doc, s, w.begin, Error,
                    Tr::tr("'%1' cannot be used together with '%2' (line %3)").arg(name, other).arg(firstSeen[other]), "conflict");
            }
        }
        const QStringList group = table.aliasGroup(name);
        if (!spec->repeatable && group.size() > 1) {
            const QString key = group.join(u'|');
            if (groupSeen.contains(key) && groupSeen[key] != name) {
                add(out, doc, s, w.begin, Warning,
                    Tr::tr("'%1' conflicts with '%2' on line %3: only the last one takes effect").arg(name, groupSeen[key]).arg(groupLine[key]),
                    "conflict");
            }
            groupSeen[key] = name;
            groupLine[key] = s.line;
        }
        if (!spec->repeatable && firstSeen.contains(name)) {
            add(out, doc, s, w.begin, Warning,
                Tr::tr("'%1' is given again (first on line %2): only the last one takes effect").arg(name).arg(firstSeen[name]),
                "repeated-command");
        }
        if (!firstSeen.contains(name))
            firstSeen.insert(name, s.line);
    }
}

} // namespace Crashcart::Kickstart::Rules
