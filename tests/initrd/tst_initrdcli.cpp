// SPDX-License-Identifier: GPL-3.0-or-later
// crashcart-cli initrd as scripts use it: output formats, exit codes, overlay and repack.
#include "cli/clirun.h"
#include "fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestInitrdCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listText();
    void listJson();
    void info();
    void cat();
    void extract();
    void addAsOverlay();
    void addWithRepack();
    void removeNeedsRepack();
    void diff();
    void usage_data();
    void usage();
    void brokenImage();

private:
    QTemporaryDir m_dir;
    QString m_image;
    QByteArray m_bytes;
};

void TestInitrdCli::initTestCase()
{
    m_bytes = Fixture::checkImage();
    m_image = m_dir.filePath(u"initrd.img"_s);
    QVERIFY(Fixture::writeFile(m_image, m_bytes));
}

void TestInitrdCli::listText()
{
    const Run r = cli({ u"initrd"_s, u"ls"_s, m_image });
    QCOMPARE(r.status, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5 + Fixture::mainRecords().size());
    QVERIFY(lines.contains(u"kernel/x86/microcode/GenuineIntel.bin\tfile\t0644\t0\t0\t3000\t0"_s));
    QVERIFY(lines.contains(u"bin/su\tfile\t4755\t0\t0\t4000\t1"_s));
    QVERIFY(lines.contains(u"bin/sh\tsymlink\t0777\t0\t0\t7\t1\tbusybox"_s));
    QVERIFY(lines.contains(u"etc/hosts.link\thardlink\t0644\t0\t0\t20\t1\tetc/hosts"_s));
    QVERIFY(lines.contains(u"dev/console\tchar\t0600\t0\t0\t0\t1\t5:1"_s));
    QVERIFY(lines.contains(u"dev/sda\tblock\t0660\t0\t0\t0\t1\t8:0"_s));
    QVERIFY(lines.contains(u"run/initctl\tfifo\t0600\t0\t0\t0\t1"_s));
    QVERIFY(lines.contains(u"home/user/notes\tfile\t0600\t1000\t1000\t5\t1"_s));
}

void TestInitrdCli::listJson()
{
    const Run r = cli({ u"initrd"_s, u"ls"_s, u"--json"_s, m_image });
    QCOMPARE(r.status, 0);
    const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(array.size(), 5 + Fixture::mainRecords().size());
    QHash<QString, QJsonObject> byPath;
    for (const QJsonValue &v : array)
        byPath.insert(v[u"path"_s].toString(), v.toObject());
    const QJsonObject link = byPath.value(u"etc/hosts.link"_s);
    QCOMPARE(link[u"type"_s].toString(), u"hardlink"_s);
    QCOMPARE(link[u"target"_s].toString(), u"etc/hosts"_s);
    QCOMPARE(link[u"size"_s].toInteger(), 20);
    QCOMPARE(link[u"segment"_s].toInt(), 1);
    QCOMPARE(byPath.value(u"bin/sh"_s)[u"target"_s].toString(), u"busybox"_s);
    QCOMPARE(byPath.value(u"bin/su"_s)[u"mode"_s].toString(), u"4755"_s);
    QCOMPARE(byPath.value(u"dev/sda"_s)[u"major"_s].toInt(), 8);
    QCOMPARE(byPath.value(u"home/user/notes"_s)[u"uid"_s].toInt(), 1000);
    QCOMPARE(byPath.value(u"home/user/notes"_s)[u"gid"_s].toInt(), 1000);
    QCOMPARE(byPath.value(u"early_cpio"_s)[u"segment"_s].toInt(), 0);
}

void TestInitrdCli::info()
{
    Run r = cli({ u"initrd"_s, u"info"_s, m_image });
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(u"segment 0: offset 0,"_s) && r.out.contains(u"none newc"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"segment 1: offset 4096,"_s) && r.out.contains(u"xz newc"_s));
    r = cli({ u"initrd"_s, u"info"_s, u"--json"_s, m_image });
    const QJsonArray segments = QJsonDocument::fromJson(r.out.toUtf8())[u"segments"_s].toArray();
    QCOMPARE(segments.size(), 2);
    QCOMPARE(segments[1][u"compression"_s].toString(), u"xz"_s);
    QCOMPARE(segments[1][u"offset"_s].toInteger(), 4096);
    QCOMPARE(segments[0][u"entries"_s].toInt(), 5);
}

void TestInitrdCli::cat()
{
    QProcess p;
    p.start(QStringLiteral(CRASHCART_CLI), { u"initrd"_s, u"cat"_s, m_image, u"bin/busybox"_s });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(p.readAllStandardOutput(), QByteArray(20000, 'b'));
    const Run missing = cli({ u"initrd"_s, u"cat"_s, m_image, u"no/such"_s });
    QCOMPARE(missing.status, 1);
    QVERIFY(missing.err.contains(u"no/such"_s));
}

void TestInitrdCli::extract()
{
    const QString out = m_dir.filePath(u"tree"_s);
    const Run r = cli({ u"initrd"_s, u"extract"_s, m_image, out });
    QCOMPARE(r.status, 0);
    QCOMPARE(Fixture::readFile(out + u"/etc/hosts"_s), "127.0.0.1 localhost\n"_ba);
    QCOMPARE(Fixture::readFile(out + u"/kernel/x86/microcode/GenuineIntel.bin"_s), Fixture::microcode());
}

