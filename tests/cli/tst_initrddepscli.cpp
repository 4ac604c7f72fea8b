// SPDX-License-Identifier: GPL-3.0-or-later
// crashcart-cli initrd add-binary / add-module as a user runs them: the plan printed first,
// refusals with exit 1 and nothing written, results read back through the CLI and run.
#include "clirun.h"
#include "initrd/fixture.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

class TestInitrdDepsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dryRunPrintsThePlanAndWritesNothing();
    void addedBinaryRunsInTheImage();
    void missingLibraryIsRefused();
    void moduleComesWithItsDependencies();
    void realImageKeepsItsModules();
    void otherKernelIsRefused();
    void usageErrors();

private:
    QString baseImage(const QTemporaryDir &dir, const QByteArray &kernel) const;
    QString m_version;
};

void TestInitrdDepsCli::initTestCase()
{
    for (const QString &v : QDir(u"/lib/modules"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo::exists(u"/lib/modules/%1/kernel/fs/fat/vfat.ko"_s.arg(v)))
            m_version = v;
    }
    QVERIFY2(!m_version.isEmpty(), "no /lib/modules/<version> with fs/fat/vfat.ko (package linux-image-amd64)");
}

// A small gzip image: a script as /init, the usual folders as real directories, no shell.
QString TestInitrdDepsCli::baseImage(const QTemporaryDir &tmp, const QByteArray &kernel) const
{
    using namespace Fixture;
    const QByteArray modules = "lib/modules/" + kernel;
    const QByteArray cpio = newc({ dir("bin"), dir("lib"), dir("lib/modules"), dir(modules.constData()), dir("proc"),
                                   file("init", "#!/bin/sh\necho hello\n", 0755) });
    return write(tmp, u"base.img"_s, Fixture::run(u"gzip -c -n"_s, cpio));
}

void TestInitrdDepsCli::dryRunPrintsThePlanAndWritesNothing()
{
    QTemporaryDir dir;
    const QString base = baseImage(dir, m_version.toUtf8());
    const QString out = dir.filePath(u"out.img"_s);
    const Run r = cli({ u"initrd"_s, u"add-binary"_s, base, u"/bin/ls"_s, u"--dry-run"_s, u"-o"_s, out });
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains("+ bin/ls  (from "_L1), qPrintable(r.out));
    QVERIFY(r.out.contains("+ lib/x86_64-linux-gnu/libc.so.6"_L1));
    QVERIFY(r.out.contains("lib64/ld-linux-x86-64.so.2"_L1));
    QVERIFY(r.out.contains("0 missing"_L1));
    QVERIFY(!QFileInfo::exists(out));
}

void TestInitrdDepsCli::addedBinaryRunsInTheImage()
{
    QTemporaryDir dir;
    const QString base = baseImage(dir, m_version.toUtf8());
    const QString step = dir.filePath(u"step.img"_s);
    const QString out = dir.filePath(u"out.img"_s);
    const QString busybox = QFileInfo::exists(u"/usr/bin/busybox"_s) ? u"/usr/bin/busybox"_s : u"/bin/busybox"_s;
    Run r = cli({ u"initrd"_s, u"add-binary"_s, base, busybox, u"--dest"_s, u"/bin"_s, u"-o"_s, step });
    QVERIFY2(r.status == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains("1 to add, 0 already in the image, 0 missing"_L1));
    r = cli({ u"initrd"_s, u"add-binary"_s, step, u"/bin/ls"_s, u"-o"_s, out });
    QVERIFY2(r.status == 0, qPrintable(r.out + r.err));
    // The listing of the saved image has the binary, its loader and its libraries.
    r = cli({ u"initrd"_s, u"ls"_s, u"--merged"_s, out });
    QCOMPARE(r.status, 0);
    for (const QString &path : { u"\nbin/busybox\t"_s, u"\nbin/ls\t"_s, u"\nlib/x86_64-linux-gnu/libc.so.6\t"_s,
                                 u"/ld-linux-x86-64.so.2\tsymlink"_s, u"\nlib/x86_64-linux-gnu/libselinux.so.1\t"_s })
        QVERIFY2(r.out.contains(path), qPrintable(path));
    // Adding it again finds everything there.
    r = cli({ u"initrd"_s, u"add-binary"_s, out, u"/bin/ls"_s, u"--dry-run"_s });
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains("\n0 to add, "_L1), qPrintable(r.out));

    // Unpacked, the program runs with what the image holds and nothing of the host's.
    const QString root = dir.filePath(u"root"_s);
    r = cli({ u"initrd"_s, u"extract"_s, out, root });
    QCOMPARE(r.status, 0);
    if (::geteuid() != 0)
        QSKIP("running the result needs chroot (root); the listing above was checked");
    QProcess run;
    run.start(u"chroot"_s, { root, u"/bin/ls"_s, u"/lib/x86_64-linux-gnu"_s });
    QVERIFY(run.waitForFinished(30000));
    QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
    QVERIFY(QString::fromUtf8(run.readAllStandardOutput()).contains("libpcre2-8.so.0"_L1));
}

