// SPDX-License-Identifier: GPL-3.0-or-later
#include "bootloaders.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Crashcart::Netboot {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Netboot::Bootloaders)
};

} // namespace

const QList<Bootloader> &bootloaders()
{
    static const QList<Bootloader> list = {
        { QStringLiteral("pxelinux.0"), QStringLiteral("/usr/lib/PXELINUX/pxelinux.0"), QStringLiteral("pxelinux"),
          QStringLiteral("BIOS"), std::nullopt },
        { QStringLiteral("ldlinux.c32"), QStringLiteral("/usr/lib/syslinux/modules/bios/ldlinux.c32"),
          QStringLiteral("syslinux-common"), QStringLiteral("BIOS"), std::nullopt },
        { QStringLiteral("snponly.efi"), QStringLiteral("/usr/lib/ipxe/snponly.efi"), QStringLiteral("ipxe"),
          QStringLiteral("UEFI"), UefiChain::Ipxe },
        { QStringLiteral("bootx64.efi"), QStringLiteral("/usr/lib/shim/shimx64.efi.signed"), QStringLiteral("shim-signed"),
          QStringLiteral("UEFI"), UefiChain::ShimGrub },
        { QStringLiteral("grubx64.efi"), QStringLiteral("/usr/lib/grub/x86_64-efi-signed/grubnetx64.efi.signed"),
          QStringLiteral("grub-efi-amd64-signed"), QStringLiteral("UEFI"), UefiChain::ShimGrub },
    };
    return list;
}

QList<MissingBootloader> missingBootloaders(const QString &tftpRoot, UefiChain uefi, const QString &systemPrefix)
{
    QList<MissingBootloader> missing;
    for (const Bootloader &b : bootloaders()) {
        if (b.uefi && *b.uefi != uefi)
            continue;
        if (QFileInfo(tftpRoot + u'/' + b.file).isFile())
            continue;
        missing.append({ b, QFileInfo(systemPrefix + b.systemPath).isFile() });
    }
    return missing;
}

QString uefiBootFile(UefiChain chain)
{
    return chain == UefiChain::Ipxe ? QStringLiteral("snponly.efi") : QStringLiteral("bootx64.efi");
}

QString adviceFor(const MissingBootloader &m, const QString &tftpRoot)
{
    if (m.installed) {
        return Tr::tr("%1 is not in %2: %3 clients cannot boot. Copy it: cp %4 %2/%1")
            .arg(m.loader.file, tftpRoot, m.loader.firmware, m.loader.systemPath);
    }
    return Tr::tr("%1 is not in %2 and the package %3 is not installed: %4 clients cannot boot. "
                  "Install it (apt-get install %3) and copy %5 to %2/%1")
        .arg(m.loader.file, tftpRoot, m.loader.package, m.loader.firmware, m.loader.systemPath);
}

} // namespace Crashcart::Netboot
