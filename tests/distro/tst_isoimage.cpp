// SPDX-License-Identifier: GPL-3.0-or-later
#include "distro/isoimage.h"
#include "netboot/content.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <unistd.h>

using Crashcart::Distro::IsoEntry;
using Crashcart::Distro::IsoExtent;
using Crashcart::Distro::IsoImage;

namespace {

// Every regular file of the tree, with its size and time (touch -d), relative to the root.
struct SourceFile
{
    const char *path;
    qint64 size;
    const char *mtime;
};

const SourceFile kFiles[] = {
    { "empty.txt", 0, "2020-01-02 03:04:05 UTC" },
    { "one.bin", 1, "2019-05-06 07:08:09 UTC" },
    { "Mixed_Case_Long_File_Name.Data", 2047, "2021-11-12 13:14:15 UTC" },
    { "images/pxeboot/vmlinuz", 2048, "2022-02-03 04:05:06 UTC" },
    { "images/pxeboot/initrd.img", 2049, "2022-02-03 04:05:07 UTC" },
    { "images/install.img", 3 * 1024 * 1024 + 123, "2023-07-08 09:10:11 UTC" },
    { "EFI/BOOT/BOOTX64.EFI", 4096, "2018-08-09 10:11:12 UTC" },
    { "treeinfo.txt", 300, "2024-01-01 00:00:00 UTC" },
};

bool run(const QStringList &command, QByteArray *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(command.first(), command.mid(1));
    if (!process.waitForFinished(120'000))
        return false;
    const QByteArray out = process.readAll();
    if (output)
        *output = out;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << command.join(u' ') << "failed:" << out.right(2000);
        return false;
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

bool makeSourceTree(const QString &root)
{
    quint32 seed = 1;
    for (const SourceFile &f : kFiles) {
        const QString path = root + u'/' + QString::fromLatin1(f.path);
        if (!QDir().mkpath(QFileInfo(path).path()) || !writeAll(path, randomBytes(f.size, seed++)))
            return false;
        if (!run({ QStringLiteral("touch"), QStringLiteral("-d"), QString::fromLatin1(f.mtime), path }))
            return false;
    }
    return QFile::link(QStringLiteral("pxeboot/vmlinuz"), root + QStringLiteral("/images/link"));
}

// The byte offset of the directory record whose ISO 9660 identifier is |name|.
qsizetype findRecord(const QByteArray &image, const QByteArray &name)
{
    const QByteArray needle = char(name.size()) + name;
    for (qsizetype at = image.indexOf(needle); at >= 0; at = image.indexOf(needle, at + 1)) {
        const qsizetype record = at - 32;
        if (record >= 0 && quint8(image[record]) >= 33 + name.size() && image[record + 32] == char(name.size()))
            return record;
    }
    return -1;
}

void putBoth32(QByteArray &bytes, qsizetype at, quint32 value)
{
    qToLittleEndian(value, bytes.data() + at);
    qToBigEndian(value, bytes.data() + at + 4);
}

quint32 both32(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

} // namespace

class TstIsoImage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsTree_data();
    void readsTree();
    void lookups();
    void multiExtentCrafted();
    void multiExtentLarge();
    void deepFolders();
    void hostile_data();
    void hostile();
    void hostileRockRidge_data();
    void hostileRockRidge();
    void notIso_data();
    void notIso();
    void checkUnchanged_data();
    void checkUnchanged();
    void byteFlips_data();
    void byteFlips();

private:
    QString makeIso(const QString &name, const QStringList &options, const QString &source = {});
    QString extract(const QString &iso);
    void compareFile(const IsoImage &image, const IsoEntry &entry, const QByteArray &expected);

    QTemporaryDir m_dir;
    QString m_source;
};

void TstIsoImage::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("xorriso")).isEmpty())
        QSKIP("xorriso is not installed (packaging/debian-test.txt)");
    QVERIFY(m_dir.isValid());
    m_source = m_dir.filePath(QStringLiteral("source"));
    QVERIFY(makeSourceTree(m_source));
}

