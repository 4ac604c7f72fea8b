// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped snippets render for a host, lint clean inside a minimal kickstart, and pass
// ShellCheck at severity warning (through the linter's script checker, which runs it).
#include "kickstart/commandtable.h"
#include "kickstart/hostvariables.h"
#include "kickstart/linter.h"
#include "kickstart/snippetlibrary.h"


#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Crashcart;
using namespace Crashcart::Kickstart;

namespace {

const QByteArray kMinimal = "lang en_US.UTF-8\n"
                            "keyboard us\n"
                            "timezone UTC --utc\n"
                            "rootpw --lock\n"
                            "text\n"
                            "reboot\n"
                            "%packages\n@^minimal-environment\n%end\n";

HostFacts sampleHost()
{
    HostFacts h;
    h.mac = *MacAddress::parse(u"52:54:00:12:34:56"_s);
    h.name = u"db01.example.org"_s;
    h.ip = u"10.0.0.21"_s;
    h.profile = u"rhel9"_s;
    h.tags = { u"gpu"_s, u"raid_level=10"_s, u"salt_master=salt.example.org"_s };
    return h;
}

const QStringList kExpected = { u"efibootmgr"_s,      u"hwcheck"_s,      u"progress-done"_s, u"progress-failed"_s,
                                u"progress-installed"_s, u"progress-start"_s, u"raid-mdadm"_s, u"raid-perccli"_s,
                                u"raid-ssacli"_s,     u"raid-storcli"_s, u"salt-minion"_s,   u"ssh-keys"_s };

} // namespace

class TestSnippetLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shipsTheLibrary();
    void snippetLintsClean_data();
    void snippetLintsClean();
    void workspaceOverridesAndExtends();
};

void TestSnippetLibrary::shipsTheLibrary()
{
    const SnippetLibrary library;
    QStringList names;
    for (const auto &s : library.snippets()) {
        names.append(s.name);
        QVERIFY(s.builtIn);
        QVERIFY2(!s.summary.isEmpty(), qPrintable(s.name));
    }
    QCOMPARE(names, kExpected);
}

void TestSnippetLibrary::snippetLintsClean_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("release");
    for (const QString &name : kExpected) {
        for (const QString &release : { u"RHEL7"_s, u"RHEL9"_s, u"F43"_s })
            QTest::addRow("%s %s", qPrintable(name), qPrintable(release)) << name << release;
    }
}

void TestSnippetLibrary::snippetLintsClean()
{
    QFETCH(QString, name);
    QFETCH(QString, release);
    const SnippetLibrary library;
    const TemplateRenderer renderer(hostVariables(sampleHost(), { u"10.0.0.5"_s, 8080, 69 }, u"0123abcd"_s),
                                    [&library](const QString &n) { return library.text(n); });
    const Rendered r = renderer.render(kMinimal + "{{> " + name.toUtf8() + " }}\n");
    QVERIFY2(r.ok(), qPrintable(r.errors.value(0).message));
    QVERIFY(!r.text.contains("{{"));
    auto table = CommandTable::forRelease(release);
    QVERIFY(table.ok());
    const Diagnostics d = Linter(*table).lint(r.text);
    for (const Diagnostic &x : d)
        qWarning().noquote() << x.line << x.code << x.message;
    QCOMPARE(d.size(), 0);
}

void TestSnippetLibrary::workspaceOverridesAndExtends()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](const QString &file, const QByteArray &bytes) {
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write(u"hwcheck.ks"_s, "# SPDX-License-Identifier: GPL-3.0-or-later\n# Ours.\n%pre\ntrue\n%end\n");
    write(u"site-motd.ks"_s, "# The site banner.\n%post\necho hi > /etc/motd\n%end\n");
    write(u"notes.txt"_s, "not a snippet");
    const SnippetLibrary library(dir.path());
    QCOMPARE(library.snippets().size(), kExpected.size() + 1);
    QCOMPARE(library.text(u"hwcheck"_s).value_or(QByteArray()).contains("true\n"), true);
    QCOMPARE(library.text(u"site-motd"_s).has_value(), true);
    QCOMPARE(library.text(u"notes"_s).has_value(), false);
    for (const auto &s : library.snippets()) {
        if (s.name == u"hwcheck") {
            QVERIFY(!s.builtIn);
            QCOMPARE(s.summary, u"Ours."_s);
        }
        if (s.name == u"site-motd")
            QCOMPARE(s.summary, u"The site banner."_s);
    }
}

QTEST_GUILESS_MAIN(TestSnippetLibrary)
#include "tst_snippetlibrary.moc"
