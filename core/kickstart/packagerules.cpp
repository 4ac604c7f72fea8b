// SPDX-License-Identifier: GPL-3.0-or-later
// The %packages body, read as pykickstart reads it. PackageSection.handleLine cuts each line at
// its first '#' (no shlex: quotes and backslashes are literal) and Packages.add looks at the
// first characters of the stripped rest: "@^" is an environment and "-@" an excluded group,
// both named by the whole rest of the line; "@" is a group, whose rest _processGroup splits on
// whitespace, takes --nodefaults and --optional from anywhere (argparse, prefixes allowed) and
// joins what is left with single spaces into the name: "@  base  --optional" is group "base".
#include "optionchecker.h"
#include "rules.h"

#include <QCoreApplication>
#include <QSet>

namespace Crashcart::Kickstart::Rules {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Kickstart::Linter)
};

constexpr auto Error = Diagnostic::Severity::Error;
constexpr auto Warning = Diagnostic::Severity::Warning;

const QString noDefaults = QStringLiteral("--nodefaults");
const QString optional = QStringLiteral("--optional");

// What Python's str.split() and str.strip() take for whitespace, in ASCII.
bool isSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f');
}

QList<Word> splitWords(const QByteArray &source, qsizetype begin, qsizetype end)
{
    QList<Word> words;
    const char *d = source.constData();
    for (qsizetype i = begin; i < end;) {
        if (isSpace(d[i])) {
            ++i;
            continue;
        }
        Word w;
        w.begin = i;
        while (i < end && !isSpace(d[i]))
            ++i;
        w.end = i;
        w.value = source.mid(w.begin, w.end - w.begin);
        words.append(w);
    }
    return words;
}

// "@^name" and "-@name": the name is the rest of the line as written, spaces and all.
void verbatimName(const Document &doc, int line, const QList<Word> &words, qsizetype prefixLength, const QString &missing,
                  Diagnostics &out)
{
    const Word &first = words[0];
    const qsizetype nameBegin = first.begin + prefixLength;
    const qsizetype nameEnd = words.last().end;
    if (nameBegin >= nameEnd) {
        add(out, doc, line, first.begin, Error, missing, "package-syntax");
        return;
    }
    bool options = false;
    for (qsizetype i = 1; i < words.size(); ++i)
        options = options || words[i].value.startsWith("--");
    if (first.end == nameBegin || options) {
        const QString prefix = QString::fromUtf8(first.value.left(prefixLength));
        const QString name = QString::fromUtf8(doc.source.mid(nameBegin, nameEnd - nameBegin));
        add(out, doc, line, first.begin, Warning,
            Tr::tr("everything after '%1' is the name, spaces and options included: the installer would look for '%2'")
                .arg(prefix, name),
            "package-syntax");
    }
}

void group(const Document &doc, int line, const QList<Word> &words, Diagnostics &out)
{
    static const QHash<QString, OptionSpec> groupOptions = {
        { noDefaults, OptionSpec {} },
        { optional, OptionSpec {} },
    };
    // A statement whose word 0 is the '@' alone and whose further words are what
    // _processGroup splits, so the option checker sees the group's words as argparse does.
    Statement st { line, doc.lineStarts.value(line - 1), {} };
    Word at = words[0];
    at.end = at.begin + 1;
    at.value = "@";
    st.split.words.append(at);
    if (words[0].value.size() > 1) {
        Word rest = words[0];
        rest.begin += 1;
        rest.value.remove(0, 1);
        st.split.words.append(rest);
    }
    st.split.words.append(words.mid(1));

    QByteArrayList nameWords;
    for (qsizetype i = 1; i < st.split.words.size(); ++i) {
        if (!st.split.words[i].value.startsWith('-'))
            nameWords.append(st.split.words[i].value);
    }
    const QString what = u'@' + QString::fromUtf8(nameWords.join(' '));
    OptionChecker checker(doc, out);
    const CheckedArguments args = checker.check(st, 1, groupOptions, {}, what);
    if (args.positionals.isEmpty())
        add(out, doc, line, at.begin, Error, Tr::tr("a group name is missing after '@'"), "package-syntax");
    // The one pair _processGroup refuses: "Group cannot specify both --nodefaults and
    // --optional", raised outside the parser's error recovery, so the installer stops here.
    if (args.values.contains(noDefaults) && args.values.contains(optional)) {
        qsizetype second = at.begin;
        QSet<QString> seen;
        for (qsizetype i = 1; i < st.split.words.size() && seen.size() < 2; ++i) {
            const QByteArray &v = st.split.words[i].value;
            const QString given = QString::fromUtf8(v.left(v.indexOf('=') < 0 ? v.size() : v.indexOf('=')));
            for (const QString &name : { noDefaults, optional }) {
                if (given.size() > 2 && name.startsWith(given) && !seen.contains(name)) {
                    seen.insert(name);
                    second = st.split.words[i].begin;
                }
            }
        }
        add(out, doc, line, second, Error,
            Tr::tr("%1 cannot take both --nodefaults and --optional: the installer refuses the kickstart here").arg(what),
            "group-options");
    }
}

} // namespace

void packages(const Document &doc, const Section &section, Diagnostics &out)
{
    for (const BodyLine &b : section.body) {
        const qsizetype hash = doc.source.indexOf('#', b.begin);
        const qsizetype end = hash >= 0 && hash < b.end ? hash : b.end;
        const QList<Word> words = splitWords(doc.source, b.begin, end);
        if (words.isEmpty())
            continue;
        if (end < b.end && !isSpace(doc.source[end - 1])) {
            add(out, doc, b.line, end, Warning, Tr::tr("'#' starts a comment here: the installer reads this line only up to it"),
                "comment-in-word");
        }
        const QByteArray &v = words[0].value;
        if (v.startsWith("@^")) {
            verbatimName(doc, b.line, words, 2, Tr::tr("an environment name is missing after '@^'"), out);
        } else if (v.startsWith('@')) {
            group(doc, b.line, words, out);
        } else if (v.startsWith("-@")) {
            verbatimName(doc, b.line, words, 2, Tr::tr("a group name is missing after '-@'"), out);
        } else if (v == "-") {
            verbatimName(doc, b.line, words, 1, Tr::tr("a package name is missing after '-'"), out);
        } else if (words.size() > 1) {
            const Word &extra = words[1];
            add(out, doc, b.line, extra.begin, Error,
                extra.value.startsWith("--")
                    ? Tr::tr("only groups (@name) take options; '%1' is a package").arg(QString::fromUtf8(v))
                    : Tr::tr("one package per line: '%1' would be read as part of the name").arg(QString::fromUtf8(extra.value)),
                "package-syntax");
        }
    }
}

} // namespace Crashcart::Kickstart::Rules
