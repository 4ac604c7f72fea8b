// SPDX-License-Identifier: GPL-3.0-or-later
// crashcart-cli as a user runs it: real processes, real files, exit statuses and output.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"

using namespace Qt::StringLiterals;

namespace {

const QByteArray kMixed = "mac;hostname;ip;profile;bmc_address;bmc_type;tags;notes\n"
                          "52:54:00:00:00:01;web01;10.0.0.1;rhel9;10.9.0.1;ipmi;rack3,web;\"first, host\"\n"
                          "52-54-00-00-00-02;web02;dhcp;rhel9;;;;\n"
                          "zz:zz:zz:zz:zz:zz;bad;;;;;;\n"
                          "5254.0000.0003;WEB01;;;;;;\n"
                          "525400000004;db01;10.0.0.1;;;;;\n"
                          "525400000005;db02;;;;;;\n"
                          "52:54:00:00:00:06;db03\n";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importReportsBadRows();
    void importCleanFileExitsZero();
    void dryRunWritesNothing();
    void listTableAndJson();
    void exportRoundTrip();
    void workspaceFromEnvironment();
    void usageErrors_data();
    void usageErrors();
    void unreadableFile();
    void profileSyslogSwitch();
};

void TestCli::importReportsBadRows()
{
    QTemporaryDir dir;
    const QString csv = write(dir, u"mixed.csv"_s, kMixed);
    const Run r = cli({ u"--workspace"_s, dir.filePath(u"ws"_s), u"hosts"_s, u"import"_s, csv });
    QCOMPARE(r.status, 1);
    // One FILE:LINE: reason per bad row, nothing else of that form.
    QStringList located;
    for (const QString &line : r.err.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(csv + u':') && line.section(u':', 1, 1).toInt() > 0)
            located.append(line.section(u':', 1, 1));
    }
    QCOMPARE(located, (QStringList { u"4"_s, u"5"_s, u"6"_s, u"8"_s }));
    QVERIFY(r.err.contains(u"52:54:00:00:00:01"_s)); // the duplicates name the other host

    const Run list = cli({ u"--workspace"_s, dir.filePath(u"ws"_s), u"hosts"_s, u"list"_s });
    QCOMPARE(list.status, 0);
    for (const QString &mac : { u"52:54:00:00:00:01"_s, u"52:54:00:00:00:02"_s, u"52:54:00:00:00:05"_s })
        QVERIFY2(list.out.contains(mac), qPrintable(list.out));
    QCOMPARE(list.out.count(u'\n'), 4); // header + 3 hosts
}

void TestCli::importCleanFileExitsZero()
{
    QTemporaryDir dir;
    const QString csv = write(dir, u"ok.csv"_s, "MAC\n52:54:00:00:00:01\n52:54:00:00:00:02\n");
    const Run r = cli({ u"--workspace"_s, dir.filePath(u"ws"_s), u"hosts"_s, u"import"_s, csv });
    QCOMPARE(r.status, 0);
    // Importing the same file again refuses every row (already there) and says so.
    const Run again = cli({ u"--workspace"_s, dir.filePath(u"ws"_s), u"hosts"_s, u"import"_s, csv });
    QCOMPARE(again.status, 1);
    QVERIFY(again.err.contains(csv + u":2: "_s));
    QVERIFY(again.err.contains(csv + u":3: "_s));
}

void TestCli::dryRunWritesNothing()
{
    QTemporaryDir dir;
    const QString csv = write(dir, u"ok.csv"_s, "mac\n52:54:00:00:00:01\n");
    QCOMPARE(cli({ u"--workspace"_s, dir.filePath(u"ws"_s), u"--dry-run"_s, u"hosts"_s, u"import"_s, csv }).status, 0);
    const Run list = cli({ u"--workspace"_s, dir.filePath(u"ws"_s), u"hosts"_s, u"list"_s, u"--json"_s });
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
}

void TestCli::listTableAndJson()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(u"ws"_s);
    cli({ u"--workspace"_s, ws, u"hosts"_s, u"import"_s, write(dir, u"m.csv"_s, kMixed) });
    const Run r = cli({ u"--workspace"_s, ws, u"hosts"_s, u"list"_s, u"--json"_s });
    QCOMPARE(r.status, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray hosts = doc.array();
    QCOMPARE(hosts.size(), 3);
    const QJsonObject first = hosts.first().toObject();
    for (const char *key : { "mac", "hostname", "ip", "profile", "bmc_address", "bmc_type", "tags", "notes" })
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QCOMPARE(first.value(u"mac"_s).toString(), u"52:54:00:00:00:01"_s);
    QCOMPARE(first.value(u"bmc_type"_s).toString(), u"ipmi"_s);
    QCOMPARE(first.value(u"tags"_s).toArray().size(), 2);
    QCOMPARE(first.value(u"notes"_s).toString(), u"first, host"_s);
}

