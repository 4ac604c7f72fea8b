// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeimage.h"

#include "initrd/elfdeps.h"
#include "initrd/imageplanner.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::Initrd;
using namespace Qt::StringLiterals;

namespace {

// A minimal dynamically linked ELF file of either class and byte order: one PT_LOAD over the
// whole file, PT_INTERP, PT_DYNAMIC, and the dynamic string table.
struct MiniElf
{
    int bits = 64;
    bool bigEndian = false;
    QByteArray interp = "/lib/ld-test.so.1";
    QList<QByteArray> needed = { "libone.so.1", "libtwo.so.2" };
    QByteArray runpath = "$ORIGIN/../lib:/opt/x";

    static constexpr quint64 Base = 0x400000;

    void put(QByteArray &b, qsizetype at, quint64 v, int width) const
    {
        for (int i = 0; i < width; ++i)
            b[at + (bigEndian ? width - 1 - i : i)] = char((v >> (8 * i)) & 0xff);
    }

    QByteArray build() const
    {
        const bool w = bits == 64;
        const int ehsize = w ? 64 : 52, phsize = w ? 56 : 32, word = w ? 8 : 4;
        const int phnum = 3;
        QByteArray strtab(1, '\0');
        QList<quint64> neededOffsets;
        for (const QByteArray &n : needed) {
            neededOffsets.append(quint64(strtab.size()));
            strtab += n + '\0';
        }
        const quint64 runpathOffset = quint64(strtab.size());
        strtab += runpath + '\0';
        const qsizetype interpAt = ehsize + phnum * phsize;
        const qsizetype strAt = interpAt + interp.size() + 1;
        qsizetype dynAt = strAt + strtab.size();
        dynAt = (dynAt + 7) & ~qsizetype(7);
        QList<std::pair<quint64, quint64>> dyn;
        for (quint64 off : neededOffsets)
            dyn.append({ 1, off });
        dyn.append({ 29, runpathOffset });
        dyn.append({ 5, Base + quint64(strAt) });
        dyn.append({ 10, quint64(strtab.size()) });
        dyn.append({ 0, 0 });
        const qsizetype size = dynAt + dyn.size() * 2 * word;
        QByteArray b(size, '\0');
        b.replace(0, 4, "\x7f" "ELF");
        b[4] = char(w ? 2 : 1);
        b[5] = char(bigEndian ? 2 : 1);
        b[6] = 1;
        put(b, 16, 3, 2); // ET_DYN
        put(b, 18, w ? 62 : 3, 2);
        put(b, 20, 1, 4);
        put(b, w ? 32 : 28, quint64(ehsize), word); // phoff
        put(b, w ? 52 : 40, quint64(ehsize), 2);
        put(b, w ? 54 : 42, quint64(phsize), 2);
        put(b, w ? 56 : 44, phnum, 2);
        const auto phdr = [&](int i, quint32 type, quint64 off, quint64 filesz) {
            const qsizetype at = ehsize + i * phsize;
            put(b, at, type, 4);
            put(b, at + (w ? 8 : 4), off, word);
            put(b, at + (w ? 16 : 8), Base + off, word);
            put(b, at + (w ? 32 : 16), filesz, word);
            put(b, at + (w ? 40 : 20), filesz, word);
        };
        phdr(0, 1, 0, quint64(size));
        phdr(1, 3, quint64(interpAt), quint64(interp.size() + 1));
        phdr(2, 2, quint64(dynAt), quint64(dyn.size() * 2 * word));
        b.replace(interpAt, interp.size(), interp);
        b.replace(strAt, strtab.size(), strtab);
        for (qsizetype i = 0; i < dyn.size(); ++i) {
            put(b, dynAt + i * 2 * word, dyn.at(i).first, word);
            put(b, dynAt + i * 2 * word + word, dyn.at(i).second, word);
        }
        return b;
    }
};

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What the real loader does: `ldd` lists every object with where it was found or "not found".
QMap<QString, QString> lddOf(const QString &binary)
{
    QProcess p;
    p.start(u"ldd"_s, { binary });
    p.waitForFinished(60000);
    QMap<QString, QString> result;
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n')) {
        const QStringList parts = line.trimmed().split(u' ', Qt::SkipEmptyParts);
        if (parts.size() >= 3 && parts.at(1) == "=>"_L1)
            result.insert(parts.at(0), parts.at(2) == "not"_L1 ? u"not found"_s : QFileInfo(parts.at(2)).canonicalFilePath());
    }
    return result;
}

