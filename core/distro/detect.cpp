// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect.h"

#include "kickstart/commandtable.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Crashcart::Distro {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Distro::Detect)
};

using Inventory::Distribution;

// "images/pxeboot/vmlinuz" -> "/images/pxeboot/vmlinuz", as the tree spells it; empty when absent.
QString present(const TreeAccess &tree, const QString &path)
{
    if (path.isEmpty())
        return {};
    QString clean = path;
    while (clean.startsWith(QLatin1String("./")))
        clean.remove(0, 2);
    const QString found = tree.findFile(clean.startsWith(u'/') ? clean : u'/' + clean);
    if (found.isEmpty())
        return {};
    return found.startsWith(u'/') ? found : u'/' + found;
}

// The first of |candidates| the tree has.
QString firstPresent(const TreeAccess &tree, std::initializer_list<const char *> candidates)
{
    for (const char *c : candidates) {
        if (QString found = present(tree, QLatin1String(c)); !found.isEmpty())
            return found;
    }
    return {};
}

// The Secure Boot chain the vendor put on the disc for x86-64 UEFI.
void findUefiChain(const TreeAccess &tree, Distribution &d)
{
    d.shim = firstPresent(tree, { "/EFI/BOOT/BOOTX64.EFI", "/EFI/BOOT/shimx64.efi" });
    d.grub = firstPresent(tree, { "/EFI/BOOT/grubx64.efi" });
    if (d.grub.isEmpty())
        d.shim.clear(); // a shim alone starts nothing
}

Result<Distribution> finish(Distribution d)
{
    if (d.kernel.isEmpty() || d.initrd.isEmpty()) {
        return makeError("distro.incomplete", Tr::tr("This is %1 %2, but its image has no kernel and initrd for a network "
                                                     "boot (a live or cloud image?)")
                                                  .arg(d.product, d.version));
    }
    return d;
}

Result<Distribution> fromTreeInfo(const TreeAccess &tree, const TreeInfo &info)
{
    Distribution d;
    d.product = info.product;
    d.version = info.version;
    d.arch = info.arch;
    d.family = anacondaFamily(info.product);
    if (d.family.isEmpty())
        d.family = QStringLiteral("rhel"); // .treeinfo is Anaconda's: a rebuild we do not know by name
    d.release = kickstartRelease(info.product, info.version);
    d.kernel = present(tree, info.kernel.isEmpty() ? QStringLiteral("images/pxeboot/vmlinuz") : info.kernel);
    d.initrd = present(tree, info.initrd.isEmpty() ? QStringLiteral("images/pxeboot/initrd.img") : info.initrd);
    d.stage2 = present(tree, info.stage2);
    d.repo = QStringLiteral("/");
    findUefiChain(tree, d);
    return finish(d);
}

// .discinfo: a timestamp, "Red Hat Enterprise Linux 9.4", the architecture, the disc numbers.
Result<Distribution> fromDiscInfo(const TreeAccess &tree, const QByteArray &text)
{
    const QStringList lines = QString::fromUtf8(text).split(u'\n');
    if (lines.size() < 3)
        return makeError("distro.unknown", Tr::tr("The image's .discinfo is too short to say what it is"));
    TreeInfo info;
    const QString title = lines.at(1).trimmed();
    static const QRegularExpression versioned(QStringLiteral("^(.*?)\\s+(\\d[\\w.]*)$"));
    const auto m = versioned.match(title);
    info.product = m.hasMatch() ? m.captured(1) : title;
    info.version = m.hasMatch() ? m.captured(2) : QString();
    info.arch = lines.at(2).trimmed();
    return fromTreeInfo(tree, info);
}

const QStringList &debianArchitectures()
{
    static const QStringList archs { QStringLiteral("amd64"), QStringLiteral("i386"), QStringLiteral("arm64"),
                                     QStringLiteral("armhf"), QStringLiteral("armel"), QStringLiteral("ppc64el"),
                                     QStringLiteral("s390x"), QStringLiteral("mips64el"), QStringLiteral("riscv64") };
    return archs;
}