void TestInitrdDepsCli::missingLibraryIsRefused()
{
    const QString cc = QStandardPaths::findExecutable(u"cc"_s);
    QVERIFY2(!cc.isEmpty(), "cc is missing (package gcc)");
    QTemporaryDir dir;
    write(dir, u"lib.c"_s, "int gone(void) { return 0; }\n");
    write(dir, u"main.c"_s, "int gone(void);\nint main(void) { return gone(); }\n");
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.start(cc, { u"-shared"_s, u"-fPIC"_s, u"-o"_s, u"libgone.so"_s, u"lib.c"_s });
    QVERIFY(p.waitForFinished(60000) && p.exitCode() == 0);
    p.start(cc, { u"-o"_s, u"app"_s, u"main.c"_s, u"-L."_s, u"-lgone"_s });
    QVERIFY(p.waitForFinished(60000) && p.exitCode() == 0);
    QVERIFY(QFile::remove(dir.filePath(u"libgone.so"_s)));
    const QString base = baseImage(dir, m_version.toUtf8());
    const QString out = dir.filePath(u"out.img"_s);
    const Run r = cli({ u"initrd"_s, u"add-binary"_s, base, dir.filePath(u"app"_s), u"-o"_s, out });
    QCOMPARE(r.status, 1);
    QVERIFY2(r.out.contains("missing: libgone.so needed by "_L1), qPrintable(r.out));
    QVERIFY2(r.err.contains("Nothing written"_L1) && r.err.contains("libgone.so"_L1), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
}

void TestInitrdDepsCli::moduleComesWithItsDependencies()
{
    QTemporaryDir dir;
    const QString base = baseImage(dir, m_version.toUtf8());
    const QString out = dir.filePath(u"out.img"_s);
    const QString vfat = u"/lib/modules/%1/kernel/fs/fat/vfat.ko"_s.arg(m_version);
    Run r = cli({ u"initrd"_s, u"add-module"_s, base, vfat, u"-o"_s, out, u"--compression"_s, u"xz"_s });
    QVERIFY2(r.status == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains("kernel/fs/fat/fat.ko  (from "_L1));
    QVERIFY(r.out.contains("dependency of vfat"_L1));
    QVERIFY2(!r.out.contains("warning:"_L1), qPrintable(r.out));
    const QString modules = u"lib/modules/"_s + m_version;
    r = cli({ u"initrd"_s, u"cat"_s, out, modules + u"/modules.dep"_s });
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains("kernel/fs/fat/vfat.ko: kernel/fs/fat/fat.ko\n"_L1), qPrintable(r.out));
    r = cli({ u"initrd"_s, u"cat"_s, out, modules + u"/modules.order"_s });
    QVERIFY(r.out.contains("kernel/fs/fat/vfat.ko\n"_L1));
    // The real modprobe finds both in the unpacked image.
    const QString root = dir.filePath(u"root"_s);
    QCOMPARE(cli({ u"initrd"_s, u"extract"_s, out, root }).status, 0);
    QProcess modprobe;
    modprobe.start(u"/sbin/modprobe"_s, { u"-d"_s, root, u"-S"_s, m_version, u"--show-depends"_s, u"vfat"_s });
    QVERIFY(modprobe.waitForFinished(30000));
    const QString shown = QString::fromUtf8(modprobe.readAllStandardOutput());
    QVERIFY2(shown.contains(u"insmod "_s + root) && shown.contains("/fat.ko"_L1) && shown.contains("/vfat.ko"_L1),
             qPrintable(shown + QString::fromUtf8(modprobe.readAllStandardError())));
}

