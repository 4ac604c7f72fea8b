// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandtable.h"
#include "diagnostic.h"
#include "document.h"

#include <QHash>

namespace Crashcart::Kickstart {

struct CheckedArguments
{
    QHash<QString, QByteArray> values;  // by the option's full name, as resolved
    QList<Word> positionals;
};

// Reads a statement's words the way pykickstart's argparse-based option parser does: long
// options by unambiguous prefix, --opt=VALUE or --opt VALUE, flags that take no value.
class OptionChecker
{
public:
    OptionChecker(const Document &doc, Diagnostics &out) : m_doc(doc), m_out(out) { }

    // `what` names the command or section in messages.
    CheckedArguments check(const Statement &s, qsizetype firstWord, const QHash<QString, OptionSpec> &options,
                           const QStringList &removed, const QString &what);

private:
    void report(const Statement &s, qsizetype offset, Diagnostic::Severity severity, const QString &message, const char *code);
    void checkValue(const Statement &s, const Word &w, const QString &name, const OptionSpec &spec, const QByteArray &value);

    const Document &m_doc;
    Diagnostics &m_out;
};

bool looksLikeOption(const QByteArray &word, const QHash<QString, OptionSpec> &options);

} // namespace Crashcart::Kickstart
