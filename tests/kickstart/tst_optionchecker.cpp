// SPDX-License-Identifier: GPL-3.0-or-later
#include "kickstart/optionchecker.h"
#include "kickstart/parser.h"

#include <QTest>

using namespace Crashcart::Kickstart;
using namespace Qt::StringLiterals;

class TestOptionChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
};

void TestOptionChecker::check_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("expected"); // "column:code" of each finding, or "" for none

    QTest::newRow("exact") << "cmd --size=10 --grow"_ba << QString();
    QTest::newRow("separate value") << "cmd --size 10"_ba << QString();
    QTest::newRow("unique prefix") << "cmd --gr --siz 5"_ba << QString();
    QTest::newRow("prefix with equals") << "cmd --siz=5"_ba << QString();
    QTest::newRow("ambiguous prefix") << "cmd --s=5"_ba << u"5:ambiguous-option"_s;
    QTest::newRow("exact beats prefix") << "cmd --name=x"_ba << QString();
    QTest::newRow("unknown") << "cmd --bogus"_ba << u"5:unknown-option"_s;
    QTest::newRow("removed") << "cmd --old"_ba << u"5:removed-option"_s;
    QTest::newRow("missing value at end") << "cmd --size"_ba << u"5:missing-value"_s;
    QTest::newRow("missing value before option") << "cmd --size --grow"_ba << u"5:missing-value"_s;
    QTest::newRow("flag with value") << "cmd --grow=yes"_ba << u"5:unexpected-value"_s;
    QTest::newRow("not an integer") << "cmd --size=big"_ba << u"5:invalid-value"_s;
    QTest::newRow("negative number is a value") << "cmd --size -1"_ba << QString();
    QTest::newRow("value with space is a value") << "cmd --mode \"-m x=1\""_ba << u"12:invalid-value"_s;
    QTest::newRow("choice ok") << "cmd --mode=fast"_ba << QString();
    QTest::newRow("choice bad") << "cmd --mode=warp"_ba << u"5:invalid-value"_s;
    QTest::newRow("boolean") << "cmd --on=maybe"_ba << u"5:invalid-value"_s;
    QTest::newRow("boolean ok") << "cmd --on=yes"_ba << QString();
    QTest::newRow("optional value absent") << "cmd --opt --grow"_ba << QString();
    QTest::newRow("deprecated warns") << "cmd --legacy"_ba << u"5:deprecated-option"_s;
    QTest::newRow("required missing") << "need"_ba << u"1:missing-option"_s;
}

void TestOptionChecker::check()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, expected);
    QHash<QString, OptionSpec> options;
    OptionSpec value;
    value.kind = OptionSpec::Kind::Value;
    OptionSpec integer = value;
    integer.type = 'i';
    OptionSpec choice = value;
    choice.choices = { u"fast"_s, u"slow"_s };
    OptionSpec boolean = value;
    boolean.type = 'b';
    OptionSpec optional;
    optional.kind = OptionSpec::Kind::OptionalValue;
    OptionSpec legacy;
    legacy.deprecated = true;
    options.insert(u"--size"_s, integer);
    options.insert(u"--sign"_s, value);
    options.insert(u"--grow"_s, OptionSpec {});
    options.insert(u"--name"_s, value);
    options.insert(u"--names"_s, value);
    options.insert(u"--mode"_s, choice);
    options.insert(u"--on"_s, boolean);
    options.insert(u"--opt"_s, optional);
    options.insert(u"--legacy"_s, legacy);
    if (line == "need") {
        OptionSpec required = value;
        required.required = true;
        options.insert(u"--must"_s, required);
    }
    const Document doc = Parser::parse(line);
    QCOMPARE(doc.commands.size(), 1);
    Diagnostics out;
    OptionChecker(doc, out).check(doc.commands[0], 1, options, { u"--old"_s }, u"cmd"_s);
    QStringList got;
    for (const Diagnostic &d : out)
        got.append(u"%1:%2"_s.arg(d.column).arg(d.code));
    QCOMPARE(got.join(u' '), expected);
}

QTEST_APPLESS_MAIN(TestOptionChecker)
#include "tst_optionchecker.moc"