// Where each architecture's installer lies on a Debian disc.
QString debianInstallFolder(const QString &arch)
{
    if (arch == QLatin1String("amd64"))
        return QStringLiteral("install.amd");
    if (arch == QLatin1String("i386"))
        return QStringLiteral("install.386");
    if (arch == QLatin1String("arm64"))
        return QStringLiteral("install.a64");
    return QStringLiteral("install");
}

// .disk/info: 'Debian GNU/Linux 12.5.0 "Bookworm" - Official amd64 NETINST with firmware ...'
// or 'Ubuntu-Server 22.04.4 LTS "Jammy Jellyfish" - Release amd64 (20240220)'.
Result<Distribution> fromDiskInfo(const TreeAccess &tree, const QByteArray &text)
{
    const QString line = QString::fromUtf8(text).section(u'\n', 0, 0).trimmed();
    static const QRegularExpression shape(QStringLiteral("^(.*?)\\s+(\\d[\\w.~+-]*)(?:\\s+LTS)?(?:\\s+\"([^\"]*)\")?"));
    const auto m = shape.match(line);
    if (!m.hasMatch())
        return makeError("distro.unknown", Tr::tr("The image's .disk/info does not name a release: %1").arg(line.left(200)));
    Distribution d;
    d.product = m.captured(1).trimmed();
    d.version = m.captured(2);
    const QString codename = m.captured(3).section(u' ', 0, 0).toLower();
    d.family = d.product.startsWith(QLatin1String("Ubuntu"), Qt::CaseInsensitive) ? QStringLiteral("ubuntu")
                                                                                   : QStringLiteral("debian");
    for (const QString &word : line.split(u' ')) {
        if (debianArchitectures().contains(word)) {
            d.arch = word;
            break;
        }
    }
    const QString folder = debianInstallFolder(d.arch);
    d.kernel = firstPresent(tree, { "/casper/vmlinuz" });
    d.initrd = firstPresent(tree, { "/casper/initrd", "/casper/initrd.gz" });
    if (d.kernel.isEmpty() || d.initrd.isEmpty()) {
        d.kernel = present(tree, folder + QStringLiteral("/vmlinuz"));
        d.initrd = present(tree, folder + QStringLiteral("/initrd.gz"));
    }
    if (!codename.isEmpty() && !present(tree, QStringLiteral("dists/%1/Release").arg(codename)).isEmpty())
        d.repo = QStringLiteral("/");
    d.shim = firstPresent(tree, { "/EFI/boot/bootx64.efi" });
    d.grub = firstPresent(tree, { "/EFI/boot/grubx64.efi" });
    if (d.grub.isEmpty())
        d.shim.clear();
    return finish(d);
}

// The Debian installer's own netboot tree (debian-installer-12-netboot-amd64): version.info
// 'Debian version:  12 (bookworm)' and debian-installer/ARCH/{linux,initrd.gz}.
Result<Distribution> fromNetbootTree(const TreeAccess &tree, const QByteArray &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\w[\\w ]*?) version:\\s*(\\S+)"), QRegularExpression::MultilineOption);
    const auto m = shape.match(QString::fromUtf8(text));
    if (!m.hasMatch())
        return makeError("distro.unknown", Tr::tr("The tree's version.info does not name a release"));
    Distribution d;
    d.product = m.captured(1) == QLatin1String("Debian") ? QStringLiteral("Debian GNU/Linux") : m.captured(1);
    d.family = d.product.startsWith(QLatin1String("Ubuntu")) ? QStringLiteral("ubuntu") : QStringLiteral("debian");
    d.version = m.captured(2);
    for (const QString &arch : debianArchitectures()) {
        const QString base = QStringLiteral("debian-installer/%1/").arg(arch);
        if (QString kernel = present(tree, base + QStringLiteral("linux")); !kernel.isEmpty()) {
            d.arch = arch;
            d.kernel = kernel;
            d.initrd = present(tree, base + QStringLiteral("initrd.gz"));
            d.shim = present(tree, base + QStringLiteral("bootnetx64.efi"));
            d.grub = present(tree, base + QStringLiteral("grubx64.efi"));
            break;
        }
    }
    return finish(d);
}

} // namespace

