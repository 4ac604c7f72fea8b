// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "netboot/bootloaders.h"
#include "netboot/dhcp/proxyresponder.h"

#include <QString>

#include <optional>

namespace Crashcart::Inventory {
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
// and only with a profile that names a kernel: a host imported with a profile but never
// armed keeps booting its disk, so importing an inventory cannot reinstall a fleet.
struct Install
{
    const Inventory::Host *host = nullptr;
    const Inventory::Profile *profile = nullptr;
};
std::optional<Install> installFor(const Snapshot &snapshot, const MacAddress &mac);

// The proxyDHCP answer: the loader for the client's firmware, or a script URL for iPXE.
std::optional<Netboot::Dhcp::BootSpec> decide(const Snapshot &snapshot, const Settings &settings,
                                              const Netboot::Dhcp::BootQuestion &question);

} // namespace Crashcart::BootConfig
