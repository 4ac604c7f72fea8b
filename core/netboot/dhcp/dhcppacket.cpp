// SPDX-License-Identifier: GPL-3.0-or-later
#include "dhcppacket.h"

#include <QCoreApplication>

namespace Crashcart::Netboot::Dhcp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Netboot::Dhcp::Packet)
};

constexpr qsizetype kHeader = 236;
constexpr quint32 kMagic = 0x63825363;
constexpr qsizetype kMaxMessage = 1500 - 28; // what fits an Ethernet frame without fragments
constexpr quint8 kPad = 0, kEnd = 255, kOverload = 52;

quint32 read32(QByteArrayView d, qsizetype at)
{
    return (quint32(quint8(d[at])) << 24) | (quint32(quint8(d[at + 1])) << 16) | (quint32(quint8(d[at + 2])) << 8)
        | quint32(quint8(d[at + 3]));
}

void put32(QByteArray &out, quint32 v)
{
    out.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
}

QByteArray cString(QByteArrayView field)
{
    const qsizetype nul = field.indexOf('\0');
    return (nul < 0 ? field : field.first(nul)).toByteArray();
}

Error malformed(const QString &why)
{
    return makeError("dhcp.malformed", Tr::tr("Malformed DHCP packet: %1").arg(why));
}

// Options are concatenated when a code repeats (RFC 3396).
bool readOptions(QByteArrayView area, QMap<quint8, QByteArray> *options)
{
    qsizetype i = 0;
    while (i < area.size()) {
        const quint8 code = quint8(area[i]);
        if (code == kPad) {
            ++i;
            continue;
        }
        if (code == kEnd)
            return true;
        if (i + 1 >= area.size())
            return false;
        const qsizetype len = quint8(area[i + 1]);
        if (i + 2 + len > area.size())
            return false;
        (*options)[code] += area.sliced(i + 2, len).toByteArray();
        i += 2 + len;
    }
    return true; // a missing END is common enough in the wild to forgive
}

} // namespace

Result<Packet> parse(QByteArrayView d)
{
    if (d.size() < kHeader + 4)
        return malformed(Tr::tr("%1 bytes is shorter than a BOOTP header").arg(d.size()));
    if (d.size() > 65507)
        return malformed(Tr::tr("%1 bytes is too long").arg(d.size()));
    if (read32(d, kHeader) != kMagic)
        return malformed(Tr::tr("no DHCP magic cookie"));
    Packet p;
    p.op = quint8(d[0]);
    p.htype = quint8(d[1]);
    p.hlen = quint8(d[2]);
    p.hops = quint8(d[3]);
    if (p.op != 1 && p.op != 2)
        return malformed(Tr::tr("op %1 is neither request nor reply").arg(p.op));
    if (p.hlen > 16)
        return malformed(Tr::tr("a hardware address of %1 bytes").arg(p.hlen));
    p.xid = read32(d, 4);
    p.secs = quint16((quint8(d[8]) << 8) | quint8(d[9]));
    p.flags = quint16((quint8(d[10]) << 8) | quint8(d[11]));
    p.ciaddr.setAddress(read32(d, 12));
    p.yiaddr.setAddress(read32(d, 16));
    p.siaddr.setAddress(read32(d, 20));
    p.giaddr.setAddress(read32(d, 24));
    p.chaddr = d.sliced(28, 16).toByteArray();
    if (!readOptions(d.sliced(kHeader + 4), &p.options))
        return malformed(Tr::tr("an option runs past the end of the packet"));
    // Option overload (52) moves options into the file and sname fields.
    const quint8 overload = p.options.value(kOverload).isEmpty() ? 0 : quint8(p.options.value(kOverload)[0]);
    if ((overload & 1) && !readOptions(d.sliced(108, 128), &p.options))
        return malformed(Tr::tr("an overloaded option runs past the file field"));
    if ((overload & 2) && !readOptions(d.sliced(44, 64), &p.options))
        return malformed(Tr::tr("an overloaded option runs past the sname field"));
    if (!(overload & 2))
        p.sname = cString(d.sliced(44, 64));
    if (!(overload & 1))
        p.file = cString(d.sliced(108, 128));
    return p;
}

QByteArray serialize(const Packet &p)
{
    QByteArray out;
    out.reserve(kMaxMessage);
    out.append(char(p.op)).append(char(p.htype)).append(char(p.hlen)).append(char(p.hops));
    put32(out, p.xid);
    out.append(char(p.secs >> 8)).append(char(p.secs)).append(char(p.flags >> 8)).append(char(p.flags));
    for (const QHostAddress *a : { &p.ciaddr, &p.yiaddr, &p.siaddr, &p.giaddr })
        put32(out, a->isNull() ? 0 : a->toIPv4Address());
    out.append(p.chaddr.left(16).leftJustified(16, '\0'));
    out.append(p.sname.left(63).leftJustified(64, '\0'));
    out.append(p.file.left(127).leftJustified(128, '\0'));
    put32(out, kMagic);
    for (auto it = p.options.cbegin(); it != p.options.cend(); ++it) {
        // Longer values are split into 255-byte pieces of the same code (RFC 3396).
        for (qsizetype at = 0; at < it.value().size() || (at == 0 && it.value().isEmpty()); at += 255) {
            const QByteArray piece = it.value().mid(at, 255);
            out.append(char(it.key())).append(char(piece.size())).append(piece);
            if (it.value().isEmpty())
                break;
        }
    }
    out.append(char(kEnd));
    if (out.size() < 300)
        out.append(QByteArray(300 - out.size(), '\0'));
    return out;
}

std::optional<MessageType> Packet::messageType() const
{
    const QByteArray v = options.value(53);
    if (v.size() != 1 || quint8(v[0]) < 1 || quint8(v[0]) > 8)
        return std::nullopt;
    return MessageType(quint8(v[0]));
}

QByteArray ipv4Option(const QHostAddress &address)
{
    const quint32 v = address.toIPv4Address();
    const char bytes[4] = { char(v >> 24), char(v >> 16), char(v >> 8), char(v) };
    return QByteArray(bytes, 4);
}

MacAddress Packet::clientMac() const
{
    if (htype != 1 || hlen != 6 || chaddr.size() < 6)
        return {};
    std::array<quint8, 6> bytes {};
    for (int i = 0; i < 6; ++i)
        bytes[size_t(i)] = quint8(chaddr[i]);
    // What the inventory would refuse (all zero, multicast) names no client.
    if (bytes == std::array<quint8, 6> {} || (bytes[0] & 1))
        return {};
    return MacAddress(bytes);
}

bool Packet::isPxeClient() const
{
    return options.value(60).startsWith("PXEClient") || isIpxe();
}

bool Packet::isIpxe() const
{
    return options.value(77) == "iPXE" || options.contains(175);
}

std::optional<Architecture> Packet::architecture() const
{
    const QByteArray v = options.value(93);
    if (v.size() < 2)
        return std::nullopt;
    return Architecture(quint16((quint8(v[0]) << 8) | quint8(v[1])));
}

QByteArray Packet::clientUuid() const
{
    return options.value(97);
}

} // namespace Crashcart::Netboot::Dhcp
