// SPDX-License-Identifier: GPL-3.0-or-later
#include "bootconfig/bootcontent.h"
#include "bootconfig/bootpolicy.h"
#include "bootconfig/snapshot.h"
#include "netboot/rootprovider.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::BootConfig;
using namespace Qt::StringLiterals;

namespace {

Inventory::Host host(const char *mac, const QString &name, const QString &profile, Inventory::HostState state)
{
    Inventory::Host h;
    h.mac = *MacAddress::parse(QString::fromLatin1(mac));
    h.hostname = name;
    h.profile = profile;
    h.state = state;
    return h;
}

QByteArray readAll(const Netboot::Content &c)
{
    QByteArray bytes(c.size(), Qt::Uninitialized);
    return c.read(0, bytes.data(), bytes.size()) == bytes.size() ? bytes : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestBootContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void answers_data();
    void answers();
    void decidesByFirmwareAndInventory_data();
    void decidesByFirmwareAndInventory();
    void kickstartFromAnacondasHeader();
    void brokenTemplateIsRefusedWhole();
    void rootFilesOverrideGenericNames();
    void followsTheSnapshotItIsGiven();
    void syslogWhenTheProfileAsksAndTheServerRuns();
    void distributionTreesAndArguments_data();
    void distributionTreesAndArguments();
    void secureBootHandsOutTheDistributionsShim();
    void movedDistributionIsAnErrorNotOldBytes();

private:
    void useDistributions();
    void expectAnswer(const QByteArray &name, const QByteArray &contains);
    std::unique_ptr<QTemporaryDir> m_dir;
    SnapshotHolder m_snapshots;
    std::unique_ptr<Netboot::RootProvider> m_root;
    std::unique_ptr<BootContentProvider> m_provider;
    Settings m_settings;
};

void TestBootContent::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(writeFile(m_dir->filePath(u"files/vmlinuz"_s), "KERNEL"));
    QVERIFY(writeFile(m_dir->filePath(u"files/initrd.img"_s), "VENDOR"));
    QVERIFY(writeFile(m_dir->filePath(u"files/overlay.img"_s), "OVERLAY"));
    QVERIFY(writeFile(m_dir->filePath(u"files/ks.tmpl"_s), "text\nnetwork --hostname={{ host.name }}\n"));
    QVERIFY(writeFile(m_dir->filePath(u"secret.txt"_s), "SECRET"));
    QVERIFY(QDir().mkpath(m_dir->filePath(u"tftp"_s)));
    Inventory::Profile rhel { u"rhel9"_s, {}, u"files/vmlinuz"_s, { u"files/initrd.img"_s, u"files/overlay.img"_s },
                              u"inst.repo=http://mirror/rhel9"_s, u"files/ks.tmpl"_s };
    Inventory::Profile noKernel { u"empty"_s, {}, {}, {}, {}, {} };
    m_snapshots.set(Snapshot::make({ host("52:54:00:00:00:01", u"web01"_s, u"rhel9"_s, Inventory::HostState::Ready),
                                     host("52:54:00:00:00:02", u"web02"_s, u"rhel9"_s, Inventory::HostState::New),
                                     host("52:54:00:00:00:03", u"web03"_s, u"rhel9"_s, Inventory::HostState::Installed),
                                     host("52:54:00:00:00:04", u"web04"_s, u"empty"_s, Inventory::HostState::Ready) },
                                   { rhel, noKernel }));
    m_root = std::make_unique<Netboot::RootProvider>(m_dir->filePath(u"tftp"_s));
    m_settings = Settings {};
    m_settings.serverAddress = u"10.0.0.1"_s;
    m_settings.httpPort = 8080;
    m_settings.fileBase = m_dir->path();
    m_provider = std::make_unique<BootContentProvider>(m_snapshots, m_settings, QList<Netboot::ContentProvider *> { m_root.get() });
}