QString TstIsoImage::makeIso(const QString &name, const QStringList &options, const QString &source)
{
    const QString iso = m_dir.filePath(name);
    QStringList command { QStringLiteral("xorriso"), QStringLiteral("-as"), QStringLiteral("mkisofs"),
                          QStringLiteral("-quiet"), QStringLiteral("-V"), QStringLiteral("CRASHCART_TEST") };
    command << options << QStringLiteral("-o") << iso << (source.isEmpty() ? m_source : source);
    return run(command) ? iso : QString();
}

QString TstIsoImage::extract(const QString &iso)
{
    const QString out = iso + QStringLiteral(".extracted");
    if (!run({ QStringLiteral("xorriso"), QStringLiteral("-osirrox"), QStringLiteral("on"), QStringLiteral("-indev"),
               iso, QStringLiteral("-extract"), QStringLiteral("/"), out }))
        return {};
    // Extracted folders may be read-only, which would stop QTemporaryDir's cleanup.
    run({ QStringLiteral("chmod"), QStringLiteral("-R"), QStringLiteral("u+w"), out });
    return out;
}

// Whole, in random ranges through read(), and through descriptor() + descriptorOffset().
void TstIsoImage::compareFile(const IsoImage &image, const IsoEntry &entry, const QByteArray &expected)
{
    QCOMPARE(entry.size, expected.size());
    const auto content = image.content(entry.path);
    QVERIFY2(content, qPrintable(content ? QString() : content.error().message));
    const auto &c = *content.value();
    QCOMPARE(c.size(), expected.size());
    QByteArray whole(expected.size(), '\0');
    QCOMPARE(c.read(0, whole.data(), whole.size() + 10), expected.size());
    QCOMPARE(whole, expected);
    QRandomGenerator random(quint32(qHash(entry.path)));
    for (int i = 0; i < 8 && expected.size() > 0; ++i) {
        const qint64 offset = random.bounded(expected.size());
        const qint64 length = random.bounded(expected.size() - offset) + 1;
        QByteArray part(length, '\0');
        QCOMPARE(c.read(offset, part.data(), length), length);
        QCOMPARE(part, expected.mid(offset, length));
    }
    if (expected.isEmpty())
        return;
    QVERIFY(c.descriptor() >= 0);
    QByteArray direct(expected.size(), '\0');
    QCOMPARE(::pread(c.descriptor(), direct.data(), size_t(direct.size()), off_t(c.descriptorOffset())), ssize_t(expected.size()));
    QCOMPARE(direct, expected);
}

void TstIsoImage::readsTree_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("sourceNames"); // names as in the source tree (Rock Ridge, Joliet)
    QTest::addColumn<bool>("sourceTimes");
    QTest::newRow("rockridge+joliet") << QStringList { QStringLiteral("-R"), QStringLiteral("-J") } << true << true;
    QTest::newRow("joliet") << QStringList { QStringLiteral("-J"), QStringLiteral("--norock") } << true << true;
    QTest::newRow("plain") << QStringList { QStringLiteral("--norock") } << false << true;
}

void TstIsoImage::readsTree()
{
    QFETCH(QStringList, options);
    QFETCH(bool, sourceNames);
    QFETCH(bool, sourceTimes);
    const QString iso = makeIso(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".iso"), options);
    QVERIFY(!iso.isEmpty());
    const QString extracted = extract(iso);
    QVERIFY(!extracted.isEmpty());
    const auto image = IsoImage::open(iso);
    QVERIFY2(image, qPrintable(image ? QString() : image.error().message));
    QCOMPARE((*image)->volumeId(), QStringLiteral("CRASHCART_TEST"));
    QCOMPARE((*image)->imageSize(), QFileInfo(iso).size());

    int count = 0;
    QDirIterator it(extracted, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const QString rel = info.filePath().mid(extracted.size());
        const IsoEntry *entry = (*image)->find(rel);
        if (info.isSymLink()) {
            QVERIFY2(!entry, qPrintable(rel)); // Rock Ridge symlinks are not served
            continue;
        }
        ++count;
        QVERIFY2(entry, qPrintable(rel));
        QCOMPARE(entry->path, rel);
        QCOMPARE(entry->directory, info.isDir());
        if (!info.isDir())
            compareFile(**image, *entry, readAll(info.filePath()));
    }
    QCOMPARE((*image)->entryCount(), count);

    for (const SourceFile &f : kFiles) {
        const QString source = m_source + u'/' + QString::fromLatin1(f.path);
        const IsoEntry *entry = (*image)->find(QString::fromLatin1(f.path), Qt::CaseInsensitive);
        if (!sourceNames) { // 8.3 names: compared with xorriso's extraction above
            QVERIFY((*image)->find(u"/IMAGES/PXEBOOT/VMLINUZ"));
            continue;
        }
        QVERIFY2(entry, f.path);
        compareFile(**image, *entry, readAll(source));
        if (sourceTimes)
            QCOMPARE(entry->modified, QFileInfo(source).lastModified().toUTC());
    }
}

