// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: DHCP datagrams through the codec and both responders; every reply must encode
// and decode again.
#include "netboot/dhcp/dhcppacket.h"
#include "netboot/dhcp/fullresponder.h"
#include "netboot/dhcp/leasepool.h"
#include "netboot/dhcp/proxyresponder.h"

using namespace Crashcart::Netboot::Dhcp;

namespace {

LeasePool &pool()
{
    static LeasePool p([] {
        PoolConfig c;
        c.first = QHostAddress(QStringLiteral("10.9.0.100"));
        c.last = QHostAddress(QStringLiteral("10.9.0.110"));
        c.netmask = QHostAddress(QStringLiteral("255.255.255.0"));
        return c;
    }());
    return p;
}

void check(const std::optional<Packet> &reply)
{
    if (reply && !parse(serialize(*reply)))
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto packet = parse(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!packet)
        return 0;
    const QHostAddress server(QStringLiteral("10.9.0.1"));
    const auto decide = [](const BootQuestion &q) -> std::optional<BootSpec> {
        return BootSpec { q.ipxe ? QByteArray("http://10.9.0.1/boot.ipxe") : QByteArray("pxelinux.0") };
    };
    const ProxyResponder proxy(server, decide);
    check(proxy.answer(*packet, ProxyResponder::Port::Dhcp));
    check(proxy.answer(*packet, ProxyResponder::Port::Pxe4011));
    const FullResponder full(server, pool(), decide);
    check(full.answer(*packet, 1000));
    return 0;
}
