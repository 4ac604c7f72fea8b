// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptchecker.h"

#include "parser.h"
#include "wordsplitter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Crashcart::Kickstart {

Q_LOGGING_CATEGORY(lcScripts, "crashcart.kickstart.scripts", QtWarningMsg)

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Kickstart::Linter)
};

struct Run
{
    bool started = false;
    bool finished = false;
    int exitCode = -1;
    QByteArray output;
    QByteArray errors;
};

Run run(const QString &program, const QStringList &args, const QByteArray &input, int timeoutMs,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    Run r;
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.setProcessEnvironment(environment);
    p.start(program, args);
    if (!p.waitForStarted(timeoutMs))
        return r;
    r.started = true;
    p.write(input);
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(1000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.output = p.readAllStandardOutput();
    r.errors = p.readAllStandardError();
    return r;
}

QByteArray bodyText(const Document &doc, const Section &s)
{
    QByteArray body;
    for (const BodyLine &b : s.body) {
        body.append(doc.source.constData() + b.begin, b.end - b.begin);
        body.append('\n');
    }
    return body;
}

Diagnostic toolNote(const Section &s, const QString &message, const char *code)
{
    return Diagnostic { s.header.line, 1, Diagnostic::Severity::Warning, message, QString::fromLatin1(code) };
}

int mapLine(const Section &s, int bodyLine)
{
    if (bodyLine >= 1 && bodyLine <= s.body.size())
        return s.body[bodyLine - 1].line;
    // "Unexpected end of script" findings point past the body: at %end when there is one.
    if (bodyLine > s.body.size())
        return s.endLine > 0 ? s.endLine : s.body.isEmpty() ? s.header.line : s.body.last().line;
    return s.header.line;
}

} // namespace

ScriptChecker::Language ScriptChecker::language(const Document &, const Section &section)
{
    const QList<Word> &words = section.header.split.words;
    QByteArray interpreter;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QByteArray &v = words[i].value;
        const qsizetype eq = v.indexOf('=');
        const QByteArray name = eq < 0 ? v : v.left(eq);
        // argparse takes any prefix from --i on: no other script option starts so.
        if (name.size() < 3 || !QByteArrayLiteral("--interpreter").startsWith(name))
            continue;
        if (eq >= 0)
            interpreter = v.mid(eq + 1);
        else if (i + 1 < words.size())
            interpreter = words[++i].value;
    }
    const QString base = QFileInfo(QString::fromUtf8(interpreter)).fileName();
    if (base.isEmpty() || base == u"sh" || base == u"bash")
        return Language::Shell;
    // Python 2 is not what python3 parses: its scripts are left alone rather than misreported.
    if ((base.startsWith(u"python") && !base.startsWith(u"python2")) || base == u"platform-python")
        return Language::Python;
    return Language::Other;
}

Diagnostics ScriptChecker::check(const Document &doc)
{
    Diagnostics out;
    for (const Section &s : doc.sections) {
        if (!s.known || !Parser::isScriptSection(s.name) || s.body.isEmpty())
            continue;
        const QByteArray body = bodyText(doc, s);
        if (body.trimmed().isEmpty())
            continue;
        const Language lang = language(doc, s);
        if (lang == Language::Shell) {
            out += shellSyntax(s, body);
            out += shellcheck(doc, s, body);
        }
        else if (lang == Language::Python)
            out += python(doc, s, body);
    }
    return out;
}