QString run(const QString &program, const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(program, args);
    p.waitForFinished(60000);
    return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAllStandardError());
}

// The image as it would be after the plan: the existing nodes plus what the plan adds.
FakeImage applied(FakeImage image, const DepPlan &plan)
{
    for (const PlanItem &item : plan.items) {
        if (item.alreadyInImage)
            continue;
        if (item.kind == PlanItem::Kind::Directory)
            image.dir(item.imagePath);
        else if (item.kind == PlanItem::Kind::Symlink)
            image.symlink(item.imagePath, item.linkTarget);
        else
            image.hostFile(item.imagePath, item.hostPath);
    }
    return image;
}

bool isFileIn(const FakeImage &image, const QString &path)
{
    const auto resolved = resolveInImage(image.view(), path);
    return resolved && image.nodes.value(*resolved).type == ImageNode::Type::File;
}

} // namespace

class TestElfDeps : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryClassAndByteOrder_data();
    void parsesEveryClassAndByteOrder();
    void hostileFilesAreRefused_data();
    void hostileFilesAreRefused();
    void everyTruncationIsAnError();
    void randomCorruptionNeverCrashes();
    void readsRealBinary();
    void resolvesLikeTheLoader_data();
    void resolvesLikeTheLoader();
    void rpathIsInheritedRunpathIsNot();
    void staticBinaryNeedsNothing();
    void planMirrorsTheSystemLayout();
    void planUsesTheImageLayout();
    void differentLinksAreWarnedOnlyWhenTheyDiffer();
    void sysrootStaysInside();
};

void TestElfDeps::parsesEveryClassAndByteOrder_data()
{
    QTest::addColumn<int>("bits");
    QTest::addColumn<bool>("bigEndian");
    QTest::newRow("64 little") << 64 << false;
    QTest::newRow("64 big") << 64 << true;
    QTest::newRow("32 little") << 32 << false;
    QTest::newRow("32 big") << 32 << true;
}

void TestElfDeps::parsesEveryClassAndByteOrder()
{
    QFETCH(int, bits);
    QFETCH(bool, bigEndian);
    MiniElf elf;
    elf.bits = bits;
    elf.bigEndian = bigEndian;
    const auto info = parseElf(elf.build());
    QVERIFY2(info.ok(), info.ok() ? "" : qPrintable(info.error().message));
    QCOMPARE(info->bits, bits);
    QCOMPARE(info->bigEndian, bigEndian);
    QCOMPARE(info->interpreter, u"/lib/ld-test.so.1"_s);
    QCOMPARE(info->needed, QStringList({ u"libone.so.1"_s, u"libtwo.so.2"_s }));
    QVERIFY(info->hasRunpath);
    QVERIFY(!info->hasRpath);
    QCOMPARE(info->runpath, QStringList({ u"$ORIGIN/../lib"_s, u"/opt/x"_s }));
}

