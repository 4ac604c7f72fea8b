// SPDX-License-Identifier: GPL-3.0-or-later
// Saving: an overlay leaves every original byte in place; a repack keeps the early segment
// byte for byte, writes what the kernel accepts (xz with CRC32, legacy lz4) and keeps
// ownership, device nodes, setuid bits and hard links; saving is atomic.
#include "fixture.h"

#include "initrd/changeset.h"
#include "initrd/diff.h"
#include "initrd/writer.h"

#include <QDir>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::Initrd;
using namespace Qt::StringLiterals;

class TestWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void overlayKeepsEveryOriginalByte();
    void overlayRefuses();
    void overlayRewritesModifiedEntries();
    void repackKeepsEarlySegment();
    void repackCompressions_data();
    void repackCompressions();
    void repackEdits();
    void repackRewritesEditedEarlySegment();
    void repackFoldsOverlays();
    void keepsOriginal();
    void cancelLeavesNothing();

private:
    QString original() const { return m_dir.filePath(u"initrd.img"_s); }
    Image openOriginal()
    {
        auto image = Image::open(original());
        if (!image)
            qFatal("%s", qPrintable(image.error().message));
        return *image;
    }
    QStringList leftovers() const
    {
        return QDir(m_dir.path()).entryList({ u".*crashcart*"_s }, QDir::Files | QDir::Hidden);
    }
    QTemporaryDir m_dir;
    QByteArray m_bytes;
};

void TestWriter::init()
{
    m_bytes = Fixture::checkImage();
    QVERIFY(Fixture::writeFile(original(), m_bytes));
    QFile::remove(original() + u".orig"_s);
}

