// SPDX-License-Identifier: GPL-3.0-or-later
#include "preseedhighlighter.h"

#include "preseed/checker.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPalette>

namespace Crashcart::App {

Q_LOGGING_CATEGORY(lcPreseedHighlighter, "crashcart.app.kickstart.preseedhighlighter", QtWarningMsg)

namespace {

QTextCharFormat make(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

bool isBlank(QChar c) { return c == u' ' || c == u'\t'; }
bool isWordChar(QChar c) { return c.isLetterOrNumber() || c == u'_'; }

qsizetype skipBlanks(const QString &text, qsizetype i)
{
    while (i < text.size() && isBlank(text[i]))
        ++i;
    return i;
}

qsizetype wordEnd(const QString &text, qsizetype i)
{
    while (i < text.size() && !isBlank(text[i]))
        ++i;
    return i;
}

bool continues(const QString &text) { return text.endsWith(u'\\'); }

} // namespace

PreseedHighlighter::PreseedHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    // The kickstart highlighter's palette, so both kinds of file read alike.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    const auto c = [dark](const char *light, const char *onDark) { return QColor(QLatin1StringView(dark ? onDark : light)); };
    m_formats[size_t(Kind::Owner)] = make(c("#7a3e9d", "#d7a6ff"));
    m_formats[size_t(Kind::Question)] = make(c("#0b4f9c", "#7fb3ff"), true);
    m_formats[size_t(Kind::Type)] = make(c("#8a5a00", "#ffcc66"));
    m_formats[size_t(Kind::Value)] = make(c("#1d6b2e", "#9be59b"));
    m_formats[size_t(Kind::Comment)] = make(c("#6a737d", "#8b949e"), false, true);
    m_formats[size_t(Kind::ScriptString)] = make(c("#a64d00", "#ffa657"));
    m_formats[size_t(Kind::ScriptVariable)] = make(c("#6f42c1", "#d2a8ff"));
    QTextCharFormat tag = make(c("#00796b", "#4dd0c4"), true);
    tag.setBackground(c("#e0f2f1", "#0f3531"));
    m_formats[size_t(Kind::TemplateTag)] = tag;
    qCDebug(lcPreseedHighlighter) << "formats for a" << (dark ? "dark" : "light") << "palette";
}

void PreseedHighlighter::highlightBlock(const QString &text)
{
    const State previous = previousBlockState() < 0 ? State::Start : State(previousBlockState());
    State next = State::Start;
    const qsizetype first = skipBlanks(text, 0);
    if (previous != State::Start) {
        const bool command = previous == State::CommandContinues;
        highlightValue(text, first, command);
        if (continues(text))
            next = previous;
    } else if (first < text.size() && text[first] == u'#') {
        setKind(first, text.size() - first, Kind::Comment);
    } else if (first < text.size()) {
        const bool command = highlightEntry(text);
        if (continues(text))
            next = command ? State::CommandContinues : State::ValueContinues;
    }
    highlightTemplateTags(text);
    setCurrentBlockState(int(next));
}

bool PreseedHighlighter::highlightEntry(const QString &text)
{
    const Kind kinds[] = { Kind::Owner, Kind::Question, Kind::Type };
    qsizetype i = 0;
    QString question;
    for (const Kind kind : kinds) {
        i = skipBlanks(text, i);
        if (i >= text.size() || (i == text.size() - 1 && text[i] == u'\\'))
            return false;
        const qsizetype end = wordEnd(text, i);
        setKind(i, end - i, kind);
        if (kind == Kind::Question)
            question = text.mid(i, end - i);
        i = end;
    }
    const bool command = Preseed::Checker::isCommandQuestion(question.toUtf8());
    highlightValue(text, std::min(i + 1, text.size()), command);
    return command;
}

void PreseedHighlighter::highlightValue(const QString &text, qsizetype from, bool command)
{
    const qsizetype end = continues(text) ? text.size() - 1 : text.size();
    if (from >= end)
        return;
    setKind(from, end - from, Kind::Value);
    if (!command)
        return;
    // Quoted strings and $variables, enough to read a one-line command by.
    for (qsizetype i = from; i < end; ++i) {
        const QChar c = text[i];
        if (c == u'\'' || c == u'"') {
            qsizetype j = i + 1;
            while (j < end && text[j] != c)
                j += (c == u'"' && text[j] == u'\\') ? 2 : 1;
            const qsizetype stop = std::min(end, j + 1);
            setKind(i, stop - i, Kind::ScriptString);
            i = stop - 1;
        } else if (c == u'$' && i + 1 < end) {
            qsizetype k = i + 1;
            if (text[k] == u'{' || text[k] == u'(') {
                const qsizetype close = text.indexOf(text[k] == u'{' ? u'}' : u')', k);
                k = close < 0 || close >= end ? end : close + 1;
            } else {
                while (k < end && isWordChar(text[k]))
                    ++k;
            }
            if (k > i + 1)
                setKind(i, k - i, Kind::ScriptVariable);
            i = k - 1;
        }
    }
}

void PreseedHighlighter::highlightTemplateTags(const QString &text)
{
    qsizetype from = 0;
    while ((from = text.indexOf(QLatin1StringView("{{"), from)) >= 0) {
        const qsizetype close = text.indexOf(QLatin1StringView("}}"), from + 2);
        const qsizetype stop = close < 0 ? text.size() : close + 2;
        setKind(from, stop - from, Kind::TemplateTag);
        from = stop;
    }
}

} // namespace Crashcart::App
