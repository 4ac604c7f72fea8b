// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Crashcart::App {

// Find and replace over a QPlainTextEdit, as a bar under it (Ctrl+F, Escape closes).
// Replacements go through the editor's cursor, so undo takes them back (all at once for
// Replace All).
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    void open();
    bool findNext(bool backward = false);
    bool replaceCurrent();
    int replaceAll();
    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPlainTextEdit *m_editor;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_caseSensitive = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Crashcart::App