void TstIsoImage::lookups()
{
    const QString iso = makeIso(QStringLiteral("lookups.iso"), { QStringLiteral("-R"), QStringLiteral("-J") });
    QVERIFY(!iso.isEmpty());
    const auto opened = IsoImage::open(iso);
    QVERIFY(opened);
    const IsoImage &image = **opened;
    QVERIFY(image.find(u"images/pxeboot/vmlinuz"));
    QCOMPARE(image.find(u"/images/pxeboot/vmlinuz"), image.find(u"images/pxeboot/vmlinuz"));
    QVERIFY(!image.find(u"/IMAGES/PXEBOOT/VMLINUZ"));
    QCOMPARE(image.find(u"/IMAGES/PXEBOOT/VMLINUZ", Qt::CaseInsensitive), image.find(u"images/pxeboot/vmlinuz"));
    QVERIFY(image.find(u"/")->directory);
    QVERIFY(image.find(u"/images/")->directory);
    QVERIFY(!image.find(u"/images/../images"));
    QVERIFY(!image.find(u"/images/link")); // a symlink

    QStringList names;
    for (const IsoEntry *entry : image.children(u"/images/pxeboot"))
        names << entry->path;
    names.sort();
    QCOMPARE(names, (QStringList { QStringLiteral("/images/pxeboot/initrd.img"), QStringLiteral("/images/pxeboot/vmlinuz") }));
    QCOMPARE(image.children(u"/").size(), 6);
    QVERIFY(image.children(u"/one.bin").isEmpty());
    QVERIFY(image.children(u"/nothing").isEmpty());

    const auto small = image.readFile(u"treeinfo.txt", 300);
    QVERIFY(small);
    QCOMPARE(*small, readAll(m_source + QStringLiteral("/treeinfo.txt")));
    QCOMPARE(image.readFile(u"treeinfo.txt", 299).error().code, QStringLiteral("file.toolarge"));
    QCOMPARE(image.readFile(u"/images", 1000).error().code, QStringLiteral("path.notfile"));
    QCOMPARE(image.content(u"/images").error().code, QStringLiteral("path.notfile"));
    QCOMPARE(image.content(u"/nope").error().code, QStringLiteral("path.notfound"));
    QCOMPARE(image.content(u"/images/link").error().code, QStringLiteral("path.notfound"));

    // The content keeps the image open after the last other reference goes.
    std::shared_ptr<const Crashcart::Netboot::Content> kept;
    std::weak_ptr<const IsoImage> weak;
    {
        const auto again = IsoImage::open(iso);
        QVERIFY(again);
        weak = *again;
        kept = *(*again)->content(u"one.bin");
    }
    QVERIFY(!weak.expired());
    char byte = 0;
    QCOMPARE(kept->read(0, &byte, 1), 1);
    kept.reset();
    QVERIFY(weak.expired());
}

