// SPDX-License-Identifier: GPL-3.0-or-later
#include "kickstart/diagnostic.h"
#include "kickstart/linter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart::Kickstart;
using namespace Qt::StringLiterals;

namespace {

// Every finding as "LINE:e|w:CODE", in order.
QString findings(const QString &release, const QByteArray &input, const QString &baseDirectory = {})
{
    auto table = CommandTable::forRelease(release);
    if (!table)
        return table.error().message;
    LintOptions options;
    options.checkScripts = false;
    options.baseDirectory = baseDirectory;
    QStringList out;
    for (const Diagnostic &d : Linter(*table).lint(input, options))
        out.append(u"%1:%2:%3"_s.arg(d.line).arg(d.isError() ? u"e"_s : u"w"_s, d.code));
    return out.join(u' ');
}

} // namespace

class TestLinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void includeFound();
    void messagesSayWhere();
    void closestMatches_data();
    void closestMatches();
};

void TestLinter::rules_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    // Commands
    QTest::newRow("clean") << u"RHEL9"_s << "text\nlang en_US\nrootpw --lock\nreboot\n"_ba << QString();
    QTest::newRow("unknown command") << u"RHEL9"_s << "text\nfrobnicate\n"_ba << u"2:e:unknown-command"_s;
    QTest::newRow("command of another release") << u"RHEL9"_s << "bootc --source-imgref=x\n"_ba << u"1:e:unknown-command"_s;
    QTest::newRow("removed command") << u"RHEL9"_s << "install\n"_ba << u"1:e:removed-command"_s;
    QTest::newRow("deprecated command") << u"RHEL8"_s << "install\n"_ba << u"1:w:deprecated-command"_s;
    QTest::newRow("install fine in RHEL7") << u"RHEL7"_s << "install\n"_ba << QString();
    QTest::newRow("deprecated option") << u"RHEL9"_s << "logging --level=info\n"_ba << u"1:w:deprecated-option"_s;
    QTest::newRow("option removed later") << u"RHEL10"_s << "timezone UTC --isUtc\n"_ba << u"1:e:removed-option"_s;
    QTest::newRow("preferred alias") << u"RHEL9"_s << "timezone UTC --isUtc\n"_ba << u"1:w:preferred-option"_s;
    QTest::newRow("unknown option") << u"RHEL9"_s << "part / --sise=1\n"_ba << u"1:e:unknown-option"_s;
    QTest::newRow("option needs value") << u"RHEL9"_s << "part / --size\n"_ba << u"1:e:missing-value"_s;
    QTest::newRow("option value given") << u"RHEL9"_s << "part / --size 100\n"_ba << QString();
    QTest::newRow("prefix accepted") << u"RHEL9"_s << "part / --siz=100 --gro\n"_ba << QString();
    QTest::newRow("prefix ambiguous") << u"RHEL9"_s << "network --no\n"_ba << u"1:e:ambiguous-option"_s;
    QTest::newRow("flag given a value") << u"RHEL9"_s << "part / --grow=yes\n"_ba << u"1:e:unexpected-value"_s;
    QTest::newRow("bad choice") << u"RHEL9"_s << "network --bootproto=dhcpp\n"_ba << u"1:e:invalid-value"_s;
    QTest::newRow("too many arguments") << u"RHEL9"_s << "selinux --enforcing extra\n"_ba << u"1:e:extra-argument"_s;
    QTest::newRow("missing argument") << u"RHEL9"_s << "part --size=1\n"_ba << u"1:e:missing-argument"_s;
    QTest::newRow("required option") << u"RHEL9"_s << "repo --baseurl=http://x/\n"_ba << u"1:e:missing-option"_s;
    QTest::newRow("free-form command") << u"RHEL9"_s << "authselect select sssd --force\n"_ba << QString();
    QTest::newRow("raid without level") << u"RHEL9"_s << "raid / --device=md0 raid.1 raid.2\n"_ba << u"1:e:raid-level"_s;
    QTest::newRow("raid with level") << u"RHEL9"_s << "raid / --device=md0 --level=1 raid.1 raid.2\n"_ba << QString();
    // Line syntax
    QTest::newRow("line continuation") << u"RHEL9"_s << "repo --name=a \\\n"_ba << u"1:e:line-continuation"_s;
    QTest::newRow("hash mid word") << u"RHEL9"_s << "rootpw pa#ss\n"_ba << u"1:w:comment-in-word"_s;
    QTest::newRow("hash quoted") << u"RHEL9"_s << "rootpw \"pa#ss\"\n"_ba << QString();
    QTest::newRow("hash after space") << u"RHEL9"_s << "rootpw pass # comment\n"_ba << QString();
    QTest::newRow("unclosed quote") << u"RHEL9"_s << "lang \"en_US\n"_ba << u"1:e:unclosed-quote"_s;
    // Repeats and conflicts
    QTest::newRow("repeated rootpw") << u"RHEL9"_s << "rootpw a\nrootpw b\n"_ba << u"2:w:repeated-command"_s;
    QTest::newRow("repeatable part") << u"RHEL9"_s << "part / --size=1\npart /boot --size=1\n"_ba << QString();
    QTest::newRow("text and graphical") << u"RHEL9"_s << "text\ngraphical\n"_ba << u"2:w:conflict"_s;
    QTest::newRow("reboot and poweroff") << u"RHEL9"_s << "reboot\npoweroff\n"_ba << u"2:w:conflict"_s;
    QTest::newRow("autopart and part") << u"RHEL9"_s << "autopart\npart / --size=1\n"_ba << u"2:e:conflict"_s;
    // Sections
    QTest::newRow("misspelt section") << u"RHEL9"_s << "%psot\necho\n%end\n"_ba << u"1:e:unknown-section"_s;
    QTest::newRow("missing end before next") << u"RHEL9"_s << "%post\necho\n%packages\n%end\n"_ba
                                             << u"1:e:missing-end 3:e:missing-end"_s;
    QTest::newRow("missing end at eof") << u"RHEL9"_s << "%post\necho\n"_ba << u"1:e:missing-end"_s;
    QTest::newRow("end optional in RHEL5") << u"RHEL5"_s << "%packages\nvim\n%post\necho\n"_ba << QString();
    QTest::newRow("stray end") << u"RHEL9"_s << "text\n%end\n"_ba << u"2:e:stray-end"_s;
    QTest::newRow("script options") << u"RHEL9"_s << "%post --nochroot --log=/tmp/l --erroronfail --interpreter=/bin/bash\n%end\n"_ba
                                    << QString();
    QTest::newRow("nochroot on pre") << u"RHEL9"_s << "%pre --nochroot\n%end\n"_ba << u"1:e:unknown-option"_s;
    QTest::newRow("log needs value") << u"RHEL9"_s << "%post --log\n%end\n"_ba << u"1:e:missing-value"_s;
    QTest::newRow("section argument") << u"RHEL9"_s << "%post now\n%end\n"_ba << u"1:e:extra-argument"_s;
    QTest::newRow("packages nobase deprecated") << u"RHEL7"_s << "%packages --nobase\n%end\n"_ba << u"1:w:deprecated-option"_s;
    QTest::newRow("packages nobase gone") << u"RHEL9"_s << "%packages --nobase\n%end\n"_ba << u"1:e:unknown-option"_s;
    QTest::newRow("packages options") << u"RHEL9"_s << "%packages --ignoremissing --inst-langs=en --exclude-weakdeps\n%end\n"_ba
                                      << QString();
    QTest::newRow("traceback deprecated") << u"RHEL9"_s << "%traceback\n%end\n"_ba << u"1:w:deprecated-section"_s;
    QTest::newRow("addon body ignored") << u"RHEL9"_s << "%addon com_redhat_kdump --enable\nanything\n%end\n"_ba << QString();
    // %packages body
    QTest::newRow("packages body ok") << u"RHEL9"_s
                                      << "%packages\n@core --nodefaults\n@base --optional\n@^server-product-environment\n-kernel-tools\n-@dial-up\nvim*\n# c\n\n%end\n"_ba
                                      << QString();
    QTest::newRow("two packages on a line") << u"RHEL9"_s << "%packages\nvim emacs\n%end\n"_ba << u"2:e:package-syntax"_s;
    QTest::newRow("package with option") << u"RHEL9"_s << "%packages\nvim --optional\n%end\n"_ba << u"2:e:package-syntax"_s;
    QTest::newRow("bad group option") << u"RHEL9"_s << "%packages\n@core --nodefault --bogus\n%end\n"_ba << u"2:e:unknown-option"_s;
    QTest::newRow("empty group") << u"RHEL9"_s << "%packages\n@\n%end\n"_ba << u"2:e:package-syntax"_s;
    // Group lines as pykickstart's Packages._processGroup splits them: "@ base" is group "base".
    QTest::newRow("group after a space") << u"RHEL9"_s << "%packages\n@ base\n%end\n"_ba << QString();
    QTest::newRow("group spaced with option") << u"RHEL9"_s << "%packages\n@  base  --optional\n%end\n"_ba << QString();
    QTest::newRow("group option first") << u"RHEL9"_s << "%packages\n@ --nodefaults core\n%end\n"_ba << QString();
    QTest::newRow("group tab and comment") << u"RHEL9"_s << "%packages\n@\tcore # minimal\n%end\n"_ba << QString();
    QTest::newRow("group option prefix") << u"RHEL9"_s << "%packages\n@core --nodef\n%end\n"_ba << QString();
    QTest::newRow("group name with spaces") << u"RHEL7"_s << "%packages\n@X Window System --optional\n%end\n"_ba << QString();
    QTest::newRow("group quote is literal") << u"RHEL9"_s << "%packages\n@Pete's\n%end\n"_ba << QString();
    QTest::newRow("group option only") << u"RHEL9"_s << "%packages\n@ --optional\n%end\n"_ba << u"2:e:package-syntax"_s;
    QTest::newRow("group flag given a value") << u"RHEL9"_s << "%packages\n@core --optional=yes\n%end\n"_ba
                                              << u"2:e:unexpected-value"_s;
    QTest::newRow("group single-dash option") << u"RHEL9"_s << "%packages\n@core -x\n%end\n"_ba << u"2:e:unknown-option"_s;
    // The pairs pykickstart refuses ("Group cannot specify both --nodefaults and --optional").
    QTest::newRow("group nodefaults and optional") << u"RHEL9"_s << "%packages\n@group --nodefaults --optional\n%end\n"_ba
                                                   << u"2:e:group-options"_s;
    QTest::newRow("group optional and nodefaults by prefix") << u"RHEL8"_s << "%packages\n@ core --opt --nodef\n%end\n"_ba
                                                             << u"2:e:group-options"_s;
    QTest::newRow("group option twice") << u"RHEL9"_s << "%packages\n@core --optional --optional\n%end\n"_ba << QString();
    QTest::newRow("packages default and nocore") << u"RHEL9"_s << "%packages --default --nocore\n%end\n"_ba
                                                 << u"1:e:package-options"_s;
    QTest::newRow("packages default and nobase") << u"RHEL7"_s << "%packages --default --nobase\n%end\n"_ba
                                                 << u"1:e:package-options 1:w:deprecated-option"_s;
    QTest::newRow("module stream") << u"RHEL9"_s << "%packages\n@nodejs:18/common\n%end\n"_ba << QString();
    // "@^" and "-@" name everything after them, as written.
    QTest::newRow("environment with spaces") << u"RHEL9"_s << "%packages\n@^Server with GUI\n%end\n"_ba << QString();
    QTest::newRow("environment after a space") << u"RHEL9"_s << "%packages\n@^ minimal-environment\n%end\n"_ba
                                               << u"2:w:package-syntax"_s;
    QTest::newRow("environment with option") << u"RHEL9"_s << "%packages\n@^minimal-environment --optional\n%end\n"_ba
                                             << u"2:w:package-syntax"_s;
    QTest::newRow("empty environment") << u"RHEL9"_s << "%packages\n@^ # none\n%end\n"_ba << u"2:e:package-syntax"_s;
    QTest::newRow("excluded group after a space") << u"RHEL9"_s << "%packages\n-@ dial-up\n%end\n"_ba << u"2:w:package-syntax"_s;
    QTest::newRow("excluded package after a space") << u"RHEL9"_s << "%packages\n- vim\n%end\n"_ba << u"2:w:package-syntax"_s;
    QTest::newRow("excluded empty group") << u"RHEL9"_s << "%packages\n-@\n%end\n"_ba << u"2:e:package-syntax"_s;
    QTest::newRow("two excluded packages") << u"RHEL9"_s << "%packages\n-vim emacs\n%end\n"_ba << u"2:e:package-syntax"_s;
    QTest::newRow("package hash mid word") << u"RHEL9"_s << "%packages\nvim#x\n%end\n"_ba << u"2:w:comment-in-word"_s;
    QTest::newRow("package hash in quotes") << u"RHEL9"_s << "%packages\n\"vim#x\"\n%end\n"_ba << u"2:w:comment-in-word"_s;
    // Includes
    QTest::newRow("include missing") << u"RHEL9"_s << "%include /tmp/part-include\n"_ba << u"1:w:include-not-found"_s;
    QTest::newRow("include written by pre") << u"RHEL9"_s
                                            << "%pre\necho 'part / --size=1' > /tmp/part-include\n%end\n%include /tmp/part-include\n"_ba
                                            << QString();
    QTest::newRow("include pre after") << u"RHEL9"_s
                                       << "%include /tmp/part-include\n%pre\necho x > /tmp/part-include\n%end\n"_ba
                                       << u"1:w:include-not-found"_s;
    QTest::newRow("include url") << u"RHEL9"_s << "%include http://server/ks/common.ks\n"_ba << QString();
    QTest::newRow("include without path") << u"RHEL9"_s << "%include\n"_ba << u"1:e:include-syntax"_s;
}

