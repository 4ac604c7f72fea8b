// SPDX-License-Identifier: GPL-3.0-or-later
#include "template.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace Crashcart::Kickstart {

Q_LOGGING_CATEGORY(lcTemplate, "crashcart.kickstart.template", QtWarningMsg)

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Kickstart::Template)
};

constexpr int kMaxSnippetDepth = 8;

// Columns are in code points, as the linter counts them.
int codePoints(const QByteArray &bytes, qsizetype from, qsizetype to)
{
    int n = 0;
    for (qsizetype i = from; i < to; ++i)
        n += (uchar(bytes[i]) & 0xC0) != 0x80;
    return n;
}

QString shellQuote(const QString &value)
{
    QString quoted = value;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

// Splits `a | b "x" | c` at the bars outside quotes.
QStringList splitPipes(const QString &expr)
{
    QStringList parts;
    QString current;
    QChar quote;
    for (const QChar c : expr) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'|') {
            parts.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    parts.append(current.trimmed());
    return parts;
}

std::optional<QString> literal(const QString &text)
{
    if (text.size() >= 2 && (text.front() == u'"' || text.front() == u'\'') && text.back() == text.front())
        return text.mid(1, text.size() - 2);
    return std::nullopt;
}

struct Evaluated
{
    QString value;
    QString error;
    const char *code = nullptr;
};

Evaluated evaluate(const QString &expr, const TemplateVariables &vars)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.:/-]*$"));
    const QStringList parts = splitPipes(expr);
    const QString primary = parts.first();
    std::optional<QString> value = literal(primary);
    bool missing = false;
    if (!value) {
        if (!name.match(primary).hasMatch())
            return { {}, Tr::tr("'%1' is not a variable name or a quoted string").arg(primary), "template-syntax" };
        value = vars.value(primary);
        missing = !value || value->isEmpty();
    }
    bool defaulted = false;
    for (const QString &filter : parts.mid(1)) {
        if (filter.startsWith(QLatin1String("default"))) {
            const auto fallback = literal(filter.mid(7).trimmed());
            if (!fallback)
                return { {}, Tr::tr("default needs a quoted value: default \"...\""), "template-syntax" };
            if (missing)
                value = *fallback;
            defaulted = true;
        } else if (filter == u"quote") {
            if (value)
                value = shellQuote(*value);
        } else {
            return { {}, Tr::tr("unknown filter '%1' (default, quote)").arg(filter), "template-syntax" };
        }
    }
    if (!value && !defaulted) {
        if (vars.isKnown(primary)) {
            return { {}, Tr::tr("variable '%1' is not set for this host (add | default \"...\")").arg(primary),
                     "template-unset-variable" };
        }
        return { {}, Tr::tr("unknown variable '%1'").arg(primary), "template-unknown-variable" };
    }
    if (value->contains(u'\n'))
        return { {}, Tr::tr("the value of '%1' spans lines").arg(primary), "template-multiline-value" };
    return { *value, {}, nullptr };
}

} // namespace

std::optional<QString> TemplateVariables::value(const QString &name) const
{
    const auto it = values.constFind(name);
    if (it != values.constEnd() && !it->isNull())
        return *it;
    if (it != values.constEnd() && placeholder.isNull())
        return std::nullopt;
    // has.X is true for the tags a host carries (plain, or the key of key=value): every
    // name under has. is known, so a template can test a tag without failing on other hosts.
    if (name.startsWith(QLatin1String("has.")))
        return QStringLiteral("false");
    if (!placeholder.isNull())
        return placeholder;
    return std::nullopt;
}

bool TemplateVariables::isKnown(const QString &name) const
{
    return values.contains(name) || name.startsWith(QLatin1String("has.")) || !placeholder.isNull();
}

Rendered TemplateRenderer::render(const QByteArray &source) const
{
    Rendered out;
    renderInto(source, QString(), 0, 0, out);
    sortDiagnostics(out.errors);
    return out;
}