Diagnostics ScriptChecker::shellSyntax(const Section &s, const QByteArray &body)
{
    Diagnostics out;
    const QString program = QStandardPaths::findExecutable(QStringLiteral("bash"));
    if (program.isEmpty()) {
        if (!m_reportedBash) {
            m_reportedBash = true;
            out.append(toolNote(s, Tr::tr("bash is not installed: shell syntax was not checked"), "bash-missing"));
        }
        return out;
    }
    // bash parses a script one command at a time as it runs it, so a `shopt -s extglob` takes
    // effect for the lines after it; `bash -n` runs nothing, so it is told up front.
    QStringList args { QStringLiteral("-n") };
    if (body.contains("extglob"))
        args << QStringLiteral("-O") << QStringLiteral("extglob");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // messages we can read
    const Run r = run(program, args, body, m_timeoutMs, environment);
    if (!r.started || !r.finished) {
        out.append(toolNote(s, Tr::tr("bash did not finish in time: this script's syntax was not checked"), "bash-timeout"));
        return out;
    }
    if (r.exitCode == 0)
        return out;
    // "bash: line 2: syntax error near unexpected token `fi'", then the line quoted; warnings
    // (an unterminated here-document) come first and do not stop the script.
    static const QRegularExpression finding(QStringLiteral("^[^:]*: line (\\d+): (.*)$"));
    for (const QByteArray &raw : r.errors.split('\n')) {
        const QRegularExpressionMatch m = finding.match(QString::fromUtf8(raw));
        if (!m.hasMatch() || m.captured(2).startsWith(u"warning:") || m.captured(2).startsWith(u'`'))
            continue;
        out.append(Diagnostic { mapLine(s, m.captured(1).toInt()), 1, Diagnostic::Severity::Error,
                                Tr::tr("bash cannot parse this script: %1 (it stops here and fails)").arg(m.captured(2)),
                                QStringLiteral("shell-syntax") });
        return out;
    }
    qCWarning(lcScripts) << "bash -n failed without a finding we read:" << r.errors;
    return out;
}

Diagnostics ScriptChecker::shellcheck(const Document &, const Section &s, const QByteArray &body)
{
    Diagnostics out;
    const QString program = QStandardPaths::findExecutable(QStringLiteral("shellcheck"));
    if (program.isEmpty()) {
        if (!m_reportedShellcheck) {
            m_reportedShellcheck = true;
            out.append(toolNote(s, Tr::tr("shellcheck is not installed: shell scripts were not checked"), "shellcheck-missing"));
        }
        return out;
    }
    // The installer's /bin/sh is bash.
    const Run r = run(program, { QStringLiteral("--format=json1"), QStringLiteral("--shell=bash"),
                                 QStringLiteral("--severity=warning"), QStringLiteral("-") },
                      body, m_timeoutMs);
    if (!r.started || !r.finished) {
        out.append(toolNote(s, Tr::tr("shellcheck did not finish in time: this script was not checked"), "shellcheck-timeout"));
        return out;
    }
    const QJsonArray comments = QJsonDocument::fromJson(r.output).object().value(u"comments").toArray();
    for (const QJsonValue &v : comments) {
        const QJsonObject c = v.toObject();
        const int line = mapLine(s, c.value(u"line").toInt());
        const QString code = QStringLiteral("SC%1").arg(c.value(u"code").toInt());
        out.append(Diagnostic { line, std::max(1, c.value(u"column").toInt()), Diagnostic::Severity::Warning,
                                c.value(u"message").toString(), code });
    }
    qCDebug(lcScripts) << "shellcheck:" << comments.size() << "findings in" << s.name << "at line" << s.header.line;
    return out;
}

Diagnostics ScriptChecker::python(const Document &, const Section &s, const QByteArray &body)
{
    Diagnostics out;
    const QString program = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (program.isEmpty()) {
        if (!m_reportedPython) {
            m_reportedPython = true;
            out.append(toolNote(s, Tr::tr("python3 is not installed: Python scripts were not checked"), "python-missing"));
        }
        return out;
    }
    static const QString probe = QStringLiteral(
        "import ast, sys\n"
        "try:\n"
        "    ast.parse(sys.stdin.buffer.read())\n"
        "except SyntaxError as e:\n"
        "    print(e.lineno or 1, e.offset or 1, e.msg)\n");
    const Run r = run(program, { QStringLiteral("-I"), QStringLiteral("-c"), probe }, body, m_timeoutMs);
    if (!r.started || !r.finished) {
        out.append(toolNote(s, Tr::tr("python3 did not finish in time: this script was not checked"), "python-timeout"));
        return out;
    }
    const QByteArray line = r.output.trimmed();
    if (line.isEmpty())
        return out;
    const QList<QByteArray> parts = line.split(' ');
    const int bodyLine = parts.value(0).toInt();
    const int column = std::max(1, parts.value(1).toInt());
    const QString message = QString::fromUtf8(line.mid(parts.value(0).size() + parts.value(1).size() + 2));
    out.append(Diagnostic { mapLine(s, bodyLine), column, Diagnostic::Severity::Warning,
                            Tr::tr("Python syntax error: %1").arg(message), QStringLiteral("python-syntax") });
    return out;
}

} // namespace Crashcart::Kickstart
