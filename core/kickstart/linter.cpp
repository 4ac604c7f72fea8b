// SPDX-License-Identifier: GPL-3.0-or-later
#include "linter.h"

#include "parser.h"
#include "rules.h"
#include "scriptchecker.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

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
    const qsizetype n = w.size();
    // Three rows of the table, reused for every candidate: a file of unknown commands asks
    // this once a line.
    std::vector<int> older, previous, row;
    for (const QString &candidate : candidates) {
        // The distance is at least the difference in length: a long word (a fuzzed line, a
        // pasted blob) is not compared letter by letter with every command name.
        if (std::abs(candidate.size() - n) >= bestDistance)
            continue;
        const QString c = candidate.toLower();
        // Levenshtein with adjacent transpositions ("psot" is one step from "post").
        const qsizetype m = c.size();
        older.assign(size_t(m + 1), 0);
        previous.resize(size_t(m + 1));
        row.resize(size_t(m + 1));
        for (qsizetype j = 0; j <= m; ++j)
            previous[size_t(j)] = int(j);
        bool hopeless = false;
        for (qsizetype i = 1; i <= n && !hopeless; ++i) {
            row[0] = int(i);
            int rowBest = row[0];
            for (qsizetype j = 1; j <= m; ++j) {
                const int cost = w[i - 1] == c[j - 1] ? 0 : 1;
                int d = std::min({ previous[size_t(j)] + 1, row[size_t(j - 1)] + 1, previous[size_t(j - 1)] + cost });
                if (i > 1 && j > 1 && w[i - 1] == c[j - 2] && w[i - 2] == c[j - 1])
                    d = std::min(d, older[size_t(j - 2)] + 1);
                row[size_t(j)] = d;
                rowBest = std::min(rowBest, d);
            }
            // A row's smallest cell is at most one more than the row before's, and a later row
            // reaches no lower than this one's smallest (a transposition adds one to the row
            // before it): once a row is all at the best found, no better is coming.
            hopeless = rowBest >= bestDistance;
            std::swap(older, previous);
            std::swap(previous, row);
        }
        if (!hopeless && previous[size_t(m)] < bestDistance) {
            bestDistance = previous[size_t(m)];
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
