// SPDX-License-Identifier: GPL-3.0-or-later
// `crashcart-cli ks render` as a user runs it: a real workspace, real files, exit statuses.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"

using namespace Qt::StringLiterals;

class TestCliRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void render_data();
    void render();
    void usage_data();
    void usage();

private:
    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestCliRender::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(u"ws"_s);
    const QString csv = write(m_dir, u"hosts.csv"_s,
                              "mac,hostname,ip,profile,tags\n"
                              "52:54:00:00:00:01,web01,10.0.0.11,rhel9,\"rack=r3,gpu\"\n");
    const Run r = cli({ u"hosts"_s, u"import"_s, u"--workspace"_s, m_workspace, csv });
    QVERIFY2(r.status == 0, qPrintable(r.err));
}

void TestCliRender::render_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("stdoutHas");
    QTest::addColumn<QString>("stderrHas");

    const QByteArray head = "lang en_US.UTF-8\nkeyboard us\ntimezone UTC\nrootpw --lock\n";
    QTest::newRow("clean") << head + "network --hostname={{ host.name }} --ip={{ host.ip }}\n# {{ tag.rack }} {{ server.url }} {{ install.token }}\n"
                           << 0 << u"network --hostname=web01 --ip=10.0.0.11\n# r3 http://192.0.2.1:8080 abc\n"_s << QString();
    QTest::newRow("unknown variable") << head + "\n{{ host.nmae }}\n" << 1 << QString() << u"ks.cfg:6:1: error: unknown variable 'host.nmae'"_s;
    QTest::newRow("lint error on template line") << QByteArray("{{> progress-start }}\nlang en_US.UTF-8\nfrobnicate {{ host.name }}\n")
                                                 << 1 << u"%pre"_s << u"ks.cfg:3:1: error: unknown command"_s;
    QTest::newRow("snippet") << head + "{{> salt-minion }}\n" << 0 << u"master: ${master}"_s << QString();
}

void TestCliRender::render()
{
    QFETCH(QByteArray, source);
    QFETCH(int, status);
    QFETCH(QString, stdoutHas);
    QFETCH(QString, stderrHas);
    const QString path = write(m_dir, u"ks.cfg"_s, source);
    const Run r = cli({ u"ks"_s, u"render"_s, u"--workspace"_s, m_workspace, u"--host"_s, u"5254.0000.0001"_s, u"--server"_s,
                        u"192.0.2.1"_s, u"--http-port"_s, u"8080"_s, u"--token"_s, u"abc"_s, u"--no-scripts"_s, path });
    QVERIFY2(r.status == status, qPrintable(r.err));
    QVERIFY2(r.out.contains(stdoutHas), qPrintable(r.out));
    QVERIFY2(r.err.contains(stderrHas.replace(u"ks.cfg"_s, path)), qPrintable(r.err));
}

void TestCliRender::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::newRow("no host") << QStringList { u"x.ks"_s } << 2;
    QTest::newRow("bad mac") << QStringList { u"--host"_s, u"zz"_s, u"x.ks"_s } << 2;
    QTest::newRow("bad port") << QStringList { u"--host"_s, u"52:54:00:00:00:01"_s, u"--http-port"_s, u"x"_s, u"x.ks"_s } << 2;
    QTest::newRow("missing file") << QStringList { u"--host"_s, u"52:54:00:00:00:01"_s, u"/nonexistent/x.ks"_s } << 1;
    QTest::newRow("unknown host") << QStringList { u"--host"_s, u"52:54:00:00:00:99"_s, u"@"_s } << 1;
}

void TestCliRender::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    if (args.last() == u"@")
        args.last() = write(m_dir, u"any.ks"_s, "lang en_US.UTF-8\n");
    const Run r = cli(QStringList { u"ks"_s, u"render"_s, u"--workspace"_s, m_workspace } + args);
    QCOMPARE(r.status, status);
}

QTEST_GUILESS_MAIN(TestCliRender)
#include "tst_clirender.moc"