// xorriso makes a multi-extent file only above 4 GiB; two adjacent records patched into one
// file (flag 0x80 on the first, the second renamed) are the same thing on a small scale.
void TstIsoImage::multiExtentCrafted()
{
    QTemporaryDir source;
    QVERIFY(writeAll(source.filePath(QStringLiteral("PARTA.BIN")), QByteArray(2048, 'A')));
    QVERIFY(writeAll(source.filePath(QStringLiteral("PARTB.BIN")), QByteArray(1000, 'B')));
    const QString iso = makeIso(QStringLiteral("multi.iso"), { QStringLiteral("--norock") }, source.path());
    QVERIFY(!iso.isEmpty());
    QByteArray bytes = readAll(iso);
    const qsizetype a = findRecord(bytes, "PARTA.BIN;1");
    const qsizetype b = findRecord(bytes, "PARTB.BIN;1");
    QVERIFY(a > 0 && b == a + quint8(bytes[a]));
    bytes[a + 25] = char(bytes[a + 25] | 0x80);
    bytes.replace(b + 33, 11, "PARTA.BIN;1");
    QVERIFY(writeAll(iso, bytes));

    const auto image = IsoImage::open(iso);
    QVERIFY2(image, qPrintable(image ? QString() : image.error().message));
    const IsoEntry *entry = (*image)->find(u"/PARTA.BIN");
    QVERIFY(entry);
    QCOMPARE(entry->extents.size(), 2);
    QCOMPARE((*image)->entryCount(), 1);
    const QByteArray expected = QByteArray(2048, 'A') + QByteArray(1000, 'B');
    const auto content = (*image)->content(u"/PARTA.BIN");
    QVERIFY(content);
    QCOMPARE((*content)->descriptor(), -1); // not one run of the image: no sendfile
    QByteArray got(expected.size(), '\0');
    QCOMPARE((*content)->read(0, got.data(), got.size()), expected.size());
    QCOMPARE(got, expected);
    QCOMPARE((*content)->read(2040, got.data(), 20), 20);
    QCOMPARE(got.left(20), expected.mid(2040, 20));
    const QString extracted = extract(iso); // xorriso reads the patch as one file too
    QVERIFY(!extracted.isEmpty());
    QCOMPARE(readAll(extracted + QStringLiteral("/PARTA.BIN")), expected);

    bytes[b + 25] = char(bytes[b + 25] | 0x80); // now no last part
    QVERIFY(writeAll(iso, bytes));
    QCOMPARE(IsoImage::open(iso).error().code, QStringLiteral("iso.hostile"));
}

void TstIsoImage::multiExtentLarge()
{
    if (qEnvironmentVariableIntValue("CRASHCART_SLOW_TESTS") != 1)
        QSKIP("A real multi-extent file needs a 4.1 GiB image; set CRASHCART_SLOW_TESTS=1");
    QTemporaryDir source;
    const QString big = source.filePath(QStringLiteral("big.img"));
    const qint64 size = (qint64(4) << 30) + (qint64(100) << 20);
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(size));
        QVERIFY(file.seek(size - 5) && file.write("tail!") == 5);
        QVERIFY(file.seek((qint64(4) << 30) - 3) && file.write("mid") == 3);
    }
    const QString iso = makeIso(QStringLiteral("large.iso"), { QStringLiteral("-R"), QStringLiteral("-iso-level"), QStringLiteral("3") }, source.path());
    QVERIFY(!iso.isEmpty());
    const auto image = IsoImage::open(iso);
    QVERIFY2(image, qPrintable(image ? QString() : image.error().message));
    const IsoEntry *entry = (*image)->find(u"big.img");
    QVERIFY(entry);
    QCOMPARE(entry->size, size);
    QVERIFY(entry->extents.size() >= 2);
    const auto content = (*image)->content(u"big.img");
    QVERIFY(content);
    QByteArray got(5, '\0');
    QCOMPARE((*content)->read(size - 5, got.data(), 5), 5);
    QCOMPARE(got, QByteArray("tail!"));
    QCOMPARE((*content)->read((qint64(4) << 30) - 3, got.data(), 3), 3);
    QCOMPARE(got.left(3), QByteArray("mid"));
    QFile::remove(iso);
}

// Rock Ridge with -D keeps deep folders in place: 64 levels are read, 65 refused.
void TstIsoImage::deepFolders()
{
    for (const int depth : { 64, 65 }) {
        QTemporaryDir source;
        QString path = source.path();
        for (int i = 0; i < depth; ++i)
            path += QStringLiteral("/d");
        QVERIFY(QDir().mkpath(path));
        QVERIFY(writeAll(path + QStringLiteral("/f"), "deep"));
        const QString iso = makeIso(QStringLiteral("deep%1.iso").arg(depth), { QStringLiteral("-R"), QStringLiteral("-D") }, source.path());
        QVERIFY(!iso.isEmpty());
        const auto image = IsoImage::open(iso);
        if (depth == 64) {
            QVERIFY2(image, qPrintable(image ? QString() : image.error().message));
            QCOMPARE((*image)->entryCount(), 65);
        } else {
            QVERIFY(!image);
            QCOMPARE(image.error().code, QStringLiteral("iso.hostile"));
            QVERIFY2(image.error().message.contains(QStringLiteral("/d/d/d")), qPrintable(image.error().message));
        }
    }
}

