// SPDX-License-Identifier: GPL-3.0-or-later
#include "checker.h"

#include "commandchecker.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace Crashcart::Preseed {

Q_LOGGING_CATEGORY(lcChecker, "crashcart.preseed.checker", QtWarningMsg)

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Preseed::Checker)
};

constexpr auto Error = Diagnostic::Severity::Error;
constexpr auto Warning = Diagnostic::Severity::Warning;

QString text(const QByteArray &bytes) { return QString::fromUtf8(bytes); }

Diagnostic at(const Document &doc, const Entry &e, qsizetype offset, Diagnostic::Severity severity,
              const QString &message, const char *code)
{
    const Position p = doc.position(e, std::max<qsizetype>(0, offset));
    return Diagnostic { p.line, p.column, severity, message, QString::fromLatin1(code) };
}

bool isDebianPackageName(const QByteArray &name)
{
    // Debian Policy 5.6.1: lowercase letters, digits, + - . ; two characters at least,
    // starting with a letter or digit. "d-i" is one.
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9+.-]+$"));
    return re.match(text(name)).hasMatch();
}

// "seen" is not a debconf type, but debconf-set-selections reads `owner question seen
// true|false` as setting the question's seen flag.
bool isBooleanType(const QByteArray &type) { return type == "boolean" || type == "seen"; }

void checkFields(const Document &doc, const Entry &e, Diagnostics &out)
{
    if (e.fieldCount < 3) {
        out.append(at(doc, e, 0, Error,
                      Tr::tr("a preseed line has an owner, a question and a type (then a value): this one has %n field(s)",
                             nullptr, e.fieldCount),
                      "too-few-fields"));
        return;
    }
    if (!isDebianPackageName(e.owner.text)) {
        out.append(at(doc, e, e.owner.offset, Error,
                      Tr::tr("'%1' is not a package name: the owner is d-i or the package that asks the question")
                          .arg(text(e.owner.text)),
                      "invalid-owner"));
    }
    if (!Checker::debconfTypes().contains(e.type.text) && e.type.text != "seen") {
        QStringList types;
        for (const QByteArray &t : Checker::debconfTypes())
            types.append(text(t));
        const QString guess = Kickstart::closestMatch(text(e.type.text), types);
        out.append(at(doc, e, e.type.offset, Error,
                      guess.isEmpty() ? Tr::tr("unknown type '%1' (%2)").arg(text(e.type.text), types.join(QLatin1String(", ")))
                                      : Tr::tr("unknown type '%1': did you mean '%2'?").arg(text(e.type.text), guess),
                      "unknown-type"));
    } else if (isBooleanType(e.type.text) && e.value.text != "true" && e.value.text != "false") {
        out.append(at(doc, e, e.value.offset, Error,
                      Tr::tr("a boolean is true or false, not '%1'").arg(text(e.value.text)), "invalid-boolean"));
    }
    if (!e.value.text.isEmpty() && (e.value.text[0] == ' ' || e.value.text[0] == '\t') && !e.value.text.trimmed().isEmpty()) {
        out.append(at(doc, e, e.value.offset, Warning,
                      Tr::tr("the value starts with a blank: only one blank or tab separates the type from the value, "
                             "the others are part of it"),
                      "value-leading-blank"));
    }
}

void checkPassword(const Document &doc, const Entry &e, Diagnostics &out)
{
    if ((e.question.text == "passwd/root-password" || e.question.text == "passwd/user-password")
        && !e.value.text.isEmpty()) {
        out.append(at(doc, e, e.question.offset, Warning,
                      Tr::tr("the password is in clear text, readable by anyone who can fetch this file: "
                             "set %1-crypted to a hash (mkpasswd -m sha-512) instead")
                          .arg(text(e.question.text)),
                      "cleartext-password"));
    }
}

bool hasArgument(const QStringList &args, const QStringList &prefixes)
{
    for (const QString &a : args) {
        for (const QString &p : prefixes) {
            if (p.endsWith(u'=') ? a.startsWith(p) : a == p)
                return true;
        }
    }
    return false;
}

