// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kickstart/diagnostic.h"

#include <QPlainTextEdit>

class QCompleter;

namespace Crashcart::App {

// The text editor of the kickstart view. QPlainTextEdit rather than QScintilla: Debian's
// libqscintilla2-qt6 would be one more runtime dependency and a second text model to
// bridge (QsciScintilla is not a QTextDocument, so QSyntaxHighlighter, QTextCursor-based
// find/replace and our tests' format checks would all need their own versions). What it
// adds here - folding, margins, indicators - is a gutter and extra selections away; we
// give up folding.
//
// A gutter with line numbers and a marker per line with findings, the current line
// highlighted, findings underlined with wavy lines (tooltip on hover).
class CodeEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeEditor)

public:
    explicit CodeEditor(QWidget *parent = nullptr);

    void setDiagnostics(const Kickstart::Diagnostics &diagnostics);
    const Kickstart::Diagnostics &diagnostics() const { return m_diagnostics; }
    // 1-based, as diagnostics count.
    void goTo(int line, int column = 1);
    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);
    // The completer whose popup gets Enter/Tab/Escape while it is open.
    void setCompleter(QCompleter *completer) { m_completer = completer; }

Q_SIGNALS:
    // After a key that may change what to complete; |force| for Ctrl+Space.
    void completionRequested(bool force);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void updateSelections();

    QWidget *m_gutter = nullptr;
    QCompleter *m_completer = nullptr;
    Kickstart::Diagnostics m_diagnostics;
    QList<QTextEdit::ExtraSelection> m_findings;
};

} // namespace Crashcart::App
