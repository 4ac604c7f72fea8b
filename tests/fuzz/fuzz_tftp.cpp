// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: TFTP packets as the server receives them, then option negotiation on what parsed.
#include "netboot/tftp/tftpoptions.h"
#include "netboot/tftp/tftppacket.h"

using namespace Crashcart::Netboot::Tftp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto packet = parse(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!packet)
        return 0;
    const Limits limits;
    const Negotiated n = negotiate(packet->options, limits, 100'000'000, 1468);
    // What was granted must lie within the limits, whatever was asked.
    if (n.blockSize < 8 || n.blockSize > 65464 || n.windowSize < 1)
        __builtin_trap();
    return 0;
}
