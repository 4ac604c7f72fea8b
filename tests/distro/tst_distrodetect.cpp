// SPDX-License-Identifier: GPL-3.0-or-later
// What a tree is, from the metadata files each family puts on its discs (shapes taken from
// real .treeinfo, .discinfo and .disk/info files), read from folders here: an image is read
// through the same TreeAccess (tst_distroimport).
#include "distro/detect.h"
#include "distro/distrotree.h"
#include "distro/importer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Qt::StringLiterals;

using Files = QMap<QString, QByteArray>;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const QByteArray kProductmdRocky = R"([checksums]
images/install.img = sha256:af4bc8a26fdacda5dc1c2fba5c820ae22a1e63988294d31ab54eaa225a25d219

[general]
; WARNING.0 = This section provides compatibility with pre-productmd treeinfos.
arch = x86_64
family = Rocky Linux
name = Rocky Linux 9.4
packagedir = AppStream/Packages
repository = AppStream
version = 9.4

[header]
type = productmd.treeinfo
version = 1.2

[images-x86_64]
efiboot.img = images/efiboot.img
initrd = images/pxeboot/initrd.img
kernel = images/pxeboot/vmlinuz

[release]
name = Rocky Linux
short = Rocky
version = 9.4

[stage2]
mainimage = images/install.img

[tree]
arch = x86_64
platforms = x86_64,xen
variants = AppStream,BaseOS

[variant-BaseOS]
id = BaseOS
packages = BaseOS/Packages
repository = BaseOS
)";

const QByteArray kOldRhel7 = R"([general]
name = Red Hat Enterprise Linux-7.9
family = Red Hat Enterprise Linux
timestamp = 1598295428.52
variant = Server
version = 7.9
packagedir =
arch = x86_64

[stage2]
mainimage = LiveOS/squashfs.img

[images-x86_64]
kernel = images/pxeboot/vmlinuz
initrd = images/pxeboot/initrd.img
boot.iso = images/boot.iso
)";

} // namespace

class TestDistroDetect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognises_data();
    void recognises();
    void refuses_data();
    void refuses();
    void releases_data();
    void releases();
    void iniForms();
};

