// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

namespace Crashcart::App {

// Colours a debian-installer preseed (or a Crashcart preseed template): `owner question type
// value` lines, # comments and {{ ... }} tags; the values of the *_command questions get
// quoted strings and $variables picked out. Lines continued with a backslash carry on as the
// value (or command) they continue, kept in the block state; a line split before the type
// (legal, rare) is coloured as value from the break on.
//
// The kickstart highlighter's shell colouring is private to it and keyed to kickstart
// sections, so this one has its own small shell pass for one-line commands.
class PreseedHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreseedHighlighter)

public:
    enum class Kind { Owner, Question, Type, Value, Comment, ScriptString, ScriptVariable, TemplateTag, Count };
    enum class State { Start = 0, ValueContinues = 1, CommandContinues = 2 };

    explicit PreseedHighlighter(QTextDocument *document);

    QTextCharFormat format(Kind kind) const { return m_formats[size_t(kind)]; }

protected:
    void highlightBlock(const QString &text) override;

private:
    void setKind(qsizetype start, qsizetype length, Kind kind) { setFormat(int(start), int(length), m_formats[size_t(kind)]); }
    // Returns whether the value is a command (for the continuation lines).
    bool highlightEntry(const QString &text);
    void highlightValue(const QString &text, qsizetype from, bool command);
    void highlightTemplateTags(const QString &text);

    std::array<QTextCharFormat, size_t(Kind::Count)> m_formats;
};

} // namespace Crashcart::App
