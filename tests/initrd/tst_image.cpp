// SPDX-License-Identifier: GPL-3.0-or-later
// Reading initramfs images: every segment, every compression, every entry type, and hostile
// images that must fail with a message naming segment and offset.
#include "fixture.h"

#include "initrd/image.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::Initrd;
using namespace Qt::StringLiterals;

class TestImage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void earlyAndXzSegments();
    void compressions_data();
    void compressions();
    void paddingAndConcatenation();
    void laterSegmentsWin();
    void walkDeliversContents();
    void checksums();
    void hostile_data();
    void hostile();
    void cancel();
    void changedOnDisk();
    void mutationsNeverCrash();

private:
    QString store(const QByteArray &bytes, const QString &name = u"image"_s)
    {
        const QString path = m_dir.filePath(name);
        return Fixture::writeFile(path, bytes) ? path : QString();
    }
    QTemporaryDir m_dir;
};

void TestImage::earlyAndXzSegments()
{
    const QByteArray bytes = Fixture::checkImage();
    QVERIFY(!bytes.isEmpty());
    auto image = Image::open(store(bytes));
    QVERIFY2(image, qPrintable(image.ok() ? QString() : image.error().message));
    QCOMPARE(image->segments().size(), 2);
    const Segment &early = image->segments()[0];
    QCOMPARE(early.compression, Compression::None);
    QCOMPARE(early.offset, 0);
    QCOMPARE(early.entryCount, 5);
    QCOMPARE(early.length + early.paddingAfter, Fixture::earlySegment().size());
    const Segment &main = image->segments()[1];
    QCOMPARE(main.compression, Compression::Xz);
    QCOMPARE(main.offset, Fixture::earlySegment().size());
    QCOMPARE(main.offset + main.length, bytes.size());
    QCOMPARE(main.entryCount, Fixture::mainRecords().size());
    QCOMPARE(main.format, u"newc"_s);

    const auto ucode = image->find(u"kernel/x86/microcode/GenuineIntel.bin"_s);
    QVERIFY(ucode);
    QCOMPARE(ucode->segment, 0);
    QCOMPARE(ucode->size, 3000);
    QCOMPARE(*image->read(ucode->path), Fixture::microcode());

    const auto su = image->find(u"bin/su"_s);
    QVERIFY(su);
    QCOMPARE(su->type, EntryType::File);
    QCOMPARE(su->mode, 04755u);
    QCOMPARE(su->segment, 1);
    QCOMPARE(su->size, 4000);
    QCOMPARE(modeString(su->type, su->mode), u"-rwsr-xr-x"_s);

    const auto sh = image->find(u"/bin/sh"_s);
    QVERIFY(sh);
    QCOMPARE(sh->type, EntryType::Symlink);
    QCOMPARE(sh->linkTarget, u"busybox"_s);
    QCOMPARE(sh->size, 7);
    QCOMPARE(*image->read(u"bin/sh"_s), "busybox"_ba);

    const auto console = image->find(u"dev/console"_s);
    QVERIFY(console);
    QCOMPARE(console->type, EntryType::CharDevice);
    QCOMPARE(console->devMajor, 5u);
    QCOMPARE(console->devMinor, 1u);
    QCOMPARE(console->mode, 0600u);
    const auto sda = image->find(u"dev/sda"_s);
    QCOMPARE(sda->type, EntryType::BlockDevice);
    QCOMPARE(sda->devMajor, 8u);
    QCOMPARE(sda->mode, 0660u);
    QCOMPARE(image->find(u"dev/tty0"_s)->gid, 5u);
    QCOMPARE(image->find(u"run/initctl"_s)->type, EntryType::Fifo);
    QCOMPARE(image->find(u"home/user/notes"_s)->uid, 1000u);
    QCOMPARE(image->find(u"home/user"_s)->mode, 0700u);

    const auto head = image->find(u"etc/hosts"_s);
    const auto link = image->find(u"etc/hosts.link"_s);
    QVERIFY(head && link);
    QCOMPARE(head->type, EntryType::File);
    QCOMPARE(link->type, EntryType::HardLink);
    QCOMPARE(link->linkTarget, u"etc/hosts"_s);
    QCOMPARE(head->size, 20);
    QCOMPARE(link->size, 20);
    QCOMPARE(*image->read(u"etc/hosts"_s), "127.0.0.1 localhost\n"_ba);

    QCOMPARE(image->find(u"."_s)->type, EntryType::Directory);
    QVERIFY(!image->find(u"nothing/here"_s));
    QCOMPARE(image->read(u"nothing"_s).error().code, u"initrd.not-found"_s);
    QCOMPARE(image->read(u"dev"_s).error().code, u"initrd.not-a-file"_s);
    QCOMPARE(image->children(u"etc"_s), QStringList({ u"etc/hosts"_s, u"etc/hosts.link"_s }));
}