void TestElfDeps::hostileFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    const MiniElf mini;
    const QByteArray good = mini.build();
    const auto patched = [&](qsizetype at, quint64 value, int width) {
        QByteArray b = good;
        mini.put(b, at, value, width);
        return b;
    };
    // Offsets below are those of MiniElf's 64-bit little-endian layout.
    const qsizetype ph = 64, load = ph, interp = ph + 56, dynamic = ph + 112;
    QTest::newRow("empty") << QByteArray() << u"elf.notelf"_s;
    QTest::newRow("magic only") << QByteArray("\x7f" "ELF") << u"elf.notelf"_s;
    QTest::newRow("text") << QByteArray("#!/bin/sh\necho hello\n") << u"elf.notelf"_s;
    QTest::newRow("bad class") << patched(4, 7, 1) << u"elf.malformed"_s;
    QTest::newRow("bad byte order") << patched(5, 0, 1) << u"elf.malformed"_s;
    QTest::newRow("header cut") << good.left(40) << u"elf.malformed"_s;
    QTest::newRow("phoff past the end") << patched(32, 1u << 30, 8) << u"elf.malformed"_s;
    QTest::newRow("phoff wraps around") << patched(32, ~quint64(0) - 8, 8) << u"elf.malformed"_s;
    QTest::newRow("phentsize too small") << patched(54, 8, 2) << u"elf.malformed"_s;
    QTest::newRow("phnum too many") << patched(56, 0xfff0, 2) << u"elf.malformed"_s;
    QTest::newRow("phnum escape without sections") << patched(56, 0xffff, 2) << u"elf.malformed"_s;
    QTest::newRow("interp past the end") << patched(interp + 8, 1u << 20, 8) << u"elf.malformed"_s;
    QTest::newRow("interp not terminated") << patched(interp + 32, 3, 8) << u"elf.malformed"_s;
    QTest::newRow("dynamic size huge") << patched(dynamic + 32, ~quint64(0), 8) << u"elf.malformed"_s;
    QTest::newRow("dynamic offset huge") << patched(dynamic + 8, ~quint64(0) - 4, 8) << u"elf.malformed"_s;
    QTest::newRow("strtab unmapped") << patched(load + 16, 0x900000, 8) << u"elf.malformed"_s;
    QTest::newRow("load wraps around") << patched(load + 16, ~quint64(0) - 16, 8) << u"elf.malformed"_s;
    {
        // DT_STRSZ shrunk so the last string loses its terminator.
        QByteArray b = good;
        const qsizetype at = b.size() - 2 * 16; // the DT_STRSZ entry precedes DT_NULL
        mini.put(b, at + 8, 14, 8);
        QTest::newRow("string cut by DT_STRSZ") << b << u"elf.malformed"_s;
    }
    {
        QByteArray b = good;
        mini.put(b, b.size() - 16 * 6 + 8, 1u << 16, 8); // the first DT_NEEDED points far away
        QTest::newRow("needed offset outside strtab") << b << u"elf.malformed"_s;
    }
    {
        // Program headers overlapping the file header: the header's bytes read as segments.
        QByteArray b = patched(32, 0, 8);
        QTest::newRow("phdrs overlap the header") << b << QString();
    }
    {
        // The dynamic section placed over the string table: tags read from string bytes.
        QByteArray b = patched(dynamic + 8, quint64(interp + 56), 8);
        QTest::newRow("dynamic overlaps the strings") << b << QString();
    }
}

void TestElfDeps::hostileFilesAreRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    const auto info = parseElf(bytes);
    const auto section = elfSection(bytes, ".modinfo");
    QVERIFY(!section.ok());
    if (code.isEmpty())
        return; // no expectation beyond coming back
    QVERIFY2(!info.ok(), "hostile input accepted");
    QCOMPARE(info.error().code, code);
    QVERIFY(!info.error().message.isEmpty());
}

void TestElfDeps::everyTruncationIsAnError()
{
    for (int bits : { 32, 64 }) {
        for (bool big : { false, true }) {
            MiniElf mini;
            mini.bits = bits;
            mini.bigEndian = big;
            const QByteArray good = mini.build();
            QVERIFY(parseElf(good).ok());
            for (qsizetype n = 0; n < good.size(); ++n)
                QVERIFY2(!parseElf(good.left(n)).ok(), qPrintable(u"prefix %1 accepted"_s.arg(n)));
        }
    }
}

