// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxyresponder.h"

namespace Crashcart::Netboot::Dhcp {

namespace {

bool isHttpBoot(std::optional<Architecture> arch)
{
    return arch == Architecture::EfiX86_64Http || arch == Architecture::EfiArm64Http;
}

} // namespace

std::optional<Packet> ProxyResponder::answer(const Packet &request, Port port) const
{
    const bool bootClient = request.isPxeClient() || request.options.value(60).startsWith("HTTPClient");
    if (request.op != 1 || !bootClient)
        return std::nullopt;
    const auto type = request.messageType();
    const bool discover = type == MessageType::Discover && port == Port::Dhcp;
    const bool pxeRequest = (type == MessageType::Request || type == MessageType::Inform) && port == Port::Pxe4011;
    if (!discover && !pxeRequest)
        return std::nullopt;
    const MacAddress mac = request.clientMac();
    if (mac.isNull())
        return std::nullopt;
    const BootQuestion question { mac, request.architecture(), request.isIpxe() };
    const auto spec = m_decide(question);
    if (!spec || spec->file.isEmpty())
        return std::nullopt;

    Packet reply;
    reply.op = 2;
    reply.htype = request.htype;
    reply.hlen = request.hlen;
    reply.xid = request.xid;
    reply.flags = request.flags;
    reply.ciaddr = request.ciaddr;
    reply.giaddr = request.giaddr;
    reply.chaddr = request.chaddr;
    reply.siaddr = m_server; // next-server: where TFTP lives
    reply.sname = m_server.toString().toLatin1();
    reply.file = spec->file;
    reply.options[53] = QByteArray(1, char(discover ? MessageType::Offer : MessageType::Ack));
    reply.options[54] = ipv4Option(m_server);
    // HTTP-boot firmware only takes an offer that says HTTPClient; PXE firmware, PXEClient.
    reply.options[60] = isHttpBoot(question.architecture) ? QByteArray("HTTPClient") : QByteArray("PXEClient");
    if (!request.clientUuid().isEmpty())
        reply.options[97] = request.clientUuid();
    if (!isHttpBoot(question.architecture) && !question.ipxe) {
        // PXE vendor options: discovery control 8 = "take the boot file in this packet,
        // no boot server discovery, no menu" (PXE 2.1 table 2-1).
        reply.options[43] = QByteArray("\x06\x01\x08\xff", 4);
    }
    return reply;
}

} // namespace Crashcart::Netboot::Dhcp
