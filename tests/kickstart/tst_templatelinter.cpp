// SPDX-License-Identifier: GPL-3.0-or-later
#include "kickstart/commandtable.h"
#include "kickstart/templatelinter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Crashcart::Kickstart;

namespace {

std::optional<QByteArray> snippets(const QString &name)
{
    if (name == u"post")
        return QByteArray("%post\necho done\n%end\n");
    return std::nullopt;
}

QStringList codesAndLines(const Diagnostics &d)
{
    QStringList out;
    for (const Diagnostic &x : d)
        out.append(QStringLiteral("%1:%2").arg(x.line).arg(x.code));
    return out;
}

} // namespace

class TestTemplateLinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lint_data();
    void lint();
};

void TestTemplateLinter::lint_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<bool>("scripts");
    QTest::addColumn<QStringList>("expected");

    const QByteArray head = "lang en_US.UTF-8\nrootpw --lock\n";
    QTest::newRow("plain kickstart") << head + "bogus\n" << false << QStringList { u"3:unknown-command"_s };
    QTest::newRow("any variable renders") << head + "network --hostname={{ host.name }} --mtu={{ tag.mtu }}\n" << false
                                          << QStringList {};
    QTest::newRow("template syntax") << head + "network --hostname={{ host.name \n" << false
                                     << QStringList { u"3:template-unclosed"_s };
    QTest::newRow("lint after a snippet") << head + "{{> post }}\nbogus\n" << false << QStringList { u"4:unknown-command"_s };
    QTest::newRow("unknown snippet") << head + "{{> nope }}\n" << false << QStringList { u"3:template-unknown-snippet"_s };
    QTest::newRow("shellcheck on a placeholder line is dropped")
        << head + "%post\nif [ -n \"{{ tag.rack }}\" ]; then echo; fi\n%end\n" << true << QStringList {};
    QTest::newRow("shellcheck elsewhere stays") << head + "%post\necho {{ host.name }}\ncd /opt\n%end\n" << true
                                                << QStringList { u"5:SC2164"_s };
}

void TestTemplateLinter::lint()
{
    QFETCH(QByteArray, source);
    QFETCH(bool, scripts);
    QFETCH(QStringList, expected);
    auto table = CommandTable::forRelease(u"RHEL9"_s);
    QVERIFY(table.ok());
    LintOptions options;
    options.checkScripts = scripts;
    const Diagnostics d = lintTemplate(source, Linter(*table), placeholderVariables(), snippets, options);
    QCOMPARE(codesAndLines(d), expected);
}

QTEST_GUILESS_MAIN(TestTemplateLinter)
#include "tst_templatelinter.moc"