void TestElfDeps::randomCorruptionNeverCrashes()
{
    QRandomGenerator random(5);
    const QByteArray mini = MiniElf().build();
    const QByteArray ls = fileBytes(u"/bin/ls"_s);
    QVERIFY(!ls.isEmpty());
    int accepted = 0;
    for (int i = 0; i < 3000; ++i) {
        QByteArray b = i % 10 == 0 ? ls : mini;
        const int flips = 1 + int(random.bounded(8));
        for (int f = 0; f < flips; ++f) {
            // Mostly the headers, where offsets live.
            const qsizetype at = random.bounded(4) ? random.bounded(qint64(std::min<qsizetype>(b.size(), 512)))
                                                   : random.bounded(qint64(b.size()));
            b[at] = char(random.bounded(256));
        }
        accepted += parseElf(b).ok() ? 1 : 0;
        (void)elfSection(b, ".text");
    }
    QVERIFY(accepted < 3000); // some mutants must have been refused, or nothing was tested
}

void TestElfDeps::readsRealBinary()
{
    const auto info = readElfFile(u"/bin/ls"_s);
    QVERIFY2(info.ok(), info.ok() ? "" : qPrintable(info.error().message));
    QCOMPARE(info->bits, 64);
    QCOMPARE(info->machine, quint16(62));
    QCOMPARE(info->interpreter, u"/lib64/ld-linux-x86-64.so.2"_s);
    QVERIFY(info->needed.contains(u"libc.so.6"_s));
    QCOMPARE(readElfFile(u"/etc/passwd"_s).error().code, u"elf.notelf"_s);
    QCOMPARE(readElfFile(u"/dev/null"_s).error().code, u"file.notfile"_s);
    QCOMPARE(readElfFile(u"/nonexistent/x"_s).error().code, u"file.notfile"_s);
}

void TestElfDeps::resolvesLikeTheLoader_data()
{
    QTest::addColumn<QString>("binary");
    for (const QString &b : { u"/bin/ls"_s, u"/bin/kmod"_s, u"/usr/bin/cpio"_s, u"/usr/bin/qemu-system-x86_64"_s,
                              QCoreApplication::applicationFilePath() }) {
        if (QFileInfo::exists(b))
            QTest::newRow(qPrintable(b)) << b;
    }
}

void TestElfDeps::resolvesLikeTheLoader()
{
    QFETCH(QString, binary);
    const auto resolution = resolveLibraries(binary);
    QVERIFY2(resolution.ok(), resolution.ok() ? "" : qPrintable(resolution.error().message));
    QVERIFY2(resolution->errors.isEmpty(), qPrintable(resolution->errors.join(u'\n')));
    QMap<QString, QString> ours;
    for (qsizetype i = 1; i < resolution->objects.size(); ++i) {
        const LoadedObject &o = resolution->objects.at(i);
        ours.insert(o.name, QFileInfo(o.path).canonicalFilePath());
    }
    QMap<QString, QString> theirs = lddOf(binary);
    QVERIFY(!theirs.isEmpty());
    // ldd names the interpreter under its own path; we reach it as libc's DT_NEEDED.
    ours.remove(u"ld-linux-x86-64.so.2"_s);
    theirs.remove(u"ld-linux-x86-64.so.2"_s);
    QCOMPARE(ours, theirs);
    QCOMPARE(resolution->interpreter, u"/lib64/ld-linux-x86-64.so.2"_s);
}