// Whether the installer will load this file at all, and early enough.
void checkDelivery(const CheckOptions &options, Diagnostics &out)
{
    if (!options.kernelArguments || options.deliveredByCrashcart)
        return;
    const QStringList &args = *options.kernelArguments;
    static const QStringList urls = { QStringLiteral("url="), QStringLiteral("preseed/url=") };
    static const QStringList files = { QStringLiteral("file="), QStringLiteral("preseed/file=") };
    if (!hasArgument(args, urls) && !hasArgument(args, files)) {
        out.append({ 1, 1, Warning,
                     Tr::tr("nothing tells the installer to load this preseed: the kernel arguments have no url= "
                            "(or preseed/url=, file=) and Crashcart does not deliver the file"),
                     QStringLiteral("preseed-not-loaded") });
        return;
    }
    static const QStringList autos = { QStringLiteral("auto"), QStringLiteral("auto=true"),
                                       QStringLiteral("auto-install/enable=true"), QStringLiteral("priority=critical") };
    if (hasArgument(args, urls) && !hasArgument(args, autos)) {
        out.append({ 1, 1, Warning,
                     Tr::tr("the preseed is fetched over the network, but without auto=true (or priority=critical) "
                            "on the kernel line the language, keyboard and network questions are asked first"),
                     QStringLiteral("preseed-not-auto") });
    }
}

} // namespace

const QByteArrayList &Checker::debconfTypes()
{
    static const QByteArrayList types = { "string", "boolean", "select", "multiselect", "note",
                                          "text", "password", "title", "error" };
    return types;
}

bool Checker::isCommandQuestion(const QByteArray &question)
{
    return question == "preseed/early_command" || question == "preseed/late_command"
        || question == "partman/early_command" || question == "preseed/include_command";
}

Diagnostics Checker::check(const QByteArray &source, const CheckOptions &options)
{
    return check(Parser::parse(source), options);
}

Diagnostics Checker::check(const Document &doc, const CheckOptions &options)
{
    Diagnostics out;
    for (const int line : doc.continuedComments) {
        out.append({ line, 1, Warning,
                     Tr::tr("this comment ends with a backslash: the next line is joined to it and is not read"),
                     QStringLiteral("comment-continues") });
    }
    QHash<QByteArray, int> firstLine;
    const Entry *method = nullptr;
    bool diskSet = false;
    CommandChecker commands(options.commandTimeoutMs, options.maxCommandChecks);
    for (const Entry &e : doc.entries) {
        checkFields(doc, e, out);
        if (e.fieldCount < 3)
            continue;
        if (const auto it = firstLine.constFind(e.question.text); it != firstLine.constEnd()) {
            out.append(at(doc, e, e.question.offset, Warning,
                          Tr::tr("%1 is already set on line %2: the later value wins").arg(text(e.question.text)).arg(*it),
                          "duplicate-question"));
        } else {
            firstLine.insert(e.question.text, e.line);
        }
        checkPassword(doc, e, out);
        if (e.question.text == "partman-auto/method" && !e.value.text.trimmed().isEmpty())
            method = &e;
        // A command may choose the disk at install time: debconf-set partman-auto/disk ...
        diskSet |= e.question.text == "partman-auto/disk" || (isCommandQuestion(e.question.text) && e.value.text.contains("partman-auto/disk"));
        if (options.checkCommands && isCommandQuestion(e.question.text))
            out += commands.check(doc, e);
    }
    if (method && !diskSet) {
        out.append(at(doc, *method, method->question.offset, Warning,
                      Tr::tr("partman-auto/method is set but partman-auto/disk is not: on a machine with more "
                             "than one disk the installer asks which one, or picks one you did not mean"),
                      "partman-disk-unset"));
    }
    checkDelivery(options, out);
    Kickstart::sortDiagnostics(out);
    if (options.maxDiagnostics >= 0 && out.size() > options.maxDiagnostics) {
        const qsizetype dropped = out.size() - options.maxDiagnostics;
        out.resize(options.maxDiagnostics);
        out.append({ out.isEmpty() ? 1 : out.last().line, 1, Warning,
                     Tr::tr("%n more finding(s) not shown", nullptr, int(dropped)), QStringLiteral("too-many-findings") });
    }
    qCDebug(lcChecker) << out.size() << "findings in" << doc.entries.size() << "entries";
    return out;
}

} // namespace Crashcart::Preseed
