// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QToolButton>

namespace Crashcart::App {

FindBar::FindBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_find(new QLineEdit(this)), m_replace(new QLineEdit(this)),
      m_caseSensitive(new QCheckBox(tr("Match case"), this)), m_status(new QLabel(this))
{
    m_find->setPlaceholderText(tr("Find"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_find->setClearButtonEnabled(true);
    auto *previous = new QPushButton(tr("Previous"), this);
    auto *next = new QPushButton(tr("Next"), this);
    auto *replace = new QPushButton(tr("Replace"), this);
    auto *all = new QPushButton(tr("Replace All"), this);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Close (Esc)"));
    close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    for (QWidget *w : std::initializer_list<QWidget *> { m_find, previous, next, m_replace, replace, all, m_caseSensitive, m_status })
        layout->addWidget(w);
    layout->addStretch();
    layout->addWidget(close);

    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_replace, &QLineEdit::returnPressed, this, [this] { replaceCurrent(); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(replace, &QPushButton::clicked, this, [this] { replaceCurrent(); });
    connect(all, &QPushButton::clicked, this, [this] { replaceAll(); });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void FindBar::open()
{
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    show();
    m_find->setFocus();
    m_find->selectAll();
}

bool FindBar::findNext(bool backward)
{
    const QString needle = m_find->text();
    m_status->clear();
    if (needle.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_caseSensitive->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextCursor found = m_editor->document()->find(needle, m_editor->textCursor(), flags);
    if (found.isNull()) { // wrap around
        QTextCursor start(m_editor->document());
        if (backward)
            start.movePosition(QTextCursor::End);
        found = m_editor->document()->find(needle, start, flags);
    }
    if (found.isNull()) {
        m_status->setText(tr("Not found"));
        return false;
    }
    m_editor->setTextCursor(found);
    return true;
}

bool FindBar::replaceCurrent()
{
    QTextCursor c = m_editor->textCursor();
    const Qt::CaseSensitivity cs = m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (c.hasSelection() && c.selectedText().compare(m_find->text(), cs) == 0) {
        c.insertText(m_replace->text());
        m_editor->setTextCursor(c);
    }
    return findNext();
}

int FindBar::replaceAll()
{
    const QString needle = m_find->text();
    if (needle.isEmpty())
        return 0;
    QTextDocument::FindFlags flags;
    if (m_caseSensitive->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    int count = 0;
    QTextCursor edit(m_editor->document());
    edit.beginEditBlock(); // one undo step
    QTextCursor found = m_editor->document()->find(needle, 0, flags);
    while (!found.isNull()) {
        found.insertText(m_replace->text());
        ++count;
        found = m_editor->document()->find(needle, found, flags);
    }
    edit.endEditBlock();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Crashcart::App
