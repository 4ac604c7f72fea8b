// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Crashcart::BootConfig {

// One install entry: paths are from the server's root (TFTP and HTTP serve the same names).
struct BootEntry
{
    QString label;
    QString kernel;         // e.g. profiles/rhel9/vmlinuz
    QStringList initrds;    // e.g. profiles/rhel9/initrd0.img
    QString arguments;
    // GRUB: linuxefi/initrdefi, which the GRUB 2.02 of RHEL 7 and 8 needs to boot a signed
    // kernel under Secure Boot; later GRUBs verify through shim with plain linux/initrd.
    bool efiCommands = false;
};

// The configs each loader reads, for an install (an entry) or a local boot (none).
// pxelinux boots the first disk; GRUB and iPXE exit, so the firmware moves to its next
// boot option.
QByteArray pxelinuxConfig(const std::optional<BootEntry> &entry);
QByteArray grubConfig(const std::optional<BootEntry> &entry);
QByteArray ipxeScript(const std::optional<BootEntry> &entry);

// What a loader reads first when its config has no MAC in its name: these load the
// per-MAC config, so one file serves every host.
QByteArray grubDispatcher();
QByteArray ipxeDispatcher();

} // namespace Crashcart::BootConfig
