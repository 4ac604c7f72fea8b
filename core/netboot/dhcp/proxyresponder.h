// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dhcppacket.h"

#include <functional>
#include <optional>

namespace Crashcart::Netboot::Dhcp {

// What a machine boots, as the servers ask it (pixiecore's BootSpec): a file name on the
// TFTP server, or a URL for HTTP-boot firmware and iPXE.
struct BootSpec
{
    QByteArray file;
};

struct BootQuestion
{
    MacAddress mac;
    std::optional<Architecture> architecture;
    bool ipxe = false;
};

// proxyDHCP (PXE specification 2.1, section 2.2.5): answers PXE clients only, never hands
// out an address (yiaddr stays 0.0.0.0), and leaves addressing to the site's DHCP server.
// A DISCOVER on port 67 gets an OFFER carrying the boot server and file; a REQUEST on port
// 4011 (what UEFI firmware sends next) gets the same in an ACK. Everything else, and
// every machine the BootSpec has no answer for, gets silence.
class ProxyResponder
{
public:
    enum class Port { Dhcp, Pxe4011 };
    using Decide = std::function<std::optional<BootSpec>(const BootQuestion &)>;

    ProxyResponder(QHostAddress server, Decide decide) : m_server(std::move(server)), m_decide(std::move(decide)) { }

    std::optional<Packet> answer(const Packet &request, Port port) const;

private:
    QHostAddress m_server;
    Decide m_decide;
};

} // namespace Crashcart::Netboot::Dhcp
