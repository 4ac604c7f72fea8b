// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: a BMC's Redfish answers through every parser of the codec (service root, a
// collection, a ComputerSystem, an EthernetInterface, an error body), then what the client
// derives from a parsed system (power state, boot override, the reset type for each action).
#include "bmc/redfishcodec.h"

using namespace Crashcart::Bmc;
using namespace Crashcart::Bmc::Redfish;

namespace {

bool isPath(const QString &path)
{
    return path.startsWith(QLatin1Char('/'));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (auto root = parseServiceRoot(bytes)) {
        if (!isPath(root->systems) || (!root->sessions.isEmpty() && !isPath(root->sessions)))
            __builtin_trap();
    }
    if (auto members = parseCollection(bytes)) {
        for (const QString &member : std::as_const(*members)) {
            if (!isPath(member))
                __builtin_trap();
        }
    }
    (void)parseInterfaceMac(bytes);
    // Shown to people: one bounded line.
    const QString text = errorText(bytes);
    if (text.size() > 403 || text.contains(QLatin1Char('\n')))
        __builtin_trap();

    auto system = parseSystem(bytes);
    if (!system)
        return 0;
    if (!system->resetTarget.isEmpty() && !isPath(system->resetTarget))
        __builtin_trap();
    if (!system->ethernetInterfaces.isEmpty() && !isPath(system->ethernetInterfaces))
        __builtin_trap();
    (void)powerStateOf(*system);
    if (!bootOverrideOf(*system))
        __builtin_trap();
    for (PowerAction action : { PowerAction::On, PowerAction::Off, PowerAction::Cycle, PowerAction::Reset,
                                PowerAction::SoftOff }) {
        auto type = chooseResetType(action, system->resetTypes);
        if (type && !system->resetTypes.isEmpty() && !system->resetTypes.contains(*type))
            __builtin_trap();
    }
    return 0;
}