void TestBootContent::answers_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("contains"); // empty: must not be found
    const QByteArray install = "KERNEL profiles/rhel9/vmlinuz";
    QTest::newRow("pxelinux armed") << "pxelinux.cfg/01-52-54-00-00-00-01"_ba << install;
    QTest::newRow("pxelinux two initrds in order") << "pxelinux.cfg/01-52-54-00-00-00-01"_ba
                                                   << "INITRD profiles/rhel9/initrd0.img,profiles/rhel9/initrd1.img"_ba;
    QTest::newRow("pxelinux kickstart url") << "pxelinux.cfg/01-52-54-00-00-00-01"_ba
                                            << "inst.ks=http://10.0.0.1:8080/ks/52-54-00-00-00-01.cfg inst.ks.sendmac"_ba;
    QTest::newRow("pxelinux not armed boots disk") << "pxelinux.cfg/01-52-54-00-00-00-02"_ba << "LOCALBOOT 0"_ba;
    QTest::newRow("pxelinux installed boots disk") << "pxelinux.cfg/01-52-54-00-00-00-03"_ba << "LOCALBOOT 0"_ba;
    QTest::newRow("pxelinux profile without kernel") << "pxelinux.cfg/01-52-54-00-00-00-04"_ba << "LOCALBOOT 0"_ba;
    QTest::newRow("pxelinux unknown falls to default") << "pxelinux.cfg/01-52-54-00-00-00-99"_ba << QByteArray();
    QTest::newRow("pxelinux default boots disk") << "pxelinux.cfg/default"_ba << "LOCALBOOT 0"_ba;
    QTest::newRow("grub per mac with colons") << "debian-installer/amd64/grub/grub.cfg-01-52:54:00:00:00:01"_ba
                                              << "linux /profiles/rhel9/vmlinuz inst.repo"_ba;
    QTest::newRow("grub per mac with dashes") << "/grub.cfg-01-52-54-00-00-00-01"_ba
                                              << "initrd /profiles/rhel9/initrd0.img /profiles/rhel9/initrd1.img"_ba;
    QTest::newRow("grub unknown exits") << "grub.cfg-01-52-54-00-00-00-99"_ba << "exit"_ba;
    QTest::newRow("grub dispatcher") << "debian-installer/amd64/grub/grub.cfg"_ba << "grub.cfg-01-$net_default_mac"_ba;
    QTest::newRow("ipxe dispatcher") << "boot.ipxe"_ba << "chain /ipxe/${mac:hexhyp}.ipxe"_ba;
    QTest::newRow("ipxe armed names initrds") << "ipxe/52-54-00-00-00-01.ipxe"_ba
                                              << "initrd=initrd0.img initrd=initrd1.img inst.repo"_ba;
    QTest::newRow("ipxe not armed exits") << "ipxe/52-54-00-00-00-02.ipxe"_ba << "exit"_ba;
    QTest::newRow("kernel") << "profiles/rhel9/vmlinuz"_ba << "KERNEL"_ba;
    QTest::newRow("first initrd") << "/profiles/rhel9/initrd0.img"_ba << "VENDOR"_ba;
    QTest::newRow("second initrd") << "profiles/rhel9/initrd1.img"_ba << "OVERLAY"_ba;
    QTest::newRow("no third initrd") << "profiles/rhel9/initrd2.img"_ba << QByteArray();
    QTest::newRow("unknown profile") << "profiles/nope/vmlinuz"_ba << QByteArray();
    QTest::newRow("profile folder not published") << "profiles/rhel9/../../secret.txt"_ba << QByteArray();
    QTest::newRow("profile other file") << "profiles/rhel9/ks.tmpl"_ba << QByteArray();
    QTest::newRow("kickstart armed") << "ks/52-54-00-00-00-01.cfg"_ba << "network --hostname=web01"_ba;
    QTest::newRow("kickstart not armed") << "ks/52-54-00-00-00-02.cfg"_ba << QByteArray();
    QTest::newRow("traversal behind") << "../secret.txt"_ba << QByteArray();
    QTest::newRow("bad mac") << "ipxe/zz-54-00-00-00-01.ipxe"_ba << QByteArray();
}

void TestBootContent::answers()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, contains);
    expectAnswer(name, contains);
}

// |name| is not found when |contains| is empty; else it is, and holds |contains|.
void TestBootContent::expectAnswer(const QByteArray &name, const QByteArray &contains)
{
    auto content = m_provider->open({ name, QHostAddress(u"10.0.0.50"_s), {} });
    if (contains.isEmpty()) {
        QVERIFY2(!content, name.constData());
        return;
    }
    QVERIFY2(content, qPrintable(content ? QString() : content.error().message));
    const QByteArray bytes = readAll(**content);
    QVERIFY2(bytes.contains(contains), bytes.constData());
}

