// SPDX-License-Identifier: GPL-3.0-or-later
// Installs from the shell: `install status`, `install cancel`, `hosts timeline`, `hosts report`,
// and an install that survives `serve` killed with SIGKILL: every callback answered before
// the kill is in the inventory, and after a restart the same token goes on to done.
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestCliInstall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void statusTimelineReportCancel();
    void survivesSigkill();

private:
    QProcessEnvironment env() const;
    quint16 startServe(QProcess &serve);
    int post(quint16 http, const QString &token, const QString &kind, const QByteArray &body);
    std::unique_ptr<QTemporaryDir> m_dir;
};

QProcessEnvironment TestCliInstall::env() const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"CRASHCART_WORKSPACE"_s, m_dir->filePath(u"ws"_s));
    return e;
}

void TestCliInstall::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"curl"_s).isEmpty(), "curl is missing (packaging/dev.sh test installs it)");
}

void TestCliInstall::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    write(*m_dir, u"vmlinuz"_s, "KERNEL");
    write(*m_dir, u"web.ks"_s, "text\n# token {{ install.token }}\n");
    write(*m_dir, u"hosts.csv"_s, "mac,hostname,profile\n52:54:00:aa:40:01,web01,rhel9\n");
    QCOMPARE(cli({ u"hosts"_s, u"import"_s, m_dir->filePath(u"hosts.csv"_s) }, env()).status, 0);
    QCOMPARE(cli({ u"profiles"_s, u"set"_s, u"rhel9"_s, u"--kernel"_s, m_dir->filePath(u"vmlinuz"_s), u"--kickstart"_s,
                   m_dir->filePath(u"web.ks"_s) },
                 env())
                 .status,
             0);
    QCOMPARE(cli({ u"hosts"_s, u"arm"_s, u"52:54:00:aa:40:01"_s }, env()).status, 0);
}

quint16 TestCliInstall::startServe(QProcess &serve)
{
    serve.setProcessEnvironment(env());
    serve.start(QStringLiteral(CRASHCART_CLI), { u"serve"_s, u"--listen"_s, u"127.0.0.1"_s, u"--tftp-port"_s, u"off"_s,
                                                 u"--http-port"_s, u"0"_s });
    if (!serve.waitForStarted())
        return 0;
    static const QRegularExpression listening(u"http listening on 127\\.0\\.0\\.1:(\\d+)"_s);
    QString log;
    for (int i = 0; i < 100; ++i) {
        serve.waitForReadyRead(100);
        log += QString::fromUtf8(serve.readAllStandardOutput());
        if (const auto m = listening.match(log); m.hasMatch())
            return quint16(m.captured(1).toUInt());
    }
    return 0;
}

int TestCliInstall::post(quint16 http, const QString &token, const QString &kind, const QByteArray &body)
{
    QProcess curl;
    curl.start(u"curl"_s, { u"-sS"_s, u"-o"_s, u"/dev/null"_s, u"-w"_s, u"%{http_code}"_s, u"--max-time"_s, u"10"_s, u"-X"_s, u"POST"_s,
                            u"--data-binary"_s, QString::fromUtf8(body), u"http://127.0.0.1:%1/api/install/%2/%3"_s.arg(http).arg(token, kind) });
    curl.waitForFinished(15000);
    return curl.readAllStandardOutput().toInt();
}

