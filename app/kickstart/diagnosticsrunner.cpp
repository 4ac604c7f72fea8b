// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosticsrunner.h"

#include "kickstart/linter.h"
#include "kickstart/parser.h"
#include "kickstart/templatelinter.h"
#include "preseed/templatechecker.h"

#include <QLoggingCategory>
#include <QtConcurrent>

namespace Crashcart::App {

Q_LOGGING_CATEGORY(lcDiagnostics, "crashcart.app.kickstart.diagnostics", QtWarningMsg)

struct DiagnosticsRunner::Request
{
    quint64 generation = 0;
    QByteArray text;
    Kickstart::CommandTable table;
    QString baseDirectory;
    Kickstart::SnippetLibrary snippets;
    DocumentKind kind = DocumentKind::Kickstart;
};

DiagnosticsRunner::DiagnosticsRunner(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &DiagnosticsRunner::collect);
}

DiagnosticsRunner::~DiagnosticsRunner()
{
    // The job holds its own copy of everything it reads; waiting keeps it from outliving
    // the process's objects at exit.
    m_watcher.waitForFinished();
}

bool DiagnosticsRunner::isRunning() const { return m_watcher.isRunning() || m_pending; }

void DiagnosticsRunner::start(const QByteArray &text, const Kickstart::CommandTable &table, const QString &baseDirectory,
                              const Kickstart::SnippetLibrary &snippets, DocumentKind kind)
{
    m_request = std::make_shared<const Request>(Request { ++m_generation, text, table, baseDirectory, snippets, kind });
    if (m_watcher.isRunning()) {
        m_pending = true; // started when the running one ends
        return;
    }
    launch(false);
}

void DiagnosticsRunner::launch(bool scripts)
{
    m_pending = false;
    m_running = m_request->generation;
    m_runningScripts = scripts;
    m_watcher.setFuture(QtConcurrent::run([request = m_request, scripts] {
        Result r;
        r.scriptsChecked = scripts;
        const auto snippets = [&request](const QString &name) { return request->snippets.text(name); };
        if (request->kind == DocumentKind::Preseed) {
            Preseed::CheckOptions options;
            options.checkCommands = scripts;
            r.diagnostics = Preseed::checkTemplate(request->text, Kickstart::placeholderVariables(), snippets, options);
            return r;
        }
        r.document = Kickstart::Parser::parse(request->text);
        Kickstart::LintOptions options;
        options.baseDirectory = request->baseDirectory;
        options.checkScripts = scripts;
        r.diagnostics = Kickstart::lintTemplate(request->text, Kickstart::Linter(request->table),
                                                Kickstart::placeholderVariables(), snippets, options);
        return r;
    }));
}

void DiagnosticsRunner::collect()
{
    const Result result = m_watcher.result();
    const bool current = m_running == m_generation;
    qCDebug(lcDiagnostics) << "lint" << m_running << (m_runningScripts ? "with scripts" : "rules") << (current ? "" : "(stale)");
    if (current)
        Q_EMIT finished(result);
    if (m_pending || !current)
        launch(false);
    else if (!m_runningScripts && m_checkScripts)
        launch(true);
}

} // namespace Crashcart::App
