// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmicodec.h"

#include <QCoreApplication>

namespace Crashcart::Bmc::IpmiCodec {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Bmc::Client)
};

// Parameter 5, data byte 1 and the device selector (bits 5:2) of data byte 2.
constexpr quint8 FlagValid = 0x80;
constexpr quint8 FlagPersistent = 0x40;
constexpr quint8 FlagEfi = 0x20;
constexpr quint8 DeviceMask = 0x3c;
constexpr quint8 DevicePxe = 0x01 << 2;
constexpr quint8 DeviceDisk = 0x02 << 2;
constexpr quint8 DeviceCdrom = 0x05 << 2;
constexpr quint8 DeviceBiosSetup = 0x06 << 2;
constexpr int BootFlagsSize = 5;

Error protocolError(const QString &what)
{
    return makeError(Errors::Protocol, what);
}

QString hexBytes(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.left(16).toHex(' '));
}

} // namespace

Result<Response> parseResponse(const QByteArray &raw, quint8 expectedCommand)
{
    if (raw.size() < 2)
        return protocolError(Tr::tr("a response of %n byte(s), too short for a completion code", nullptr,
                                    int(raw.size())));
    Response response;
    response.command = quint8(raw.at(0));
    response.completionCode = quint8(raw.at(1));
    response.data = raw.mid(2);
    if (response.command != expectedCommand)
        return protocolError(Tr::tr("a response to command 0x%1 instead of 0x%2")
                                 .arg(response.command, 2, 16, QLatin1Char('0'))
                                 .arg(expectedCommand, 2, 16, QLatin1Char('0')));
    return response;
}

Result<PowerState> decodeChassisStatus(const QByteArray &data)
{
    // Byte 1 current power state, byte 2 last power event, byte 3 misc chassis state.
    if (data.size() < 3)
        return protocolError(Tr::tr("a chassis status of %n byte(s) (expected at least 3): %1", nullptr,
                                    int(data.size())).arg(hexBytes(data)));
    return (quint8(data.at(0)) & 0x01) ? PowerState::On : PowerState::Off;
}

quint8 chassisControl(PowerAction action)
{
    switch (action) {
    case PowerAction::Off: return 0x00;
    case PowerAction::On: return 0x01;
    case PowerAction::Cycle: return 0x02;
    case PowerAction::Reset: return 0x03;
    case PowerAction::SoftOff: return 0x05;
    }
    return 0x00;
}

QByteArray encodeBootFlags(BootDevice device, BootMode mode, bool once)
{
    QByteArray flags(BootFlagsSize, '\0');
    quint8 selector = 0;
    switch (device) {
    case BootDevice::Pxe: selector = DevicePxe; break;
    case BootDevice::Disk: selector = DeviceDisk; break;
    case BootDevice::Cdrom: selector = DeviceCdrom; break;
    case BootDevice::BiosSetup: selector = DeviceBiosSetup; break;
    case BootDevice::None:
    case BootDevice::Other: return flags;
    }
    quint8 first = FlagValid;
    if (!once)
        first |= FlagPersistent;
    if (mode == BootMode::Uefi)
        first |= FlagEfi;
    flags[0] = char(first);
    flags[1] = char(selector);
    return flags;
}

Result<BootOverride> decodeBootFlags(const QByteArray &data)
{
    if (data.size() < BootFlagsSize)
        return protocolError(Tr::tr("boot flags of %n byte(s) (expected 5): %1", nullptr, int(data.size()))
                                 .arg(hexBytes(data)));
    const quint8 first = quint8(data.at(0));
    const quint8 selector = quint8(data.at(1)) & DeviceMask;
    BootOverride result;
    if (selector == 0)
        return result; // None, once, mode unknown: nothing overrides the machine's order
    result.valid = (first & FlagValid) != 0;
    switch (selector) {
    case DevicePxe: result.device = BootDevice::Pxe; break;
    case DeviceDisk: result.device = BootDevice::Disk; break;
    case DeviceCdrom: result.device = BootDevice::Cdrom; break;
    case DeviceBiosSetup: result.device = BootDevice::BiosSetup; break;
    default: result.device = BootDevice::Other; break;
    }
    result.once = !(first & FlagPersistent);
    result.mode = (first & FlagEfi) ? BootMode::Uefi : BootMode::Legacy;
    return result;
}

QByteArray getBootOptionRequest(quint8 parameter)
{
    QByteArray request(3, '\0');
    request[0] = char(parameter & 0x7f);
    return request;
}

QByteArray setBootOptionRequest(quint8 parameter, const QByteArray &value)
{
    return QByteArray(1, char(parameter & 0x7f)) + value;
}

Result<BootOverride> decodeBootFlagsResponse(const QByteArray &data)
{
    if (data.size() < 2)
        return protocolError(Tr::tr("a boot options answer of %n byte(s): %1", nullptr, int(data.size()))
                                 .arg(hexBytes(data)));
    const quint8 parameter = quint8(data.at(1)) & 0x7f;
    if (parameter != ParamBootFlags)
        return protocolError(Tr::tr("boot option parameter %1 instead of 5").arg(parameter));
    return decodeBootFlags(data.mid(2));
}

QString completionCodeText(quint8 code)
{
    QString text;
    switch (code) {
    case 0x00: text = Tr::tr("success"); break;
    case 0x80: text = Tr::tr("parameter not supported"); break;
    case 0x81: text = Tr::tr("another client is setting parameters"); break;
    case 0x82: text = Tr::tr("parameter is read-only"); break;
    case 0xc0: text = Tr::tr("node busy"); break;
    case 0xc1: text = Tr::tr("invalid command"); break;
    case 0xc2: text = Tr::tr("command invalid for this LUN"); break;
    case 0xc3: text = Tr::tr("timeout while processing the command"); break;
    case 0xc4: text = Tr::tr("out of space"); break;
    case 0xc5: text = Tr::tr("reservation cancelled or invalid"); break;
    case 0xc6: text = Tr::tr("request data truncated"); break;
    case 0xc7: text = Tr::tr("request data length invalid"); break;
    case 0xc8: text = Tr::tr("request data field length limit exceeded"); break;
    case 0xc9: text = Tr::tr("parameter out of range"); break;
    case 0xca: text = Tr::tr("cannot return the number of requested data bytes"); break;
    case 0xcb: text = Tr::tr("requested sensor, data or record not present"); break;
    case 0xcc: text = Tr::tr("invalid data field in request"); break;
    case 0xcd: text = Tr::tr("command illegal for this sensor or record type"); break;
    case 0xce: text = Tr::tr("command response could not be provided"); break;
    case 0xcf: text = Tr::tr("cannot execute a duplicated request"); break;
    case 0xd0: text = Tr::tr("SDR repository in update mode"); break;
    case 0xd1: text = Tr::tr("device in firmware update mode"); break;
    case 0xd2: text = Tr::tr("BMC initialization in progress"); break;
    case 0xd3: text = Tr::tr("destination unavailable"); break;
    case 0xd4: text = Tr::tr("insufficient privilege level"); break;
    case 0xd5: text = Tr::tr("command not supported in the present state"); break;
    case 0xd6: text = Tr::tr("command sub-function disabled or unavailable"); break;
    case 0xff: text = Tr::tr("unspecified error"); break;
    default:
        text = (code >= 0x01 && code <= 0x7e) ? Tr::tr("command-specific error") : Tr::tr("unknown completion code");
        break;
    }
    return QStringLiteral("0x%1: %2").arg(code, 2, 16, QLatin1Char('0')).arg(text);
}

} // namespace Crashcart::Bmc::IpmiCodec
