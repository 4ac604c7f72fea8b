// SPDX-License-Identifier: GPL-3.0-or-later
#include "serviceconfig.h"

#include <QCoreApplication>
#include <QNetworkInterface>

namespace Crashcart::Netboot {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Netboot::ServiceConfig)
};

bool isIpv4(const QHostAddress &a)
{
    return a.protocol() == QAbstractSocket::IPv4Protocol && a != QHostAddress(QHostAddress::AnyIPv4);
}

} // namespace

QString serverName(ServerKind server)
{
    switch (server) {
    case ServerKind::Tftp: return QStringLiteral("TFTP");
    case ServerKind::Http: return QStringLiteral("HTTP");
    case ServerKind::Dhcp: return QStringLiteral("DHCP");
    case ServerKind::Syslog: return QStringLiteral("syslog");
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

QHostAddress advertisedAddress(const ServiceConfig &config)
{
    if (!config.advertised.isNull())
        return config.advertised;
    if (config.listen != QHostAddress(QHostAddress::AnyIPv4) && config.listen != QHostAddress(QHostAddress::Any))
        return config.listen;
    if (!config.interface.isEmpty()) {
        const QNetworkInterface iface = QNetworkInterface::interfaceFromName(config.interface);
        for (const QNetworkAddressEntry &e : iface.addressEntries()) {
            if (e.ip().protocol() == QAbstractSocket::IPv4Protocol)
                return e.ip();
        }
        return {};
    }
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal())
            return a;
    }
    return QHostAddress(QHostAddress::LocalHost);
}

} // namespace Crashcart::Netboot

namespace Crashcart::Netboot {

Result<Dhcp::PoolConfig> poolOnInterface(const QString &interface, Dhcp::PoolConfig pool)
{
    if (interface.isEmpty()) {
        return makeError("dhcp.interface", Tr::tr("Full DHCP hands out addresses, so it answers on one interface only: "
                                                  "choose the interface of the lab network it serves"));
    }
    if (!isIpv4(pool.first) || !isIpv4(pool.last))
        return makeError("dhcp.pool", Tr::tr("Enter the first and the last IPv4 address of the pool"));
    const QNetworkInterface iface = QNetworkInterface::interfaceFromName(interface);
    if (!iface.isValid())
        return makeError("dhcp.interface", Tr::tr("There is no interface %1 on this machine").arg(interface));
    QStringList subnets;
    QHostAddress netmask;
    int prefix = -1;
    for (const QNetworkAddressEntry &e : iface.addressEntries()) {
        if (e.ip().protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        subnets.append(e.ip().toString() + u'/' + QString::number(e.prefixLength()));
        if (prefix < 0 && pool.first.isInSubnet(e.ip(), e.prefixLength()) && pool.last.isInSubnet(e.ip(), e.prefixLength())) {
            netmask = e.netmask();
            prefix = e.prefixLength();
        }
    }
    if (subnets.isEmpty())
        return makeError("dhcp.interface", Tr::tr("The interface %1 has no IPv4 address: give it one in the pool's subnet").arg(interface));
    if (prefix < 0) {
        return makeError("dhcp.pool", Tr::tr("The pool %1 – %2 is not in a subnet of %3 (%4)")
                                          .arg(pool.first.toString(), pool.last.toString(), interface,
                                               subnets.join(QStringLiteral(", "))));
    }
    if (pool.netmask.isNull())
        pool.netmask = netmask;
    if (!pool.router.isNull() && (!isIpv4(pool.router) || !pool.router.isInSubnet(pool.first, prefix)))
        return makeError("dhcp.router", Tr::tr("The router %1 is not in the pool's subnet").arg(pool.router.toString()));
    for (const QHostAddress &dns : std::as_const(pool.dns)) {
        if (!isIpv4(dns))
            return makeError("dhcp.dns", Tr::tr("The DNS server %1 is not an IPv4 address").arg(dns.toString()));
    }
    if (auto r = pool.validate(); !r)
        return r.error();
    return pool;
}

} // namespace Crashcart::Netboot
