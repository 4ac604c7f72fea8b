// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeimage.h"

#include "initrd/imageplanner.h"
#include "initrd/moduledeps.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::Initrd;
using namespace Qt::StringLiterals;

namespace {

const PlanItem *itemAt(const DepPlan &plan, const QString &path)
{
    for (const PlanItem &item : plan.items) {
        if (item.imagePath == path)
            return &item;
    }
    return nullptr;
}

QString describe(const DepPlan &plan)
{
    QStringList lines = plan.errors;
    for (const PlanItem &item : plan.items)
        lines.append(item.imagePath + (item.alreadyInImage ? u" (already)"_s : QString()));
    return lines.join(u'\n');
}

bool runTool(const QString &program, const QStringList &args, QString *out = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return false;
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestModuleDeps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesModinfo_data();
    void parsesModinfo();
    void readsRealModule();
    void readsCompressedModules_data();
    void readsCompressedModules();
    void refusesWhatIsNoModule();
    void plansDependenciesAndIndexes();
    void keepsWhatTheImageHas();
    void namesFirmware();
    void refusesOtherKernels();
    void reportsMissingDependency();
    void followsMergedUsr();
    void modprobeFindsTheResult();

private:
    FakeImage emptyTree() const;
    QString m_version;
    QString m_tree;
};

void TestModuleDeps::initTestCase()
{
    // The installed Debian kernel's modules (not necessarily the running kernel's).
    for (const QString &v : QDir(u"/lib/modules"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo::exists(u"/lib/modules/%1/kernel/fs/fat/vfat.ko"_s.arg(v)))
            m_version = v;
    }
    QVERIFY2(!m_version.isEmpty(), "no /lib/modules/<version> with fs/fat/vfat.ko (package linux-image-amd64)");
    m_tree = u"/lib/modules/"_s + m_version;
    QVERIFY2(QFileInfo(u"/sbin/depmod"_s).isExecutable(), "depmod is missing (package kmod)");
}

FakeImage TestModuleDeps::emptyTree() const
{
    FakeImage image;
    image.dir(u"lib"_s);
    image.dir(u"lib/modules"_s);
    image.dir(u"lib/modules/"_s + m_version);
    image.file(u"lib/modules/%1/modules.order"_s.arg(m_version));
    return image;
}

void TestModuleDeps::parsesModinfo_data()
{
    QTest::addColumn<QByteArray>("section");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("vermagic");
    QTest::addColumn<QStringList>("depends");
    QTest::addColumn<QStringList>("firmware");
    QTest::newRow("typical") << QByteArray("license=GPL\0depends=fat,nls-base\0name=vfat\0vermagic=6.1.0 SMP \0", 63)
                             << u"vfat"_s << u"6.1.0 SMP "_s << QStringList { u"fat"_s, u"nls_base"_s } << QStringList();
    QTest::newRow("empty depends") << QByteArray("depends=\0name=x\0", 16) << u"x"_s << QString() << QStringList()
                                   << QStringList();
    QTest::newRow("firmware twice, padding") << QByteArray("\0\0firmware=a.fw\0\0\0firmware=b/c.bin\0", 35) << QString()
                                             << QString() << QStringList() << QStringList { u"a.fw"_s, u"b/c.bin"_s };
    QTest::newRow("no equals, no terminator") << QByteArray("garbage\0=novalue\0name=last", 26) << u"last"_s << QString()
                                              << QStringList() << QStringList();
    QTest::newRow("empty") << QByteArray() << QString() << QString() << QStringList() << QStringList();
}

void TestModuleDeps::parsesModinfo()
{
    QFETCH(QByteArray, section);
    const ModuleInfo info = parseModinfo(section);
    QTEST(info.name, "name");
    QTEST(info.vermagic, "vermagic");
    QTEST(info.depends, "depends");
    QTEST(info.firmware, "firmware");
}

void TestModuleDeps::readsRealModule()
{
    const auto info = readModuleInfo(m_tree + u"/kernel/fs/fat/vfat.ko"_s);
    QVERIFY2(info.ok(), info.ok() ? "" : qPrintable(info.error().message));
    QCOMPARE(info->name, u"vfat"_s);
    QCOMPARE(info->depends, QStringList { u"fat"_s });
    QCOMPARE(info->release(), m_version);
    QVERIFY(!info->aliases.isEmpty());
    QCOMPARE(moduleNameOf(u"kernel/sound/snd-hda-intel.ko.zst"_s), u"snd_hda_intel"_s);
    QVERIFY(isModuleFileName(u"a.ko.xz"_s));
    QVERIFY(!isModuleFileName(u".ko"_s));
    QVERIFY(!isModuleFileName(u"modules.dep"_s));
}

void TestModuleDeps::readsCompressedModules_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("xz") << u"xz"_s << u".xz"_s;
    QTest::newRow("zstd") << u"zstd"_s << u".zst"_s;
    QTest::newRow("gzip") << u"gzip"_s << u".gz"_s;
}

