// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandchecker.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>

namespace Crashcart::Preseed {

Q_LOGGING_CATEGORY(lcCommands, "crashcart.preseed.commands", QtWarningMsg)

using Kickstart::Diagnostic;
using Kickstart::Diagnostics;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Preseed::Checker)
};

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, const QByteArray &input, int timeoutMs)
{
    Run r;
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(timeoutMs))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(1000);
        return r;
    }
    r.finished = p.exitStatus() == QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

Diagnostic at(const Document &doc, const Entry &e, qsizetype offset, Diagnostic::Severity severity,
              const QString &message, const QString &code)
{
    const Position p = doc.position(e, offset);
    return Diagnostic { p.line, p.column, severity, message, code };
}

// "sh: syntax error: unterminated quoted string" -> "syntax error: unterminated quoted string"
QString shellMessage(const QByteArray &err)
{
    QString text = QString::fromUtf8(err).trimmed().section(u'\n', 0, 0);
    const qsizetype i = text.indexOf(QLatin1String("syntax error"), 0, Qt::CaseInsensitive);
    return i >= 0 ? text.mid(i) : text;
}

// A ShellCheck column (characters on the script's one line) as a byte offset into it.
qsizetype byteOffset(const QByteArray &script, int column)
{
    qsizetype i = 0;
    for (int c = 1; c < column && i < script.size(); ++c) {
        ++i;
        while (i < script.size() && (uchar(script[i]) & 0xC0) == 0x80)
            ++i;
    }
    return i;
}

} // namespace

CommandChecker::CommandChecker(int timeoutMs, int maxRuns)
    : m_timeoutMs(timeoutMs),
      m_runsLeft(maxRuns),
      m_busybox(QStandardPaths::findExecutable(QStringLiteral("busybox"))),
      m_dash(QStandardPaths::findExecutable(QStringLiteral("dash"))),
      m_shellcheck(QStandardPaths::findExecutable(QStringLiteral("shellcheck")))
{
}

QString CommandChecker::parserName() const
{
    return !m_busybox.isEmpty() ? QStringLiteral("busybox sh -n") : !m_dash.isEmpty() ? QStringLiteral("dash -n") : QString();
}

Diagnostics CommandChecker::check(const Document &doc, const Entry &e)
{
    if (e.value.text.trimmed().isEmpty())
        return {};
    if (m_runsLeft <= 0) {
        if (m_saidLimit)
            return {};
        m_saidLimit = true;
        return { at(doc, e, e.question.offset, Diagnostic::Severity::Warning,
                    Tr::tr("too many commands in one file: this one and the ones after it were not checked"),
                    QStringLiteral("commands-not-checked")) };
    }
    --m_runsLeft;
    const QByteArray script = e.value.text;
    bool parsed = false;
    Diagnostics out = parse(doc, e, script, parsed);
    if (parsed)
        out += shellcheck(doc, e, script);
    return out;
}

Diagnostics CommandChecker::parse(const Document &doc, const Entry &e, const QByteArray &script, bool &parsed)
{
    parsed = true;  // without a parser, ShellCheck still reads the command
    const QString name = parserName();
    if (name.isEmpty()) {
        if (m_saidShellMissing)
            return {};
        m_saidShellMissing = true;
        return { at(doc, e, e.value.offset, Diagnostic::Severity::Warning,
                    Tr::tr("neither busybox nor dash is installed: commands were not parsed"), QStringLiteral("shell-missing")) };
    }
    const QStringList args = m_busybox.isEmpty() ? QStringList { QStringLiteral("-n") }
                                                 : QStringList { QStringLiteral("sh"), QStringLiteral("-n") };
    const Run r = run(m_busybox.isEmpty() ? m_dash : m_busybox, args, script + '\n', m_timeoutMs);
    if (!r.finished) {
        return { at(doc, e, e.value.offset, Diagnostic::Severity::Warning,
                    Tr::tr("%1 did not finish in time: this command was not parsed").arg(name),
                    QStringLiteral("shell-timeout")) };
    }
    if (r.exitCode == 0)
        return {};
    parsed = false;
    qCDebug(lcCommands) << name << "refused line" << e.line << r.err;
    return { at(doc, e, e.value.offset, Diagnostic::Severity::Error,
                Tr::tr("the installer's shell cannot parse this command (%1: %2)").arg(name, shellMessage(r.err)),
                QStringLiteral("command-syntax")) };
}

Diagnostics CommandChecker::shellcheck(const Document &doc, const Entry &e, const QByteArray &script)
{
    if (m_shellcheck.isEmpty()) {
        if (m_saidShellcheckMissing)
            return {};
        m_saidShellcheckMissing = true;
        return { at(doc, e, e.value.offset, Diagnostic::Severity::Warning,
                    Tr::tr("shellcheck is not installed: commands were not checked"), QStringLiteral("shellcheck-missing")) };
    }
    // The installer runs the value with busybox's ash: POSIX sh is the nearest dialect.
    const Run r = run(m_shellcheck, { QStringLiteral("--format=json1"), QStringLiteral("--shell=sh"),
                                      QStringLiteral("--severity=warning"), QStringLiteral("-") },
                      script + '\n', m_timeoutMs);
    if (!r.finished) {
        return { at(doc, e, e.value.offset, Diagnostic::Severity::Warning,
                    Tr::tr("shellcheck did not finish in time: this command was not checked"),
                    QStringLiteral("shellcheck-timeout")) };
    }
    Diagnostics out;
    const QJsonArray comments = QJsonDocument::fromJson(r.out).object().value(u"comments").toArray();
    for (const QJsonValue &v : comments) {
        const QJsonObject c = v.toObject();
        const qsizetype offset = e.value.offset + byteOffset(script, c.value(u"column").toInt());
        out.append(at(doc, e, offset, Diagnostic::Severity::Warning, c.value(u"message").toString(),
                      QStringLiteral("SC%1").arg(c.value(u"code").toInt())));
    }
    return out;
}

} // namespace Crashcart::Preseed