// A plain image patched where its records are found by name (ISO 9660 identifiers).
void TstIsoImage::hostile_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<int>("field"); // byte offset in the record, or -1 to patch the name
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("named");
    const auto lba = [](quint32 v) {
        QByteArray b(8, '\0');
        putBoth32(b, 0, v);
        return b;
    };
    QTest::newRow("folder points at the root") << QByteArray("INNER") << 2 << QByteArray("root") << QStringLiteral("/SUB/INNER");
    QTest::newRow("folder points at its parent") << QByteArray("INNER") << 2 << QByteArray("parent") << QStringLiteral("/SUB/INNER");
    QTest::newRow("folder points at a sibling") << QByteArray("SUB") << 2 << QByteArray("sibling") << QStringLiteral("/SUB");
    QTest::newRow("extent past the end") << QByteArray("FILE.BIN;1") << 2 << lba(0x00ffffff) << QStringLiteral("/FILE.BIN");
    QTest::newRow("length 0xFFFFFFFF") << QByteArray("FILE.BIN;1") << 10 << lba(0xffffffff) << QStringLiteral("/FILE.BIN");
    QTest::newRow("folder length 0xFFFFFFFF") << QByteArray("INNER") << 10 << lba(0xffffffff) << QStringLiteral("/SUB/INNER");
    QTest::newRow("byte orders disagree") << QByteArray("FILE.BIN;1") << 10 << QByteArray("\x10\0\0\0\0\0\0\x11", 8) << QStringLiteral("/");
    QTest::newRow("name ..") << QByteArray("DD") << -1 << QByteArray("..") << QStringLiteral("(at /.");
    QTest::newRow("name with /") << QByteArray("FILE.BIN;1") << -1 << QByteArray("FI/E.BIN;1") << QStringLiteral("/FI/E.BIN");
    QTest::newRow("name with \\") << QByteArray("FILE.BIN;1") << -1 << QByteArray("FI\\E.BIN;1") << QStringLiteral("FI\\E.BIN");
    QTest::newRow("name with a control") << QByteArray("FILE.BIN;1") << -1 << QByteArray("FI\nE.BIN;1") << QStringLiteral("FI\\x0aE.BIN");
    QTest::newRow("record length too short") << QByteArray("FILE.BIN;1") << 0 << QByteArray("\x05", 1) << QStringLiteral("/");
    QTest::newRow("name longer than record") << QByteArray("FILE.BIN;1") << 32 << QByteArray("\xf0", 1) << QStringLiteral("/");
}

void TstIsoImage::hostile()
{
    QFETCH(QByteArray, record);
    QFETCH(int, field);
    QFETCH(QByteArray, value);
    QFETCH(QString, named);
    QTemporaryDir source;
    QVERIFY(QDir().mkpath(source.filePath(QStringLiteral("SUB/INNER"))));
    QVERIFY(QDir().mkpath(source.filePath(QStringLiteral("DOTS"))));
    QVERIFY(QDir().mkpath(source.filePath(QStringLiteral("DD"))));
    QVERIFY(writeAll(source.filePath(QStringLiteral("FILE.BIN")), "data"));
    QVERIFY(writeAll(source.filePath(QStringLiteral("SUB/INNER/X.TXT")), "x"));
    const QString iso = makeIso(QStringLiteral("hostile.iso"), { QStringLiteral("--norock") }, source.path());
    QVERIFY(!iso.isEmpty());
    QVERIFY(IsoImage::open(iso));
    QByteArray bytes = readAll(iso);
    const qsizetype at = findRecord(bytes, record);
    QVERIFY(at > 0);
    const quint32 rootLba = both32(bytes, 16 * 2048 + 156 + 2);
    if (value == "root")
        putBoth32(bytes, at + 2, rootLba);
    else if (value == "parent")
        putBoth32(bytes, at + 2, both32(bytes, findRecord(bytes, "SUB") + 2));
    else if (value == "sibling")
        putBoth32(bytes, at + 2, both32(bytes, findRecord(bytes, "DOTS") + 2));
    else if (field < 0)
        bytes.replace(at + 33, value.size(), value);
    else
        bytes.replace(at + field, value.size(), value);
    QVERIFY(writeAll(iso, bytes));
    const auto image = IsoImage::open(iso);
    QVERIFY(!image);
    QCOMPARE(image.error().code, QStringLiteral("iso.hostile"));
    qInfo().noquote() << image.error().message;
    QVERIFY2(image.error().message.contains(named), qPrintable(image.error().message));
    QVERIFY(image.error().message.contains(iso));
}