void TestModuleDeps::readsCompressedModules()
{
    QFETCH(QString, tool);
    QFETCH(QString, suffix);
    QTemporaryDir dir;
    const QString ko = dir.filePath(u"vfat.ko"_s);
    QVERIFY(QFile::copy(m_tree + u"/kernel/fs/fat/vfat.ko"_s, ko));
    QVERIFY2(runTool(tool, { u"-q"_s, u"-k"_s, ko }), qPrintable(tool + u" is missing (packaging/debian-test.txt)"_s));
    const auto info = readModuleInfo(ko + suffix);
    QVERIFY2(info.ok(), info.ok() ? "" : qPrintable(info.error().message));
    QCOMPARE(info->name, u"vfat"_s);
    QCOMPARE(info->release(), m_version);
    // The same compression, corrupted in its middle: an error, not a crash.
    QFile f(ko + suffix);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    for (qsizetype i = bytes.size() / 3; i < bytes.size() * 2 / 3; ++i)
        bytes[i] = char(i * 7);
    f.seek(0);
    f.write(bytes);
    f.close();
    QVERIFY(!readModuleInfo(ko + suffix).ok());
}

void TestModuleDeps::refusesWhatIsNoModule()
{
    QTemporaryDir dir;
    QFile garbage(dir.filePath(u"bad.ko.xz"_s));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("\xfd" "7zXZ\0 definitely not xz");
    garbage.close();
    const auto bad = readModuleInfo(garbage.fileName());
    QVERIFY(!bad.ok());
    QVERIFY(!bad.error().message.isEmpty());
    const auto ls = readModuleInfo(u"/bin/ls"_s);
    QVERIFY(!ls.ok());
    QCOMPARE(ls.error().code, u"module.nomodinfo"_s);
    QCOMPARE(readModuleInfo(dir.filePath(u"none.ko"_s)).error().code, u"file.missing"_s);
}