void TestInitrdDepsCli::realImageKeepsItsModules()
{
    // The installed kernel's initramfs-tools image, or a fresh one: its own modules must stay
    // in the regenerated modules.dep beside the added one.
    QTemporaryDir dir;
    QString base = u"/boot/initrd.img-"_s + m_version;
    if (!QFileInfo(base).isReadable()) {
        base = dir.filePath(u"initrd.img"_s);
        QProcess mk;
        mk.start(u"mkinitramfs"_s, { u"-o"_s, base, m_version });
        QVERIFY2(mk.waitForFinished(600000) && mk.exitCode() == 0, "mkinitramfs failed (package initramfs-tools)");
    }
    const Run listing = cli({ u"initrd"_s, u"ls"_s, u"--merged"_s, base });
    QCOMPARE(listing.status, 0);
    QString depPath;
    for (const QString &line : listing.out.split(u'\n')) {
        const QString path = line.section(u'\t', 0, 0);
        if (path.endsWith(u"modules/"_s + m_version + u"/modules.dep"_s))
            depPath = path;
    }
    QVERIFY2(!depPath.isEmpty(), "the image has no modules.dep");
    const Run before = cli({ u"initrd"_s, u"cat"_s, base, depPath });
    QCOMPARE(before.status, 0);
    const QString out = dir.filePath(u"out.img"_s);
    const Run added = cli({ u"initrd"_s, u"add-module"_s, base, u"/lib/modules/%1/kernel/fs/fat/vfat.ko"_s.arg(m_version),
                            u"-o"_s, out });
    QVERIFY2(added.status == 0, qPrintable(added.out + added.err));
    const Run after = cli({ u"initrd"_s, u"cat"_s, out, depPath });
    QCOMPARE(after.status, 0);
    const QStringList afterLines = after.out.split(u'\n');
    int kept = 0;
    for (const QString &line : before.out.split(u'\n', Qt::SkipEmptyParts)) {
        QVERIFY2(afterLines.contains(line), qPrintable(line));
        ++kept;
    }
    QVERIFY(kept > 10);
    QVERIFY(afterLines.contains("kernel/fs/fat/vfat.ko: kernel/fs/fat/fat.ko"_L1));
}

void TestInitrdDepsCli::otherKernelIsRefused()
{
    QTemporaryDir dir;
    const QString base = baseImage(dir, "5.10.0-99-amd64");
    const QString out = dir.filePath(u"out.img"_s);
    const Run r = cli({ u"initrd"_s, u"add-module"_s, base, u"/lib/modules/%1/kernel/fs/fat/vfat.ko"_s.arg(m_version),
                        u"-o"_s, out });
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains("built for kernel "_L1 + m_version) && r.err.contains("5.10.0-99-amd64"_L1), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
}

void TestInitrdDepsCli::usageErrors()
{
    QTemporaryDir dir;
    const QString base = baseImage(dir, m_version.toUtf8());
    QCOMPARE(cli({ u"initrd"_s, u"add-binary"_s, base, u"/bin/ls"_s }).status, 2); // neither -o nor --dry-run
    QCOMPARE(cli({ u"initrd"_s, u"add-binary"_s, base }).status, 2);
    const Run notModule = cli({ u"initrd"_s, u"add-module"_s, base, u"/bin/ls"_s, u"--dry-run"_s });
    QCOMPARE(notModule.status, 1);
    QVERIFY2(notModule.err.contains("not a kernel module"_L1), qPrintable(notModule.err));
    const Run notElf = cli({ u"initrd"_s, u"add-binary"_s, base, u"/etc/passwd"_s, u"--dry-run"_s });
    QCOMPARE(notElf.status, 1);
    QVERIFY2(notElf.err.contains("Not an ELF file"_L1), qPrintable(notElf.err));
}

QTEST_GUILESS_MAIN(TestInitrdDepsCli)
#include "tst_initrddepscli.moc"
