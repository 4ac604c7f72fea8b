// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kickstart/hostvariables.h"
#include "kickstart/template.h"
#include "netboot/serviceconfig.h"

namespace Crashcart::Inventory {
struct Host;
}
namespace Crashcart::Kickstart {
class SnippetLibrary;
}

namespace Crashcart::BootConfig {

// The template's view of an inventory host.
Kickstart::HostFacts hostFacts(const Inventory::Host &host);

// Where installers reach the servers |config| describes: its advertised address (the one
// rule, Netboot::advertisedAddress) and its ports. A port of 0 ("the system picks") is only
// known once a server runs; pass the bound ports in |config| where they are known.
Kickstart::ServerEndpoint serverEndpoint(const Netboot::ServiceConfig &config);

// A host's kickstart, rendered the one way: the HTTP server (ks/<mac>.cfg), `crashcart-cli ks
// render` and the kickstart editor's preview all call this, so what an admin checks is, byte
// for byte, what the installer fetches (the install token aside: each install has its own).
// Preseed templates render the same way, with the same variables: pass a SnippetLibrary made
// with SnippetLibrary::Format::Preseed (NAME.preseed snippets), and check the result with
// Preseed::Checker (or the template with Preseed::checkTemplate) instead of the kickstart linter.
Kickstart::Rendered renderHostKickstart(const Inventory::Host &host, const QByteArray &templateText,
                                        const Kickstart::ServerEndpoint &server, const QString &token,
                                        const Kickstart::SnippetLibrary &snippets);

} // namespace Crashcart::BootConfig