void TestCli::exportRoundTrip()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(u"a"_s), b = dir.filePath(u"b"_s);
    cli({ u"--workspace"_s, a, u"hosts"_s, u"import"_s, write(dir, u"m.csv"_s, kMixed) });
    const QString exported = dir.filePath(u"export.csv"_s);
    QCOMPARE(cli({ u"--workspace"_s, a, u"hosts"_s, u"export"_s, exported }).status, 0);
    QCOMPARE(cli({ u"--workspace"_s, b, u"hosts"_s, u"import"_s, exported }).status, 0);
    const Run fromA = cli({ u"--workspace"_s, a, u"hosts"_s, u"export"_s });
    const Run fromB = cli({ u"--workspace"_s, b, u"hosts"_s, u"export"_s });
    QCOMPARE(fromA.status, 0);
    QVERIFY(fromA.out.startsWith(u"mac,hostname,ip,profile,bmc_address,bmc_type,tags,notes\n"_s));
    QCOMPARE(fromA.out.count(u'\n'), 4);
    QCOMPARE(fromB.out, fromA.out);
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), fromA.out);
}

void TestCli::workspaceFromEnvironment()
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CRASHCART_WORKSPACE"_s, dir.filePath(u"envws"_s));
    const Run r = cli({ u"hosts"_s, u"import"_s, write(dir, u"ok.csv"_s, "mac\n52:54:00:00:00:01\n") }, env);
    QCOMPARE(r.status, 0);
    QVERIFY(QFileInfo::exists(dir.filePath(u"envws/crashcart.db"_s)));
    // --workspace wins over the environment.
    const Run other = cli({ u"--workspace"_s, dir.filePath(u"flag"_s), u"hosts"_s, u"list"_s, u"--json"_s }, env);
    QCOMPARE(QJsonDocument::fromJson(other.out.toUtf8()).array().size(), 0);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("nothing") << QStringList {};
    QTest::newRow("unknown command") << QStringList { u"frobnicate"_s };
    QTest::newRow("hosts alone") << QStringList { u"hosts"_s };
    QTest::newRow("import without file") << QStringList { u"hosts"_s, u"import"_s };
    QTest::newRow("unknown option") << QStringList { u"--bogus"_s, u"hosts"_s, u"list"_s };
    QTest::newRow("list with extra") << QStringList { u"hosts"_s, u"list"_s, u"x"_s };
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const Run r = cli(QStringList { u"--workspace"_s, dir.filePath(u"ws"_s) } + args);
    QCOMPARE(r.status, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestCli::unreadableFile()
{
    QTemporaryDir dir;
    const Run r = cli({ u"--workspace"_s, dir.filePath(u"ws"_s), u"hosts"_s, u"import"_s, dir.filePath(u"missing.csv"_s) });
    QCOMPARE(r.status, 1);
    QVERIFY(r.err.contains(u"missing.csv"_s));
}

void TestCli::profileSyslogSwitch()
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CRASHCART_WORKSPACE"_s, dir.filePath(u"ws"_s));
    const auto run = [&env](const QStringList &args) { return cli(args, env); };
    const auto syslogOf = [&] {
        const Run list = run({ u"profiles"_s, u"list"_s, u"--json"_s });
        return QJsonDocument::fromJson(list.out.toUtf8()).array().at(0).toObject().value(u"syslog"_s);
    };
    QCOMPARE(run({ u"profiles"_s, u"set"_s, u"rhel9"_s, u"--description"_s, u"web"_s }).status, 0);
    QCOMPARE(syslogOf(), QJsonValue(false));
    QCOMPARE(run({ u"profiles"_s, u"set"_s, u"rhel9"_s, u"--syslog"_s, u"on"_s }).status, 0);
    QCOMPARE(syslogOf(), QJsonValue(true));
    // Other changes leave it as it is.
    QCOMPARE(run({ u"profiles"_s, u"set"_s, u"rhel9"_s, u"--args"_s, u"quiet"_s }).status, 0);
    QCOMPARE(syslogOf(), QJsonValue(true));
    const Run bad = run({ u"profiles"_s, u"set"_s, u"rhel9"_s, u"--syslog"_s, u"yes"_s });
    QCOMPARE(bad.status, 2);
    QVERIFY2(bad.err.contains(u"--syslog takes on or off"_s), qPrintable(bad.err));
    QCOMPARE(syslogOf(), QJsonValue(true));
    QCOMPARE(run({ u"profiles"_s, u"set"_s, u"rhel9"_s, u"--syslog"_s, u"off"_s }).status, 0);
    QCOMPARE(syslogOf(), QJsonValue(false));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
