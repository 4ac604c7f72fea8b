// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dhcppacket.h"
#include "proxyresponder.h"

#include <optional>

namespace Crashcart::Netboot::Dhcp {

class LeasePool;

// Full DHCP (RFC 2131) for an isolated lab network: addresses from the pool, and for PXE
// clients the same boot answer proxyDHCP gives. Never to be run next to another DHCP server:
// the app starts it only on the one interface the admin chose, with a warning.
class FullResponder
{
public:
    FullResponder(QHostAddress server, LeasePool &pool, ProxyResponder::Decide decide)
        : m_server(std::move(server)), m_pool(pool), m_decide(std::move(decide))
    {
    }

    // |now|: seconds since the epoch. Silence is most often right (another server's client);
    // when it is a problem the admin must hear of (the pool is exhausted), |problem| says so.
    std::optional<Packet> answer(const Packet &request, qint64 now, QString *problem = nullptr) const;

private:
    Packet reply(const Packet &request, MessageType type) const;
    void addBoot(const Packet &request, Packet &reply) const;

    QHostAddress m_server;
    LeasePool &m_pool;
    ProxyResponder::Decide m_decide;
};

} // namespace Crashcart::Netboot::Dhcp