void TestBootContent::decidesByFirmwareAndInventory_data()
{
    QTest::addColumn<QString>("mac");
    QTest::addColumn<int>("architecture");
    QTest::addColumn<bool>("ipxe");
    QTest::addColumn<bool>("ignoreUnknown");
    QTest::addColumn<QByteArray>("file"); // empty: no answer
    QTest::newRow("bios") << u"52:54:00:00:00:01"_s << 0 << false << false << "pxelinux.0"_ba;
    QTest::newRow("uefi") << u"52:54:00:00:00:01"_s << 7 << false << false << "snponly.efi"_ba;
    QTest::newRow("uefi bc") << u"52:54:00:00:00:01"_s << 9 << false << false << "snponly.efi"_ba;
    QTest::newRow("uefi http boot") << u"52:54:00:00:00:01"_s << 16 << false << false << "http://10.0.0.1:8080/snponly.efi"_ba;
    QTest::newRow("ipxe") << u"52:54:00:00:00:01"_s << 0 << true << false << "http://10.0.0.1:8080/boot.ipxe"_ba;
    QTest::newRow("ia32 has no loader") << u"52:54:00:00:00:01"_s << 6 << false << false << QByteArray();
    QTest::newRow("unknown answered") << u"52:54:00:00:00:99"_s << 0 << false << false << "pxelinux.0"_ba;
    QTest::newRow("unknown ignored") << u"52:54:00:00:00:99"_s << 0 << false << true << QByteArray();
    QTest::newRow("known under ignore") << u"52:54:00:00:00:02"_s << 7 << false << true << "snponly.efi"_ba;
}

void TestBootContent::decidesByFirmwareAndInventory()
{
    QFETCH(QString, mac);
    QFETCH(int, architecture);
    QFETCH(bool, ipxe);
    QFETCH(bool, ignoreUnknown);
    QFETCH(QByteArray, file);
    Settings settings = m_settings;
    settings.unknown = ignoreUnknown ? UnknownHosts::Ignore : UnknownHosts::LocalBoot;
    const Netboot::Dhcp::BootQuestion q { *MacAddress::parse(mac), Netboot::Dhcp::Architecture(architecture), ipxe };
    const auto spec = decide(*m_snapshots.get(), settings, q);
    QCOMPARE(spec.has_value(), !file.isEmpty());
    if (spec)
        QCOMPARE(spec->file, file);
}

void TestBootContent::kickstartFromAnacondasHeader()
{
    auto content = m_provider->open({ "ks.cfg", QHostAddress(u"10.0.0.50"_s), *MacAddress::parse(u"52:54:00:00:00:01"_s) });
    QVERIFY(content);
    QVERIFY(readAll(**content).contains("web01"));
    // Without a MAC the name is just a file behind (there is none).
    QVERIFY(!m_provider->open({ "ks.cfg", QHostAddress(u"10.0.0.50"_s), {} }));
}

void TestBootContent::brokenTemplateIsRefusedWhole()
{
    QVERIFY(writeFile(m_dir->filePath(u"files/ks.tmpl"_s), "text\nnetwork --hostname={{ host.nmae }}\n"));
    auto content = m_provider->open({ "ks/52-54-00-00-00-01.cfg", QHostAddress(u"10.0.0.50"_s), {} });
    QVERIFY(!content);
    QCOMPARE(content.error().code, u"file.template"_s);
    QVERIFY2(content.error().message.contains(u"line 2"_s), qPrintable(content.error().message));
}

void TestBootContent::rootFilesOverrideGenericNames()
{
    QVERIFY(writeFile(m_dir->filePath(u"tftp/pxelinux.cfg/default"_s), "MENU OF MY OWN"));
    QVERIFY(writeFile(m_dir->filePath(u"tftp/boot.ipxe"_s), "#!ipxe\necho mine"));
    for (const QByteArray &name : { "pxelinux.cfg/default"_ba, "boot.ipxe"_ba }) {
        auto content = m_provider->open({ name, QHostAddress(u"10.0.0.50"_s), {} });
        QVERIFY(content);
        QVERIFY(readAll(**content).contains("mine") || readAll(**content).contains("MY OWN"));
    }
    // A per-MAC name is always the inventory's, whatever the folder holds.
    QVERIFY(writeFile(m_dir->filePath(u"tftp/pxelinux.cfg/01-52-54-00-00-00-01"_s), "STALE"));
    auto content = m_provider->open({ "pxelinux.cfg/01-52-54-00-00-00-01", QHostAddress(u"10.0.0.50"_s), {} });
    QVERIFY(content);
    QVERIFY(!readAll(**content).contains("STALE"));
}

