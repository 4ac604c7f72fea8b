// SPDX-License-Identifier: GPL-3.0-or-later
#include "preseed/checker.h"

#include <QStandardPaths>
#include <QTest>

using namespace Crashcart::Preseed;

namespace {

const QStringList kNoArgs = { QStringLiteral("<unknown>") };

bool toolsInstalled()
{
    return !QStandardPaths::findExecutable(QStringLiteral("shellcheck")).isEmpty()
        && !(QStandardPaths::findExecutable(QStringLiteral("busybox")).isEmpty()
             && QStandardPaths::findExecutable(QStringLiteral("dash")).isEmpty());
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out.append(QStringLiteral("%1:%2 %3 %4 %5").arg(d.line).arg(d.column).arg(d.severityName(), d.code, d.message));
    return out.join(u'\n');
}

} // namespace

class tst_PreseedChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void duplicateNamesFirstLine();
    void shellParserNamed();
    void commandChecksAreBounded();
    void largeFileIsBounded();
};

void tst_PreseedChecker::check_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("args");  // kNoArgs: the kernel arguments are not known
    QTest::addColumn<bool>("delivered");
    QTest::addColumn<QString>("code");      // empty: no findings at all
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("severity");

    const auto row = [](const char *name, const QByteArray &source, const char *code, int line, int column,
                        const char *severity, const QStringList &args = kNoArgs, bool delivered = false) {
        QTest::newRow(name) << source << args << delivered << QString::fromLatin1(code) << line << column
                            << QString::fromLatin1(severity);
    };
    const auto clean = [&row](const char *name, const QByteArray &source, const QStringList &args = kNoArgs,
                              bool delivered = false) { row(name, source, "", 0, 0, "", args, delivered); };

    clean("clean", "#_preseed_V1\nd-i debian-installer/locale string en_US\nd-i netcfg/choose_interface select auto\n"
                   "d-i clock-setup/utc boolean true\nd-i netcfg/wireless_wep string\n");
    clean("CRLF", "d-i debian-installer/locale string en_US\r\nd-i clock-setup/utc boolean false\r\n");
    clean("any package may own a question", "openssh-server openssh-server/permit-root-login boolean true\n");
    clean("seen flag", "d-i netcfg/get_hostname seen false\n");
    row("too few fields", "d-i mirror/country\n", "too-few-fields", 1, 1, "error");
    row("one field", "\n\nd-i\n", "too-few-fields", 3, 1, "error");
    row("unknown type", "d-i mirror/country strng manual\n", "unknown-type", 1, 20, "error");
    row("unknown type, far", "d-i a/b integer 3\n", "unknown-type", 1, 9, "error");
    row("upper-case owner", "D-I a/b string c\n", "invalid-owner", 1, 1, "error");
    row("underscore in owner", "d_i a/b string c\n", "invalid-owner", 1, 1, "error");
    row("owner starts with a dash", "-x a/b string c\n", "invalid-owner", 1, 1, "error");
    row("boolean yes", "d-i clock-setup/utc boolean yes\n", "invalid-boolean", 1, 29, "error");
    row("boolean empty", "d-i clock-setup/utc boolean\n", "invalid-boolean", 1, 28, "error");
    row("boolean True", "d-i clock-setup/utc boolean True\n", "invalid-boolean", 1, 29, "error");
    row("seen maybe", "d-i netcfg/get_hostname seen maybe\n", "invalid-boolean", 1, 30, "error");
    row("value leading blank", "d-i a/b string  x\n", "value-leading-blank", 1, 16, "warning");
    row("duplicate", "d-i a/b string c\n# x\nd-i a/b string d\n", "duplicate-question", 3, 5, "warning");
    row("duplicate, other owner", "d-i a/b string c\npkg a/b string d\n", "duplicate-question", 2, 5, "warning");
    row("comment continues", "# old \\\nd-i a/b string c\n", "comment-continues", 1, 1, "warning");
    row("late_command unbalanced quote", "d-i preseed/late_command string echo \"unclosed\n", "command-syntax", 1, 33, "error");
    row("early_command unterminated if", "d-i preseed/early_command string if true; then echo x\n", "command-syntax", 1, 34, "error");
    row("partman early_command, continued", "d-i partman/early_command string \\\n  echo 'x; \\\n  true\n",
        "command-syntax", 2, 3, "error");
    row("include_command", "d-i preseed/include_command string echo $(\n", "command-syntax", 1, 36, "error");
    row("shellcheck finding", "d-i preseed/late_command string echo $undefined_var\n", "SC2154", 1, 38, "warning");
    row("shellcheck on a continued line", "d-i preseed/late_command string \\\n    true; \\\n    echo $undefined_var\n",
        "SC2154", 3, 10, "warning");
    clean("good late_command", "d-i preseed/late_command string in-target systemctl enable ssh; echo finished\n");
    const QStringList console = { QStringLiteral("console=ttyS0"), QStringLiteral("priority=critical") };
    row("not loaded", "d-i a/b string c\n", "preseed-not-loaded", 1, 1, "warning", console);
    clean("delivered by Crashcart", "d-i a/b string c\n", console, true);
    clean("url= and auto=true", "d-i a/b string c\n", { QStringLiteral("auto=true"), QStringLiteral("url=http://h/p.cfg") });
    clean("auto url=", "d-i a/b string c\n", { QStringLiteral("auto"), QStringLiteral("url=http://h/p.cfg") });
    clean("file=", "d-i a/b string c\n", { QStringLiteral("file=/cdrom/preseed.cfg") });
    row("url without auto", "d-i a/b string c\n", "preseed-not-auto", 1, 1, "warning", { QStringLiteral("preseed/url=http://h/p") });
    clean("url with priority=critical", "d-i a/b string c\n", { QStringLiteral("preseed/url=http://h/p"), QStringLiteral("priority=critical") });
    row("partman method without disk", "d-i a/b string c\nd-i partman-auto/method string lvm\n", "partman-disk-unset", 2, 5, "warning");
    clean("partman method and disk", "d-i partman-auto/disk string /dev/sda\nd-i partman-auto/method string lvm\n");
    clean("partman disk chosen by a command",
          "d-i partman/early_command string debconf-set partman-auto/disk \"$(list-devices disk | head -n1)\"\n"
          "d-i partman-auto/method string regular\n");
    row("root password in clear", "d-i passwd/root-password password r00t\n", "cleartext-password", 1, 5, "warning");
    row("user password in clear", "d-i passwd/user-password password secret\n", "cleartext-password", 1, 5, "warning");
    clean("crypted password", "d-i passwd/root-password-crypted password $6$salt$hash\n");
    clean("empty clear password", "d-i passwd/root-password password\n");
}