void TestWriter::overlayKeepsEveryOriginalByte()
{
    const Image image = openOriginal();
    const QString host = m_dir.filePath(u"tool.sh"_s);
    QVERIFY(Fixture::writeFile(host, "#!/bin/sh\necho hi\n"));
    QFile::setPermissions(host, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
    ChangeSet changes;
    QVERIFY(changes.addBytes(u"etc/motd"_s, "welcome\n"));
    QVERIFY(changes.addFile(u"/opt/tools/bin/tool.sh"_s, host));
    SaveOptions options;
    options.output = m_dir.filePath(u"overlay.img"_s);
    auto report = saveOverlay(image, changes, options);
    QVERIFY2(report, qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->sizeBefore, m_bytes.size());
    QVERIFY(report->backup.isEmpty());

    const QByteArray written = Fixture::readFile(options.output);
    QCOMPARE(report->sizeAfter, written.size());
    QVERIFY(written.startsWith(m_bytes));
    const Segment &added = report->segmentsWritten.last();
    QCOMPARE(added.offset % 4, 0);
    QCOMPARE(added.offset, (m_bytes.size() + 3) / 4 * 4);
    QCOMPARE(added.compression, Compression::Xz);
    QCOMPARE(written.mid(added.offset + 6, 2), "\x00\x01"_ba); // xz stream flags: CRC32

    auto reread = Image::open(options.output);
    QVERIFY2(reread, qPrintable(reread.ok() ? QString() : reread.error().message));
    QCOMPARE(reread->segments().size(), 3);
    QCOMPARE(*reread->read(u"etc/motd"_s), "welcome\n"_ba);
    QCOMPARE(*reread->read(u"opt/tools/bin/tool.sh"_s), "#!/bin/sh\necho hi\n"_ba);
    QCOMPARE(reread->find(u"opt/tools/bin/tool.sh"_s)->mode, 0705u);
    QCOMPARE(reread->find(u"opt/tools"_s)->type, EntryType::Directory); // parents the kernel needs
    QCOMPARE(reread->find(u"bin/busybox"_s)->segment, 1);
    QCOMPARE(Fixture::cpioNames(options.output, added.offset, u"xz"_s),
             QStringList({ u"etc/motd"_s, u"opt"_s, u"opt/tools"_s, u"opt/tools/bin"_s, u"opt/tools/bin/tool.sh"_s }));
}

void TestWriter::overlayRefuses()
{
    const Image image = openOriginal();
    ChangeSet removal;
    QVERIFY(removal.remove(u"bin/su"_s));
    SaveOptions options;
    options.output = m_dir.filePath(u"refused.img"_s);
    QCOMPARE(saveOverlay(image, removal, options).error().code, u"initrd.overlay.remove"_s);
    QCOMPARE(saveOverlay(image, ChangeSet(), options).error().code, u"initrd.nothing"_s);
    QVERIFY(!QFile::exists(options.output));

    QVERIFY(Fixture::writeFile(original(), Fixture::run(u"lz4 -l -q -c"_s, Fixture::newc(Fixture::mainRecords()))));
    const Image lz4 = openOriginal();
    ChangeSet add;
    QVERIFY(add.addBytes(u"x"_s, "x"));
    QCOMPARE(saveOverlay(lz4, add, options).error().code, u"initrd.overlay.lz4"_s);
    QVERIFY(leftovers().isEmpty());
}

// A chmod on a hard-linked file rewrites it in the overlay; opening the existing name
// rewrites the shared inode, so the other names follow at boot.
void TestWriter::overlayRewritesModifiedEntries()
{
    const Image image = openOriginal();
    ChangeSet changes;
    QVERIFY(changes.setMode(u"etc/hosts"_s, 0600));
    QVERIFY(changes.setOwner(u"dev/tty0"_s, 0, 0));
    SaveOptions options;
    options.output = m_dir.filePath(u"chmod.img"_s);
    auto report = saveOverlay(image, changes, options);
    QVERIFY2(report, qPrintable(report.ok() ? QString() : report.error().message));
    auto reread = Image::open(options.output);
    QVERIFY(reread);
    QCOMPARE(reread->segments().last().entryCount, 3);
    QCOMPARE(reread->find(u"etc/hosts"_s)->mode, 0600u);
    QCOMPARE(reread->find(u"etc/hosts.link"_s)->mode, 0600u);
    QCOMPARE(*reread->read(u"etc/hosts"_s), "127.0.0.1 localhost\n"_ba);
    QCOMPARE(*reread->read(u"etc/hosts.link"_s), "127.0.0.1 localhost\n"_ba);
    QCOMPARE(reread->find(u"dev/tty0"_s)->gid, 0u);
    QCOMPARE(reread->find(u"dev/tty0"_s)->devMajor, 4u);
}

void TestWriter::repackKeepsEarlySegment()
{
    const Image image = openOriginal();
    ChangeSet changes;
    QVERIFY(changes.addBytes(u"etc/motd"_s, "welcome\n"));
    SaveOptions options;
    options.output = m_dir.filePath(u"repack.img"_s);
    QList<QPair<qint64, qint64>> progress;
    options.progress = [&progress](qint64 done, qint64 total) { progress.append({ done, total }); };
    auto report = saveRepack(image, changes, options);
    QVERIFY2(report, qPrintable(report.ok() ? QString() : report.error().message));
    QVERIFY(progress.size() >= 2);
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(progress[i].first >= progress[i - 1].first && progress[i].first <= progress[i].second);
    QCOMPARE(progress.last().first, progress.last().second);
    QCOMPARE(progress.last().second, m_bytes.size() + 8);
    const QByteArray written = Fixture::readFile(options.output);
    const Segment &early = image.segments()[0];
    QCOMPARE(written.left(early.length + early.paddingAfter), m_bytes.left(early.length + early.paddingAfter));
    const Segment &main = report->segmentsWritten.last();
    QCOMPARE(main.offset, early.length + early.paddingAfter);
    QCOMPARE(main.compression, Compression::Xz);
    QCOMPARE(written.mid(main.offset, 8), "\xfd" "7zXZ\x00\x00\x01"_ba); // CRC32, what the kernel accepts
    const QByteArray robot = Fixture::shell(u"tail -c +%1 %2 | xz --robot --list -vv -"_s.arg(main.offset + 1).arg(options.output));
    const QByteArray streams = Fixture::shell(u"tail -c +%1 %2 > %2.xz && xz --robot --list -vv %2.xz"_s.arg(main.offset + 1).arg(options.output));
    QVERIFY2(streams.contains("\tCRC32\t"), streams.constData());
    QVERIFY(!streams.contains("CRC64"));
    Q_UNUSED(robot);

    // Read back by the system's tools: cpio for the segments, lsinitrd for the whole image.
    auto reread = Image::open(options.output);
    QVERIFY(reread);
    QStringList ours;
    for (const Entry &e : reread->entries()) {
        if (e.segment == 1)
            ours << e.path;
    }
    QCOMPARE(Fixture::cpioNames(options.output, main.offset, u"xz"_s), ours);
    QVERIFY(ours.contains(u"etc/motd"_s));
    const QByteArray verbose =
        Fixture::shell(u"tail -c +%1 %2 | xz -dc | cpio -itv --quiet --numeric-uid-gid"_s.arg(main.offset + 1).arg(options.output));
    QHash<QString, QString> lines; // name -> `ls -l` style line
    for (const QByteArray &line : verbose.split('\n')) {
        const QString text = QString::fromUtf8(line);
        const QStringList fields = text.split(u' ', Qt::SkipEmptyParts);
        if (fields.size() >= 9)
            lines.insert(fields.contains(u"->"_s) ? fields[fields.size() - 3] : fields.last(), text.simplified());
    }
    QVERIFY2(lines.value(u"dev/console"_s).startsWith(u"crw------- 1 0 0 5, 1 "_s), verbose.constData());
    QVERIFY(lines.value(u"dev/tty0"_s).startsWith(u"crw--w---- 1 0 5 4, 0 "_s));
    QVERIFY(lines.value(u"dev/sda"_s).startsWith(u"brw-rw---- 1 0 0 8, 0 "_s));
    QVERIFY(lines.value(u"bin/su"_s).startsWith(u"-rwsr-xr-x 1 0 0 4000 "_s));
    QVERIFY(lines.value(u"etc/hosts"_s).startsWith(u"-rw-r--r-- 2 0 0 0 "_s)); // one inode, data on the last name
    QVERIFY(lines.value(u"etc/hosts.link"_s).startsWith(u"-rw-r--r-- 2 0 0 20 "_s));
    QVERIFY(lines.value(u"run/initctl"_s).startsWith(u"prw------- 1 0 0 0 "_s));
    QVERIFY(lines.value(u"run/lock.b"_s).startsWith(u"-rw-r--r-- 2 0 0 0 "_s)); // empty, still linked
    QVERIFY(lines.value(u"bin/sh"_s).endsWith(u"bin/sh -> busybox"_s));
    QVERIFY(lines.value(u"home/user/notes"_s).startsWith(u"-rw------- 1 1000 1000 5 "_s));
    const QByteArray lsinitrd = Fixture::shell(u"lsinitrd %1"_s.arg(options.output));
    QVERIFY2(lsinitrd.contains("Early CPIO image"), lsinitrd.constData());
    QVERIFY(lsinitrd.contains("kernel/x86/microcode/GenuineIntel.bin"));
    QVERIFY(lsinitrd.contains("etc/motd"));
    QVERIFY(lsinitrd.contains("bin/su"));

    // Nothing but the addition differs, down to the content.
    auto items = diff(original(), options.output);
    QVERIFY(items);
    QCOMPARE(items->size(), 1);
    QCOMPARE(items->first().path, u"etc/motd"_s);
    QCOMPARE(items->first().kind, DiffItem::Kind::Added);
}

void TestWriter::repackCompressions_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : { "none", "gzip", "xz", "lzma", "zstd", "lz4", "bzip2" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestWriter::repackCompressions()
{
    QFETCH(QString, name);
    const Image image = openOriginal();
    ChangeSet changes;
    QVERIFY(changes.addBytes(u"etc/motd"_s, QByteArray(100000, 'm')));
    SaveOptions options;
    options.output = m_dir.filePath(u"repack-"_s + name);
    options.compression = compressionFromName(name);
    auto report = saveRepack(image, changes, options);
    QVERIFY2(report, qPrintable(report.ok() ? QString() : report.error().message));
    const Segment &main = report->segmentsWritten.last();
    auto reread = Image::open(options.output);
    QVERIFY2(reread, qPrintable(reread.ok() ? QString() : reread.error().message));
    QCOMPARE(reread->segments().size(), 2);
    QCOMPARE(compressionName(reread->segments()[1].compression), name);
    QCOMPARE(*reread->read(u"etc/motd"_s), QByteArray(100000, 'm'));
    QCOMPARE(*reread->read(u"bin/busybox"_s), QByteArray(20000, 'b'));
    const QByteArray written = Fixture::readFile(options.output);
    if (name == u"lz4")
        QCOMPARE(written.mid(main.offset, 4), "\x02\x21\x4c\x18"_ba); // legacy, not the frame format
    QCOMPARE(Fixture::cpioNames(options.output, main.offset, name).size(), Fixture::mainRecords().size() + 1);
    auto items = diff(original(), options.output);
    QVERIFY(items);
    QCOMPARE(items->size(), 1);
}

void TestWriter::repackEdits()
{
    const Image image = openOriginal();
    ChangeSet changes;
    QVERIFY(changes.remove(u"bin/su"_s));
    QVERIFY(changes.rename(u"etc"_s, u"config/etc"_s));
    QVERIFY(changes.setMode(u"dev/sda"_s, 0600));
    QVERIFY(changes.setOwner(u"home/user/notes"_s, 0, 0));
    QVERIFY(changes.addSymlink(u"bin/ash"_s, u"busybox"_s));
    QVERIFY(changes.addDevice(u"dev/null"_s, EntryType::CharDevice, 1, 3, 0666));
    auto applied = changes.apply(image);
    QVERIFY2(applied, qPrintable(applied.ok() ? QString() : applied.error().message));
    SaveOptions options;
    options.output = m_dir.filePath(u"edited.img"_s);
    auto report = saveRepack(image, changes, options);
    QVERIFY2(report, qPrintable(report.ok() ? QString() : report.error().message));
    auto reread = Image::open(options.output);
    QVERIFY2(reread, qPrintable(reread.ok() ? QString() : reread.error().message));
    QVERIFY(!reread->find(u"bin/su"_s));
    QVERIFY(!reread->find(u"etc"_s));
    QCOMPARE(reread->find(u"config/etc/hosts.link"_s)->type, EntryType::HardLink);
    QCOMPARE(reread->find(u"config/etc/hosts.link"_s)->linkTarget, u"config/etc/hosts"_s);
    QCOMPARE(*reread->read(u"config/etc/hosts"_s), "127.0.0.1 localhost\n"_ba);
    QCOMPARE(reread->find(u"dev/sda"_s)->mode, 0600u);
    QCOMPARE(reread->find(u"dev/sda"_s)->type, EntryType::BlockDevice);
    QCOMPARE(reread->find(u"home/user/notes"_s)->uid, 0u);
    QCOMPARE(reread->find(u"bin/ash"_s)->linkTarget, u"busybox"_s);
    QCOMPARE(reread->find(u"dev/null"_s)->devMinor, 3u);
    // The listing ChangeSet::apply() promised is what was written.
    const auto items = diff(*applied, reread->entries());
    QVERIFY2(items.isEmpty(), qPrintable(items.isEmpty() ? QString() : items.first().path));

    // Removing the first name of a hard-linked file hands the content to the other name.
    auto edited = Image::open(options.output);
    ChangeSet unlink;
    QVERIFY(unlink.remove(u"config/etc/hosts"_s));
    options.output = m_dir.filePath(u"unlinked.img"_s);
    QVERIFY(saveRepack(*edited, unlink, options));
    auto unlinked = Image::open(options.output);
    QCOMPARE(unlinked->find(u"config/etc/hosts.link"_s)->type, EntryType::File);
    QCOMPARE(*unlinked->read(u"config/etc/hosts.link"_s), "127.0.0.1 localhost\n"_ba);
}

void TestWriter::repackRewritesEditedEarlySegment()
{
    const Image image = openOriginal();
    ChangeSet changes;
    QVERIFY(changes.addBytes(u"kernel/x86/microcode/GenuineIntel.bin"_s, "new microcode"));
    SaveOptions options;
    options.output = m_dir.filePath(u"ucode.img"_s);
    options.compression = Compression::Gzip;
    auto report = saveRepack(image, changes, options);
    QVERIFY2(report, qPrintable(report.ok() ? QString() : report.error().message));
    auto reread = Image::open(options.output);
    QVERIFY(reread);
    QCOMPARE(reread->segments().size(), 2);
    QCOMPARE(reread->segments()[0].compression, Compression::None);
    QCOMPARE(reread->find(u"kernel/x86/microcode/GenuineIntel.bin"_s)->segment, 0);
    QCOMPARE(*reread->read(u"kernel/x86/microcode/GenuineIntel.bin"_s), "new microcode"_ba);
    QCOMPARE(reread->segments()[1].compression, Compression::Gzip);
    QCOMPARE(reread->segments()[1].offset % 4, 0);
}

// An overlaid image repacked: the compressed segments become one, later entries winning.
void TestWriter::repackFoldsOverlays()
{
    ChangeSet first;
    QVERIFY(first.addBytes(u"etc/motd"_s, "one"));
    SaveOptions options;
    options.output = original();
    QVERIFY(saveOverlay(openOriginal(), first, options));
    ChangeSet second;
    QVERIFY(second.addBytes(u"etc/motd"_s, "two"));
    QVERIFY(saveOverlay(openOriginal(), second, options));
    QCOMPARE(openOriginal().segments().size(), 4);
    options.output = m_dir.filePath(u"folded.img"_s);
    ChangeSet none;
    QVERIFY(none.setMode(u"bin/busybox"_s, 0700));
    QVERIFY(saveRepack(openOriginal(), none, options));
    auto folded = Image::open(options.output);
    QVERIFY(folded);
    QCOMPARE(folded->segments().size(), 2);
    QCOMPARE(*folded->read(u"etc/motd"_s), "two"_ba);
    QCOMPARE(folded->entries().size(), folded->effective().size());
}

void TestWriter::keepsOriginal()
{
    ChangeSet changes;
    QVERIFY(changes.addBytes(u"etc/motd"_s, "1"));
    SaveOptions options;
    options.output = original(); // in place
    auto report = saveOverlay(openOriginal(), changes, options);
    QVERIFY(report);
    QCOMPARE(report->backup, original() + u".orig"_s);
    QCOMPARE(Fixture::readFile(report->backup), m_bytes);
    QVERIFY(Fixture::readFile(original()).startsWith(m_bytes));
    // A second save keeps the first original, not the intermediate state.
    QVERIFY(saveRepack(openOriginal(), changes, options));
    QCOMPARE(Fixture::readFile(original() + u".orig"_s), m_bytes);
    options.keepOriginal = false;
    options.output = m_dir.filePath(u"plain.img"_s);
    QVERIFY(Fixture::writeFile(options.output, "old"));
    report = saveRepack(openOriginal(), changes, options);
    QVERIFY(report);
    QVERIFY(report->backup.isEmpty());
    QVERIFY(!QFile::exists(options.output + u".orig"_s));
    options.output = m_dir.path();
    QCOMPARE(saveRepack(openOriginal(), changes, options).error().code, u"initrd.io"_s);
    QVERIFY(leftovers().isEmpty());
}

void TestWriter::cancelLeavesNothing()
{
    ChangeSet changes;
    QVERIFY(changes.addBytes(u"etc/motd"_s, "1"));
    const std::atomic_bool cancelled { true };
    SaveOptions options;
    options.output = original();
    options.cancel = &cancelled;
    QCOMPARE(saveRepack(openOriginal(), changes, options).error().code, u"initrd.cancelled"_s);
    QCOMPARE(saveOverlay(openOriginal(), changes, options).error().code, u"initrd.cancelled"_s);
    QCOMPARE(Fixture::readFile(original()), m_bytes);
    QVERIFY(!QFile::exists(original() + u".orig"_s));
    QVERIFY(leftovers().isEmpty());
}

QTEST_GUILESS_MAIN(TestWriter)
#include "tst_writer.moc"