void TestBootContent::followsTheSnapshotItIsGiven()
{
    auto before = m_provider->open({ "pxelinux.cfg/01-52-54-00-00-00-02", QHostAddress(), {} });
    QVERIFY(before && readAll(**before).contains("LOCALBOOT"));
    // The admin arms web02: the next request sees it, without restarting anything.
    Inventory::Profile rhel = *m_snapshots.get()->profile(u"rhel9"_s);
    m_snapshots.set(Snapshot::make({ host("52:54:00:00:00:02", u"web02"_s, u"rhel9"_s, Inventory::HostState::Ready) }, { rhel }));
    auto after = m_provider->open({ "pxelinux.cfg/01-52-54-00-00-00-02", QHostAddress(), {} });
    QVERIFY(after && readAll(**after).contains("KERNEL profiles/rhel9/vmlinuz"));
    m_provider->setHttpPort(9999);
    auto moved = m_provider->open({ "ipxe/52-54-00-00-00-02.ipxe", QHostAddress(), {} });
    QVERIFY(moved && readAll(**moved).contains("http://10.0.0.1:9999/ks/"));
}

void TestBootContent::syslogWhenTheProfileAsksAndTheServerRuns()
{
    Inventory::Profile quiet { u"quiet"_s, {}, u"files/vmlinuz"_s, {}, u"inst.repo=x"_s, {} };
    Inventory::Profile talks = quiet;
    talks.name = u"talks"_s;
    talks.syslog = true;
    m_snapshots.set(Snapshot::make({ host("52:54:00:00:00:01", u"web01"_s, u"quiet"_s, Inventory::HostState::Ready),
                                     host("52:54:00:00:00:02", u"web02"_s, u"talks"_s, Inventory::HostState::Ready) },
                                   { quiet, talks }));
    const auto config = [this](const char *mac) {
        auto content = m_provider->open({ QByteArray("pxelinux.cfg/01-") + mac, QHostAddress(u"10.0.0.50"_s), {} });
        return content ? readAll(**content) : QByteArray();
    };
    // The syslog server is not running: nobody is told of it.
    QVERIFY(!config("52-54-00-00-00-02").contains("inst.syslog"));
    m_provider->setSyslogPort(5514);
    QVERIFY2(config("52-54-00-00-00-02").contains("APPEND inst.repo=x inst.syslog=10.0.0.1:5514"), config("52-54-00-00-00-02").constData());
    QVERIFY(!config("52-54-00-00-00-01").contains("inst.syslog")); // its profile does not ask
    auto grub = m_provider->open({ "grub.cfg-01-52-54-00-00-00-02"_ba, QHostAddress(u"10.0.0.50"_s), {} });
    QVERIFY(grub && readAll(**grub).contains("inst.syslog=10.0.0.1:5514"));
    m_provider->setSyslogPort(0); // stopped again
    QVERIFY(!config("52-54-00-00-00-02").contains("inst.syslog"));
}