void TestImage::compressions_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : { "none", "gzip", "xz", "lzma", "zstd", "lz4", "bzip2" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestImage::compressions()
{
    QFETCH(QString, name);
    const QByteArray archive = Fixture::newc(Fixture::mainRecords(), 512);
    const QByteArray bytes = Fixture::run(Fixture::compressor(name), archive);
    QVERIFY(!bytes.isEmpty());
    auto image = Image::open(store(bytes));
    QVERIFY2(image, qPrintable(image.ok() ? QString() : image.error().message));
    QCOMPARE(image->segments().size(), 1);
    QCOMPARE(compressionName(image->segments()[0].compression), name);
    if (name == u"none") { // the segment ends at its trailer; the block padding after it is padding
        QCOMPARE(image->segments()[0].uncompressedSize, image->segments()[0].length);
        QCOMPARE(image->segments()[0].length + image->segments()[0].paddingAfter, archive.size());
    } else {
        QCOMPARE(image->segments()[0].uncompressedSize, archive.size());
    }
    QCOMPARE(image->entries().size(), Fixture::mainRecords().size());
    QCOMPARE(*image->read(u"bin/busybox"_s), QByteArray(20000, 'b'));
    QCOMPARE(*image->read(u"etc/hosts.link"_s), "127.0.0.1 localhost\n"_ba);
}

// Zero padding between segments, a compressed segment followed by more, and two cpio
// archives in one compressed stream.
void TestImage::paddingAndConcatenation()
{
    const QByteArray first = Fixture::newc({ Fixture::file("a", "A") });
    const QByteArray second = Fixture::newc({ Fixture::file("b", "BB") });
    const QByteArray third = Fixture::newc({ Fixture::file("c", "CCC") });
    QByteArray bytes = Fixture::earlySegment() + QByteArray(1024, '\0');
    bytes += Fixture::run(u"gzip -c -n"_s, first + QByteArray(8, '\0') + second);
    bytes += QByteArray(3, '\0');
    bytes += Fixture::run(u"zstd -q -c"_s, third);
    bytes += QByteArray(100, '\0');
    auto image = Image::open(store(bytes));
    QVERIFY2(image, qPrintable(image.ok() ? QString() : image.error().message));
    QCOMPARE(image->segments().size(), 3);
    QCOMPARE(image->segments()[0].paddingAfter, Fixture::earlySegment().size() - image->segments()[0].length + 1024);
    QCOMPARE(image->segments()[1].compression, Compression::Gzip);
    QCOMPARE(image->segments()[1].archiveCount, 2);
    QCOMPARE(image->segments()[1].entryCount, 2);
    QCOMPARE(image->segments()[1].paddingAfter, 3);
    QCOMPARE(image->segments()[2].compression, Compression::Zstd);
    QCOMPARE(image->segments()[2].paddingAfter, 100);
    QCOMPARE(*image->read(u"b"_s), "BB"_ba);
    QCOMPARE(*image->read(u"c"_s), "CCC"_ba);
    QCOMPARE(image->find(u"c"_s)->segment, 2);
}

void TestImage::laterSegmentsWin()
{
    QByteArray bytes = Fixture::newc({ Fixture::dir("etc"), Fixture::file("etc/motd", "old") });
    bytes += Fixture::run(u"xz --check=crc32 -c"_s, Fixture::newc({ Fixture::dir("etc", 0700), Fixture::file("etc/motd", "new!") }));
    auto image = Image::open(store(bytes));
    QVERIFY(image);
    QCOMPARE(image->entries().size(), 4);
    const QList<Entry> effective = image->effective();
    QCOMPARE(effective.size(), 2);
    QCOMPARE(effective[0].path, u"etc"_s);
    QCOMPARE(effective[0].mode, 0700u);
    QCOMPARE(effective[1].segment, 1);
    QCOMPARE(*image->read(u"etc/motd"_s), "new!"_ba);
}

void TestImage::walkDeliversContents()
{
    auto image = Image::open(store(Fixture::checkImage()));
    QVERIFY(image);
    QStringList paths;
    QHash<QString, QByteArray> contents;
    Image::Visitor visitor;
    visitor.entry = [&](const Entry &e) -> Result<void> {
        paths << e.path;
        return {};
    };
    visitor.chunk = [&](const Entry &e, QByteArrayView chunk) -> Result<void> {
        contents[e.path] += chunk.toByteArray();
        return {};
    };
    QVERIFY(image->walk(visitor));
    QCOMPARE(paths.size(), image->entries().size());
    QCOMPARE(contents.value(u"bin/busybox"_s), QByteArray(20000, 'b'));
    QCOMPARE(contents.value(u"etc/hosts.link"_s), "127.0.0.1 localhost\n"_ba); // the member carrying the data
    QVERIFY(!contents.contains(u"etc/hosts"_s));
}

void TestImage::checksums()
{
    OpenOptions options;
    options.checksums = true;
    auto image = Image::open(store(Fixture::checkImage()), options);
    QVERIFY(image);
    const auto busybox = image->find(u"bin/busybox"_s);
    const auto su = image->find(u"bin/su"_s);
    QVERIFY(busybox->hasChecksum && su->hasChecksum);
    QVERIFY(busybox->checksum != su->checksum);
    QCOMPARE(image->find(u"etc/hosts"_s)->checksum, image->find(u"etc/hosts.link"_s)->checksum);
}

void TestImage::hostile_data()
{
    using Fixture::Record;
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("where"); // must appear in the message

    const qint64 noLimit = qint64(4) << 30;
    const QByteArray plain = Fixture::newc(Fixture::mainRecords());
    const QByteArray early = Fixture::earlySegment();
    const QByteArray xz = Fixture::run(u"xz --check=crc32 -c"_s, plain);
    auto xzOf = [](const QByteArray &archive) { return Fixture::run(u"xz --check=crc32 -c"_s, archive); };

    QTest::newRow("truncated uncompressed") << plain.left(plain.size() / 2) << noLimit << u"initrd.truncated"_s << u"Segment 0"_s;
    QTest::newRow("truncated xz after early") << (early + xz.left(xz.size() - 20)) << noLimit << u"initrd.truncated"_s
                                              << u"Segment 1 (xz, starting at offset %1)"_s.arg(early.size());
    QTest::newRow("truncated gzip") << Fixture::run(u"gzip -c -n"_s, plain).chopped(30) << noLimit << u"initrd.truncated"_s << u"Segment 0"_s;
    QTest::newRow("wrong magic") << QByteArray("this is not an initramfs at all") << noLimit << u"initrd.magic"_s << u"offset 0"_s;
    QTest::newRow("junk after early segment") << (early + "JUNKJUNKJUNK") << noLimit << u"initrd.magic"_s << u"Segment 1, offset %1"_s.arg(early.size());
    QTest::newRow("all zeros") << QByteArray(4096, '\0') << noLimit << u"initrd.magic"_s << QString();
    QTest::newRow("empty") << QByteArray() << noLimit << u"initrd.magic"_s << QString();

    Record hugeName = Fixture::file("x", "data");
    hugeName.nameSizeOverride = 0xffffffff;
    QTest::newRow("name size 4 GiB") << Fixture::newc({ hugeName }) << noLimit << u"initrd.header"_s << u"Segment 0, offset 0"_s;
    Record zeroName = Fixture::file("x", "data");
    zeroName.nameSizeOverride = 0;
    QTest::newRow("name size 0") << Fixture::newc({ Fixture::dir("d"), zeroName }) << noLimit << u"initrd.header"_s << u"offset 112"_s;
    Record shortName = Fixture::file("abcdef", "data");
    shortName.nameSizeOverride = 3;
    QTest::newRow("name size too short") << Fixture::newc({ shortName }) << noLimit << u"initrd.header"_s << u"Segment 0"_s;
    Record lyingSize = Fixture::file("big", "tiny");
    lyingSize.fileSizeOverride = 0x7fffffff;
    QTest::newRow("file size lies") << Fixture::newc({ lyingSize }) << noLimit << u"initrd.truncated"_s << u"Segment 0"_s;
    QTest::newRow("file size lies in xz") << (early + xzOf(Fixture::newc({ lyingSize }))) << noLimit << u"initrd.truncated"_s
                                          << u"Segment 1"_s;
    QTest::newRow("dot dot") << Fixture::newc({ Fixture::file("../etc/passwd", "root::0:0") }) << noLimit << u"initrd.path.escape"_s
                             << u"Segment 0, offset 0"_s;
    QTest::newRow("dot dot inside") << (early + xzOf(Fixture::newc({ Fixture::dir("bin"), Fixture::file("bin/../../x", "x") })))
                                    << noLimit << u"initrd.path.escape"_s << u"uncompressed offset 116"_s;
    QTest::newRow("absolute") << Fixture::newc({ Fixture::file("/etc/passwd", "x") }) << noLimit << u"initrd.path.absolute"_s
                              << u"Segment 0"_s;
    QByteArray notHex = Fixture::newc({ Fixture::file("x", "1") });
    notHex[20] = 'Z';
    QTest::newRow("header not hex") << notHex << noLimit << u"initrd.header"_s << u"Segment 0"_s;
    Record longTarget = Fixture::symlink("l", QByteArray(5000, 'a'));
    QTest::newRow("symlink target too long") << Fixture::newc({ longTarget }) << noLimit << u"initrd.header"_s << u"Segment 0"_s;
    Record badType { "weird", 0170644 };
    QTest::newRow("unknown file type") << Fixture::newc({ badType }) << noLimit << u"initrd.header"_s << u"Segment 0"_s;
    QTest::newRow("no trailer in xz") << xzOf(Fixture::newc({ Fixture::file("a", "b") }, 4, false)) << noLimit
                                      << u"initrd.truncated"_s << u"Segment 0 (xz"_s;
    QTest::newRow("junk inside xz") << xzOf(plain + "garbage!") << noLimit << u"initrd.magic"_s << u"Segment 0 (xz"_s;
    QTest::newRow("odc cpio") << QByteArray("070707000000000000000000000000") << noLimit << u"initrd.unsupported"_s << u"cpio odc"_s;
    QTest::newRow("lzo") << QByteArray("\x89LZO\x00\r\n\x1a\n", 9) << noLimit << u"initrd.unsupported"_s << u"lzo"_s;
    QByteArray badGzip = Fixture::run(u"gzip -c -n"_s, plain);
    for (qsizetype i = 20; i < 200; ++i)
        badGzip[i] = char(i);
    QTest::newRow("corrupt gzip") << badGzip << noLimit << u"initrd.decompress"_s << u"Segment 0 (gzip"_s;
    QByteArray badXz = early + xz;
    const qsizetype flip = early.size() + xz.size() / 2;
    badXz[flip] = char(badXz[flip] ^ 0x55);
    QTest::newRow("corrupt xz") << badXz << noLimit << u"initrd.decompress"_s << u"Segment 1 (xz"_s;
    const QByteArray bomb = xzOf(Fixture::newc({ Fixture::file("zeros", QByteArray(64 << 20, '\0')) }));
    QTest::newRow("bomb over the limit") << bomb << (qint64(8) << 20) << u"initrd.limit"_s << u"Segment 0 (xz"_s;
    QTest::newRow("bomb under the limit is fine") << bomb << (qint64(128) << 20) << QString() << QString();
}

void TestImage::hostile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, limit);
    QFETCH(QString, code);
    QFETCH(QString, where);
    OpenOptions options;
    options.maxUncompressedBytes = limit;
    auto image = Image::open(store(bytes), options);
    if (code.isEmpty()) {
        QVERIFY2(image, qPrintable(image.ok() ? QString() : image.error().message));
        return;
    }
    QVERIFY(!image);
    QCOMPARE(image.error().code, code);
    QVERIFY2(image.error().message.contains(where), qPrintable(image.error().message));
}