void TestInitrdCli::addAsOverlay()
{
    const QString host = Fixture::writeFile(m_dir.filePath(u"motd"_s), "hello\n") ? m_dir.filePath(u"motd"_s) : QString();
    const QString out = m_dir.filePath(u"overlay.img"_s);
    const Run r = cli({ u"initrd"_s, u"add"_s, m_image, host, u"/etc/motd"_s, u"-o"_s, out });
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(u"overlay appended"_s), qPrintable(r.out));
    QVERIFY(Fixture::readFile(out).startsWith(m_bytes));
    QProcess p;
    p.start(QStringLiteral(CRASHCART_CLI), { u"initrd"_s, u"cat"_s, out, u"etc/motd"_s });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.readAllStandardOutput(), "hello\n"_ba);
    QVERIFY(cli({ u"initrd"_s, u"info"_s, out }).out.contains(u"segment 2: offset "_s));
}

void TestInitrdCli::addWithRepack()
{
    const QString out = m_dir.filePath(u"repack.img"_s);
    Run r = cli({ u"initrd"_s, u"mkdir"_s, m_image, u"/srv/data"_s, u"--repack"_s, u"--compression"_s, u"zstd"_s, u"-o"_s, out });
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains(u"repacked"_s));
    QVERIFY(Fixture::readFile(out).startsWith(m_bytes.left(4096))); // the early segment, byte for byte
    r = cli({ u"initrd"_s, u"info"_s, out });
    QVERIFY2(r.out.contains(u"zstd newc"_s), qPrintable(r.out));
    QVERIFY(cli({ u"initrd"_s, u"ls"_s, out }).out.contains(u"srv/data\tdir\t0755"_s));
    // In place: the original is kept beside it.
    const QString copy = m_dir.filePath(u"inplace.img"_s);
    QVERIFY(Fixture::writeFile(copy, m_bytes));
    r = cli({ u"initrd"_s, u"chmod"_s, copy, u"0700"_s, u"bin/busybox"_s, u"-o"_s, copy, u"--repack"_s });
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains(u"original kept as "_s + copy + u".orig"_s));
    QCOMPARE(Fixture::readFile(copy + u".orig"_s), m_bytes);
    QVERIFY(cli({ u"initrd"_s, u"ls"_s, copy }).out.contains(u"bin/busybox\tfile\t0700"_s));
}

void TestInitrdCli::removeNeedsRepack()
{
    const QString out = m_dir.filePath(u"removed.img"_s);
    Run r = cli({ u"initrd"_s, u"rm"_s, m_image, u"bin/su"_s, u"-o"_s, out });
    QCOMPARE(r.status, 1);
    QVERIFY(r.err.contains(u"repack"_s));
    QVERIFY(!QFile::exists(out));
    r = cli({ u"initrd"_s, u"rm"_s, m_image, u"bin/su"_s, u"-o"_s, out, u"--repack"_s });
    QCOMPARE(r.status, 0);
    QVERIFY(!cli({ u"initrd"_s, u"ls"_s, out }).out.contains(u"bin/su\t"_s));
}

void TestInitrdCli::diff()
{
    const QString out = m_dir.filePath(u"diffed.img"_s);
    QCOMPARE(cli({ u"initrd"_s, u"rm"_s, m_image, u"dev"_s, u"-o"_s, out, u"--repack"_s }).status, 0);
    Run r = cli({ u"initrd"_s, u"diff"_s, m_image, out });
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out, u"- dev\n- dev/console\n- dev/sda\n- dev/tty0\n"_s);
    r = cli({ u"initrd"_s, u"diff"_s, u"--json"_s, m_image, out });
    const QJsonArray items = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(items.size(), 4);
    QCOMPARE(items[1][u"change"_s].toString(), u"removed"_s);
    QCOMPARE(items[1][u"before"_s][u"type"_s].toString(), u"char"_s);
}

void TestInitrdCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("nothing") << QStringList { u"initrd"_s };
    QTest::newRow("unknown command") << QStringList { u"initrd"_s, u"frobnicate"_s, u"x"_s };
    QTest::newRow("ls without image") << QStringList { u"initrd"_s, u"ls"_s };
    QTest::newRow("add without -o") << QStringList { u"initrd"_s, u"add"_s, u"a"_s, u"b"_s, u"c"_s };
    QTest::newRow("bad compression") << QStringList { u"initrd"_s, u"ls"_s, u"--compression"_s, u"rar"_s, u"x"_s };
    QTest::newRow("bad mode") << QStringList { u"initrd"_s, u"chmod"_s, u"x"_s, u"999"_s, u"p"_s, u"-o"_s, u"y"_s };
    QTest::newRow("unknown option") << QStringList { u"initrd"_s, u"ls"_s, u"--frob"_s, u"x"_s };
}

void TestInitrdCli::usage()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    QCOMPARE(r.status, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestInitrdCli::brokenImage()
{
    const QString broken = m_dir.filePath(u"broken.img"_s);
    QVERIFY(Fixture::writeFile(broken, m_bytes.left(m_bytes.size() - 50)));
    const Run r = cli({ u"initrd"_s, u"ls"_s, broken });
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(u"Segment 1 (xz, starting at offset 4096)"_s), qPrintable(r.err));
    QCOMPARE(cli({ u"initrd"_s, u"info"_s, m_dir.filePath(u"missing.img"_s) }).status, 1);
}

QTEST_GUILESS_MAIN(TestInitrdCli)
#include "tst_initrdcli.moc"