void TestModuleDeps::plansDependenciesAndIndexes()
{
    const FakeImage image = emptyTree();
    const auto plan = planModule(m_tree + u"/kernel/fs/ext4/ext4.ko"_s, image.view());
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
    QVERIFY2(plan->ok(), qPrintable(describe(*plan)));
    const QString base = u"lib/modules/"_s + m_version + u'/';
    for (const QString &m : { u"kernel/fs/ext4/ext4.ko"_s, u"kernel/fs/jbd2/jbd2.ko"_s, u"kernel/fs/mbcache.ko"_s,
                              u"kernel/lib/crc16.ko"_s }) {
        const PlanItem *item = itemAt(*plan, base + m);
        QVERIFY2(item, qPrintable(m + u'\n' + describe(*plan)));
        QVERIFY(!item->alreadyInImage);
        QCOMPARE(item->hostPath, QFileInfo(m_tree + u'/' + m).canonicalFilePath());
    }
    const PlanItem *dep = itemAt(*plan, base + u"modules.dep"_s);
    QVERIFY(dep);
    QVERIFY(dep->replaces == false);
    const QString text = QString::fromUtf8(dep->data);
    const QString ext4Line = text.split(u'\n').filter(u"kernel/fs/ext4/ext4.ko:"_s).value(0);
    QVERIFY2(ext4Line.contains("kernel/fs/jbd2/jbd2.ko"_L1) && ext4Line.contains("kernel/fs/mbcache.ko"_L1)
                 && ext4Line.contains("kernel/lib/crc16.ko"_L1),
             qPrintable(text));
    for (const QString &index : { u"modules.dep.bin"_s, u"modules.alias.bin"_s, u"modules.symbols.bin"_s })
        QVERIFY2(itemAt(*plan, base + index), qPrintable(index));
    // A fresh tree gets the kernel's built-in list so that modprobe of a built-in is no error.
    QVERIFY(itemAt(*plan, base + u"modules.builtin"_s));
    // The new modules are appended to the image's modules.order, which depmod then reads.
    const PlanItem *order = itemAt(*plan, base + u"modules.order"_s);
    QVERIFY(order && order->replaces);
    QVERIFY2(order->data.split('\n').contains("kernel/fs/jbd2/jbd2.ko"), order->data.constData());
    QVERIFY2(plan->warnings.isEmpty(), qPrintable(plan->warnings.join(u'\n')));
}

void TestModuleDeps::keepsWhatTheImageHas()
{
    FakeImage image = emptyTree();
    const QString base = u"lib/modules/"_s + m_version;
    image.dir(base + u"/kernel"_s);
    image.dir(base + u"/kernel/fs"_s);
    image.dir(base + u"/kernel/fs/jbd2"_s);
    image.hostFile(base + u"/kernel/fs/jbd2/jbd2.ko"_s, m_tree + u"/kernel/fs/jbd2/jbd2.ko"_s);
    image.file(base + u"/modules.dep"_s, "kernel/fs/jbd2/jbd2.ko:\n");
    const auto plan = planModule(m_tree + u"/kernel/fs/ext4/ext4.ko"_s, image.view());
    QVERIFY(plan.ok());
    QVERIFY2(plan->ok(), qPrintable(describe(*plan)));
    const PlanItem *jbd2 = itemAt(*plan, base + u"/kernel/fs/jbd2/jbd2.ko"_s);
    QVERIFY(jbd2);
    QVERIFY(jbd2->alreadyInImage);
    QVERIFY(jbd2->hostPath.isEmpty()); // found in the image by name, not taken from this system
    const PlanItem *dep = itemAt(*plan, base + u"/modules.dep"_s);
    QVERIFY(dep && dep->replaces);
    QVERIFY(QString::fromUtf8(dep->data).contains("kernel/fs/jbd2/jbd2.ko:"_L1)); // staged from the image
    qsizetype toAdd = 0;
    for (const PlanItem &item : plan->toAdd())
        toAdd += item.imagePath.endsWith(".ko"_L1) ? 1 : 0;
    QCOMPARE(toAdd, 3);
}

void TestModuleDeps::namesFirmware()
{
    const QString r8169 = m_tree + u"/kernel/drivers/net/ethernet/realtek/r8169.ko"_s;
    QVERIFY(QFileInfo::exists(r8169));
    QTemporaryDir firmware;
    QVERIFY(QDir(firmware.path()).mkpath(u"rtl_nic"_s));
    QFile fw(firmware.filePath(u"rtl_nic/rtl8125b-2.fw"_s));
    QVERIFY(fw.open(QIODevice::WriteOnly));
    fw.write("firmware bytes");
    fw.close();
    ModuleDepsOptions options;
    options.firmwareDir = firmware.path();
    options.regenerateIndexes = false;
    const auto plan = planModule(r8169, emptyTree().view(), options);
    QVERIFY(plan.ok());
    QVERIFY2(plan->ok(), qPrintable(describe(*plan)));
    // Dependencies of dependencies: r8169 -> mdio_devres -> libphy.
    QVERIFY(itemAt(*plan, u"lib/modules/%1/kernel/drivers/net/phy/libphy.ko"_s.arg(m_version)));
    const PlanItem *added = itemAt(*plan, u"lib/firmware/rtl_nic/rtl8125b-2.fw"_s);
    QVERIFY2(added, qPrintable(describe(*plan)));
    QCOMPARE(added->hostPath, fw.fileName());
    QVERIFY(!plan->warnings.filter(u"rtl_nic/rtl8125a-3.fw"_s).isEmpty()); // missing ones are warnings
    QVERIFY(plan->warnings.filter(u"rtl_nic/rtl8125b-2.fw"_s).isEmpty());
}

