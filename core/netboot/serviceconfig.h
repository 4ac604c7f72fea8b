// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bootloaders.h"
#include "dhcp/leasepool.h"

#include "common/result.h"

#include <QHostAddress>
#include <QMetaType>
#include <QString>

namespace Crashcart::Netboot {

// The servers the netboot service runs, each started and stopped on its own.
enum class ServerKind { Tftp, Http, Dhcp, Syslog };
constexpr int ServerKindCount = 4;

enum class DhcpMode { Off, Proxy, Full };

// What the Servers view and `crashcart-cli serve` choose. Port 0 lets the system pick.
struct ServiceConfig
{
    QHostAddress listen = QHostAddress::AnyIPv4;
    QString interface;            // DHCP answers (and probes) only on it; empty: any
    quint16 tftpPort = 69;
    quint16 httpPort = 80;
    DhcpMode dhcpMode = DhcpMode::Off;
    quint16 dhcpPort = 67;
    quint16 pxePort = 4011;
    quint16 syslogPort = 514;     // UDP and TCP: Anaconda's inst.syslog
    QHostAddress advertised;      // what clients are told to boot from; null: derived
    UefiChain uefi = UefiChain::Ipxe; // what x86-64 UEFI clients are handed
    // Full DHCP only: the range, router, DNS and lease file; the netmask may stay null, it
    // is then the interface's (see poolOnInterface).
    Dhcp::PoolConfig pool;
};

// Full DHCP's pool on |interface|, checked: an interface must be named (full DHCP never
// answers on every interface), the range must lie in one of its IPv4 subnets (whose netmask
// the pool takes when it has none), the router in that subnet, the DNS servers IPv4.
Result<Dhcp::PoolConfig> poolOnInterface(const QString &interface, Dhcp::PoolConfig pool);

// "TFTP", "HTTP", "DHCP", "syslog": protocol names, the same in every language.
QString serverName(ServerKind server);
QString dhcpModeKey(DhcpMode mode); // "off", "proxy", "full" (settings and the CLI)
DhcpMode dhcpModeFromKey(const QString &key);
QString uefiChainKey(UefiChain chain); // "ipxe", "shim" (settings and the CLI)
UefiChain uefiChainFromKey(const QString &key);

// The address installers reach us at, the one rule for proxyDHCP's answers, generated loader
// configs and URLs, the kickstart preview and `ks render`: |config.advertised| when set;
// else the listen address when it names one; else the interface's first IPv4 address (null
// when the interface has none, which the pre-flight reports); with no interface chosen, this
// machine's first IPv4 address that is neither loopback nor link-local, else 127.0.0.1.
QHostAddress advertisedAddress(const ServiceConfig &config);

} // namespace Crashcart::Netboot

Q_DECLARE_METATYPE(Crashcart::Netboot::ServerKind)
