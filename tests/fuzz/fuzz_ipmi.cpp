// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: what a BMC answers over IPMI, as FreeIPMI hands it over (command, completion code,
// data), through the codec's decoders; boot flags that decode must encode back to themselves.
#include "bmc/ipmicodec.h"

using namespace Crashcart::Bmc;
namespace Codec = Crashcart::Bmc::IpmiCodec;

namespace {

void checkOverride(const BootOverride &boot)
{
    // No override carries no mode and no persistence; an override always has a mode.
    if (boot.device == BootDevice::None && (boot.mode != BootMode::Unknown || !boot.once))
        __builtin_trap();
    if (boot.device != BootDevice::None && boot.mode == BootMode::Unknown)
        __builtin_trap();
    if (boot.device == BootDevice::None || boot.device == BootDevice::Other)
        return;
    // Encoding always marks the override valid.
    BootOverride expected = boot;
    expected.valid = true;
    const auto again = Codec::decodeBootFlags(Codec::encodeBootFlags(boot.device, boot.mode, boot.once));
    if (!again || !(*again == expected))
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (auto status = Codec::parseResponse(bytes, Codec::CmdGetChassisStatus)) {
        if (status->data != bytes.mid(2))
            __builtin_trap();
        (void)Codec::decodeChassisStatus(status->data);
    }
    if (auto options = Codec::parseResponse(bytes, Codec::CmdGetBootOptions)) {
        if (auto boot = Codec::decodeBootFlagsResponse(options->data))
            checkOverride(*boot);
    }
    if (auto boot = Codec::decodeBootFlags(bytes))
        checkOverride(*boot);
    else if (bytes.size() >= 5)
        __builtin_trap(); // five bytes or more always decode
    if (!bytes.isEmpty() && Codec::completionCodeText(quint8(bytes.at(0))).size() < 6)
        __builtin_trap();
    return 0;
}
