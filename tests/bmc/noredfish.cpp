// SPDX-License-Identifier: GPL-3.0-or-later
// Stand-in for builds of core/bmc without the Redfish client (see ipmi.cmake): the IPMI tests
// link bmc.cpp, whose makeClient() names makeRedfishClient().
#include "bmc/bmc.h"

namespace Crashcart::Bmc {

std::unique_ptr<Client> makeRedfishClient(const Settings &)
{
    return nullptr;
}

} // namespace Crashcart::Bmc
