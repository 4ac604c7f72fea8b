// SPDX-License-Identifier: GPL-3.0-or-later
// Images made by the real tools: this system's initrd, one from initramfs-tools' mkinitramfs,
// the Debian installer's netboot initrd.gz and a dracut image with an early cpio segment.
// Each is listed and compared entry by entry with cpio, edited, saved both ways and read back
// by cpio, lsinitramfs/lsinitrd and unmkinitramfs.
#include "fixture.h"

#include "initrd/changeset.h"
#include "initrd/diff.h"
#include "initrd/writer.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::Initrd;
using namespace Qt::StringLiterals;

namespace {
const QString netboot = u"/usr/lib/debian-installer/images/12/amd64/text/debian-installer/amd64/initrd.gz"_s;

QString kernelVersion()
{
    const QStringList versions = QDir(u"/lib/modules"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    return versions.value(0);
}

QString systemInitrd()
{
    const QStringList found = QDir(u"/boot"_s).entryList({ u"initrd.img-*"_s }, QDir::Files, QDir::Name);
    return found.isEmpty() ? QString() : u"/boot/"_s + found.first();
}

struct CpioLine
{
    QString name, mode;
    uint uid = 0, gid = 0;
    qint64 size = 0;
    QString device;
};

// `cpio -itv --numeric-uid-gid` of one segment, cut out of the file and decompressed by the
// system's own tool (an uncompressed one with its padding: cpio reads 512-byte blocks).
QList<CpioLine> cpioListing(const QString &image, const Segment &segment, const QString &scratch)
{
    const qint64 length = segment.length + (segment.compression == Compression::None ? segment.paddingAfter : 0);
    if (!Fixture::writeFile(scratch, Fixture::readFile(image).mid(segment.offset, length)))
        return {};
    const QByteArray out = Fixture::shell(u"%1 < %2 | cpio -itv --numeric-uid-gid --quiet"_s
                                              .arg(Fixture::decompressor(compressionName(segment.compression)), Fixture::quoted(scratch)));
    QList<CpioLine> lines;
    for (const QByteArray &raw : out.split('\n')) {
        const QStringList f = QString::fromUtf8(raw).split(u' ', Qt::SkipEmptyParts);
        if (f.size() < 9)
            continue;
        CpioLine line;
        line.mode = f[0];
        line.uid = f[2].toUInt();
        line.gid = f[3].toUInt();
        int nameAt = 8;
        if (line.mode.startsWith(u'c') || line.mode.startsWith(u'b')) {
            line.device = f[4] + f[5];
            nameAt = 9;
        } else {
            line.size = f[4].toLongLong();
        }
        QString name = f.mid(nameAt).join(u' ');
        if (line.mode.startsWith(u'l'))
            name = name.left(name.indexOf(u" -> "_s));
        line.name = name.startsWith(u"./"_s) ? name.mid(2) : name;
        if (line.name.isEmpty())
            line.name = u"."_s;
        lines << line;
    }
    return lines;
}

QStringList sortedLines(const QByteArray &out)
{
    QStringList names;
    for (const QByteArray &line : out.split('\n')) {
        QString name = QString::fromUtf8(line);
        if (name.startsWith(u"./"_s))
            name = name.mid(2);
        if (!name.isEmpty())
            names << name;
    }
    names.sort();
    return names;
}
} // namespace

class TestRealImages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void images_data();
    void images();

private:
    QTemporaryDir m_dir;
    QString m_mkinitramfs;
    QString m_dracut;
};

void TestRealImages::initTestCase()
{
    const QString kernel = kernelVersion();
    QVERIFY2(!kernel.isEmpty(), "no kernel under /lib/modules (package linux-image-amd64)");
    m_mkinitramfs = m_dir.filePath(u"mkinitramfs.img"_s);
    int status = -1;
    const QByteArray log = Fixture::shell(u"mkinitramfs -o %1 %2 2>&1"_s.arg(m_mkinitramfs, kernel), &status);
    QVERIFY2(status == 0 && QFileInfo(m_mkinitramfs).size() > 0,
             qPrintable(u"mkinitramfs failed (package initramfs-tools): "_s + QString::fromUtf8(log)));
    // dracut with an ACPI table override, which dracut puts into an early uncompressed cpio the
    // way it puts microcode (no microcode package is available here).
    QVERIFY(QDir(m_dir.path()).mkpath(u"acpi"_s));
    QVERIFY(QDir(m_dir.path()).mkpath(u"confdir"_s));
    QVERIFY(Fixture::writeFile(m_dir.filePath(u"acpi/ssdt1.aml"_s), QByteArray(4096, 'A')));
    QVERIFY(Fixture::writeFile(m_dir.filePath(u"dracut.conf"_s),
                               u"acpi_override=\"yes\"\nacpi_table_dir=\"%1\"\n"_s.arg(m_dir.filePath(u"acpi"_s)).toUtf8()));
    m_dracut = m_dir.filePath(u"dracut.img"_s);
    Fixture::shell(u"dracut --force --no-hostonly --conf %1 --confdir %2 -m base --no-kernel --compress xz %3 %4 2>&1"_s
                       .arg(m_dir.filePath(u"dracut.conf"_s), m_dir.filePath(u"confdir"_s), m_dracut, kernel),
                   &status);
    QVERIFY2(status == 0 && QFileInfo(m_dracut).size() > 0, "dracut failed (package dracut-core)");
}

