// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionchecker.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Crashcart::Kickstart {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Kickstart::Linter)
};

bool isNegativeNumber(const QByteArray &w)
{
    static const QRegularExpression number(QStringLiteral("^-\\d+$|^-\\d*\\.\\d+$"));
    return number.match(QString::fromLatin1(w)).hasMatch();
}

bool isBoolean(const QByteArray &v)
{
    static const QList<QByteArray> words = { "yes", "no", "true", "false", "on", "off", "1", "0" };
    return words.contains(v.toLower());
}

} // namespace

bool looksLikeOption(const QByteArray &word, const QHash<QString, OptionSpec> &options)
{
    // argparse's order: a known option (or a prefix of one, before any '='), else not a negative
    // number, else not a word with a space in it (`--mkfsoptions "-m bigtime=0"`).
    if (word.size() < 2 || !word.startsWith('-'))
        return false;
    const qsizetype eq = word.indexOf('=');
    const QString name = QString::fromUtf8(eq < 0 ? word : word.left(eq));
    if (options.contains(name))
        return true;
    if (name.startsWith(u"--")) {
        for (auto it = options.cbegin(); it != options.cend(); ++it) {
            if (it.key().startsWith(name))
                return true;
        }
    }
    return !isNegativeNumber(word) && !word.contains(' ');
}

void OptionChecker::report(const Statement &s, qsizetype offset, Diagnostic::Severity severity, const QString &message,
                           const char *code)
{
    m_out.append(Diagnostic { s.line, m_doc.column(offset), severity, message, QString::fromLatin1(code) });
}

void OptionChecker::checkValue(const Statement &s, const Word &w, const QString &name, const OptionSpec &spec,
                               const QByteArray &value)
{
    const QString text = QString::fromUtf8(value);
    bool ok = true;
    if (spec.type == 'i')
        value.trimmed().toLongLong(&ok);
    else if (spec.type == 'b')
        ok = isBoolean(value);
    if (!ok) {
        report(s, w.begin, Diagnostic::Severity::Error,
               spec.type == 'i' ? Tr::tr("%1 needs a whole number, not '%2'").arg(name, text)
                                : Tr::tr("%1 needs yes or no, not '%2'").arg(name, text),
               "invalid-value");
    } else if (!spec.choices.isEmpty() && !spec.choices.contains(text)) {
        report(s, w.begin, Diagnostic::Severity::Error,
               Tr::tr("%1 does not accept '%2' (choose from: %3)").arg(name, text, spec.choices.join(u", ")), "invalid-value");
    }
}

CheckedArguments OptionChecker::check(const Statement &s, qsizetype firstWord, const QHash<QString, OptionSpec> &options,
                                      const QStringList &removed, const QString &what)
{
    CheckedArguments out;
    const QList<Word> &words = s.split.words;
    bool onlyPositionals = false;
    for (qsizetype i = firstWord; i < words.size(); ++i) {
        const Word &w = words[i];
        if (onlyPositionals || !looksLikeOption(w.value, options)) {
            out.positionals.append(w);
            continue;
        }
        if (w.value == "--") {
            onlyPositionals = true;
            continue;
        }
        const qsizetype eq = w.value.indexOf('=');
        const QString given = QString::fromUtf8(eq < 0 ? w.value : w.value.left(eq));
        QString name;
        if (options.contains(given)) {
            name = given;
        } else {
            QStringList matches;
            for (auto it = options.cbegin(); it != options.cend(); ++it) {
                if (given.startsWith(u"--") && it.key().startsWith(given))
                    matches.append(it.key());
            }
            matches.sort();
            if (matches.size() == 1) {
                name = matches.first();
            } else if (matches.size() > 1) {
                report(s, w.begin, Diagnostic::Severity::Error,
                       Tr::tr("ambiguous option %1 for %2: it could be %3").arg(given, what, matches.join(u", ")),
                       "ambiguous-option");
                continue;
            }
        }
        if (name.isEmpty()) {
            if (removed.contains(given)) {
                report(s, w.begin, Diagnostic::Severity::Error,
                       Tr::tr("the option %1 of %2 was removed in this release").arg(given, what), "removed-option");
            } else {
                const QString near = closestMatch(given, options.keys());
                report(s, w.begin, Diagnostic::Severity::Error,
                       near.isEmpty() ? Tr::tr("unknown option %1 for %2").arg(given, what)
                                      : Tr::tr("unknown option %1 for %2 (did you mean %3?)").arg(given, what, near),
                       "unknown-option");
            }
            continue;
        }
        const OptionSpec &spec = options[name];
        if (spec.deprecated) {
            report(s, w.begin, Diagnostic::Severity::Warning,
                   Tr::tr("the option %1 of %2 is deprecated and has no effect").arg(name, what), "deprecated-option");
        } else if (!spec.preferred.isEmpty()) {
            report(s, w.begin, Diagnostic::Severity::Warning,
                   Tr::tr("%1 will be deprecated: write %2 instead").arg(name, spec.preferred), "preferred-option");
        }
        if (spec.kind == OptionSpec::Kind::Flag) {
            if (eq >= 0) {
                report(s, w.begin, Diagnostic::Severity::Error,
                       Tr::tr("%1 takes no value (remove '=%2')").arg(name, QString::fromUtf8(w.value.mid(eq + 1))), "unexpected-value");
            }
            out.values.insert(name, QByteArray());
            continue;
        }
        if (eq >= 0) {
            checkValue(s, w, name, spec, w.value.mid(eq + 1));
            out.values.insert(name, w.value.mid(eq + 1));
            continue;
        }
        qsizetype taken = 0;
        const bool many = spec.kind == OptionSpec::Kind::Values || spec.kind == OptionSpec::Kind::ValuesOneOrMore;
        while (i + 1 < words.size() && !looksLikeOption(words[i + 1].value, options) && (many || taken == 0)) {
            ++i;
            ++taken;
            checkValue(s, words[i], name, spec, words[i].value);
            out.values.insert(name, words[i].value);
        }
        if (taken == 0 && spec.needsValue()) {
            report(s, w.begin, Diagnostic::Severity::Error, Tr::tr("%1 needs a value (%1=VALUE)").arg(name), "missing-value");
        } else if (taken == 0) {
            out.values.insert(name, QByteArray());
        }
    }
    QStringList missing;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (it->required && !out.values.contains(it.key()))
            missing.append(it.key());
    }
    if (!missing.isEmpty()) {
        missing.sort();
        report(s, words.value(0).begin, Diagnostic::Severity::Error,
               Tr::tr("%1 requires %2").arg(what, missing.join(u", ")), "missing-option");
    }
    return out;
}

} // namespace Crashcart::Kickstart
