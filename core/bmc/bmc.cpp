// SPDX-License-Identifier: GPL-3.0-or-later
#include "bmc.h"

#include "common/hostport.h"

#include <QCoreApplication>

namespace Crashcart::Bmc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Bmc::Client)
};

} // namespace

Result<Endpoint> Endpoint::parse(const QString &text)
{
    auto parsed = HostPort::parse(text);
    if (!parsed)
        return makeError("bmc.address", Tr::tr("BMC address %1").arg(parsed.error().message));
    return Endpoint { parsed->host, parsed->port };
}

QString Endpoint::toString() const
{
    return HostPort { host, port }.toString();
}

std::unique_ptr<Client> makeClient(const Settings &settings)
{
    switch (settings.protocol) {
    case Protocol::Ipmi: return makeIpmiClient(settings);
    case Protocol::Redfish: return makeRedfishClient(settings);
    }
    return nullptr;
}

Result<Protocol> protocolForType(const QString &bmcType)
{
    const QString type = bmcType.trimmed().toLower();
    if (type == QLatin1String("ipmi"))
        return Protocol::Ipmi;
    if (type == QLatin1String("redfish") || type == QLatin1String("idrac") || type == QLatin1String("ilo")
        || type == QLatin1String("xcc"))
        return Protocol::Redfish;
    if (type.isEmpty())
        return makeError("bmc.type", Tr::tr("No BMC type set (ipmi or redfish)"));
    return makeError("bmc.type", Tr::tr("Unknown BMC type '%1'").arg(type.left(20)));
}

QString protocolName(Protocol protocol)
{
    return protocol == Protocol::Ipmi ? QStringLiteral("ipmi") : QStringLiteral("redfish");
}

QString powerStateName(PowerState state)
{
    return state == PowerState::On ? QStringLiteral("on") : QStringLiteral("off");
}

QString bootDeviceName(BootDevice device)
{
    switch (device) {
    case BootDevice::None: return QStringLiteral("none");
    case BootDevice::Pxe: return QStringLiteral("pxe");
    case BootDevice::Disk: return QStringLiteral("disk");
    case BootDevice::Cdrom: return QStringLiteral("cdrom");
    case BootDevice::BiosSetup: return QStringLiteral("bios");
    case BootDevice::Other: return QStringLiteral("other");
    }
    return {};
}

QString bootModeName(BootMode mode)
{
    switch (mode) {
    case BootMode::Unknown: return QStringLiteral("unknown");
    case BootMode::Legacy: return QStringLiteral("legacy");
    case BootMode::Uefi: return QStringLiteral("uefi");
    }
    return {};
}

QString powerActionName(PowerAction action)
{
    switch (action) {
    case PowerAction::On: return QStringLiteral("on");
    case PowerAction::Off: return QStringLiteral("off");
    case PowerAction::Cycle: return QStringLiteral("cycle");
    case PowerAction::Reset: return QStringLiteral("reset");
    case PowerAction::SoftOff: return QStringLiteral("soft-off");
    }
    return {};
}

std::optional<PowerAction> powerActionFromName(QStringView name)
{
    for (PowerAction action : { PowerAction::On, PowerAction::Off, PowerAction::Cycle, PowerAction::Reset, PowerAction::SoftOff }) {
        if (name == powerActionName(action))
            return action;
    }
    return std::nullopt;
}

QString powerActionLabel(PowerAction action)
{
    switch (action) {
    case PowerAction::On: return Tr::tr("Power on");
    case PowerAction::Off: return Tr::tr("Power off");
    case PowerAction::Cycle: return Tr::tr("Power cycle");
    case PowerAction::Reset: return Tr::tr("Reset");
    case PowerAction::SoftOff: return Tr::tr("Shut down");
    }
    return {};
}

} // namespace Crashcart::Bmc
