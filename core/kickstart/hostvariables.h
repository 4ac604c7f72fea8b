// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "template.h"

#include "common/macaddress.h"

#include <QStringList>

namespace Crashcart::Kickstart {

// Where installing hosts reach Crashcart.
struct ServerEndpoint
{
    QString address;
    quint16 httpPort = 80;
    quint16 tftpPort = 69;
};

// What a template may know of a host: the inventory's fields that installs use, as plain
// values (the kickstart library reads no database; core/bootconfig fills this from a Host).
struct HostFacts
{
    MacAddress mac;
    QString name;
    QString ip;        // empty: the address comes from DHCP
    QString profile;
    QString bmcAddress;
    QString bmcType;
    QStringList tags;  // "KEY=value" or a plain "KEY"
};

// The variables a template sees for one host's install:
//   host.name host.mac host.mac_dashes host.ip host.bootproto host.profile
//   host.bmc_address host.bmc_type host.tags (plain tags, blank-separated)
//   server.address server.http_port server.tftp_port server.url
//   install.token
//   tag.KEY (the value of a KEY=value tag; "true" for a plain tag KEY)
//   has.KEY ("true" or "false", for any KEY)
TemplateVariables hostVariables(const HostFacts &host, const ServerEndpoint &server, const QString &token);

// A fresh per-install token: 128 random bits, hex.
QString newInstallToken();

} // namespace Crashcart::Kickstart