void TestLinter::rules()
{
    QFETCH(QString, release);
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QCOMPARE(findings(release, input), expected);
}

void TestLinter::includeFound()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(u"common.ks"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("text\n");
    f.close();
    QCOMPARE(findings(u"RHEL9"_s, "%include common.ks\n"_ba, dir.path()), QString());
    QCOMPARE(findings(u"RHEL9"_s, "%include other.ks\n"_ba, dir.path()), u"1:w:include-not-found"_s);
}

void TestLinter::messagesSayWhere()
{
    auto table = CommandTable::forRelease(u"RHEL9"_s);
    LintOptions options;
    options.checkScripts = false;
    const Diagnostics d = Linter(*table).lint("%post\necho\n%packages\n%end\n"_ba, options);
    QCOMPARE(d.size(), 2);
    QVERIFY(d[0].message.contains(u"line 3"_s));
    QVERIFY(d[1].message.contains(u"line 1"_s));
    const Diagnostics psot = Linter(*table).lint("%psot\n%end\n"_ba, options);
    QVERIFY(psot.value(0).message.contains(u"%post"_s));
    const Diagnostics prefix = Linter(*table).lint("network --no\n"_ba, options);
    QCOMPARE(prefix.value(0).column, 9);
    // The group conflict names the group and points at the second option of the pair.
    const Diagnostics both = Linter(*table).lint("%packages\n@  group --nodefaults --optional\n%end\n"_ba, options);
    QCOMPARE(both.size(), 1);
    QCOMPARE(both[0].column, 23);
    QVERIFY(both[0].message.contains(u"@group"_s));
}

