// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A PXE client's DHCP messages on loopback, for the tests of full DHCP (the service and
// `crashcart-cli serve`).

#include "netboot/dhcp/dhcppacket.h"

#include <QHostAddress>
#include <QNetworkDatagram>
#include <QTest>
#include <QUdpSocket>

#include <optional>

namespace DhcpTestClient {

inline QByteArray ipv4Bytes(const QHostAddress &a)
{
    const quint32 v = a.toIPv4Address();
    const char b[4] = { char(v >> 24), char(v >> 16), char(v >> 8), char(v) };
    return QByteArray(b, 4);
}

// A BIOS PXE client's DISCOVER or REQUEST from |mac| (6 bytes).
inline Crashcart::Netboot::Dhcp::Packet message(Crashcart::Netboot::Dhcp::MessageType type, const QByteArray &mac,
                                               const QHostAddress &requested = {}, const QHostAddress &server = {})
{
    Crashcart::Netboot::Dhcp::Packet p;
    p.xid = 0x1234;
    p.chaddr = mac + QByteArray(16 - mac.size(), '\0');
    p.options[53] = QByteArray(1, char(type));
    p.options[60] = "PXEClient:Arch:00000:UNDI:002001";
    p.options[93] = QByteArray("\x00\x00", 2);
    if (!requested.isNull())
        p.options[50] = ipv4Bytes(requested);
    if (!server.isNull())
        p.options[54] = ipv4Bytes(server);
    return p;
}

// Sends |request| to the server on loopback |port| and waits (2 s at most) for its answer.
inline std::optional<Crashcart::Netboot::Dhcp::Packet> exchange(QUdpSocket &client, const Crashcart::Netboot::Dhcp::Packet &request,
                                                                 quint16 port)
{
    client.writeDatagram(Crashcart::Netboot::Dhcp::serialize(request), QHostAddress::LocalHost, port);
    for (int i = 0; i < 100 && !client.hasPendingDatagrams(); ++i)
        QTest::qWait(20);
    if (!client.hasPendingDatagrams())
        return std::nullopt;
    auto reply = Crashcart::Netboot::Dhcp::parse(client.receiveDatagram().data());
    return reply ? std::optional<Crashcart::Netboot::Dhcp::Packet>(*reply) : std::nullopt;
}

} // namespace DhcpTestClient