QHash<QString, QHash<QString, QString>> parseIni(const QByteArray &text)
{
    QHash<QString, QHash<QString, QString>> sections;
    QString section;
    for (const QString &raw : QString::fromUtf8(text).split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = line.mid(1, line.size() - 2).trimmed().toLower();
            continue;
        }
        qsizetype split = line.indexOf(u'=');
        const qsizetype colon = line.indexOf(u':');
        if (split < 0 || (colon >= 0 && colon < split))
            split = colon;
        if (split <= 0)
            continue;
        sections[section].insert(line.left(split).trimmed().toLower(), line.mid(split + 1).trimmed());
    }
    return sections;
}

Result<TreeInfo> parseTreeInfo(const QByteArray &text)
{
    const auto ini = parseIni(text);
    const auto general = ini.value(QStringLiteral("general"));
    TreeInfo info;
    if (ini.value(QStringLiteral("header")).value(QStringLiteral("type")) == QLatin1String("productmd.treeinfo")) {
        const auto release = ini.value(QStringLiteral("release"));
        info.product = release.value(QStringLiteral("name"));
        info.version = release.value(QStringLiteral("version"));
        info.arch = ini.value(QStringLiteral("tree")).value(QStringLiteral("arch"));
    }
    if (info.product.isEmpty())
        info.product = general.value(QStringLiteral("family"));
    if (info.version.isEmpty())
        info.version = general.value(QStringLiteral("version"));
    if (info.arch.isEmpty())
        info.arch = general.value(QStringLiteral("arch"));
    if (info.product.isEmpty() || info.version.isEmpty())
        return makeError("distro.treeinfo", Tr::tr("The .treeinfo names no product or version"));
    const auto images = ini.value(QStringLiteral("images-") + info.arch.toLower());
    info.kernel = images.value(QStringLiteral("kernel"));
    info.initrd = images.value(QStringLiteral("initrd"));
    info.stage2 = ini.value(QStringLiteral("stage2")).value(QStringLiteral("mainimage"));
    return info;
}

QString anacondaFamily(const QString &product)
{
    if (product.startsWith(QLatin1String("Fedora"), Qt::CaseInsensitive))
        return QStringLiteral("fedora");
    static const char *const rhel[] = { "Red Hat Enterprise Linux", "RHEL", "CentOS", "Rocky", "AlmaLinux",
                                        "Oracle Linux", "OracleLinux", "Scientific", "EuroLinux", "Navy Linux" };
    for (const char *name : rhel) {
        if (product.startsWith(QLatin1String(name), Qt::CaseInsensitive))
            return QStringLiteral("rhel");
    }
    return {};
}

QString kickstartRelease(const QString &product, const QString &version)
{
    const QString family = anacondaFamily(product);
    const QString major = version.section(u'.', 0, 0).section(u'-', 0, 0);
    bool numeric = false;
    major.toInt(&numeric);
    if (family.isEmpty() || !numeric)
        return {};
    const QString name = (family == QLatin1String("fedora") ? QStringLiteral("F") : QStringLiteral("RHEL")) + major;
    const QString canonical = Kickstart::CommandTable::canonicalRelease(name);
    return Kickstart::CommandTable::releases().contains(canonical) ? canonical : QString();
}

Result<Distribution> detect(const TreeAccess &tree)
{
    const auto readIf = [&](const char *path) -> std::optional<QByteArray> {
        const QString found = tree.findFile(QLatin1String(path));
        if (found.isEmpty())
            return std::nullopt;
        auto bytes = tree.read(found);
        return bytes ? std::optional<QByteArray>(*bytes) : std::nullopt;
    };
    if (const auto treeinfo = readIf("/.treeinfo")) {
        auto info = parseTreeInfo(*treeinfo);
        if (!info)
            return info.error();
        return fromTreeInfo(tree, *info);
    }
    if (const auto discinfo = readIf("/.discinfo"))
        return fromDiscInfo(tree, *discinfo);
    if (const auto diskinfo = readIf("/.disk/info"))
        return fromDiskInfo(tree, *diskinfo);
    if (const auto version = readIf("/version.info"))
        return fromNetbootTree(tree, *version);
    return makeError("distro.unknown", Tr::tr("Not an installable distribution: no .treeinfo, .discinfo, .disk/info or "
                                              "version.info was found at the top of the image"));
}

} // namespace Crashcart::Distro
