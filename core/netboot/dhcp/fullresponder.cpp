// SPDX-License-Identifier: GPL-3.0-or-later
#include "fullresponder.h"

#include "leasepool.h"

#include <QCoreApplication>

namespace Crashcart::Netboot::Dhcp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Netboot::Dhcp::FullResponder)
};

QByteArray be32(quint32 v)
{
    const char bytes[4] = { char(v >> 24), char(v >> 16), char(v >> 8), char(v) };
    return QByteArray(bytes, 4);
}

QHostAddress optionAddress(const Packet &p, quint8 code)
{
    const QByteArray v = p.options.value(code);
    if (v.size() != 4)
        return {};
    return QHostAddress(quint32(quint8(v[0])) << 24 | quint32(quint8(v[1])) << 16 | quint32(quint8(v[2])) << 8 | quint8(v[3]));
}

bool isZero(const QHostAddress &a)
{
    return a.isNull() || a == QHostAddress(QHostAddress::AnyIPv4);
}

} // namespace

Packet FullResponder::reply(const Packet &request, MessageType type) const
{
    Packet r;
    r.op = 2;
    r.htype = request.htype;
    r.hlen = request.hlen;
    r.xid = request.xid;
    r.flags = request.flags;
    r.giaddr = request.giaddr;
    r.chaddr = request.chaddr;
    r.options[53] = QByteArray(1, char(type));
    r.options[54] = ipv4Option(m_server);
    return r;
}

void FullResponder::addBoot(const Packet &request, Packet &r) const
{
    const bool bootClient = request.isPxeClient() || request.options.value(60).startsWith("HTTPClient");
    if (!bootClient)
        return;
    const BootQuestion question { request.clientMac(), request.architecture(), request.isIpxe() };
    const auto spec = m_decide(question);
    if (!spec || spec->file.isEmpty())
        return;
    const bool http = question.architecture == Architecture::EfiX86_64Http || question.architecture == Architecture::EfiArm64Http;
    r.siaddr = m_server;
    r.sname = m_server.toString().toLatin1();
    r.file = spec->file;
    r.options[60] = http ? QByteArray("HTTPClient") : QByteArray("PXEClient");
    if (!request.clientUuid().isEmpty())
        r.options[97] = request.clientUuid();
    if (!http && !question.ipxe)
        r.options[43] = QByteArray("\x06\x01\x08\xff", 4); // no boot server discovery
}

std::optional<Packet> FullResponder::answer(const Packet &request, qint64 now, QString *problem) const
{
    const MacAddress mac = request.clientMac();
    const auto type = request.messageType();
    if (request.op != 1 || mac.isNull() || !type)
        return std::nullopt;
    const PoolConfig &pool = m_pool.config();
    auto withNetwork = [&](Packet &r, bool lease) {
        r.options[1] = ipv4Option(pool.netmask);
        if (!isZero(pool.router))
            r.options[3] = ipv4Option(pool.router);
        if (!pool.dns.isEmpty()) {
            QByteArray dns;
            for (const QHostAddress &a : pool.dns)
                dns += ipv4Option(a);
            r.options[6] = dns;
        }
        if (lease) {
            r.options[51] = be32(quint32(pool.leaseSeconds));
            r.options[58] = be32(quint32(pool.leaseSeconds / 2));
            r.options[59] = be32(quint32(pool.leaseSeconds * 7 / 8));
        }
        addBoot(request, r);
    };

    switch (*type) {
    case MessageType::Discover: {
        const auto address = m_pool.offer(mac, optionAddress(request, 50), now);
        if (!address) {
            // Silence, and the client retries; but the machine will not boot until an address
            // is free, and the admin is told why.
            if (problem)
                *problem = Tr::tr("no address left in the pool for %1 (every address is leased or offered)").arg(mac.toString());
            return std::nullopt;
        }
        Packet r = reply(request, MessageType::Offer);
        r.yiaddr = *address;
        withNetwork(r, true);
        return r;
    }
    case MessageType::Request: {
        const QHostAddress serverId = optionAddress(request, 54);
        if (!serverId.isNull() && serverId != m_server)
            return std::nullopt; // the client took another server's offer
        const QHostAddress wanted = optionAddress(request, 50).isNull() ? request.ciaddr : optionAddress(request, 50);
        if (isZero(wanted))
            return std::nullopt;
        if (!m_pool.bind(mac, wanted, now)) {
            // No server identifier (INIT-REBOOT, REBINDING): the client did not choose us. An
            // address of this network outside our range, from a client we have no record of,
            // is another server's lease, and RFC 2131 4.3.2 says to stay silent: a NAK would
            // take a working address from a machine that is not ours. Refused are our range's
            // conflicts, clients we know asking wrongly, and addresses of another network.
            if (serverId.isNull() && m_pool.onNetwork(wanted) && !m_pool.inPool(wanted) && !m_pool.knows(mac))
                return std::nullopt;
            Packet nak = reply(request, MessageType::Nak);
            nak.flags |= 0x8000; // a NAK is broadcast: the client has no address to reach
            return nak;
        }
        Packet r = reply(request, MessageType::Ack);
        r.ciaddr = request.ciaddr;
        r.yiaddr = wanted;
        withNetwork(r, true);
        return r;
    }
    case MessageType::Release:
        m_pool.release(mac, request.ciaddr);
        return std::nullopt;
    case MessageType::Decline:
        m_pool.decline(optionAddress(request, 50), now);
        return std::nullopt;
    case MessageType::Inform: {
        Packet r = reply(request, MessageType::Ack);
        r.ciaddr = request.ciaddr;
        withNetwork(r, false);
        return r;
    }
    default:
        return std::nullopt;
    }
}

} // namespace Crashcart::Netboot::Dhcp