void TestElfDeps::rpathIsInheritedRunpathIsNot()
{
    const QString cc = QStandardPaths::findExecutable(u"cc"_s);
    QVERIFY2(!cc.isEmpty(), "cc is missing (package gcc, a build dependency)");
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"lib"_s) && QDir(dir.path()).mkpath(u"bin"_s));
    const auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write(u"bar.c"_s, "int bar(void) { return 2; }\n");
    write(u"foo.c"_s, "int bar(void);\nint foo(void) { return bar() + 1; }\n");
    write(u"main.c"_s, "int foo(void);\nint main(void) { return foo() == 3 ? 0 : 1; }\n");
    const QString d = dir.path();
    QCOMPARE(run(cc, { u"-shared"_s, u"-fPIC"_s, u"-o"_s, u"lib/libbar.so"_s, u"bar.c"_s }, d), QString());
    QCOMPARE(run(cc, { u"-shared"_s, u"-fPIC"_s, u"-o"_s, u"lib/libfoo.so"_s, u"foo.c"_s, u"-Llib"_s, u"-lbar"_s }, d),
             QString());
    QCOMPARE(run(cc, { u"-o"_s, u"bin/app_rpath"_s, u"main.c"_s, u"-Llib"_s, u"-lfoo"_s, u"-Wl,-rpath-link,lib"_s,
                       u"-Wl,--disable-new-dtags,-rpath,$ORIGIN/../lib"_s },
                 d),
             QString());
    QCOMPARE(run(cc, { u"-o"_s, u"bin/app_runpath"_s, u"main.c"_s, u"-Llib"_s, u"-lfoo"_s, u"-Wl,-rpath-link,lib"_s,
                       u"-Wl,--enable-new-dtags,-rpath,$ORIGIN/../lib"_s },
                 d),
             QString());
    QCOMPARE(run(dir.filePath(u"bin/app_rpath"_s), {}, d), QString()); // the loader agrees it runs

    const auto rpath = resolveLibraries(dir.filePath(u"bin/app_rpath"_s));
    QVERIFY(rpath.ok());
    QVERIFY2(rpath->errors.isEmpty(), qPrintable(rpath->errors.join(u'\n')));
    QVERIFY(rpath->objects.first().info.hasRpath);
    QCOMPARE(rpath->objects.at(1).name, u"libfoo.so"_s);
    QCOMPARE(rpath->objects.at(1).via, LoadedObject::Via::Rpath);
    QCOMPARE(QFileInfo(rpath->objects.at(1).path).canonicalFilePath(), QFileInfo(dir.filePath(u"lib/libfoo.so"_s)).canonicalFilePath());
    bool barByRpath = false;
    for (const LoadedObject &o : rpath->objects)
        barByRpath |= o.name == "libbar.so"_L1 && o.via == LoadedObject::Via::Rpath;
    QVERIFY(barByRpath);

    const QString runpathApp = dir.filePath(u"bin/app_runpath"_s);
    const auto runpath = resolveLibraries(runpathApp);
    QVERIFY(runpath.ok());
    QVERIFY(runpath->objects.first().info.hasRunpath);
    QCOMPARE(runpath->objects.at(1).via, LoadedObject::Via::Runpath);
    // RUNPATH applies to the binary's own needs only: libfoo's libbar is not found, as ldd says.
    QCOMPARE(lddOf(runpathApp).value(u"libbar.so"_s), u"not found"_s);
    QCOMPARE(runpath->errors.size(), 1);
    QVERIFY(runpath->errors.first().contains("libbar.so"_L1));
    QVERIFY(runpath->errors.first().contains(dir.filePath(u"bin/../lib/libfoo.so"_s)) ||
            runpath->errors.first().contains(dir.filePath(u"lib/libfoo.so"_s)));
    const auto plan = planBinary(runpathApp, FakeImage().view());
    QVERIFY(plan.ok());
    QVERIFY(!plan->ok());
}

