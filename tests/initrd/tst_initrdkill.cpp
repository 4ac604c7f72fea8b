// SPDX-License-Identifier: GPL-3.0-or-later
// A save killed with SIGKILL at any moment leaves the original image intact.
#include "fixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestInitrdKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killMidSave_data();
    void killMidSave();

private:
    QTemporaryDir m_dir;
    QByteArray m_bytes;
};

void TestInitrdKill::initTestCase()
{
    // Incompressible content, so that xz takes a few seconds to get through it.
    QByteArray noise(16 << 20, Qt::Uninitialized);
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    m_bytes = Fixture::earlySegment()
        + Fixture::run(u"gzip -1 -c -n"_s, Fixture::newc({ Fixture::dir("."), Fixture::file("noise", noise) }));
    QVERIFY(m_bytes.size() > (15 << 20));
}

void TestInitrdKill::killMidSave_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("tempBytes"); // kill once the temporary file has this much; 0: after delayMs
    QTest::addColumn<int>("delayMs");
    QTest::newRow("repack, at once") << u"--repack"_s << 0 << 20;
    QTest::newRow("repack, while writing") << u"--repack"_s << 1 << 0;
    QTest::newRow("repack, later") << u"--repack"_s << (2 << 20) << 0;
    QTest::newRow("overlay, while copying") << u"overlay"_s << (6 << 20) << 0;
}

void TestInitrdKill::killMidSave()
{
    QFETCH(QString, mode);
    QFETCH(int, tempBytes);
    QFETCH(int, delayMs);
    const QString image = m_dir.filePath(u"initrd.img"_s);
    QVERIFY(Fixture::writeFile(image, m_bytes));
    QFile::remove(image + u".orig"_s);
    const QString extra = m_dir.filePath(u"extra"_s);
    QVERIFY(Fixture::writeFile(extra, "extra\n"));
    QStringList args { u"initrd"_s, u"add"_s, image, extra, u"/etc/extra"_s, u"-o"_s, image, u"--compression"_s, u"xz"_s, u"--level"_s, u"1"_s };
    if (mode == u"--repack")
        args << mode;
    const auto temporaries = [this] {
        return QDir(m_dir.path()).entryInfoList({ u".initrd.img.crashcart-*"_s }, QDir::Files | QDir::Hidden);
    };

    QProcess p;
    p.start(QStringLiteral(CRASHCART_CLI), args);
    QVERIFY(p.waitForStarted());
    QElapsedTimer clock;
    clock.start();
    bool sawTemp = false;
    while (p.state() == QProcess::Running && clock.elapsed() < 60000) {
        const auto temps = temporaries();
        if (tempBytes > 0 && !temps.isEmpty() && temps.first().size() >= tempBytes) {
            sawTemp = true;
            break;
        }
        if (tempBytes == 0 && clock.elapsed() >= delayMs)
            break;
        QTest::qWait(1);
    }
    const bool killedRunning = p.state() == QProcess::Running;
    if (killedRunning)
        ::kill(pid_t(p.processId()), SIGKILL);
    QVERIFY(p.waitForFinished(30000));
    if (tempBytes > 0)
        QVERIFY2(sawTemp && killedRunning, "the save ended before the kill");

    // The original is whole; only a hidden temporary may be left beside it.
    QCOMPARE(QCryptographicHash::hash(Fixture::readFile(image), QCryptographicHash::Sha256),
             QCryptographicHash::hash(m_bytes, QCryptographicHash::Sha256));
    QVERIFY(!QFile::exists(image + u".orig"_s));
    for (const QFileInfo &temp : temporaries())
        QFile::remove(temp.filePath());

    // And the same save, left alone, succeeds (a repack of the noise takes long: tst_initrdwriter
    // covers repacks that finish).
    if (mode == u"--repack")
        return;
    QProcess again;
    again.start(QStringLiteral(CRASHCART_CLI), args);
    QVERIFY(again.waitForFinished(120000));
    QCOMPARE(again.exitCode(), 0);
    QCOMPARE(Fixture::readFile(image + u".orig"_s).size(), m_bytes.size());
    QVERIFY(temporaries().isEmpty());
}

QTEST_GUILESS_MAIN(TestInitrdKill)
#include "tst_initrdkill.moc"
