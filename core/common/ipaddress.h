// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QStringView>

namespace Crashcart::IpAddress {

// A host's unicast IPv4 or IPv6 address in canonical text form. IPv4 must be four dotted
// decimal octets without leading zeros (inet_aton would read 010 as octal: refuse rather
// than guess). Loopback, unspecified, multicast and scoped addresses are refused.
Result<QString> normalize(QStringView text);

bool looksLikeIpv4(QStringView text);

} // namespace Crashcart::IpAddress