void TestRealImages::images_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("early"); // an early uncompressed segment is expected
    QTest::newRow("system initrd") << systemInitrd() << false;
    QTest::newRow("mkinitramfs") << m_mkinitramfs << false;
    QTest::newRow("debian-installer netboot") << netboot << false;
    QTest::newRow("dracut with early cpio") << m_dracut << true;
}

void TestRealImages::images()
{
    QFETCH(QString, path);
    QFETCH(bool, early);
    if (path.isEmpty())
        QSKIP("this system has no /boot/initrd.img-* (the kernel package's hook makes it)");
    QVERIFY2(QFile::exists(path), qPrintable(path + u" is missing"_s));
    auto image = Image::open(path);
    QVERIFY2(image, qPrintable(image.ok() ? QString() : image.error().message));
    const QList<Segment> segments = image->segments();
    QVERIFY(!segments.isEmpty());
    QCOMPARE(segments.first().compression == Compression::None && segments.size() > 1, early);
    QVERIFY(segments.last().compression != Compression::None);
    QVERIFY(!image->kernelVersions().isEmpty() || early);

    // Entry by entry against cpio, segment by segment.
    for (const Segment &segment : segments) {
        QList<Entry> ours;
        for (const Entry &e : image->entries()) {
            if (e.segment == segment.index)
                ours << e;
        }
        const QList<CpioLine> theirs = cpioListing(path, segment, m_dir.filePath(u"segment"_s));
        QCOMPARE(ours.size(), theirs.size());
        for (qsizetype i = 0; i < ours.size(); ++i) {
            const Entry &e = ours[i];
            const CpioLine &line = theirs[i];
            QCOMPARE(e.path, line.name);
            QCOMPARE(modeString(e.type, e.mode), line.mode);
            QCOMPARE(e.uid, line.uid);
            QCOMPARE(e.gid, line.gid);
            if (e.type == EntryType::CharDevice || e.type == EntryType::BlockDevice)
                QCOMPARE(u"%1,%2"_s.arg(e.devMajor).arg(e.devMinor), line.device);
            else if (e.nlink <= 1 && e.type != EntryType::Directory)
                QCOMPARE(e.size, line.size);
        }
    }
    // And the whole image against initramfs-tools' own lister.
    QStringList names;
    for (const Entry &e : image->entries())
        names << e.path;
    names.sort();
    QCOMPARE(names, sortedLines(Fixture::shell(u"lsinitramfs %1"_s.arg(Fixture::quoted(path)))));

    // Edited: a file added, a mode changed.
    ChangeSet changes;
    QVERIFY(changes.addBytes(u"etc/crashcart-test"_s, "edited by crashcart\n"));
    QVERIFY(changes.setMode(u"init"_s, 0750));
    SaveOptions options;
    options.level = 1; // the content is what is checked, not the ratio
    options.output = m_dir.filePath(u"overlay.img"_s);
    auto overlay = saveOverlay(*image, changes, options);
    QVERIFY2(overlay, qPrintable(overlay.ok() ? QString() : overlay.error().message));
    QVERIFY(Fixture::readFile(options.output).startsWith(Fixture::readFile(path)));
    const Segment added = overlay->segmentsWritten.last();
    QCOMPARE(Fixture::cpioNames(options.output, added.offset, compressionName(added.compression)),
             QStringList({ u"init"_s, u"etc/crashcart-test"_s }));
    auto reread = Image::open(options.output);
    QVERIFY(reread);
    QCOMPARE(*reread->read(u"etc/crashcart-test"_s), "edited by crashcart\n"_ba);
    QCOMPARE(reread->find(u"init"_s)->mode, 0750u);
    QCOMPARE(*reread->read(u"init"_s), *image->read(u"init"_s));

    options.output = m_dir.filePath(u"repack.img"_s);
    auto repack = saveRepack(*image, changes, options);
    QVERIFY2(repack, qPrintable(repack.ok() ? QString() : repack.error().message));
    QCOMPARE(repack->segmentsWritten.last().compression, segments.last().compression);
    if (early) {
        const qint64 keep = segments.first().length + segments.first().paddingAfter;
        QCOMPARE(Fixture::readFile(options.output).left(keep), Fixture::readFile(path).left(keep));
    }
    auto items = diff(path, options.output);
    QVERIFY2(items, qPrintable(items.ok() ? QString() : items.error().message));
    QCOMPARE(items->size(), 2);
    QCOMPARE((*items)[0].path, u"etc/crashcart-test"_s);
    QCOMPARE((*items)[1].fields, QStringList { u"mode"_s });
    // Read back by initramfs-tools (lsinitramfs, unmkinitramfs) and dracut (lsinitrd).
    names << u"etc/crashcart-test"_s;
    names.sort();
    QCOMPARE(sortedLines(Fixture::shell(u"lsinitramfs %1"_s.arg(options.output))), names);
    const QString unpacked = m_dir.filePath(u"unpacked"_s);
    QDir(unpacked).removeRecursively();
    int status = -1;
    Fixture::shell(u"unmkinitramfs %1 %2"_s.arg(options.output, unpacked), &status);
    QCOMPARE(status, 0);
    const QString main = early ? unpacked + u"/main"_s : unpacked;
    QCOMPARE(Fixture::readFile(main + u"/etc/crashcart-test"_s), "edited by crashcart\n"_ba);
    const QByteArray lsinitrd = Fixture::shell(u"lsinitrd %1"_s.arg(options.output));
    QVERIFY(lsinitrd.contains("etc/crashcart-test"));
    QCOMPARE(lsinitrd.contains("Early CPIO image"), early);
}

QTEST_GUILESS_MAIN(TestRealImages)
#include "tst_realimages.moc"
