// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tftppacket.h"

#include <optional>

namespace Crashcart::Netboot::Tftp {

// What the server allows; clients ask, the server grants at most this.
struct Limits
{
    int maxBlockSize = 65464;    // RFC 2348's largest
    int maxWindowSize = 64;      // RFC 7440 allows 65535; more buys nothing on a LAN
    int defaultTimeoutMs = 1000; // until the client names one (RFC 2349)
};

// The outcome of RFC 2347 negotiation for one read request.
struct Negotiated
{
    int blockSize = 512;
    int windowSize = 1;
    int timeoutMs = 1000;
    Options oack; // what to acknowledge; empty: no OACK, start with DATA 1
};

// Grants what the limits allow and ignores what they do not (unknown options, values out
// of range, non-numbers): RFC 2347 lets a server leave out any option it will not honour.
// |pathBlockLimit| is the largest block that crosses the path to the client unfragmented,
// when known; a client asking for more gets that instead.
Negotiated negotiate(const Options &requested, const Limits &limits, qint64 fileSize,
                     std::optional<int> pathBlockLimit = std::nullopt);

} // namespace Crashcart::Netboot::Tftp
