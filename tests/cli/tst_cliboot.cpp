// SPDX-License-Identifier: GPL-3.0-or-later
// Profiles, arming and `serve` answering from the inventory, through the real binary and curl.
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliBoot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void profiles();
    void arming();
    void serveAnswersFromTheInventory();

private:
    QProcessEnvironment env() const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

QProcessEnvironment TestCliBoot::env() const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"CRASHCART_WORKSPACE"_s, m_dir->filePath(u"ws"_s));
    return e;
}

void TestCliBoot::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    write(*m_dir, u"vmlinuz"_s, "KERNEL-BYTES");
    write(*m_dir, u"initrd.img"_s, "INITRD-BYTES");
    write(*m_dir, u"web.ks"_s, "text\nnetwork --hostname={{ host.name }}\n");
    write(*m_dir, u"hosts.csv"_s, "mac,hostname,profile\n52:54:00:aa:00:01,web01,rhel9\n52:54:00:aa:00:02,db01,\n");
    QCOMPARE(cli({ u"hosts"_s, u"import"_s, m_dir->filePath(u"hosts.csv"_s) }, env()).status, 0);
}

void TestCliBoot::profiles()
{
    // A file that does not exist is refused now, not found missing at boot time.
    Run r = cli({ u"profiles"_s, u"set"_s, u"rhel9"_s, u"--kernel"_s, m_dir->filePath(u"nope"_s) }, env());
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(u"is not a file"_s), qPrintable(r.err));
    QCOMPARE(cli({ u"profiles"_s, u"set"_s, u"bad/name"_s }, env()).status, 1);
    QCOMPARE(cli({ u"profiles"_s, u"frobnicate"_s }, env()).status, 2);

    r = cli({ u"profiles"_s, u"set"_s, u"rhel9"_s, u"--kernel"_s, m_dir->filePath(u"vmlinuz"_s), u"--initrd"_s,
              m_dir->filePath(u"initrd.img"_s), u"--args"_s, u"inst.repo=http://mirror/rhel9"_s, u"--kickstart"_s,
              m_dir->filePath(u"web.ks"_s) },
            env());
    QCOMPARE(r.status, 0);
    // Set again with one option: the rest stays.
    QCOMPARE(cli({ u"profiles"_s, u"set"_s, u"rhel9"_s, u"--description"_s, u"web servers"_s }, env()).status, 0);
    r = cli({ u"profiles"_s, u"list"_s, u"--json"_s }, env());
    QCOMPARE(r.status, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject p = list.first().toObject();
    QCOMPARE(p.value(u"description"_s).toString(), u"web servers"_s);
    QCOMPARE(p.value(u"kernel"_s).toString(), m_dir->filePath(u"vmlinuz"_s));
    QCOMPARE(p.value(u"args"_s).toString(), u"inst.repo=http://mirror/rhel9"_s);
    QCOMPARE(cli({ u"profiles"_s, u"remove"_s, u"rhel9"_s }, env()).status, 0);
    QCOMPARE(cli({ u"profiles"_s, u"list"_s }, env()).out, QString());
}

void TestCliBoot::arming()
{
    Run r = cli({ u"hosts"_s, u"arm"_s, u"52:54:00:aa:00:02"_s }, env());
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(u"no profile"_s), qPrintable(r.err));
    QCOMPARE(cli({ u"hosts"_s, u"arm"_s, u"52:54:00:aa:00:99"_s }, env()).status, 1);
    QCOMPARE(cli({ u"hosts"_s, u"arm"_s, u"not-a-mac"_s }, env()).status, 1);
    QCOMPARE(cli({ u"hosts"_s, u"arm"_s }, env()).status, 2);
    QCOMPARE(cli({ u"hosts"_s, u"arm"_s, u"52-54-00-AA-00-01"_s }, env()).status, 0);
    r = cli({ u"hosts"_s, u"list"_s, u"--json"_s }, env());
    const QJsonArray hosts = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(hosts.at(0).toObject().value(u"state"_s).toString(), u"ready"_s);
    QCOMPARE(cli({ u"hosts"_s, u"disarm"_s, u"52:54:00:aa:00:01"_s }, env()).status, 0);
    r = cli({ u"hosts"_s, u"list"_s, u"--json"_s }, env());
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject().value(u"state"_s).toString(), u"new"_s);
}

