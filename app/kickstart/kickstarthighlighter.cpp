// SPDX-License-Identifier: GPL-3.0-or-later
#include "kickstarthighlighter.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPalette>

#include <algorithm>

namespace Crashcart::App {

Q_LOGGING_CATEGORY(lcHighlighter, "crashcart.app.kickstart.highlighter", QtWarningMsg)

namespace {

constexpr int kOpenString = 0x100;

// Sorted, for binary search over views of the line (no allocation per word).
constexpr QLatin1StringView kShellKeywords[] = {
    QLatin1StringView("case"),   QLatin1StringView("do"),     QLatin1StringView("done"),   QLatin1StringView("elif"),
    QLatin1StringView("else"),   QLatin1StringView("esac"),   QLatin1StringView("exit"),   QLatin1StringView("export"),
    QLatin1StringView("fi"),     QLatin1StringView("for"),    QLatin1StringView("function"), QLatin1StringView("if"),
    QLatin1StringView("in"),     QLatin1StringView("local"),  QLatin1StringView("readonly"), QLatin1StringView("return"),
    QLatin1StringView("set"),    QLatin1StringView("then"),   QLatin1StringView("until"),  QLatin1StringView("while"),
};
constexpr QLatin1StringView kPythonKeywords[] = {
    QLatin1StringView("False"),  QLatin1StringView("None"),   QLatin1StringView("True"),   QLatin1StringView("and"),
    QLatin1StringView("as"),     QLatin1StringView("def"),    QLatin1StringView("elif"),   QLatin1StringView("else"),
    QLatin1StringView("except"), QLatin1StringView("for"),    QLatin1StringView("from"),   QLatin1StringView("if"),
    QLatin1StringView("import"), QLatin1StringView("in"),     QLatin1StringView("not"),    QLatin1StringView("or"),
    QLatin1StringView("return"), QLatin1StringView("try"),    QLatin1StringView("while"),  QLatin1StringView("with"),
};

template<size_t N>
bool isKeyword(const QLatin1StringView (&list)[N], QStringView word)
{
    return std::binary_search(std::begin(list), std::end(list), word,
                              [](const auto &a, const auto &b) { return QAnyStringView::compare(a, b) < 0; });
}

bool isWordChar(QChar c) { return c.isLetterOrNumber() || c == u'_'; }

QTextCharFormat make(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

bool isScriptSection(QStringView name)
{
    return name == u"%pre" || name == u"%post" || name == u"%pre-install" || name == u"%onerror" || name == u"%traceback";
}

bool isKnownSection(QStringView name)
{
    return isScriptSection(name) || name == u"%packages" || name == u"%addon" || name == u"%anaconda";
}

// The end of the word starting at |i|, honouring quotes as the installer's shlex does.
qsizetype wordEnd(const QString &text, qsizetype i)
{
    QChar quote;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c.isSpace()) {
            break;
        }
    }
    return i;
}

} // namespace

KickstartHighlighter::KickstartHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    // Dark text on light themes and light on dark: pick from the palette's base lightness.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    const auto c = [dark](const char *light, const char *onDark) { return QColor(QLatin1StringView(dark ? onDark : light)); };
    m_formats[size_t(Kind::Command)] = make(c("#0b4f9c", "#7fb3ff"), true);
    m_formats[size_t(Kind::Option)] = make(c("#7a3e9d", "#d7a6ff"));
    m_formats[size_t(Kind::Value)] = make(c("#1d6b2e", "#9be59b"));
    m_formats[size_t(Kind::Comment)] = make(c("#6a737d", "#8b949e"), false, true);
    m_formats[size_t(Kind::SectionHeader)] = make(c("#b3261e", "#ff8a80"), true);
    m_formats[size_t(Kind::PackageEntry)] = make(c("#8a5a00", "#ffcc66"));
    m_formats[size_t(Kind::Directive)] = make(c("#b3261e", "#ff8a80"), false, true);
    m_formats[size_t(Kind::ScriptKeyword)] = make(c("#005cc5", "#79c0ff"), true);
    m_formats[size_t(Kind::ScriptString)] = make(c("#a64d00", "#ffa657"));
    m_formats[size_t(Kind::ScriptVariable)] = make(c("#6f42c1", "#d2a8ff"));
    m_formats[size_t(Kind::ScriptComment)] = make(c("#6a737d", "#8b949e"), false, true);
    QTextCharFormat tag = make(c("#00796b", "#4dd0c4"), true);
    tag.setBackground(c("#e0f2f1", "#0f3531"));
    m_formats[size_t(Kind::TemplateTag)] = tag;
    qCDebug(lcHighlighter) << "formats for a" << (dark ? "dark" : "light") << "palette";
}

