// SPDX-License-Identifier: GPL-3.0-or-later
// An import killed with SIGKILL at any moment leaves a sound database holding all of the
// file's hosts or none of them.
#include "inventory/database.h"
#include "inventory/hostrepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Crashcart;
using namespace Crashcart::Inventory;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRows = 150000;

QString makeCsv(const QTemporaryDir &dir)
{
    QFile f(dir.filePath(u"big.csv"_s));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray data = "mac,hostname,notes\n";
    for (int i = 0; i < kRows; ++i) {
        data += QStringLiteral("02:00:00:%1:%2:%3,h%4,some notes about this machine\n")
                    .arg((i >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                    .arg((i >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                    .arg(i & 0xff, 2, 16, QLatin1Char('0'))
                    .arg(i)
                    .toLatin1();
    }
    f.write(data);
    return f.fileName();
}

} // namespace

class TestKillSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killMidImport_data();
    void killMidImport();
};

void TestKillSafety::killMidImport_data()
{
    QTest::addColumn<int>("walBytes"); // kill once the write-ahead log has grown this much; 0: at a delay
    QTest::addColumn<int>("delayMs");
    QTest::newRow("while writing, early") << 256 * 1024 << 0;
    QTest::newRow("while writing, late") << 4 * 1024 * 1024 << 0;
    QTest::newRow("while reading the file") << 0 << 30;
    QTest::newRow("after a while") << 0 << 800;
}

void TestKillSafety::killMidImport()
{
    QFETCH(int, walBytes);
    QFETCH(int, delayMs);
    QTemporaryDir dir;
    const QString csv = makeCsv(dir);
    const QString ws = dir.filePath(u"ws"_s);
    const QString wal = ws + u"/crashcart.db-wal"_s;

    QProcess p;
    p.start(QStringLiteral(CRASHCART_CLI), { u"--workspace"_s, ws, u"hosts"_s, u"import"_s, csv });
    QVERIFY(p.waitForStarted());
    QElapsedTimer clock;
    clock.start();
    bool sawWrite = false;
    while (p.state() == QProcess::Running && clock.elapsed() < 60000) {
        if (walBytes > 0 && QFileInfo(wal).size() >= walBytes) {
            sawWrite = true;
            break;
        }
        if (walBytes == 0 && clock.elapsed() >= delayMs)
            break;
        QTest::qWait(2);
    }
    const bool killedRunning = p.state() == QProcess::Running;
    if (killedRunning)
        ::kill(pid_t(p.processId()), SIGKILL);
    QVERIFY(p.waitForFinished(30000));
    if (walBytes > 0) {
        // The point of these rows is a kill in the middle of the transaction.
        QVERIFY2(sawWrite && killedRunning, "the import ended before the kill; raise kRows");
    }

    // Killed before it even made the workspace: nothing was written, which is the "none" case.
    QVERIFY(QDir().mkpath(ws));
    auto db = Database::openSqlite(ws + u"/crashcart.db"_s);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
    const int count = *HostRepository(**db).count();
    QVERIFY2(count == 0 || count == kRows, qPrintable(QString::number(count)));
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM events"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), count);
    db->reset();

    // Whatever happened, running it again gets every host in.
    if (count == 0) {
        QProcess again;
        again.start(QStringLiteral(CRASHCART_CLI), { u"--workspace"_s, ws, u"hosts"_s, u"import"_s, csv });
        QVERIFY(again.waitForFinished(120000));
        QCOMPARE(again.exitCode(), 0);
    }
    auto reopened = Database::openSqlite(ws + u"/crashcart.db"_s);
    QCOMPARE(*HostRepository(**reopened).count(), kRows);
}

QTEST_GUILESS_MAIN(TestKillSafety)
#include "tst_killsafety.moc"
