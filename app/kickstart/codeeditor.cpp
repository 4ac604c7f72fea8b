// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeeditor.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace Crashcart::App {

namespace {

class Gutter final : public QWidget
{
public:
    explicit Gutter(CodeEditor *editor) : QWidget(editor), m_editor(editor) { }
    QSize sizeHint() const override { return { m_editor->gutterWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

private:
    CodeEditor *m_editor;
};

QColor severityColor(bool error) { return error ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xe0, 0x8e, 0x0b); }

} // namespace

CodeEditor::CodeEditor(QWidget *parent) : QPlainTextEdit(parent), m_gutter(new Gutter(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 4);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::updateSelections);
    updateGutterWidth();
    updateSelections();
}

int CodeEditor::gutterWidth() const
{
    int digits = 1;
    for (int n = std::max(1, blockCount()); n >= 10; n /= 10)
        ++digits;
    // Room for the digits and a marker of one line height.
    return 6 + fontMetrics().horizontalAdvance(u'9') * std::max(3, digits) + fontMetrics().height();
}

void CodeEditor::updateGutterWidth() { setViewportMargins(gutterWidth(), 0, 0, 0); }

void CodeEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void CodeEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    // Worst finding per line: errors win over warnings.
    QHash<int, bool> marks;
    for (const auto &d : std::as_const(m_diagnostics))
        marks[d.line] = marks.value(d.line) || d.isError();

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lineHeight = fontMetrics().height();
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            const auto mark = marks.constFind(line);
            if (mark != marks.constEnd()) {
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(severityColor(*mark));
                const int d = lineHeight * 6 / 10;
                painter.drawEllipse(QRect(3, top + (lineHeight - d) / 2, d, d));
            }
            painter.setPen(palette().color(block.blockNumber() == current ? QPalette::Text : QPalette::PlaceholderText));
            painter.drawText(0, top, m_gutter->width() - 4, lineHeight, Qt::AlignRight, QString::number(line));
        }
        block = block.next();
        top = bottom;
    }
}

void CodeEditor::setDiagnostics(const Kickstart::Diagnostics &diagnostics)
{
    m_diagnostics = diagnostics;
    m_findings.clear();
    for (const auto &d : diagnostics) {
        const QTextBlock block = document()->findBlockByNumber(d.line - 1);
        if (!block.isValid())
            continue;
        const QString text = block.text();
        int start = std::clamp(d.column - 1, 0, int(text.size()));
        int end = start;
        while (end < text.size() && !text[end].isSpace())
            ++end;
        if (end == start) { // nothing to point at there: underline the whole line
            start = 0;
            end = int(text.size());
        }
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(block);
        s.cursor.setPosition(block.position() + start);
        s.cursor.setPosition(block.position() + std::max(end, start + 1), QTextCursor::KeepAnchor);
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(severityColor(d.isError()));
        s.format.setToolTip(d.message);
        m_findings.append(s);
    }
    updateSelections();
    m_gutter->update();
}

void CodeEditor::updateSelections()
{
    QTextEdit::ExtraSelection line;
    QColor color = palette().color(QPalette::Highlight);
    color.setAlpha(28);
    line.format.setBackground(color);
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    setExtraSelections(QList<QTextEdit::ExtraSelection> { line } + m_findings);
    m_gutter->update();
}

void CodeEditor::goTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor c(block);
    c.setPosition(block.position() + std::clamp(column - 1, 0, block.length() - 1));
    setTextCursor(c);
    centerCursor();
    setFocus();
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    const bool popup = m_completer && m_completer->popup()->isVisible();
    if (popup) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer takes them
            return;
        default: break;
        }
    }
    const bool force = event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier);
    if (!force)
        QPlainTextEdit::keyPressEvent(event);
    const QString typed = event->text();
    const bool wordish = !typed.isEmpty() && (typed[0].isLetterOrNumber() || typed[0] == u'-' || typed[0] == u'%');
    if (force || wordish || (popup && event->key() == Qt::Key_Backspace))
        Q_EMIT completionRequested(force);
    else if (popup)
        m_completer->popup()->hide();
}

bool CodeEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor c = cursorForPosition(help->pos());
        const int line = c.blockNumber() + 1;
        QStringList messages;
        for (const auto &d : std::as_const(m_diagnostics)) {
            if (d.line == line)
                messages.append(d.message);
        }
        if (messages.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), messages.join(u'\n'), this);
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

} // namespace Crashcart::App