void TestElfDeps::staticBinaryNeedsNothing()
{
    const QString busybox = QFileInfo::exists(u"/usr/bin/busybox"_s) ? u"/usr/bin/busybox"_s : u"/bin/busybox"_s;
    QVERIFY2(QFileInfo::exists(busybox), "busybox is missing (package busybox-static)");
    const auto info = readElfFile(busybox);
    QVERIFY(info.ok());
    QVERIFY(info->needed.isEmpty());
    QVERIFY(info->interpreter.isEmpty());
    FakeImage image;
    image.dir(u"bin"_s);
    ElfDepsOptions options;
    options.destDir = u"/bin"_s;
    const auto plan = planBinary(busybox, image.view(), options);
    QVERIFY(plan.ok());
    QVERIFY(plan->ok());
    QCOMPARE(plan->items.size(), 1);
    QCOMPARE(plan->items.first().imagePath, u"bin/busybox"_s);
    QCOMPARE(plan->items.first().kind, PlanItem::Kind::File);
    QCOMPARE(QFileInfo(plan->items.first().hostPath).canonicalFilePath(), QFileInfo(busybox).canonicalFilePath());
    QCOMPARE(plan->items.first().mode, 0755u);
}

void TestElfDeps::planMirrorsTheSystemLayout()
{
    // An empty image: everything the loader will open must be reachable afterwards under the
    // names the binary and libraries use, whatever this system's /lib layout.
    const auto plan = planBinary(u"/bin/kmod"_s, FakeImage().view());
    QVERIFY(plan.ok());
    QVERIFY2(plan->ok(), qPrintable(plan->errors.join(u'\n')));
    const FakeImage after = applied({}, *plan);
    QVERIFY(isFileIn(after, u"bin/kmod"_s));
    QVERIFY(isFileIn(after, u"lib64/ld-linux-x86-64.so.2"_s));
    const auto resolution = resolveLibraries(u"/bin/kmod"_s);
    for (const LoadedObject &o : resolution->objects)
        QVERIFY2(isFileIn(after, o.path.mid(1)), qPrintable(o.path));
    // Symlinks come along as symlinks, each name once.
    QSet<QString> names;
    bool chain = false;
    for (const PlanItem &item : plan->items) {
        QVERIFY2(!names.contains(item.imagePath), qPrintable(item.imagePath));
        names.insert(item.imagePath);
        chain |= item.kind == PlanItem::Kind::Symlink && item.imagePath.endsWith("/libzstd.so.1"_L1);
    }
    QVERIFY(chain);
}

void TestElfDeps::planUsesTheImageLayout()
{
    // A classic image: real lib/ and lib64/ directories, libc already there.
    FakeImage image;
    for (const QString &d : { u"bin"_s, u"lib"_s, u"lib64"_s, u"lib/x86_64-linux-gnu"_s })
        image.dir(d);
    image.file(u"lib/x86_64-linux-gnu/libc.so.6"_s, "old libc");
    const auto plan = planBinary(u"/bin/ls"_s, image.view());
    QVERIFY(plan.ok());
    QVERIFY2(plan->ok(), qPrintable(plan->errors.join(u'\n')));
    bool libcKept = false;
    for (const PlanItem &item : plan->items) {
        QVERIFY2(!item.imagePath.startsWith("usr/"_L1), qPrintable(item.imagePath));
        QVERIFY(item.imagePath != "lib"_L1 && item.imagePath != "lib64"_L1 && item.imagePath != "bin"_L1);
        if (item.imagePath == "lib/x86_64-linux-gnu/libc.so.6"_L1)
            libcKept = item.alreadyInImage;
    }
    QVERIFY(libcKept);
    const FakeImage after = applied(image, *plan);
    QVERIFY(isFileIn(after, u"lib64/ld-linux-x86-64.so.2"_s));
    QVERIFY(isFileIn(after, u"bin/ls"_s));
    const auto resolution = resolveLibraries(u"/bin/ls"_s);
    QVERIFY(resolution.ok());
    for (const LoadedObject &o : resolution->objects)
        QVERIFY2(isFileIn(after, o.path.mid(1)), qPrintable(o.path));
}