// Two distributions in folders (an image is read the same way, tst_isoimage checks the
// reading): a RHEL 8 tree and a Debian one, with profiles on them.
void TestBootContent::useDistributions()
{
    QVERIFY(writeFile(m_dir->filePath(u"rhel8/images/pxeboot/vmlinuz"_s), "RHEL8 KERNEL"));
    QVERIFY(writeFile(m_dir->filePath(u"rhel8/images/pxeboot/initrd.img"_s), "RHEL8 INITRD"));
    QVERIFY(writeFile(m_dir->filePath(u"rhel8/EFI/BOOT/BOOTX64.EFI"_s), "SHIM"));
    QVERIFY(writeFile(m_dir->filePath(u"rhel8/EFI/BOOT/grubx64.efi"_s), "GRUB"));
    QVERIFY(writeFile(m_dir->filePath(u"debian/install.amd/vmlinuz"_s), "DEBIAN KERNEL"));
    QVERIFY(writeFile(m_dir->filePath(u"debian/install.amd/initrd.gz"_s), "DEBIAN INITRD"));
    QVERIFY(writeFile(m_dir->filePath(u"files/preseed.tmpl"_s), "d-i netcfg/get_hostname string {{ host.name }}\n"));
    Inventory::Distribution rhel8;
    rhel8.name = u"rhel-8.9"_s;
    rhel8.family = u"rhel"_s;
    rhel8.version = u"8.9"_s;
    rhel8.source = m_dir->filePath(u"rhel8"_s);
    rhel8.kernel = u"/images/pxeboot/vmlinuz"_s;
    rhel8.initrd = u"/images/pxeboot/initrd.img"_s;
    rhel8.shim = u"/EFI/BOOT/BOOTX64.EFI"_s;
    rhel8.grub = u"/EFI/BOOT/grubx64.efi"_s;
    rhel8.repo = u"/"_s;
    Inventory::Distribution debian;
    debian.name = u"debian-12"_s;
    debian.family = u"debian"_s;
    debian.version = u"12"_s;
    debian.source = m_dir->filePath(u"debian"_s);
    debian.kernel = u"/install.amd/vmlinuz"_s;
    debian.initrd = u"/install.amd/initrd.gz"_s;
    debian.repo = u"/"_s;
    Inventory::Profile onRhel { u"r8"_s, {}, {}, { u"files/overlay.img"_s }, u"console=ttyS0"_s, u"files/ks.tmpl"_s };
    onRhel.distribution = rhel8.name;
    onRhel.firmware = Inventory::Firmware::Uefi;
    onRhel.secureBoot = true;
    Inventory::Profile onDebian { u"deb"_s, {}, {}, {}, {}, u"files/preseed.tmpl"_s };
    onDebian.distribution = debian.name;
    onDebian.installer = Inventory::InstallerKind::Preseed;
    m_snapshots.set(Snapshot::make({ host("52:54:00:00:00:05", u"db05"_s, u"r8"_s, Inventory::HostState::Ready),
                                     host("52:54:00:00:00:06", u"db06"_s, u"deb"_s, Inventory::HostState::Ready),
                                     host("52:54:00:00:00:07", u"db07"_s, u"r8"_s, Inventory::HostState::New) },
                                   { onRhel, onDebian }, {}, { rhel8, debian }));
}

void TestBootContent::distributionTreesAndArguments_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("contains"); // empty: must not be found
    QTest::newRow("kernel from the distribution") << "profiles/r8/vmlinuz"_ba << "RHEL8 KERNEL"_ba;
    QTest::newRow("its initrd first") << "profiles/r8/initrd0.img"_ba << "RHEL8 INITRD"_ba;
    QTest::newRow("then the overlay") << "profiles/r8/initrd1.img"_ba << "OVERLAY"_ba;
    QTest::newRow("inst.repo into the tree") << "pxelinux.cfg/01-52-54-00-00-00-05"_ba
                                             << "APPEND console=ttyS0 inst.repo=http://10.0.0.1:8080/distros/rhel-8.9/ inst.ks="_ba;
    QTest::newRow("rhel 8 grub: linuxefi") << "grub.cfg-01-52-54-00-00-00-05"_ba << "linuxefi /profiles/r8/vmlinuz"_ba;
    QTest::newRow("rhel 8 grub: initrdefi") << "grub.cfg-01-52-54-00-00-00-05"_ba
                                            << "initrdefi /profiles/r8/initrd0.img /profiles/r8/initrd1.img"_ba;
    QTest::newRow("tree file") << "distros/rhel-8.9/images/pxeboot/vmlinuz"_ba << "RHEL8 KERNEL"_ba;
    QTest::newRow("tree file, leading slash") << "/distros/rhel-8.9/EFI/BOOT/grubx64.efi"_ba << "GRUB"_ba;
    QTest::newRow("tree traversal") << "distros/rhel-8.9/../debian/install.amd/vmlinuz"_ba << QByteArray();
    QTest::newRow("tree traversal deeper") << "distros/rhel-8.9/images/../../secret.txt"_ba << QByteArray();
    QTest::newRow("tree folder") << "distros/rhel-8.9/images"_ba << QByteArray();
    QTest::newRow("unknown distribution") << "distros/nope/images/pxeboot/vmlinuz"_ba << QByteArray();
    QTest::newRow("preseed arguments") << "pxelinux.cfg/01-52-54-00-00-00-06"_ba
                                       << "auto=true priority=critical url=http://10.0.0.1:8080/preseed/52-54-00-00-00-06.cfg hostname=db06"_ba;
    QTest::newRow("preseed mirror is the tree") << "pxelinux.cfg/01-52-54-00-00-00-06"_ba
                                                << "mirror/http/hostname=10.0.0.1:8080 mirror/http/directory=/distros/debian-12"_ba;
    QTest::newRow("debian grub: linux") << "grub.cfg-01-52-54-00-00-00-06"_ba << "  linux /profiles/deb/vmlinuz"_ba;
    QTest::newRow("preseed rendered") << "preseed/52-54-00-00-00-06.cfg"_ba << "get_hostname string db06"_ba;
    QTest::newRow("no kickstart for a preseed profile") << "ks/52-54-00-00-00-06.cfg"_ba << QByteArray();
    QTest::newRow("no preseed for a kickstart profile") << "preseed/52-54-00-00-00-05.cfg"_ba << QByteArray();
    QTest::newRow("not armed: disk") << "pxelinux.cfg/01-52-54-00-00-00-07"_ba << "LOCALBOOT 0"_ba;
}

