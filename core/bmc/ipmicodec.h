// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bmc.h"
#include "common/result.h"

#include <QByteArray>
#include <QString>

// The bytes of the few IPMI chassis commands Crashcart sends (IPMI 2.0 spec, chapter 28): pure
// functions, no session, no socket. Requests are the command's data bytes; responses are what
// FreeIPMI's ipmi_cmd_raw() hands back: command, completion code, then the data.
namespace Crashcart::Bmc::IpmiCodec {

inline constexpr quint8 NetFnChassis = 0x00;
inline constexpr quint8 CmdGetChassisStatus = 0x01;
inline constexpr quint8 CmdChassisControl = 0x02;
inline constexpr quint8 CmdSetBootOptions = 0x08;
inline constexpr quint8 CmdGetBootOptions = 0x09;

// System boot option parameters.
inline constexpr quint8 ParamSetInProgress = 0;
inline constexpr quint8 ParamBootInfoAck = 4;
inline constexpr quint8 ParamBootFlags = 5;

// Set In Progress values.
inline constexpr quint8 SetComplete = 0;
inline constexpr quint8 SetInProgress = 1;
inline constexpr quint8 CommitWrite = 2;

// Completion codes the client tolerates on the optional parameters 0 and 4.
inline constexpr quint8 CcOk = 0x00;
inline constexpr quint8 CcParameterNotSupported = 0x80;
inline constexpr quint8 CcSetInProgressActive = 0x81;
inline constexpr quint8 CcInvalidDataField = 0xcc;

// A response split up; data excludes command and completion code.
struct Response
{
    quint8 command = 0;
    quint8 completionCode = 0;
    QByteArray data;
};

// At least command and completion code, and the command asked for.
Result<Response> parseResponse(const QByteArray &raw, quint8 expectedCommand);

// Get Chassis Status data (current power state first): bit 0 of byte 1 is "power is on".
Result<PowerState> decodeChassisStatus(const QByteArray &data);

// The Chassis Control request byte for an action.
quint8 chassisControl(PowerAction action);

// Boot parameter 5's five data bytes. Device None gives all zeros (valid bit clear: no override);
// BootMode::Unknown is sent as legacy (EFI bit clear). Other is not a device one can ask for:
// callers refuse it before (it encodes as None).
QByteArray encodeBootFlags(BootDevice device, BootMode mode, bool once);
// The five data bytes back: no device -> None; a device with the valid bit clear comes back
// with valid false (see BootOverride::valid). Device selectors Crashcart
// does not name (safe mode, diagnostics, floppy, ...) -> Other. Fewer than five bytes: Protocol.
Result<BootOverride> decodeBootFlags(const QByteArray &data);

// Get System Boot Options request data for a parameter (set and block selector 0).
QByteArray getBootOptionRequest(quint8 parameter);
// Set System Boot Options request data: the parameter (valid, not locked), then its bytes.
QByteArray setBootOptionRequest(quint8 parameter, const QByteArray &value);
// Get System Boot Options response data for parameter 5: version, parameter, five bytes.
Result<BootOverride> decodeBootFlagsResponse(const QByteArray &data);

// Translated text for a completion code, with the code in hex ("0xc1: invalid command").
QString completionCodeText(quint8 code);

} // namespace Crashcart::Bmc::IpmiCodec