void TestImage::cancel()
{
    const std::atomic_bool cancelled { true };
    OpenOptions options;
    options.cancel = &cancelled;
    auto image = Image::open(store(Fixture::checkImage()), options);
    QVERIFY(!image);
    QCOMPARE(image.error().code, u"initrd.cancelled"_s);
}

void TestImage::changedOnDisk()
{
    const QString path = store(Fixture::checkImage(), u"changing"_s);
    auto image = Image::open(path);
    QVERIFY(image);
    QVERIFY(Fixture::writeFile(path, Fixture::newc({ Fixture::file("other", "x") })));
    QCOMPARE(image->read(u"bin/busybox"_s).error().code, u"initrd.changed"_s);
}

// Flipped bytes and cut tails in every part of an image: each open ends with an image or an
// error, and every content of an image that opened reads back or fails cleanly.
void TestImage::mutationsNeverCrash()
{
    const QByteArray plain = Fixture::newc(Fixture::mainRecords());
    const QList<QByteArray> bases { Fixture::checkImage(), Fixture::run(u"gzip -c -n"_s, plain), plain };
    QRandomGenerator random(1234);
    int opened = 0, failed = 0;
    for (const QByteArray &base : bases) {
        for (int round = 0; round < 150; ++round) {
            QByteArray bytes = base;
            const int flips = 1 + int(random.bounded(4));
            for (int i = 0; i < flips; ++i)
                bytes[random.bounded(bytes.size())] = char(random.bounded(256));
            if (round % 5 == 0)
                bytes.truncate(random.bounded(bytes.size()));
            OpenOptions options;
            options.maxUncompressedBytes = qint64(64) << 20;
            auto image = Image::open(store(bytes, u"mutant"_s), options);
            if (!image) {
                ++failed;
                QVERIFY(!image.error().message.isEmpty());
                continue;
            }
            ++opened;
            for (const Entry &e : image->entries()) {
                if (e.type == EntryType::File && e.size < (1 << 20))
                    (void)image->read(e.path);
            }
        }
    }
    QVERIFY(opened > 0 && failed > 0);
}

QTEST_GUILESS_MAIN(TestImage)
#include "tst_image.moc"
