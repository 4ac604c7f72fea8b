// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bootloaders.h"
#include "dhcp/proxyresponder.h"

#include <QHostAddress>

namespace Crashcart::Netboot {

// Where the running servers can be reached, for building boot answers (URLs need the
// HTTP port the system picked).
struct BootServer
{
    QHostAddress address;
    quint16 tftpPort = 69;
    quint16 httpPort = 80;
    UefiChain uefi = UefiChain::Ipxe;
    quint16 syslogPort = 0; // 0: the syslog server is not running (no inst.syslog= to add)
};

// Without an inventory every PXE client gets the loader for its firmware: pxelinux for BIOS,
// iPXE (snponly.efi) or shim for UEFI as |server.uefi| says, and a URL for HTTP-boot
// firmware and iPXE. Callable from any thread.
Dhcp::ProxyResponder::Decide defaultBootDecision(const BootServer &server);

} // namespace Crashcart::Netboot