void TestModuleDeps::refusesOtherKernels()
{
    const QString vfat = m_tree + u"/kernel/fs/fat/vfat.ko"_s;
    FakeImage other;
    other.dir(u"lib/modules/5.10.0-99-amd64"_s);
    other.dir(u"lib/modules"_s);
    other.dir(u"lib"_s);
    const auto plan = planModule(vfat, other.view());
    QVERIFY(plan.ok());
    QVERIFY(!plan->ok());
    QVERIFY(plan->items.isEmpty());
    QVERIFY2(plan->errors.first().contains(m_version) && plan->errors.first().contains("5.10.0-99-amd64"_L1),
             qPrintable(plan->errors.first()));
    QCOMPARE(imageKernelVersions(other.view()), QStringList { u"5.10.0-99-amd64"_s });

    // No modules tree at all: the version must be named, and must still match.
    const auto none = planModule(vfat, FakeImage().view());
    QVERIFY(none.ok() && !none->ok());
    QVERIFY(none->errors.first().contains("--kernel-version"_L1));
    ModuleDepsOptions options;
    options.kernelVersion = m_version;
    options.regenerateIndexes = false;
    const auto named = planModule(vfat, FakeImage().view(), options);
    QVERIFY(named.ok());
    QVERIFY2(named->ok(), qPrintable(describe(*named)));
    // Placed where the image will have lib/modules once the plan is applied (lib/ mirrors this
    // system's: a symlink to usr/lib on a merged-/usr system).
    FakeImage after;
    for (const PlanItem &item : named->items) {
        if (item.kind == PlanItem::Kind::Directory)
            after.dir(item.imagePath);
        else if (item.kind == PlanItem::Kind::Symlink)
            after.symlink(item.imagePath, item.linkTarget);
        else
            after.file(item.imagePath);
    }
    const auto fat = resolveInImage(after.view(), u"lib/modules/%1/kernel/fs/fat/fat.ko"_s.arg(m_version));
    QVERIFY2(fat && after.nodes.value(*fat).type == ImageNode::Type::File, qPrintable(describe(*named)));
    options.kernelVersion = u"5.10.0-99-amd64"_s;
    const auto wrong = planModule(vfat, FakeImage().view(), options);
    QVERIFY(wrong.ok() && !wrong->ok());
}

void TestModuleDeps::reportsMissingDependency()
{
    // A loose folder holding vfat.ko alone: fat cannot be found there.
    QTemporaryDir loose;
    QVERIFY(QFile::copy(m_tree + u"/kernel/fs/fat/vfat.ko"_s, loose.filePath(u"vfat.ko"_s)));
    ModuleDepsOptions options;
    options.modulesDir = loose.path();
    const auto plan = planModule(loose.filePath(u"vfat.ko"_s), emptyTree().view(), options);
    QVERIFY(plan.ok());
    QVERIFY(!plan->ok());
    QCOMPARE(plan->errors.size(), 1);
    QVERIFY2(plan->errors.first().contains("fat"_L1) && plan->errors.first().contains("vfat"_L1)
                 && plan->errors.first().contains(loose.path()),
             qPrintable(plan->errors.first()));
    // A module outside any tree goes to extra/.
    QVERIFY(itemAt(*plan, u"lib/modules/%1/extra/vfat.ko"_s.arg(m_version)));
    QVERIFY(!itemAt(*plan, u"lib/modules/%1/modules.dep"_s.arg(m_version))); // no depmod on a refused plan
}

