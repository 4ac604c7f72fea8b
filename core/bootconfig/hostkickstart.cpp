// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostkickstart.h"

#include "inventory/host.h"
#include "kickstart/snippetlibrary.h"

namespace Crashcart::BootConfig {

Kickstart::HostFacts hostFacts(const Inventory::Host &host)
{
    Kickstart::HostFacts facts;
    facts.mac = host.mac;
    facts.name = host.hostname;
    facts.ip = host.ip;
    facts.profile = host.profile;
    facts.bmcAddress = host.bmcAddress;
    facts.bmcType = host.bmcType;
    facts.tags = host.tags;
    return facts;
}

Kickstart::ServerEndpoint serverEndpoint(const Netboot::ServiceConfig &config)
{
    const QHostAddress address = Netboot::advertisedAddress(config);
    return { address.isNull() ? QString() : address.toString(), config.httpPort, config.tftpPort };
}

Kickstart::Rendered renderHostKickstart(const Inventory::Host &host, const QByteArray &templateText,
                                        const Kickstart::ServerEndpoint &server, const QString &token,
                                        const Kickstart::SnippetLibrary &snippets)
{
    const Kickstart::TemplateRenderer renderer(Kickstart::hostVariables(hostFacts(host), server, token),
                                               [&snippets](const QString &name) { return snippets.text(name); });
    return renderer.render(templateText);
}

} // namespace Crashcart::BootConfig
