// SPDX-License-Identifier: GPL-3.0-or-later
#include "kickstart/parser.h"
#include "kickstart/scriptchecker.h"

#include <QStandardPaths>
#include <QTest>

using namespace Crashcart::Kickstart;
using namespace Qt::StringLiterals;

class TestScriptChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void language_data();
    void language();
    void shellFindingsOnKickstartLines();
    void cleanShellIsQuiet();
    void shellSyntax_data();
    void shellSyntax();
    void pythonSyntax();
};

void TestScriptChecker::language_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("expected");
    QTest::newRow("default") << "%post"_ba << int(ScriptChecker::Language::Shell);
    QTest::newRow("bash") << "%pre --interpreter=/usr/bin/bash"_ba << int(ScriptChecker::Language::Shell);
    QTest::newRow("sh separate value") << "%post --interpreter /bin/sh"_ba << int(ScriptChecker::Language::Shell);
    QTest::newRow("python") << "%post --interpreter=/usr/bin/python3"_ba << int(ScriptChecker::Language::Python);
    QTest::newRow("prefix with value") << "%post --interp=/usr/bin/python3"_ba << int(ScriptChecker::Language::Python);
    QTest::newRow("short prefix") << "%pre --i /usr/bin/python3 --log=/tmp/l"_ba << int(ScriptChecker::Language::Python);
    QTest::newRow("log is not interpreter") << "%post --log /tmp/python.log"_ba << int(ScriptChecker::Language::Shell);
    QTest::newRow("platform python") << "%post --interpreter=/usr/libexec/platform-python"_ba
                                     << int(ScriptChecker::Language::Python);
    QTest::newRow("python2") << "%post --interpreter=/usr/bin/python2"_ba << int(ScriptChecker::Language::Other);
    QTest::newRow("perl") << "%post --interpreter=/usr/bin/perl"_ba << int(ScriptChecker::Language::Other);
}

void TestScriptChecker::language()
{
    QFETCH(QByteArray, header);
    QFETCH(int, expected);
    const Document doc = Parser::parse(header + "\nx\n%end\n");
    QCOMPARE(int(ScriptChecker::language(doc, doc.sections[0])), expected);
}

void TestScriptChecker::shellFindingsOnKickstartLines()
{
    if (QStandardPaths::findExecutable(u"shellcheck"_s).isEmpty())
        QSKIP("shellcheck is not installed (packaging/debian-build.txt lists it)");
    const Document doc = Parser::parse("text\n\n%post\necho ok\ncd /opt/app\nif [ $x = 1 ]; then\n  echo yes\nfi\n%end\n"_ba);
    const Diagnostics d = ScriptChecker().check(doc);
    QVERIFY(!d.isEmpty());
    for (const Diagnostic &x : d) {
        QVERIFY2(x.code.startsWith(u"SC"_s), qPrintable(x.code));
        QVERIFY(!x.isError());
        QVERIFY(x.line >= 4 && x.line <= 8);
    }
}

// What bash cannot parse is an error on the kickstart line bash names; ShellCheck's findings,
// its parse errors included, stay warnings, so only errors are compared here.
void TestScriptChecker::shellSyntax_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("errors");
    QTest::newRow("clean") << "%post\nif true; then echo ok; fi\n%end\n"_ba << QString();
    QTest::newRow("if without fi") << "text\n%post\necho a\nif [ -d /x ]; then\n  echo b\n%end\n"_ba << u"6:shell-syntax"_s;
    QTest::newRow("stray fi") << "%pre\necho a\nfi\necho b\n%end\n"_ba << u"3:shell-syntax"_s;
    QTest::newRow("unclosed quote") << "%post --interpreter=/bin/bash\necho \"a\necho b\n%end\n"_ba << u"2:shell-syntax"_s;
    QTest::newRow("sh interpreter") << "%post --interpreter /usr/bin/sh\ndone\n%end\n"_ba << u"2:shell-syntax"_s;
    QTest::newRow("pre-install") << "%pre-install\nx=$(echo\n%end\n"_ba << u"3:shell-syntax"_s;
    QTest::newRow("onerror") << "%onerror\ncase x in\n%end\n"_ba << u"3:shell-syntax"_s;
    QTest::newRow("traceback") << "%traceback\n) echo\n%end\n"_ba << u"2:shell-syntax"_s;
    QTest::newRow("no end") << "%post\nwhile true; do\n"_ba << u"2:shell-syntax"_s;
    QTest::newRow("extglob enabled first") << "%post\nshopt -s extglob\nls /tmp/!(x)\n%end\n"_ba << QString();
    QTest::newRow("extglob not enabled") << "%post\nls /tmp/!(x)\n%end\n"_ba << u"2:shell-syntax"_s;
    QTest::newRow("open here-document runs") << "%post\ncat <<EOF > /tmp/x\nhello\n%end\n"_ba << QString();
    QTest::newRow("python is not shell") << "%post --interpreter=/usr/bin/python3\nif True: print('x')\n%end\n"_ba << QString();
    QTest::newRow("python2 not parsed") << "%post --interpreter=/usr/bin/python2\nprint 'x'\n%end\n"_ba << QString();
    QTest::newRow("perl not parsed") << "%post --interpreter=/usr/bin/perl\nif ($x) { print }\n%end\n"_ba << QString();
    QTest::newRow("two scripts") << "%pre\nfi\n%end\n%post\ndone\n%end\n"_ba << u"2:shell-syntax 5:shell-syntax"_s;
}

void TestScriptChecker::shellSyntax()
{
    if (QStandardPaths::findExecutable(u"bash"_s).isEmpty())
        QSKIP("bash is not installed");
    QFETCH(QByteArray, input);
    QFETCH(QString, errors);
    QStringList found;
    for (const Diagnostic &d : ScriptChecker().check(Parser::parse(input))) {
        if (d.isError())
            found.append(u"%1:%2"_s.arg(d.line).arg(d.code));
    }
    QCOMPARE(found.join(u' '), errors);
}

void TestScriptChecker::cleanShellIsQuiet()
{
    if (QStandardPaths::findExecutable(u"shellcheck"_s).isEmpty())
        QSKIP("shellcheck is not installed (packaging/debian-build.txt lists it)");
    const Document doc = Parser::parse("%pre\nset -e\necho \"ready\" > /tmp/x\n%end\n"_ba);
    QCOMPARE(ScriptChecker().check(doc).size(), 0);
}

void TestScriptChecker::pythonSyntax()
{
    if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
        QSKIP("python3 is not installed");
    const Document bad = Parser::parse("%post --interpreter=/usr/bin/python3\nimport os\nprint(os.name\n%end\n"_ba);
    const Diagnostics d = ScriptChecker().check(bad);
    QCOMPARE(d.size(), 1);
    QCOMPARE(d[0].code, u"python-syntax"_s);
    QCOMPARE(d[0].line, 3);
    const Document good = Parser::parse("%post --interpreter=/usr/bin/python3\nprint('x')\n%end\n"_ba);
    QCOMPARE(ScriptChecker().check(good).size(), 0);
}

QTEST_APPLESS_MAIN(TestScriptChecker)
#include "tst_scriptchecker.moc"
