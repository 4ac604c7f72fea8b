// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bmc.h"

#include <functional>

namespace Crashcart::Bmc {

class IpmiSession;

// Client over IPMI 2.0 (RMCP+) through FreeIPMI: one session per call, opened with the
// settings' cipher suite at the administrator privilege and closed before the call returns.
// Session activation is tried settings.attempts times; reads are repeated on a timeout as well,
// commands that change the machine are not (FreeIPMI already retransmits within one attempt).
class IpmiClient final : public Client
{
public:
    explicit IpmiClient(Settings settings);

    Result<PowerState> powerState() override;
    Result<void> setPower(PowerAction action) override;
    // As `ipmitool chassis bootdev` does: set in progress, acknowledge the BIOS's boot info,
    // the boot flags (parameter 5), commit, set complete. Parameters 0 and 4 are optional.
    Result<void> setNextBoot(BootDevice device, BootMode mode, bool once) override;
    Result<void> clearNextBoot() override;
    Result<BootOverride> nextBoot() override;

private:
    // Opens a session (with the attempts) and runs `work` in it; a read whose command times out
    // is run again in a new session while attempts remain.
    Result<void> inSession(bool read, const std::function<Result<void>(IpmiSession &)> &work);
    Result<void> writeBootFlags(const QByteArray &flags);

    Settings m_settings;
};

} // namespace Crashcart::Bmc