void tst_PreseedChecker::check()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, args);
    QFETCH(bool, delivered);
    QFETCH(QString, code);
    if ((code == u"command-syntax" || code.startsWith(u"SC") || source.contains("_command")) && !toolsInstalled())
        QSKIP("needs shellcheck and busybox or dash (apt-get install shellcheck busybox)");
    CheckOptions options;
    if (args != kNoArgs)
        options.kernelArguments = args;
    options.deliveredByCrashcart = delivered;
    const Diagnostics found = Checker::check(source, options);
    if (code.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
        return;
    }
    const auto it = std::find_if(found.begin(), found.end(), [&code](const Diagnostic &d) { return d.code == code; });
    QVERIFY2(it != found.end(), qPrintable(code + u" not in:\n" + describe(found)));
    QTEST(it->line, "line");
    QTEST(it->column, "column");
    QTEST(it->severityName(), "severity");
    QVERIFY(!it->message.isEmpty());
}

void tst_PreseedChecker::duplicateNamesFirstLine()
{
    const Diagnostics found = Checker::check("\n\nd-i a/b string c\nd-i a/b string d\nd-i a/b string e\n");
    QCOMPARE(found.size(), 2);
    QVERIFY2(found[0].message.contains(u"line 3"), qPrintable(found[0].message));
    QVERIFY2(found[1].message.contains(u"line 3"), qPrintable(found[1].message));
    QCOMPARE(found[1].line, 5);
}

void tst_PreseedChecker::shellParserNamed()
{
    if (!toolsInstalled())
        QSKIP("needs shellcheck and busybox or dash");
    const Diagnostics found = Checker::check("d-i preseed/late_command string echo 'x\n");
    QCOMPARE(found.size(), 1);
    QVERIFY2(found[0].message.contains(u"sh -n"), qPrintable(found[0].message));
    QVERIFY2(found[0].message.contains(u"syntax error", Qt::CaseInsensitive), qPrintable(found[0].message));
}

void tst_PreseedChecker::commandChecksAreBounded()
{
    if (!toolsInstalled())
        QSKIP("needs shellcheck and busybox or dash");
    QByteArray source;
    for (int i = 0; i < 5; ++i)
        source += "d-i preseed/late_command string echo \"" + QByteArray::number(i) + "\n";
    CheckOptions options;
    options.maxCommandChecks = 2;
    const Diagnostics found = Checker::check(source, options);
    QCOMPARE(std::count_if(found.begin(), found.end(), [](const Diagnostic &d) { return d.code == u"command-syntax"; }), 2);
    QCOMPARE(std::count_if(found.begin(), found.end(), [](const Diagnostic &d) { return d.code == u"commands-not-checked"; }), 1);
}

void tst_PreseedChecker::largeFileIsBounded()
{
    // 100,000 lines, each with a mistake: the findings stop at the limit, with one note.
    QByteArray source;
    for (int i = 0; i < 100000; ++i)
        source += "d-i q" + QByteArray::number(i) + "/x boolean maybe\n";
    CheckOptions options;
    options.maxDiagnostics = 500;
    const Diagnostics found = Checker::check(source, options);
    QCOMPARE(found.size(), 501);
    QCOMPARE(found.last().code, QStringLiteral("too-many-findings"));
    QVERIFY(found.last().message.contains(u"99500"));
    QCOMPARE(found.first().line, 1);
}

QTEST_GUILESS_MAIN(tst_PreseedChecker)
#include "tst_preseedchecker.moc"