void TestCliInstall::statusTimelineReportCancel()
{
    Run r = cli({ u"install"_s, u"status"_s, u"--json"_s }, env());
    QCOMPARE(r.status, 0);
    const QJsonArray running = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(running.size(), 1);
    QCOMPARE(running[0].toObject().value(u"state"_s).toString(), u"ready"_s);
    QCOMPARE(running[0].toObject().value(u"hostname"_s).toString(), u"web01"_s);
    QVERIFY(!running[0].toObject().contains(u"token"_s)); // the token is the host's alone

    r = cli({ u"hosts"_s, u"timeline"_s, u"52:54:00:aa:40:01"_s, u"--json"_s }, env());
    QCOMPARE(r.status, 0);
    const QJsonArray events = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(events.last().toObject().value(u"kind"_s).toString(), u"install.armed"_s);
    QCOMPARE(events.last().toObject().value(u"source"_s).toString(), u"install"_s);
    QCOMPARE(cli({ u"hosts"_s, u"report"_s, u"52:54:00:aa:40:01"_s }, env()).status, 1); // nothing posted yet
    QCOMPARE(cli({ u"hosts"_s, u"timeline"_s, u"nope"_s }, env()).status, 1);
    QCOMPARE(cli({ u"install"_s, u"frobnicate"_s }, env()).status, 2);
    QCOMPARE(cli({ u"install"_s, u"cancel"_s }, env()).status, 2);

    r = cli({ u"install"_s, u"cancel"_s, u"52:54:00:aa:40:01"_s }, env());
    QCOMPARE(r.status, 0);
    r = cli({ u"install"_s, u"status"_s, u"--json"_s }, env());
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    r = cli({ u"install"_s, u"status"_s, u"--follow"_s }, env()); // nothing to follow: ends at once
    QCOMPARE(r.status, 0);
    QVERIFY(r.err.contains(u"No install is running"_s));
}

void TestCliInstall::survivesSigkill()
{
    QProcess serve;
    quint16 http = startServe(serve);
    QVERIFY(http);
    QProcess curl;
    curl.start(u"curl"_s, { u"-sS"_s, u"http://127.0.0.1:%1/ks/52-54-00-aa-40-01.cfg"_s.arg(http) });
    QVERIFY(curl.waitForFinished(15000));
    const QString token = QRegularExpression(u"# token ([0-9a-f]{32})"_s).match(QString::fromUtf8(curl.readAllStandardOutput())).captured(1);
    QVERIFY(!token.isEmpty());
    QCOMPARE(post(http, token, u"progress"_s, R"({"id":"p1","stage":"pre"})"), 200);
    QCOMPARE(post(http, token, u"report"_s, R"({"disks":[{"name":"vda","bytes":4294967296}]})"), 200);
    QCOMPARE(post(http, token, u"progress"_s, R"({"id":"p2","stage":"raid","percent":30})"), 200);
    ::kill(pid_t(serve.processId()), SIGKILL); // no chance to flush anything
    QVERIFY(serve.waitForFinished(10000));

    // What was answered 200 is in the inventory, and the install goes on with the same token.
    Run r = cli({ u"install"_s, u"status"_s, u"--json"_s }, env());
    QJsonObject install = QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
    QCOMPARE(install.value(u"stage"_s).toString(), u"raid"_s);
    QCOMPARE(install.value(u"percent"_s).toInt(), 30);
    QCOMPARE(install.value(u"state"_s).toString(), u"installing"_s);
    QProcess again;
    http = startServe(again);
    QVERIFY(http);
    QCOMPARE(post(http, token, u"progress"_s, R"({"id":"p2","stage":"raid","percent":30})"), 200); // a replay: once
    QCOMPARE(post(http, token, u"progress"_s, R"({"id":"p3","stage":"done","status":"ok"})"), 200);
    again.terminate();
    QVERIFY(again.waitForFinished(10000));
    r = cli({ u"hosts"_s, u"timeline"_s, u"52:54:00:aa:40:01"_s, u"--json"_s }, env());
    QStringList progress;
    for (const QJsonValue &e : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        if (e.toObject().value(u"kind"_s).toString() == u"install.progress"_s)
            progress.append(e.toObject().value(u"message"_s).toString());
    }
    QCOMPARE(progress, (QStringList { u"pre running"_s, u"raid running 30%"_s, u"done ok"_s }));
    r = cli({ u"hosts"_s, u"report"_s, u"52:54:00:aa:40:01"_s }, env());
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(u"Disk vda: 4.0 GiB"_s), qPrintable(r.out));
    r = cli({ u"hosts"_s, u"list"_s, u"--json"_s }, env());
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject().value(u"state"_s).toString(), u"installed"_s);
}

QTEST_GUILESS_MAIN(TestCliInstall)
#include "tst_cliinstall.moc"
