// SPDX-License-Identifier: GPL-3.0-or-later
#include "linter.h"

#include "parser.h"
#include "rules.h"
#include "scriptchecker.h"

#include <algorithm>
#include <cstdlib>

namespace Crashcart::Kickstart {

void sortDiagnostics(Diagnostics &diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.line != b.line)
            return a.line < b.line;
        if (a.column != b.column)
            return a.column < b.column;
        return a.isError() && !b.isError();
    });
}

QString closestMatch(const QString &word, const QStringList &candidates, int maxDistance)
{
    QString best;
    int bestDistance = maxDistance + 1;
    const QString w = word.toLower();
    for (const QString &candidate : candidates) {
        // The distance is at least the difference in length: a long word (a fuzzed line, a
        // pasted blob) is not compared letter by letter with every command name.
        if (std::abs(candidate.size() - w.size()) >= bestDistance)
            continue;
        const QString c = candidate.toLower();
        // Levenshtein with adjacent transpositions ("psot" is one step from "post").
        const qsizetype n = w.size(), m = c.size();
        QList<QList<int>> d(n + 1, QList<int>(m + 1));
        for (qsizetype i = 0; i <= n; ++i)
            d[i][0] = int(i);
        for (qsizetype j = 0; j <= m; ++j)
            d[0][j] = int(j);
        for (qsizetype i = 1; i <= n; ++i) {
            for (qsizetype j = 1; j <= m; ++j) {
                const int cost = w[i - 1] == c[j - 1] ? 0 : 1;
                d[i][j] = std::min({ d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost });
                if (i > 1 && j > 1 && w[i - 1] == c[j - 2] && w[i - 2] == c[j - 1])
                    d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
        if (d[n][m] < bestDistance) {
            bestDistance = d[n][m];
            best = candidate;
        }
    }
    return best;
}

Diagnostics Linter::lint(const Document &doc, const LintOptions &options) const
{
    Diagnostics out;
    Rules::commands(doc, m_table, out);
    Rules::sections(doc, m_table, out);
    Rules::includes(doc, options, out);
    if (options.checkScripts)
        out += ScriptChecker(options.scriptTimeoutMs).check(doc);
    sortDiagnostics(out);
    return out;
}

Diagnostics Linter::lint(const QByteArray &source, const LintOptions &options) const
{
    return lint(Parser::parse(source), options);
}

} // namespace Crashcart::Kickstart
