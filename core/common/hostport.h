// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace Crashcart {

// A host (IP address or name) with an optional port, as people write it for a service such as
// a BMC: "bmc1", "10.0.0.5:6230", "fd00::5", "[fd00::5]:8443". Loopback addresses are taken
// (tunnels and test BMCs listen there); port 0 means "the service's default".
struct HostPort
{
    QString host; // normalised, without brackets
    quint16 port = 0;

    // Errors have the code "hostport" and say what is wrong, naming |text|.
    static Result<HostPort> parse(const QString &text);
    // The text parse() reads back: host, host:port, v6, [v6]:port.
    QString toString() const;
    bool operator==(const HostPort &) const = default;
};

} // namespace Crashcart