void TestBootContent::distributionTreesAndArguments()
{
    useDistributions();
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, contains);
    expectAnswer(name, contains);
    // The Debian installer is given a mirror, never Anaconda's inst.repo=.
    if (name.contains("00-06") && !contains.isEmpty())
        QVERIFY(!readAll(*m_provider->open({ name, QHostAddress(), {} }).value()).contains("inst.repo"));
}

void TestBootContent::secureBootHandsOutTheDistributionsShim()
{
    useDistributions();
    const auto ask = [this](const char *mac, int architecture) {
        const Netboot::Dhcp::BootQuestion q { *MacAddress::parse(QString::fromLatin1(mac)), Netboot::Dhcp::Architecture(architecture), false };
        const auto spec = decide(*m_snapshots.get(), m_settings, q);
        return spec ? spec->file : QByteArray();
    };
    QCOMPARE(ask("52:54:00:00:00:05", 7), "distros/rhel-8.9/EFI/BOOT/BOOTX64.EFI"_ba);
    QCOMPARE(ask("52:54:00:00:00:05", 16), "http://10.0.0.1:8080/distros/rhel-8.9/EFI/BOOT/BOOTX64.EFI"_ba);
    QCOMPARE(ask("52:54:00:00:00:05", 0), "pxelinux.0"_ba);     // BIOS: no shim
    QCOMPARE(ask("52:54:00:00:00:06", 7), "snponly.efi"_ba);    // no Secure Boot asked, no shim in its tree
    QCOMPARE(ask("52:54:00:00:00:07", 7), "snponly.efi"_ba);    // not armed: the servers' chain, to its disk
    // shim asks for grubx64.efi beside itself; the GRUB asks for its config there.
    auto grub = m_provider->open({ "distros/rhel-8.9/EFI/BOOT/grubx64.efi"_ba, QHostAddress(), {} });
    QVERIFY(grub && readAll(**grub) == "GRUB");
    auto config = m_provider->open({ "distros/rhel-8.9/EFI/BOOT/grub.cfg-01-52-54-00-00-00-05"_ba, QHostAddress(), {} });
    QVERIFY(config && readAll(**config).contains("linuxefi /profiles/r8/vmlinuz"));
}

void TestBootContent::movedDistributionIsAnErrorNotOldBytes()
{
    useDistributions();
    QVERIFY(m_provider->open({ "profiles/r8/vmlinuz"_ba, QHostAddress(), {} }));
    QVERIFY(QDir(m_dir->filePath(u"rhel8"_s)).rename(m_dir->filePath(u"rhel8"_s), m_dir->filePath(u"moved"_s)));
    auto gone = m_provider->open({ "profiles/r8/vmlinuz"_ba, QHostAddress(), {} });
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, u"file.distro"_s);
    QVERIFY2(gone.error().message.contains(u"rhel-8.9"_s), qPrintable(gone.error().message));
}

QTEST_GUILESS_MAIN(TestBootContent)
#include "tst_bootcontent.moc"

