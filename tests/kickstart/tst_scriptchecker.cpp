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
    const Document doc = Parser::parse("text\n\n%post\necho ok\nif [ $x = 1 ]; then\n  echo yes\n%end\n"_ba);
    const Diagnostics d = ScriptChecker().check(doc);
    QVERIFY(!d.isEmpty());
    for (const Diagnostic &x : d) {
        QVERIFY2(x.code.startsWith(u"SC"_s), qPrintable(x.code));
        QVERIFY(!x.isError());
        QVERIFY(x.line >= 4 && x.line <= 7);
    }
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
