// SPDX-License-Identifier: GPL-3.0-or-later
#include "serviceconfig.h"

#include <QNetworkInterface>

namespace Crashcart::Netboot {

QString serverName(ServerKind server)
{
    switch (server) {
    case ServerKind::Tftp: return QStringLiteral("TFTP");
    case ServerKind::Http: return QStringLiteral("HTTP");
    case ServerKind::Dhcp: return QStringLiteral("DHCP");
    }
    return {};
}

QString dhcpModeKey(DhcpMode mode)
{
    switch (mode) {
    case DhcpMode::Off: return QStringLiteral("off");
    case DhcpMode::Proxy: return QStringLiteral("proxy");
    case DhcpMode::Full: return QStringLiteral("full");
    }
    return {};
}

DhcpMode dhcpModeFromKey(const QString &key)
{
    if (key == QLatin1String("proxy"))
        return DhcpMode::Proxy;
    if (key == QLatin1String("full"))
        return DhcpMode::Full;
    return DhcpMode::Off;
}

QString uefiChainKey(UefiChain chain)
{
    return chain == UefiChain::ShimGrub ? QStringLiteral("shim") : QStringLiteral("ipxe");
}

UefiChain uefiChainFromKey(const QString &key)
{
    return key == QLatin1String("shim") ? UefiChain::ShimGrub : UefiChain::Ipxe;
}

QHostAddress advertisedAddress(const QHostAddress &listen, const QString &interface)
{
    if (listen != QHostAddress(QHostAddress::AnyIPv4) && listen != QHostAddress(QHostAddress::Any))
        return listen;
    const QNetworkInterface iface = QNetworkInterface::interfaceFromName(interface);
    for (const QNetworkAddressEntry &e : iface.addressEntries()) {
        if (e.ip().protocol() == QAbstractSocket::IPv4Protocol)
            return e.ip();
    }
    return {};
}

} // namespace Crashcart::Netboot
