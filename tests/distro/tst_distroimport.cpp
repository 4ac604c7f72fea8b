// SPDX-License-Identifier: GPL-3.0-or-later
// A disc image in the RHEL 9 layout, made here with xorriso (Rock Ridge and Joliet): recognised,
// hashed, recorded once, served from the image by the boot content provider, and refused once
// it changes.
#include "bootconfig/bootcontent.h"
#include "bootconfig/snapshot.h"
#include "distro/distrotree.h"
#include "distro/importer.h"
#include "inventory/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i)
        b[i] = char(QRandomGenerator::global()->bounded(256));
    return b;
}

QByteArray readAll(const Netboot::Content &c, qint64 offset = 0, qint64 length = -1)
{
    if (length < 0)
        length = c.size() - offset;
    QByteArray bytes(length, Qt::Uninitialized);
    return c.read(offset, bytes.data(), length) == length ? bytes : QByteArray();
}

} // namespace

class TestDistroImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void importsOnceAndRecognisesTheSameImage();
    void cancelRecordsNothing();
    void servesTheImagesBytes();
    void changedImageIsRefused();
    void notAnImage();

private:
    QTemporaryDir m_dir;
    QString m_tree;
    QString m_iso;
    std::unique_ptr<Inventory::Database> m_db;
};

void TestDistroImport::initTestCase()
{
    if (QStandardPaths::findExecutable(u"xorriso"_s).isEmpty())
        QSKIP("xorriso is not installed (Debian package xorriso)");
    m_tree = m_dir.filePath(u"tree"_s);
    QVERIFY(writeFile(m_tree + u"/.treeinfo"_s,
                      "[header]\ntype = productmd.treeinfo\nversion = 1.2\n[release]\nname = AlmaLinux\nshort = AlmaLinux\n"
                      "version = 9.4\n[tree]\narch = x86_64\nvariants = BaseOS\n[images-x86_64]\n"
                      "kernel = images/pxeboot/vmlinuz\ninitrd = images/pxeboot/initrd.img\n[stage2]\n"
                      "mainimage = images/install.img\n[variant-BaseOS]\nrepository = BaseOS\n"));
    QVERIFY(writeFile(m_tree + u"/.discinfo"_s, "1714000000.0\nAlmaLinux 9.4\nx86_64\nALL\n"));
    QVERIFY(writeFile(m_tree + u"/images/pxeboot/vmlinuz"_s, randomBytes(300000)));
    QVERIFY(writeFile(m_tree + u"/images/pxeboot/initrd.img"_s, randomBytes(1200000)));
    QVERIFY(writeFile(m_tree + u"/images/install.img"_s, randomBytes(70000)));
    QVERIFY(writeFile(m_tree + u"/EFI/BOOT/BOOTX64.EFI"_s, randomBytes(9000)));
    QVERIFY(writeFile(m_tree + u"/EFI/BOOT/grubx64.efi"_s, randomBytes(9000)));
    QVERIFY(writeFile(m_tree + u"/BaseOS/repodata/repomd.xml"_s, "<repomd/>\n"));
    QVERIFY(writeFile(m_tree + u"/BaseOS/Packages/a-long-package-name-1.0-1.el9.x86_64.rpm"_s, randomBytes(5000)));
    m_iso = m_dir.filePath(u"alma.iso"_s);
    QProcess xorriso;
    xorriso.start(u"xorriso"_s, { u"-as"_s, u"mkisofs"_s, u"-quiet"_s, u"-R"_s, u"-J"_s, u"-V"_s, u"ALMA94"_s, u"-o"_s, m_iso, m_tree });
    QVERIFY(xorriso.waitForFinished(60000));
    QCOMPARE(xorriso.exitCode(), 0);
}

void TestDistroImport::init()
{
    m_db.reset();
    auto db = Inventory::Database::openSqlite(m_dir.filePath(u"inv-%1.sqlite"_s.arg(QDateTime::currentMSecsSinceEpoch())));
    QVERIFY(db);
    m_db = std::move(*db);
}

void TestDistroImport::importsOnceAndRecognisesTheSameImage()
{
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    Distro::ImportRequest request { m_iso, {}, [&](qint64 done, qint64 total) { lastDone = done; lastTotal = total; }, nullptr };
    auto first = Distro::importDistribution(*m_db, request);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    QVERIFY(!first->existing);
    const Inventory::Distribution &d = first->distribution;
    QCOMPARE(d.name, u"almalinux-9.4-x86_64"_s);
    QCOMPARE(d.family, u"rhel"_s);
    QCOMPARE(d.release, u"RHEL9"_s);
    QCOMPARE(d.kernel, u"/images/pxeboot/vmlinuz"_s);
    QCOMPARE(d.shim, u"/EFI/BOOT/BOOTX64.EFI"_s);
    QCOMPARE(d.stage2, u"/images/install.img"_s);
    QCOMPARE(d.size, QFileInfo(m_iso).size());
    QCOMPARE(lastDone, lastTotal);
    QFile iso(m_iso);
    QVERIFY(iso.open(QIODevice::ReadOnly));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QVERIFY(hash.addData(&iso));
    QCOMPARE(d.sha256, QString::fromLatin1(hash.result().toHex()));

    request.name = u"another-name"_s;
    auto second = Distro::importDistribution(*m_db, request);
    QVERIFY(second);
    QVERIFY(second->existing);
    QCOMPARE(second->distribution.name, d.name);
    QCOMPARE(Inventory::DistributionRepository(*m_db).all().value().size(), 1);
}