KickstartHighlighter::Region KickstartHighlighter::region(int blockState)
{
    return blockState < 0 ? Region::TopLevel : Region(blockState & 0xff);
}

void KickstartHighlighter::highlightBlock(const QString &text)
{
    const int previous = previousBlockState();
    const Region r = region(previous);
    const bool openString = previous >= 0 && (previous & kOpenString);
    qsizetype first = 0;
    while (first < text.size() && text[first].isSpace())
        ++first;
    const bool percent = first < text.size() && text[first] == u'%';
    QStringView firstWord;
    if (percent)
        firstWord = QStringView(text).mid(first, wordEnd(text, first) - first);

    int next = int(r);
    if (percent && (r == Region::TopLevel || firstWord == u"%end" || isKnownSection(firstWord))) {
        next = highlightHeader(text);
    } else {
        switch (r) {
        case Region::TopLevel:
            if (first < text.size() && text[first] == u'#')
                setKind(int(first), int(text.size() - first), Kind::Comment);
            else
                highlightWords(text, true);
            break;
        case Region::Shell:
            if (highlightShell(text, openString))
                next |= kOpenString;
            break;
        case Region::Python: highlightPython(text); break;
        case Region::Packages: highlightPackages(text); break;
        case Region::OtherBody: break;
        }
    }
    highlightTemplateTags(text);
    setCurrentBlockState(next);
}

int KickstartHighlighter::highlightHeader(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i].isSpace())
        ++i;
    const qsizetype end = wordEnd(text, i);
    const QStringView name = QStringView(text).mid(i, end - i);
    const bool directive = name == u"%include" || name == u"%ksappend";
    highlightWords(text, false);
    setKind(int(i), int(end - i), directive ? Kind::Directive : Kind::SectionHeader);
    const int previous = previousBlockState();
    if (directive)
        return previous < 0 ? int(Region::TopLevel) : (previous & 0xff);
    if (name == u"%end")
        return int(Region::TopLevel);
    if (name == u"%packages")
        return int(Region::Packages);
    if (!isScriptSection(name))
        return int(Region::OtherBody);
    const qsizetype interp = text.indexOf(QLatin1StringView("--interpreter"), end);
    if (interp >= 0) {
        // --interpreter=/usr/bin/python3 or --interpreter /usr/bin/python3
        qsizetype v = interp + 13;
        while (v < text.size() && (text[v] == u'=' || text[v].isSpace()))
            ++v;
        if (QStringView(text).sliced(v, wordEnd(text, v) - v).contains(QLatin1StringView("python")))
            return int(Region::Python);
    }
    return int(Region::Shell);
}

void KickstartHighlighter::highlightWords(const QString &text, bool firstIsCommand)
{
    bool first = true;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i].isSpace()) {
            ++i;
            continue;
        }
        if (text[i] == u'#') {
            setKind(int(i), int(text.size() - i), Kind::Comment);
            return;
        }
        const qsizetype end = wordEnd(text, i);
        const int len = int(end - i);
        if (first && firstIsCommand) {
            setKind(int(i), len, Kind::Command);
        } else if (text[i] == u'-') {
            const qsizetype eq = text.indexOf(u'=', i);
            if (eq >= 0 && eq < end) {
                setKind(int(i), int(eq - i + 1), Kind::Option);
                setKind(int(eq + 1), int(end - eq - 1), Kind::Value);
            } else {
                setKind(int(i), len, Kind::Option);
            }
        } else {
            setKind(int(i), len, Kind::Value);
        }
        first = false;
        i = end;
    }
}

void KickstartHighlighter::highlightPackages(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i].isSpace())
        ++i;
    if (i >= text.size())
        return;
    if (text[i] == u'#') {
        setKind(int(i), int(text.size() - i), Kind::Comment);
        return;
    }
    const qsizetype end = wordEnd(text, i);
    setKind(int(i), int(end - i), Kind::PackageEntry);
    // Options after the entry (--nodefaults, --optional) and a trailing comment.
    const QString rest = QString(end, u' ') + text.sliced(end);
    highlightWords(rest, false);
}