void TestDistroDetect::recognises_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QStringList>("expected"); // family, product, version, release, arch, kernel, initrd, shim, repo, stage2
    const QByteArray k = "kernel";
    QTest::newRow("productmd rocky 9") << QMap<QString, QByteArray> {
        { u".treeinfo"_s, kProductmdRocky }, { u"images/pxeboot/vmlinuz"_s, k }, { u"images/pxeboot/initrd.img"_s, k },
        { u"images/install.img"_s, k }, { u"EFI/BOOT/BOOTX64.EFI"_s, k }, { u"EFI/BOOT/grubx64.efi"_s, k } }
        << QStringList { u"rhel"_s, u"Rocky Linux"_s, u"9.4"_s, u"RHEL9"_s, u"x86_64"_s, u"/images/pxeboot/vmlinuz"_s,
                         u"/images/pxeboot/initrd.img"_s, u"/EFI/BOOT/BOOTX64.EFI"_s, u"/"_s, u"/images/install.img"_s };
    QTest::newRow("old treeinfo rhel 7") << QMap<QString, QByteArray> {
        { u".treeinfo"_s, kOldRhel7 }, { u"images/pxeboot/vmlinuz"_s, k }, { u"images/pxeboot/initrd.img"_s, k },
        { u"LiveOS/squashfs.img"_s, k } }
        << QStringList { u"rhel"_s, u"Red Hat Enterprise Linux"_s, u"7.9"_s, u"RHEL7"_s, u"x86_64"_s,
                         u"/images/pxeboot/vmlinuz"_s, u"/images/pxeboot/initrd.img"_s, QString(), u"/"_s,
                         u"/LiveOS/squashfs.img"_s };
    QTest::newRow("discinfo only, plain upper-case names") << QMap<QString, QByteArray> {
        { u".discinfo"_s, "1591654049.628473\nCentOS Linux 8\nx86_64\nALL\n"_ba },
        { u"IMAGES/PXEBOOT/VMLINUZ"_s, k }, { u"IMAGES/PXEBOOT/INITRD.IMG"_s, k } }
        << QStringList { u"rhel"_s, u"CentOS Linux"_s, u"8"_s, u"RHEL8"_s, u"x86_64"_s, u"/IMAGES/PXEBOOT/VMLINUZ"_s,
                         u"/IMAGES/PXEBOOT/INITRD.IMG"_s, QString(), u"/"_s, QString() };
    QTest::newRow("fedora") << QMap<QString, QByteArray> {
        { u".treeinfo"_s, "[header]\ntype = productmd.treeinfo\nversion = 1.2\n[release]\nname = Fedora\nshort = Fedora\n"
                          "version = 41\n[tree]\narch = x86_64\n[images-x86_64]\nkernel = images/pxeboot/vmlinuz\n"
                          "initrd = images/pxeboot/initrd.img\n"_ba },
        { u"images/pxeboot/vmlinuz"_s, k }, { u"images/pxeboot/initrd.img"_s, k } }
        << QStringList { u"fedora"_s, u"Fedora"_s, u"41"_s, u"F41"_s, u"x86_64"_s, u"/images/pxeboot/vmlinuz"_s,
                         u"/images/pxeboot/initrd.img"_s, QString(), u"/"_s, QString() };
    QTest::newRow("debian netinst") << QMap<QString, QByteArray> {
        { u".disk/info"_s, "Debian GNU/Linux 12.5.0 \"Bookworm\" - Official amd64 NETINST with firmware 20240210-11:27"_ba },
        { u"install.amd/vmlinuz"_s, k }, { u"install.amd/initrd.gz"_s, k }, { u"dists/bookworm/Release"_s, k },
        { u"EFI/boot/bootx64.efi"_s, k }, { u"EFI/boot/grubx64.efi"_s, k } }
        << QStringList { u"debian"_s, u"Debian GNU/Linux"_s, u"12.5.0"_s, QString(), u"amd64"_s, u"/install.amd/vmlinuz"_s,
                         u"/install.amd/initrd.gz"_s, u"/EFI/boot/bootx64.efi"_s, u"/"_s, QString() };
    QTest::newRow("ubuntu server") << QMap<QString, QByteArray> {
        { u".disk/info"_s, "Ubuntu-Server 22.04.4 LTS \"Jammy Jellyfish\" - Release amd64 (20240220)"_ba },
        { u"casper/vmlinuz"_s, k }, { u"casper/initrd"_s, k } }
        << QStringList { u"ubuntu"_s, u"Ubuntu-Server"_s, u"22.04.4"_s, QString(), u"amd64"_s, u"/casper/vmlinuz"_s,
                         u"/casper/initrd"_s, QString(), QString(), QString() };
    QTest::newRow("debian installer netboot folder") << QMap<QString, QByteArray> {
        { u"version.info"_s, "Debian version:  12 (bookworm)\nInstaller build: 20230607+deb12u15\n"_ba },
        { u"debian-installer/amd64/linux"_s, k }, { u"debian-installer/amd64/initrd.gz"_s, k },
        { u"debian-installer/amd64/bootnetx64.efi"_s, k }, { u"debian-installer/amd64/grubx64.efi"_s, k } }
        << QStringList { u"debian"_s, u"Debian GNU/Linux"_s, u"12"_s, QString(), u"amd64"_s,
                         u"/debian-installer/amd64/linux"_s, u"/debian-installer/amd64/initrd.gz"_s,
                         u"/debian-installer/amd64/bootnetx64.efi"_s, QString(), QString() };
}

void TestDistroDetect::recognises()
{
    QFETCH(Files, files);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY(writeFile(dir.filePath(it.key()), it.value()));
    auto d = Distro::inspect(dir.path());
    QVERIFY2(d, qPrintable(d ? QString() : d.error().message));
    const QStringList got { d->family, d->product, d->version, d->release, d->arch, d->kernel, d->initrd, d->shim, d->repo, d->stage2 };
    QCOMPARE(got, expected);
    QVERIFY(!d->name.isEmpty());
    QVERIFY(Inventory::validateDistributionName(d->name));
    QVERIFY(d->sha256.isEmpty()); // a folder is not hashed
}

