// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentkind.h"

#include "kickstart/commandtable.h"
#include "kickstart/diagnostic.h"
#include "kickstart/document.h"
#include "kickstart/snippetlibrary.h"

#include <QFutureWatcher>
#include <QObject>

namespace Crashcart::App {

// Lints the editor's text off the GUI thread, in two passes: the rules (milliseconds) and
// then the scripts through ShellCheck/python3 (a process per section, up to seconds). A
// preseed gets the preseed checker instead, its *_command values taking the second pass. A
// newer request supersedes older ones: their results are dropped when they arrive.
class DiagnosticsRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsRunner)

public:
    struct Result
    {
        Kickstart::Diagnostics diagnostics;
        Kickstart::Document document;  // the text as written (template tags and all), for the outline; empty for a preseed
        bool scriptsChecked = false;
    };

    explicit DiagnosticsRunner(QObject *parent = nullptr);
    ~DiagnosticsRunner() override;

    void setScriptsChecked(bool on) { m_checkScripts = on; }
    void start(const QByteArray &text, const Kickstart::CommandTable &table, const QString &baseDirectory,
               const Kickstart::SnippetLibrary &snippets, DocumentKind kind = DocumentKind::Kickstart);
    bool isRunning() const;

Q_SIGNALS:
    void finished(const Crashcart::App::DiagnosticsRunner::Result &result);

private:
    struct Request;
    void launch(bool scripts);
    void collect();

    std::shared_ptr<const Request> m_request;
    QFutureWatcher<Result> m_watcher;
    quint64 m_generation = 0;
    quint64 m_running = 0;
    bool m_runningScripts = false;
    bool m_checkScripts = true;
    bool m_pending = false;
};

} // namespace Crashcart::App