// Rock Ridge names (NM) patched: to ".." by its flag, and to hold a '/'.
void TstIsoImage::hostileRockRidge_data()
{
    QTest::addColumn<int>("flags");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("named");
    QTest::newRow("NM parent flag") << 4 << QByteArray("dotdotme") << QStringLiteral("(at /..)");
    QTest::newRow("NM current flag") << 2 << QByteArray("dotdotme") << QStringLiteral("(at /.)");
    QTest::newRow("NM with /") << 0 << QByteArray("dot/otme") << QStringLiteral("(at /dot/otme)");
}

void TstIsoImage::hostileRockRidge()
{
    QFETCH(int, flags);
    QFETCH(QByteArray, name);
    QFETCH(QString, named);
    QTemporaryDir source;
    QVERIFY(writeAll(source.filePath(QStringLiteral("dotdotme")), "data"));
    const QString iso = makeIso(QStringLiteral("hostile-rr.iso"), { QStringLiteral("-R") }, source.path());
    QVERIFY(!iso.isEmpty());
    QVERIFY(IsoImage::open(iso));
    QByteArray bytes = readAll(iso);
    const qsizetype at = bytes.indexOf(QByteArray("NM\x0d\x01\x00" "dotdotme", 13));
    QVERIFY(at > 0);
    bytes[at + 4] = char(flags);
    bytes.replace(at + 5, name.size(), name);
    QVERIFY(writeAll(iso, bytes));
    const auto image = IsoImage::open(iso);
    QVERIFY(!image);
    QCOMPARE(image.error().code, QStringLiteral("iso.hostile"));
    QVERIFY2(image.error().message.contains(named), qPrintable(image.error().message));
}

void TstIsoImage::notIso_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("iso.notiso");
    QTest::newRow("random") << randomBytes(256 * 1024, 7) << QStringLiteral("iso.notiso");
    QTest::newRow("zeros") << QByteArray(64 * 1024, '\0') << QStringLiteral("iso.notiso");
    QTest::newRow("truncated") << QByteArray("truncate") << QStringLiteral("iso.notiso");
    QTest::newRow("only the descriptors") << QByteArray("descriptors") << QStringLiteral("iso.notiso");
}

void TstIsoImage::notIso()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    const QString path = m_dir.filePath(QStringLiteral("notiso.iso"));
    if (bytes == "truncate" || bytes == "descriptors") {
        const QString iso = makeIso(QStringLiteral("whole.iso"), { QStringLiteral("-R") });
        QVERIFY(!iso.isEmpty());
        const QByteArray whole = readAll(iso);
        bytes = bytes == "truncate" ? whole.left(whole.size() / 2) : whole.left(18 * 2048);
    }
    QVERIFY(writeAll(path, bytes));
    const auto image = IsoImage::open(path);
    QVERIFY(!image);
    QCOMPARE(image.error().code, code);
    QVERIFY(image.error().message.contains(path));
    QCOMPARE(IsoImage::open(m_dir.path()).error().code, QStringLiteral("iso.unreadable")); // a folder
}

void TstIsoImage::checkUnchanged_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("code");
    QTest::newRow("touched") << QStringLiteral("touch") << QStringLiteral("iso.changed");
    QTest::newRow("replaced") << QStringLiteral("replace") << QStringLiteral("iso.changed");
    QTest::newRow("appended to") << QStringLiteral("append") << QStringLiteral("iso.changed");
    QTest::newRow("removed") << QStringLiteral("remove") << QStringLiteral("iso.missing");
    QTest::newRow("unchanged") << QString() << QString();
}