void TestElfDeps::differentLinksAreWarnedOnlyWhenTheyDiffer()
{
    // The image links the loader relatively, this system absolutely: same file, no warning.
    const auto host = resolveLibraries(u"/bin/ls"_s);
    QVERIFY(host.ok());
    FakeImage image;
    for (const QString &d : { u"lib"_s, u"lib/x86_64-linux-gnu"_s, u"lib64"_s })
        image.dir(d);
    image.file(u"lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"_s, "loader");
    image.file(u"lib/x86_64-linux-gnu/other-ld.so"_s, "another loader");
    const HostFs fs;
    const auto hostLink = fs.lstat(u"/lib64/ld-linux-x86-64.so.2"_s);
    QCOMPARE(hostLink.type, HostFs::Node::Type::Symlink);
    image.symlink(u"lib64/ld-linux-x86-64.so.2"_s, u"../lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"_s);
    auto plan = planBinary(u"/bin/ls"_s, image.view());
    QVERIFY(plan.ok() && plan->ok());
    QVERIFY2(plan->warnings.filter(u"ld-linux"_s).isEmpty(), qPrintable(plan->warnings.join(u'\n')));
    // Pointing at another file is worth a warning.
    image.symlink(u"lib64/ld-linux-x86-64.so.2"_s, u"../lib/x86_64-linux-gnu/other-ld.so"_s);
    plan = planBinary(u"/bin/ls"_s, image.view());
    QVERIFY(plan.ok() && plan->ok());
    QCOMPARE(plan->warnings.filter(u"other-ld.so"_s).size(), 1);
}

void TestElfDeps::sysrootStaysInside()
{
    // A sysroot holding /bin/ls's libraries, with absolute symlinks that must resolve inside it.
    QTemporaryDir root;
    const QString r = root.path();
    QVERIFY(QDir(r).mkpath(u"usr/lib/x86_64-linux-gnu"_s) && QDir(r).mkpath(u"usr/lib64"_s) && QDir(r).mkpath(u"usr/bin"_s));
    QVERIFY(QFile::link(u"usr/lib"_s, r + u"/lib"_s));
    QVERIFY(QFile::link(u"/usr/lib64"_s, r + u"/lib64"_s));
    QVERIFY(QFile::link(u"/usr/bin"_s, r + u"/bin"_s));
    QVERIFY(QFile::copy(u"/bin/ls"_s, r + u"/usr/bin/ls"_s));
    QVERIFY(QFile::link(u"/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"_s, r + u"/usr/lib64/ld-linux-x86-64.so.2"_s));
    const auto host = resolveLibraries(u"/bin/ls"_s);
    QVERIFY(host.ok());
    for (const LoadedObject &o : host->objects.mid(1)) {
        if (o.name != "libselinux.so.1"_L1)
            QVERIFY(QFile::copy(o.path, r + u"/usr/lib/x86_64-linux-gnu/"_s + o.name));
    }
    ElfDepsOptions options;
    options.sysroot = r;
    const auto inside = resolveLibraries(u"/bin/ls"_s, options);
    QVERIFY(inside.ok());
    // libselinux is on the host but not in the sysroot: it is missing, named with who needs it.
    QCOMPARE(inside->errors.size(), 1);
    QVERIFY(inside->errors.first().contains("libselinux.so.1"_L1));
    QVERIFY(inside->errors.first().contains("/bin/ls"_L1));
    const auto plan = planBinary(u"/bin/ls"_s, FakeImage().view(), options);
    QVERIFY(plan.ok());
    QVERIFY(!plan->ok());
    bool interp = false;
    for (const PlanItem &item : plan->items) {
        if (item.kind == PlanItem::Kind::File)
            QVERIFY2(item.hostPath.startsWith(r + u'/'), qPrintable(item.hostPath));
        interp |= item.imagePath == "usr/lib64/ld-linux-x86-64.so.2"_L1 && item.kind == PlanItem::Kind::Symlink;
    }
    QVERIFY(interp);
}

QTEST_GUILESS_MAIN(TestElfDeps)
#include "tst_elfdeps.moc"