// The suggestion behind "did you mean": at most two edits away (an adjacent swap is one), the
// nearest first, nothing when nothing is near.
void TestLinter::closestMatches_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");
    QTest::newRow("swap") << u"psot"_s << u"post"_s;
    QTest::newRow("missing letter") << u"bootloder"_s << u"bootloader"_s;
    QTest::newRow("extra letter") << u"autopartt"_s << u"autopart"_s;
    QTest::newRow("two edits") << u"rebto"_s << u"reboot"_s;
    QTest::newRow("case") << u"REBOOT"_s << u"reboot"_s;
    QTest::newRow("one edit") << u"pos"_s << u"post"_s;
    QTest::newRow("nearest, not first") << u"pre1"_s << u"pre"_s;
    QTest::newRow("three edits: none") << u"rxbxxt"_s << QString();
    QTest::newRow("unrelated") << u"frobnicate"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("long") << QString(5000, u'x') << QString();
}

void TestLinter::closestMatches()
{
    QFETCH(QString, word);
    QFETCH(QString, expected);
    const QStringList candidates { u"post"_s, u"pre"_s, u"bootloader"_s, u"autopart"_s, u"reboot"_s, u"poweroff"_s };
    QCOMPARE(closestMatch(word, candidates), expected);
}

QTEST_APPLESS_MAIN(TestLinter)
#include "tst_linter.moc"