void TstIsoImage::checkUnchanged()
{
    QFETCH(QString, change);
    QFETCH(QString, code);
    const QString iso = makeIso(QStringLiteral("changing.iso"), { QStringLiteral("-R") });
    QVERIFY(!iso.isEmpty());
    const auto image = IsoImage::open(iso);
    QVERIFY(image);
    QVERIFY((*image)->checkUnchanged());
    const auto before = (*image)->content(u"one.bin");
    QVERIFY(before);
    if (change == u"touch") {
        QVERIFY(run({ QStringLiteral("touch"), QStringLiteral("-d"), QStringLiteral("2001-01-01"), iso }));
    } else if (change == u"replace") {
        QVERIFY(QFile::copy(iso, iso + QStringLiteral(".new")));
        QVERIFY(run({ QStringLiteral("touch"), QStringLiteral("-r"), iso, iso + QStringLiteral(".new") }));
        QVERIFY(::rename(QFile::encodeName(iso + QStringLiteral(".new")).constData(), QFile::encodeName(iso).constData()) == 0);
    } else if (change == u"append") {
        QFile file(iso);
        QVERIFY(file.open(QIODevice::Append) && file.write("x", 1) == 1);
    } else if (change == u"remove") {
        QVERIFY(QFile::remove(iso));
    }
    const auto check = (*image)->checkUnchanged();
    const auto content = (*image)->content(u"one.bin");
    const auto small = (*image)->readFile(u"treeinfo.txt", 1000);
    if (code.isEmpty()) {
        QVERIFY(check && content && small);
        return;
    }
    QVERIFY(!check && !content && !small);
    QCOMPARE(check.error().code, code);
    QCOMPARE(content.error().code, code);
    QCOMPARE(small.error().code, code);
    QVERIFY(check.error().message.contains(iso));
    char byte = 0; // content handed out before keeps reading the file it opened
    QCOMPARE((*before)->read(0, &byte, 1), 1);
}

// Random single-byte flips in the primary descriptor and the folders of small images:
// open() answers every time, and whatever it accepts reads inside the image.
void TstIsoImage::byteFlips_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("rockridge") << QStringList { QStringLiteral("-R"), QStringLiteral("-J") };
    QTest::newRow("joliet") << QStringList { QStringLiteral("-J"), QStringLiteral("--norock") };
    QTest::newRow("plain") << QStringList { QStringLiteral("--norock") };
}

void TstIsoImage::byteFlips()
{
    QFETCH(QStringList, options);
    const QString iso = makeIso(QStringLiteral("flips.iso"), options);
    QVERIFY(!iso.isEmpty());
    const auto image = IsoImage::open(iso);
    QVERIFY(image);
    QList<IsoExtent> areas { { 16 * 2048, 2048 } };
    for (const IsoEntry *entry : (*image)->children(u"/")) {
        if (entry->directory)
            areas += entry->extents;
    }
    areas += (*image)->find(u"/")->extents;
    const QByteArray original = readAll(iso);
    const QString path = m_dir.filePath(QStringLiteral("flipped.iso"));
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    int accepted = 0;
    for (int i = 0; i < 200; ++i) {
        QByteArray bytes = original;
        const IsoExtent area = areas.at(random.bounded(int(areas.size())));
        const qint64 at = area.offset + random.bounded(area.length);
        bytes[at] = char(bytes[at] ^ (1 + random.bounded(255)));
        QVERIFY(writeAll(path, bytes));
        const auto flipped = IsoImage::open(path);
        if (!flipped)
            continue;
        ++accepted;
        for (const IsoEntry *entry : (*flipped)->children(u"/")) {
            for (const auto &extent : entry->extents)
                QVERIFY(extent.offset >= 0 && extent.offset + extent.length <= bytes.size());
            if (!entry->directory) {
                QByteArray buffer(entry->size, '\0');
                QCOMPARE((*(*flipped)->content(entry->path))->read(0, buffer.data(), buffer.size()), entry->size);
            }
        }
    }
    qInfo() << "seed" << seed << ":" << accepted << "of 200 flipped images opened";
}

QTEST_GUILESS_MAIN(TstIsoImage)
#include "tst_isoimage.moc"