void TemplateRenderer::renderInto(const QByteArray &source, const QString &snippet, int includeLine, int depth,
                                  Rendered &out) const
{
    const auto report = [&](int line, int column, const QString &message, const char *code) {
        if (snippet.isEmpty()) {
            out.errors.append({ line, column, Diagnostic::Severity::Error, message, QString::fromLatin1(code) });
        } else {
            out.errors.append({ includeLine, 1, Diagnostic::Severity::Error,
                                Tr::tr("in snippet %1, line %2: %3").arg(snippet).arg(line).arg(message),
                                QString::fromLatin1(code) });
        }
    };
    qsizetype pos = 0;
    int lineNo = 0;
    while (pos < source.size()) {
        ++lineNo;
        qsizetype eol = source.indexOf('\n', pos);
        const bool hasNewline = eol >= 0;
        if (!hasNewline)
            eol = source.size();
        const QByteArray line = source.mid(pos, eol - pos);
        pos = eol + 1;

        const QByteArray trimmed = line.trimmed();
        if (trimmed.startsWith("{{>") && trimmed.endsWith("}}") && trimmed.count("{{") == 1) {
            const QString name = QString::fromUtf8(trimmed.mid(3, trimmed.size() - 5)).trimmed();
            const int column = codePoints(line, 0, line.indexOf("{{")) + 1;
            if (depth >= kMaxSnippetDepth) {
                report(lineNo, column, Tr::tr("snippets include each other too deeply (at %1)").arg(name), "template-snippet-depth");
                continue;
            }
            const auto body = m_snippets ? m_snippets(name) : std::nullopt;
            if (!body) {
                report(lineNo, column, Tr::tr("unknown snippet '%1'").arg(name), "template-unknown-snippet");
                continue;
            }
            // Lines of a nested snippet all map to the outermost include.
            const int origin = snippet.isEmpty() ? lineNo : includeLine;
            const qsizetype firstLine = out.lines.size();
            renderInto(*body, name, origin, depth + 1, out);
            if (snippet.isEmpty()) {
                for (qsizetype i = firstLine; i < out.lines.size(); ++i)
                    out.lines[i].line = lineNo;
            }
            if (!out.text.isEmpty() && !out.text.endsWith('\n'))
                out.text.append('\n');
            continue;
        }

        LineOrigin origin { snippet.isEmpty() ? lineNo : includeLine, snippet, snippet.isEmpty() ? 0 : lineNo, {} };
        QByteArray rendered;
        qsizetype at = 0;
        while (true) {
            const qsizetype open = line.indexOf("{{", at);
            if (open < 0) {
                rendered.append(line.mid(at));
                break;
            }
            rendered.append(line.mid(at, open - at));
            const int column = codePoints(line, 0, open) + 1;
            const qsizetype close = line.indexOf("}}", open + 2);
            if (close < 0) {
                report(lineNo, column, Tr::tr("'{{' is not closed by '}}' on this line"), "template-unclosed");
                rendered.append(line.mid(open));
                break;
            }
            const QString expr = QString::fromUtf8(line.mid(open + 2, close - open - 2)).trimmed();
            if (expr.startsWith(u'>')) {
                report(lineNo, column, Tr::tr("a snippet ({{> name }}) must stand on a line of its own"), "template-syntax");
            } else if (!expr.startsWith(u'#')) {
                if (expr.isEmpty()) {
                    report(lineNo, column, Tr::tr("empty '{{ }}'"), "template-syntax");
                } else {
                    const Evaluated e = evaluate(expr, m_variables);
                    if (e.code)
                        report(lineNo, column, e.error, e.code);
                    else
                        rendered.append(e.value.toUtf8());
                }
            }
            at = close + 2;
            origin.anchors.append({ codePoints(rendered, 0, rendered.size()) + 1, codePoints(line, 0, at) + 1 });
        }
        out.text.append(rendered);
        if (hasNewline)
            out.text.append('\n');
        out.lines.append(origin);
    }
    qCDebug(lcTemplate) << "rendered" << lineNo << "lines" << (snippet.isEmpty() ? QString() : snippet);
}

Diagnostics Rendered::toTemplate(Diagnostics diagnostics) const
{
    for (Diagnostic &d : diagnostics) {
        if (lines.isEmpty())
            break;
        const LineOrigin &o = lines.at(std::clamp(d.line, 1, int(lines.size())) - 1);
        d.line = o.line;
        if (!o.snippet.isEmpty()) {
            d.message = Tr::tr("in snippet %1, line %2: %3").arg(o.snippet).arg(o.snippetLine).arg(d.message);
            d.column = 1;
            continue;
        }
        // Inside a substituted value the column is where its {{ began.
        int column = d.column;
        for (const auto &[outColumn, templateColumn] : o.anchors) {
            if (d.column >= outColumn)
                column = templateColumn + (d.column - outColumn);
        }
        d.column = std::max(1, column);
    }
    sortDiagnostics(diagnostics);
    return diagnostics;
}

} // namespace Crashcart::Kickstart