void TestDistroImport::cancelRecordsNothing()
{
    std::atomic<bool> cancel { true };
    auto result = Distro::importDistribution(*m_db, { m_iso, {}, {}, &cancel });
    QVERIFY(!result);
    QCOMPARE(result.error().code, u"import.cancelled"_s);
    QVERIFY(Inventory::DistributionRepository(*m_db).all().value().isEmpty());
}

void TestDistroImport::servesTheImagesBytes()
{
    auto imported = Distro::importDistribution(*m_db, { m_iso, u"alma"_s, {}, nullptr });
    QVERIFY(imported);
    auto snapshot = BootConfig::Snapshot::load(*m_db);
    QVERIFY(snapshot);
    BootConfig::SnapshotHolder holder;
    holder.set(*snapshot);
    BootConfig::BootContentProvider provider(holder, {}, {});
    const QStringList files { u"images/pxeboot/vmlinuz"_s, u"images/pxeboot/initrd.img"_s, u".treeinfo"_s,
                              u"BaseOS/Packages/a-long-package-name-1.0-1.el9.x86_64.rpm"_s, u"EFI/BOOT/grubx64.efi"_s };
    for (const QString &file : files) {
        QFile source(m_tree + u'/' + file);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray expected = source.readAll();
        auto content = provider.open({ (u"distros/alma/"_s + file).toUtf8(), QHostAddress(), {} });
        QVERIFY2(content, qPrintable(file + u": "_s + (content ? QString() : content.error().message)));
        QCOMPARE((*content)->size(), expected.size());
        QCOMPARE(readAll(**content), expected);
        for (int i = 0; i < 20 && expected.size() > 10; ++i) {
            const qint64 offset = QRandomGenerator::global()->bounded(qint64(expected.size() - 1));
            const qint64 length = 1 + QRandomGenerator::global()->bounded(qint64(expected.size() - offset));
            QCOMPARE(readAll(**content, offset, length), expected.mid(offset, length));
        }
    }
    QVERIFY(!provider.open({ "distros/alma/../alma.iso", QHostAddress(), {} }));
    QVERIFY(!provider.open({ "distros/alma/images", QHostAddress(), {} }));
    QVERIFY(!provider.open({ "distros/alma/nothing/here", QHostAddress(), {} }));
}

void TestDistroImport::changedImageIsRefused()
{
    const QString copy = m_dir.filePath(u"copy.iso"_s);
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_iso, copy));
    auto imported = Distro::importDistribution(*m_db, { copy, u"copy"_s, {}, nullptr });
    QVERIFY(imported);
    QVERIFY(Distro::checkSource(imported->distribution));
    BootConfig::SnapshotHolder holder;
    holder.set(BootConfig::Snapshot::load(*m_db).value());
    BootConfig::BootContentProvider provider(holder, {}, {});
    QVERIFY(provider.open({ "distros/copy/.treeinfo", QHostAddress(), {} }));
    {
        QFile f(copy);
        QVERIFY(f.open(QIODevice::Append));
        f.write(QByteArray(2048, '\0'));
    }
    auto changed = Distro::checkSource(imported->distribution);
    QVERIFY(!changed);
    QCOMPARE(changed.error().code, u"distro.changed"_s);
    auto refused = provider.open({ "distros/copy/.treeinfo", QHostAddress(), {} });
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"copy"_s), qPrintable(refused.error().message));
    QVERIFY(QFile::remove(copy));
    QCOMPARE(Distro::checkSource(imported->distribution).error().code, u"distro.missing"_s);
}

void TestDistroImport::notAnImage()
{
    const QString junk = m_dir.filePath(u"junk.iso"_s);
    QVERIFY(writeFile(junk, randomBytes(100000)));
    auto result = Distro::importDistribution(*m_db, { junk, {}, {}, nullptr });
    QVERIFY(!result);
    QVERIFY2(result.error().code.startsWith(u"iso."_s), qPrintable(result.error().code));
    QVERIFY(!result.error().message.isEmpty());
    auto missing = Distro::importDistribution(*m_db, { m_dir.filePath(u"nope.iso"_s), {}, {}, nullptr });
    QVERIFY(!missing);
    QVERIFY(Inventory::DistributionRepository(*m_db).all().value().isEmpty());
}

QTEST_GUILESS_MAIN(TestDistroImport)
#include "tst_distroimport.moc"