void TestModuleDeps::followsMergedUsr()
{
    FakeImage image;
    image.symlink(u"lib"_s, u"usr/lib"_s);
    image.dir(u"usr"_s);
    image.dir(u"usr/lib"_s);
    image.dir(u"usr/lib/modules"_s);
    image.dir(u"usr/lib/modules/"_s + m_version);
    QCOMPARE(imageKernelVersions(image.view()), QStringList { m_version });
    const auto plan = planModule(m_tree + u"/kernel/fs/fat/vfat.ko"_s, image.view());
    QVERIFY(plan.ok());
    QVERIFY2(plan->ok(), qPrintable(describe(*plan)));
    QVERIFY2(itemAt(*plan, u"usr/lib/modules/%1/kernel/fs/fat/vfat.ko"_s.arg(m_version)), qPrintable(describe(*plan)));
    QVERIFY(itemAt(*plan, u"usr/lib/modules/%1/modules.dep"_s.arg(m_version)));
    for (const PlanItem &item : plan->items)
        QVERIFY2(!item.imagePath.startsWith("lib/"_L1), qPrintable(item.imagePath));

    // The image's own modules, reached through its lib -> usr/lib link, are staged for depmod.
    const QString base = u"usr/lib/modules/"_s + m_version;
    image.dir(base + u"/kernel"_s);
    image.dir(base + u"/kernel/fs"_s);
    image.dir(base + u"/kernel/fs/jbd2"_s);
    image.hostFile(base + u"/kernel/fs/jbd2/jbd2.ko"_s, m_tree + u"/kernel/fs/jbd2/jbd2.ko"_s);
    image.file(base + u"/modules.order"_s, "kernel/fs/jbd2/jbd2.ko\n");
    const auto again = planModule(m_tree + u"/kernel/fs/fat/vfat.ko"_s, image.view());
    QVERIFY(again.ok() && again->ok());
    const PlanItem *dep = itemAt(*again, base + u"/modules.dep"_s);
    QVERIFY(dep);
    QVERIFY2(dep->data.contains("kernel/fs/jbd2/jbd2.ko:"), dep->data.constData());
    const PlanItem *order = itemAt(*again, base + u"/modules.order"_s);
    QVERIFY(order && order->data.startsWith("kernel/fs/jbd2/jbd2.ko\n"));
}

void TestModuleDeps::modprobeFindsTheResult()
{
    // Write the plan into a folder as the image would hold it and ask the real modprobe.
    const auto plan = planModule(m_tree + u"/kernel/fs/fat/vfat.ko"_s, emptyTree().view());
    QVERIFY(plan.ok());
    QVERIFY2(plan->ok(), qPrintable(describe(*plan)));
    QTemporaryDir root;
    for (const PlanItem &item : plan->toAdd()) {
        const QString path = root.filePath(item.imagePath);
        if (item.kind == PlanItem::Kind::Directory) {
            QVERIFY(QDir().mkpath(path));
            continue;
        }
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        if (item.hostPath.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(item.data);
        } else {
            QVERIFY(QFile::copy(item.hostPath, path));
        }
    }
    QString out;
    QVERIFY(runTool(u"/sbin/modprobe"_s, { u"-d"_s, root.path(), u"-S"_s, m_version, u"--show-depends"_s, u"vfat"_s }, &out));
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).endsWith("/kernel/fs/fat/fat.ko "_L1) || lines.at(0).endsWith("/kernel/fs/fat/fat.ko"_L1),
             qPrintable(out));
    QVERIFY(lines.at(1).contains("/kernel/fs/fat/vfat.ko"_L1));
    QVERIFY(lines.at(0).startsWith(u"insmod "_s + root.path()));
}

QTEST_GUILESS_MAIN(TestModuleDeps)
#include "tst_moduledeps.moc"
