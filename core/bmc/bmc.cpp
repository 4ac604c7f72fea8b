// SPDX-License-Identifier: GPL-3.0-or-later
#include "bmc.h"

#include "common/hostname.h"
#include "common/ipaddress.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Crashcart::Bmc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Bmc::Client)
};

Error badEndpoint(const QString &text, const QString &why)
{
    return makeError("bmc.address", Tr::tr("BMC address '%1': %2").arg(text.left(80), why));
}

} // namespace

Result<Endpoint> Endpoint::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return badEndpoint(text, Tr::tr("empty"));
    QString host = trimmed;
    QString port;
    if (trimmed.startsWith(QLatin1Char('['))) {
        const qsizetype close = trimmed.indexOf(QLatin1Char(']'));
        if (close < 0)
            return badEndpoint(text, Tr::tr("'[' without ']'"));
        host = trimmed.mid(1, close - 1);
        const QString rest = trimmed.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return badEndpoint(text, Tr::tr("expected ':port' after ']'"));
            port = rest.mid(1);
        }
        QHostAddress address;
        if (!address.setAddress(host) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return badEndpoint(text, Tr::tr("'%1' between brackets is not an IPv6 address").arg(host.left(60)));
    } else if (trimmed.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
        host = trimmed.left(colon);
        port = trimmed.mid(colon + 1);
    }
    Endpoint endpoint;
    if (!port.isNull()) {
        bool ok = false;
        const uint value = port.toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return badEndpoint(text, Tr::tr("'%1' is not a port (1-65535)").arg(port.left(20)));
        endpoint.port = quint16(value);
    }
    if (auto address = IpAddress::normalize(host)) {
        endpoint.host = *address;
        return endpoint;
    }
    auto name = Hostname::normalize(host);
    if (!name)
        return badEndpoint(text, Tr::tr("'%1' is neither an IP address nor a host name").arg(host.left(60)));
    endpoint.host = *name;
    return endpoint;
}

QString Endpoint::toString() const
{
    const bool v6 = host.contains(QLatin1Char(':'));
    QString text = v6 ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port)
        text += QLatin1Char(':') + QString::number(port);
    return text;
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