bool KickstartHighlighter::highlightShell(const QString &text, bool inString)
{
    const auto stringEnd = [&](qsizetype from) -> qsizetype {  // index after the closing quote, or -1
        for (qsizetype j = from; j < text.size(); ++j) {
            if (text[j] == u'\\')
                ++j;
            else if (text[j] == u'"')
                return j + 1;
        }
        return -1;
    };
    const auto variables = [&](qsizetype from, qsizetype to) {
        for (qsizetype j = from; j < to; ++j) {
            if (text[j] != u'$' || j + 1 >= to)
                continue;
            qsizetype k = j + 1;
            if (text[k] == u'{') {
                const qsizetype close = text.indexOf(u'}', k);
                k = close < 0 || close >= to ? to : close + 1;
            } else if (text[k] == u'(') {
                k = k + 1;
            } else if (isWordChar(text[k])) {
                while (k < to && isWordChar(text[k]))
                    ++k;
            } else if (QStringView(u"?@*#!$-").contains(text[k])) {
                ++k;
            } else {
                continue;
            }
            setKind(int(j), int(k - j), Kind::ScriptVariable);
            j = k - 1;
        }
    };

    qsizetype i = 0;
    if (inString) {
        const qsizetype end = stringEnd(0);
        const qsizetype stop = end < 0 ? text.size() : end;
        setKind(0, int(stop), Kind::ScriptString);
        variables(0, stop);
        if (end < 0)
            return true;
        i = end;
    }
    bool wordStart = true;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == u'#' && wordStart) {
            setKind(int(i), int(text.size() - i), Kind::ScriptComment);
            return false;
        }
        if (c == u'\\') {
            i += 2;
            wordStart = false;
            continue;
        }
        if (c == u'\'') {
            const qsizetype close = text.indexOf(u'\'', i + 1);
            const qsizetype stop = close < 0 ? text.size() : close + 1;
            setKind(int(i), int(stop - i), Kind::ScriptString);
            i = stop;
            wordStart = false;
            continue;
        }
        if (c == u'"') {
            const qsizetype end = stringEnd(i + 1);
            const qsizetype stop = end < 0 ? text.size() : end;
            setKind(int(i), int(stop - i), Kind::ScriptString);
            variables(i, stop);
            if (end < 0)
                return true;
            i = stop;
            wordStart = false;
            continue;
        }
        if (c == u'$') {
            variables(i, text.size() > i + 1 ? wordEnd(text, i) : text.size());
            ++i;
            wordStart = false;
            continue;
        }
        if (wordStart && (c.isLetter() || c == u'_')) {
            qsizetype k = i;
            while (k < text.size() && isWordChar(text[k]))
                ++k;
            if (isKeyword(kShellKeywords, QStringView(text).sliced(i, k - i)) && (k == text.size() || !isWordChar(text[k])))
                setKind(int(i), int(k - i), Kind::ScriptKeyword);
            i = k;
            wordStart = false;
            continue;
        }
        wordStart = c.isSpace() || c == u';' || c == u'|' || c == u'&' || c == u'(' || c == u')';
        ++i;
    }
    return false;
}

void KickstartHighlighter::highlightPython(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == u'#') {
            setKind(int(i), int(text.size() - i), Kind::ScriptComment);
            return;
        }
        if (c == u'"' || c == u'\'') {
            qsizetype j = i + 1;
            while (j < text.size() && text[j] != c)
                j += text[j] == u'\\' ? 2 : 1;
            const qsizetype stop = std::min(text.size(), j + 1);
            setKind(int(i), int(stop - i), Kind::ScriptString);
            i = stop;
            continue;
        }
        if (c.isLetter() || c == u'_') {
            qsizetype k = i;
            while (k < text.size() && isWordChar(text[k]))
                ++k;
            if (isKeyword(kPythonKeywords, QStringView(text).sliced(i, k - i)))
                setKind(int(i), int(k - i), Kind::ScriptKeyword);
            i = k;
            continue;
        }
        ++i;
    }
}

void KickstartHighlighter::highlightTemplateTags(const QString &text)
{
    qsizetype from = 0;
    while ((from = text.indexOf(QLatin1StringView("{{"), from)) >= 0) {
        const qsizetype close = text.indexOf(QLatin1StringView("}}"), from + 2);
        const qsizetype stop = close < 0 ? text.size() : close + 2;
        setKind(int(from), int(stop - from), Kind::TemplateTag);
        from = stop;
    }
}

} // namespace Crashcart::App
