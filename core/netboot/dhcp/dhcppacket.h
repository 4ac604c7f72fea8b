// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/macaddress.h"
#include "common/result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>

namespace Crashcart::Netboot::Dhcp {

// DHCP message types (option 53).
enum class MessageType : quint8 {
    Discover = 1, Offer = 2, Request = 3, Decline = 4, Ack = 5, Nak = 6, Release = 7, Inform = 8,
};

// Client system architecture (option 93, RFC 4578 and IANA's registry): what decides the
// boot file.
enum class Architecture : quint16 {
    BiosX86 = 0,
    EfiIa32 = 6,
    EfiX86_64 = 7,
    EfiBc = 9, // also x86-64 UEFI in practice
    EfiArm64 = 11,
    EfiX86_64Http = 16,
    EfiArm64Http = 19,
};

// A BOOTP/DHCP message (RFC 2131/2132), decoded. Options are kept raw by code, so the
// responder can read what it needs and echo what the PXE specification asks it to echo.
struct Packet
{
    quint8 op = 1; // 1 request, 2 reply
    quint8 htype = 1;
    quint8 hlen = 6;
    quint8 hops = 0;
    quint32 xid = 0;
    quint16 secs = 0;
    quint16 flags = 0;
    QHostAddress ciaddr, yiaddr, siaddr, giaddr;
    QByteArray chaddr; // 16 bytes
    QByteArray sname;  // up to 64
    QByteArray file;   // up to 128
    QMap<quint8, QByteArray> options;

    std::optional<MessageType> messageType() const;
    MacAddress clientMac() const;
    // Option 60 begins with "PXEClient" (firmware) or the client sent iPXE's user class.
    bool isPxeClient() const;
    bool isIpxe() const; // option 77 "iPXE" or iPXE's option 175
    std::optional<Architecture> architecture() const;
    QByteArray clientUuid() const; // option 97, echoed back to PXE clients
};

// Decodes a datagram. Malformed input (short header, no magic cookie, an option running
// past the end, a length that lies, an overlong message) is an Error value.
Result<Packet> parse(QByteArrayView datagram);
// An IPv4 address as an option value (4 bytes, network order).
QByteArray ipv4Option(const QHostAddress &address);

// Encodes with options in ascending order, END and padding to the BOOTP minimum of 300 bytes.
QByteArray serialize(const Packet &packet);

} // namespace Crashcart::Netboot::Dhcp
