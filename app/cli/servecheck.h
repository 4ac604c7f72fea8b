// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTextStream;

namespace Crashcart::Netboot {
struct PreflightRequest;
}

namespace Crashcart::Cli {

// `serve --check`: the Servers view's pre-flight for the settings given, without starting
// anything: ports taken, privileges, boot loaders and, with DHCP on, who else answers DHCP and
// PXE clients on the network (about six seconds). Findings go to |out|, most serious first,
// as text or (|json|) an array. Returns 1 when one of them blocks the servers, else 0.
int runServeCheck(const Netboot::PreflightRequest &request, bool json, QTextStream &out);

} // namespace Crashcart::Cli
