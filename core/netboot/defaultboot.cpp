// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultboot.h"

namespace Crashcart::Netboot {

Dhcp::ProxyResponder::Decide defaultBootDecision(const BootServer &server)
{
    using Dhcp::Architecture;
    using Dhcp::BootSpec;
    const QByteArray base = "http://" + server.address.toString().toLatin1() + ':' + QByteArray::number(server.httpPort) + '/';
    const QByteArray uefiFile = uefiBootFile(server.uefi).toLatin1();
    return [base, uefiFile](const Dhcp::BootQuestion &q) -> std::optional<BootSpec> {
        if (q.ipxe)
            return BootSpec { base + "boot.ipxe" };
        switch (q.architecture.value_or(Architecture::BiosX86)) {
        case Architecture::EfiX86_64Http: return BootSpec { base + "bootx64.efi" };
        case Architecture::EfiArm64Http: return BootSpec { base + "bootaa64.efi" };
        case Architecture::EfiX86_64:
        case Architecture::EfiBc: return BootSpec { uefiFile };
        case Architecture::EfiArm64: return BootSpec { "bootaa64.efi" };
        case Architecture::EfiIa32: return std::nullopt;
        default: return BootSpec { "pxelinux.0" };
        }
    };
}

} // namespace Crashcart::Netboot
