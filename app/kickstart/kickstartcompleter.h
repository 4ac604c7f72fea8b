// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kickstart/commandtable.h"

#include <QObject>

class QCompleter;
class QStandardItemModel;

namespace Crashcart::App {

class CodeEditor;

// Completes command names at the start of a line and options after a command or section
// header, for one release, each with a one-line description (a second column in the popup).
class KickstartCompleter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KickstartCompleter)

public:
    explicit KickstartCompleter(CodeEditor *editor, QObject *parent = nullptr);

    void setTable(const Kickstart::CommandTable &table) { m_table = table; }
    QCompleter *completer() const { return m_completer; }
    // Looks at the cursor and shows the popup when there is something to offer; |force|
    // shows it even for an empty prefix (Ctrl+Space). Returns the number of candidates.
    int update(bool force);

    static QString describeCommand(const QString &name, const Kickstart::CommandSpec &spec);
    static QString describeOption(const Kickstart::OptionSpec &spec);

private:
    void insert(const QString &completion);

    CodeEditor *m_editor;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_model = nullptr;
    Kickstart::CommandTable m_table;
    QString m_prefix;
};

} // namespace Crashcart::App
