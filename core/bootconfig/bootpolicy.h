// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "netboot/bootloaders.h"
#include "netboot/dhcp/proxyresponder.h"

#include <QString>

#include <optional>

namespace Crashcart::Inventory {
struct Distribution;
struct Host;
struct Profile;
}

namespace Crashcart::BootConfig {

class Snapshot;

// What a machine Crashcart does not know gets: a loader config that boots its local disk
// (answers fast, and the attempt is on record), or no answer at all.
enum class UnknownHosts { LocalBoot, Ignore };

struct Settings
{
    Netboot::UefiChain uefi = Netboot::UefiChain::Ipxe;
    UnknownHosts unknown = UnknownHosts::LocalBoot;
    QString serverAddress;     // what clients reach us at
    quint16 httpPort = 80;
    quint16 tftpPort = 69;
    quint16 syslogPort = 0;    // 0: the syslog server is not running (no inst.syslog=)
    QString fileBase;          // relative profile paths (kernel, initrd, kickstart) start here
    QString snippetFolder;     // the workspace's snippet overrides; empty: built-in only

    QByteArray httpBase() const; // "http://ADDRESS:PORT"
};

// Only an armed host installs (state Ready, or Installing when it boots again mid-install),
// and only with a profile that has a kernel (its own or its distribution's): a host imported
// with a profile but never armed keeps booting its disk, so importing an inventory cannot
// reinstall a fleet.
struct Install
{
    const Inventory::Host *host = nullptr;
    const Inventory::Profile *profile = nullptr;
};
std::optional<Install> installFor(const Snapshot &snapshot, const MacAddress &mac);

// One file a profile boots: inside a distribution's tree (|distribution| set, |path| in it),
// or a path on this machine.
struct BootFile
{
    const Inventory::Distribution *distribution = nullptr;
    QString path;
};
// The profile's kernel: its own, else its distribution's; empty path when it has none.
BootFile kernelFile(const Snapshot &snapshot, const Inventory::Profile &profile);
// Its initrds in the order they load: the distribution's own first, then the profile's
// (overlays that add drivers or tools to the vendor's image).
QList<BootFile> initrdFiles(const Snapshot &snapshot, const Inventory::Profile &profile);

// For an armed UEFI host whose profile asks for Secure Boot: the distribution's own signed
// shim ("distros/<name>/EFI/BOOT/BOOTX64.EFI"), which starts the distribution's GRUB from the
// same folder, so the chain is signed by the vendor that signed the kernel. Empty otherwise.
QString distributionShim(const Snapshot &snapshot, const MacAddress &mac);

// The proxyDHCP answer: the loader for the client's firmware, or a script URL for iPXE.
std::optional<Netboot::Dhcp::BootSpec> decide(const Snapshot &snapshot, const Settings &settings,
                                              const Netboot::Dhcp::BootQuestion &question);

} // namespace Crashcart::BootConfig
