// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Crashcart::Netboot {

// What UEFI clients are handed. iPXE (Debian's snponly.efi, unsigned) works with proxyDHCP on
// any firmware with Secure Boot off. shim + GRUB boots with Secure Boot, but Debian 12's GRUB
// 2.06 reads its boot server only from the site's DHCP ACK: it needs the site's DHCP to name
// this machine as next-server, or a GRUB with proxyDHCP support (2.12, RHEL/Fedora builds).
enum class UefiChain { Ipxe, ShimGrub };

// A boot loader file proxyDHCP names, where Debian installs it, and which package has it.
// Crashcart does not ship loaders: they come from the system, found here.
struct Bootloader
{
    QString file;        // its name in the TFTP root
    QString systemPath;  // where the Debian package puts it
    QString package;
    QString firmware;    // who needs it, for people: "BIOS", "UEFI"
    std::optional<UefiChain> uefi; // the UEFI chain it belongs to; none: BIOS
};

const QList<Bootloader> &bootloaders();

struct MissingBootloader
{
    Bootloader loader;
    bool installed = false; // the package's file exists on this system (copy it in)
};

// The loaders of the BIOS chain and of |uefi| absent from |tftpRoot|, each with what to do.
QList<MissingBootloader> missingBootloaders(const QString &tftpRoot, UefiChain uefi,
                                            const QString &systemPrefix = QString());
// The file proxyDHCP names for x86-64 UEFI clients of |chain|.
QString uefiBootFile(UefiChain chain);
QString adviceFor(const MissingBootloader &missing, const QString &tftpRoot);

} // namespace Crashcart::Netboot