void TestDistroDetect::refuses_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("code");
    QTest::newRow("nothing known") << QMap<QString, QByteArray> { { u"README"_s, "hello"_ba } } << u"distro.unknown"_s;
    QTest::newRow("treeinfo without a product") << QMap<QString, QByteArray> { { u".treeinfo"_s, "[general]\narch = x86_64\n"_ba } }
                                                << u"distro.treeinfo"_s;
    QTest::newRow("live image: no pxeboot files") << QMap<QString, QByteArray> { { u".treeinfo"_s, kProductmdRocky } }
                                                  << u"distro.incomplete"_s;
    QTest::newRow("disk info of nothing") << QMap<QString, QByteArray> { { u".disk/info"_s, "\"\""_ba } } << u"distro.unknown"_s;
}

void TestDistroDetect::refuses()
{
    QFETCH(Files, files);
    QFETCH(QString, code);
    QTemporaryDir dir;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY(writeFile(dir.filePath(it.key()), it.value()));
    auto d = Distro::inspect(dir.path());
    QVERIFY(!d);
    QCOMPARE(d.error().code, code);
    QVERIFY(!d.error().message.isEmpty());
}

void TestDistroDetect::releases_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("release");
    QTest::newRow("rhel 9") << u"Red Hat Enterprise Linux"_s << u"9.4"_s << u"RHEL9"_s;
    QTest::newRow("alma 8") << u"AlmaLinux"_s << u"8.10"_s << u"RHEL8"_s;
    QTest::newRow("oracle 9") << u"Oracle Linux"_s << u"9"_s << u"RHEL9"_s;
    QTest::newRow("centos stream 10") << u"CentOS Stream"_s << u"10"_s << u"RHEL10"_s;
    QTest::newRow("fedora 40") << u"Fedora"_s << u"40"_s << u"F40"_s;
    QTest::newRow("old fedora checked as the oldest") << u"Fedora"_s << u"30"_s << u"F39"_s;
    QTest::newRow("rhel 6") << u"Red Hat Enterprise Linux"_s << u"6.10"_s << u"RHEL6"_s;
    QTest::newRow("rhel 4: no table") << u"Red Hat Enterprise Linux"_s << u"4.9"_s << QString();
    QTest::newRow("debian") << u"Debian GNU/Linux"_s << u"12"_s << QString();
}

void TestDistroDetect::releases()
{
    QFETCH(QString, product);
    QFETCH(QString, version);
    QFETCH(QString, release);
    QCOMPARE(Distro::kickstartRelease(product, version), release);
}

void TestDistroDetect::iniForms()
{
    const auto ini = Distro::parseIni("; comment\n# another\n[Images-X86_64]\nKernel: a\ninitrd = b = c\n\n[empty]\n"_ba);
    QCOMPARE(ini.value(u"images-x86_64"_s).value(u"kernel"_s), u"a"_s);
    QCOMPARE(ini.value(u"images-x86_64"_s).value(u"initrd"_s), u"b = c"_s);
    Inventory::Distribution d;
    d.product = u"Red Hat Enterprise Linux"_s;
    d.version = u"9.4"_s;
    d.arch = u"x86_64"_s;
    QCOMPARE(Distro::suggestedName(d), u"rhel-9.4-x86_64"_s);
    d.product = u"Debian GNU/Linux"_s;
    d.version = u"12.5.0"_s;
    d.arch = u"amd64"_s;
    QCOMPARE(Distro::suggestedName(d), u"debian-12.5.0-amd64"_s);
    d.product = u"CentOS Stream"_s;
    QCOMPARE(Distro::suggestedName(d), u"centos-stream-12.5.0-amd64"_s);
}

QTEST_GUILESS_MAIN(TestDistroDetect)
#include "tst_distrodetect.moc"
