// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Crashcart::Kickstart {

// Per-host kickstart templates.
//
// The syntax is `{{ name }}`, as in Jinja and Mustache, chosen because nothing a kickstart
// holds reads it as its own: `$VAR`, `${VAR}`, `$(...)` and `@...@` (autoconf-style, which
// sed scripts in %post also use) all belong to shell, and `%` opens sections. Shell has no
// `{{`, and a brace group always has a blank after `{`. Forms:
//   {{ host.name }}                  a variable; unknown names are errors
//   {{ tag.rack | default "r0" }}    a fallback when the variable is absent or empty here
//   {{ host.name | quote }}          single-quoted for shell
//   {{> hwcheck }}                   a snippet, on a line of its own (see SnippetLibrary)
//   {{# a note }}                    a comment, renders nothing
//   {{ "{{" }}                       a literal
struct TemplateVariables
{
    // A null QString marks a variable this host has no value for (an IP under DHCP):
    // "not set" is a different error from "unknown".
    QHash<QString, QString> values;
    // For checking a template with no host at hand (the editor): every name that has no
    // value in |values| renders as this instead of being an error. Null: names must be known.
    QString placeholder;

    std::optional<QString> value(const QString &name) const;
    bool isKnown(const QString &name) const;
};

// Where an output line came from: its template line, and within a snippet its own line.
struct LineOrigin
{
    int line = 0;
    QString snippet;
    int snippetLine = 0;
    // (output column, template column) pairs, 1-based, where copying resumed after a
    // substitution; columns in between map one to one.
    QList<std::pair<int, int>> anchors;
};

struct Rendered
{
    QByteArray text;
    QList<LineOrigin> lines;   // index 0 is output line 1
    Diagnostics errors;        // template errors, on template lines

    bool ok() const { return errors.isEmpty(); }
    // Findings on the rendered text (a lint), moved to the template's lines and columns.
    Diagnostics toTemplate(Diagnostics diagnostics) const;
};

class TemplateRenderer
{
public:
    using SnippetSource = std::function<std::optional<QByteArray>(const QString &name)>;

    explicit TemplateRenderer(TemplateVariables variables, SnippetSource snippets = {})
        : m_variables(std::move(variables)), m_snippets(std::move(snippets))
    {
    }

    Rendered render(const QByteArray &source) const;

private:
    void renderInto(const QByteArray &source, const QString &snippet, int includeLine, int depth, Rendered &out) const;

    TemplateVariables m_variables;
    SnippetSource m_snippets;
};

} // namespace Crashcart::Kickstart