void TestCliBoot::serveAnswersFromTheInventory()
{
    if (QStandardPaths::findExecutable(u"curl"_s).isEmpty())
        QFAIL("curl is missing (packaging/dev.sh test installs it)");
    QCOMPARE(cli({ u"profiles"_s, u"set"_s, u"rhel9"_s, u"--kernel"_s, m_dir->filePath(u"vmlinuz"_s), u"--initrd"_s,
                   m_dir->filePath(u"initrd.img"_s), u"--kickstart"_s, m_dir->filePath(u"web.ks"_s) },
                 env())
                 .status,
             0);
    QCOMPARE(cli({ u"hosts"_s, u"arm"_s, u"52:54:00:aa:00:01"_s }, env()).status, 0);

    QProcess serve;
    serve.setProcessEnvironment(env());
    serve.start(QStringLiteral(CRASHCART_CLI), { u"serve"_s, u"--listen"_s, u"127.0.0.1"_s, u"--tftp-port"_s, u"0"_s,
                                                 u"--http-port"_s, u"0"_s });
    QVERIFY(serve.waitForStarted());
    QString log;
    quint16 tftp = 0, http = 0;
    static const QRegularExpression ports(u"(tftp|http) listening on 127\\.0\\.0\\.1:(\\d+)"_s);
    for (int i = 0; i < 100 && (!tftp || !http); ++i) {
        serve.waitForReadyRead(100);
        log += QString::fromUtf8(serve.readAllStandardOutput());
        for (auto it = ports.globalMatch(log); it.hasNext();) {
            const auto m = it.next();
            (m.captured(1) == u"tftp"_s ? tftp : http) = quint16(m.captured(2).toUInt());
        }
    }
    QVERIFY2(tftp && http, qPrintable(log));
    auto fetch = [](const QString &url) {
        QProcess curl;
        curl.start(u"curl"_s, { u"-sS"_s, u"--max-time"_s, u"10"_s, url });
        curl.waitForFinished(15000);
        return QString::fromUtf8(curl.readAllStandardOutput());
    };
    const QString pxe = fetch(u"tftp://127.0.0.1:%1/pxelinux.cfg/01-52-54-00-aa-00-01"_s.arg(tftp));
    QVERIFY2(pxe.contains(u"KERNEL profiles/rhel9/vmlinuz"_s), qPrintable(pxe));
    QVERIFY2(pxe.contains(u"inst.ks=http://127.0.0.1:%1/ks/52-54-00-aa-00-01.cfg"_s.arg(http)), qPrintable(pxe));
    QVERIFY(fetch(u"tftp://127.0.0.1:%1/pxelinux.cfg/01-52-54-00-aa-00-02"_s.arg(tftp)).contains(u"LOCALBOOT 0"_s));
    QCOMPARE(fetch(u"http://127.0.0.1:%1/profiles/rhel9/vmlinuz"_s.arg(http)), u"KERNEL-BYTES"_s);
    QVERIFY(fetch(u"http://127.0.0.1:%1/ks/52-54-00-aa-00-01.cfg"_s.arg(http)).contains(u"--hostname=web01"_s));

    // The inventory changes while serving: disarmed, the host boots its disk on the next ask.
    QCOMPARE(cli({ u"hosts"_s, u"disarm"_s, u"52:54:00:aa:00:01"_s }, env()).status, 0);
    QTRY_VERIFY_WITH_TIMEOUT(fetch(u"tftp://127.0.0.1:%1/pxelinux.cfg/01-52-54-00-aa-00-01"_s.arg(tftp)).contains(u"LOCALBOOT"_s),
                             10000);
    serve.terminate();
    QVERIFY(serve.waitForFinished(10000));
    QCOMPARE(serve.exitCode(), 0);

    // Every exchange is on the host's timeline.
    QProcess sqlite;
    sqlite.start(u"sqlite3"_s, { m_dir->filePath(u"ws/crashcart.db"_s),
                                u"SELECT kind || ' ' || message FROM events WHERE mac = '52:54:00:aa:00:01' ORDER BY id"_s });
    QVERIFY(sqlite.waitForFinished(10000));
    const QString timeline = QString::fromUtf8(sqlite.readAllStandardOutput());
    QVERIFY2(timeline.contains(u"boot.tftp pxelinux.cfg/01-52-54-00-aa-00-01"_s), qPrintable(timeline));
    QVERIFY2(timeline.contains(u"boot.http GET /ks/52-54-00-aa-00-01.cfg 200"_s), qPrintable(timeline));
    QVERIFY2(timeline.contains(u"inventory.disarmed"_s), qPrintable(timeline));
}

QTEST_GUILESS_MAIN(TestCliBoot)
#include "tst_cliboot.moc"
