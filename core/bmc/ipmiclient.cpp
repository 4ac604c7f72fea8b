// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmiclient.h"

#include "ipmicodec.h"
#include "ipmisession.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcIpmiClient, "crashcart.bmc.ipmiclient", QtInfoMsg)

namespace Crashcart::Bmc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Bmc::Client)
};

using namespace IpmiCodec;

// Parameters 0 (set in progress) and 4 (boot info acknowledge) are optional in the spec: a BMC
// without them answers 0x80 or 0xCC, one left "in progress" by another client 0x81.
bool optionalParameterRefusal(quint8 code)
{
    return code == CcParameterNotSupported || code == CcInvalidDataField || code == CcSetInProgressActive;
}

// True when the BMC took the value, false when it does not offer the parameter.
Result<bool> setOptional(IpmiSession &session, quint8 parameter, const QByteArray &value, const QString &what)
{
    auto response = session.command(CmdSetBootOptions, setBootOptionRequest(parameter, value), what);
    if (!response)
        return response.error();
    if (response->completionCode == CcOk)
        return true;
    if (!optionalParameterRefusal(response->completionCode))
        return makeError(Errors::Refused, Tr::tr("%1 refused %2: completion code %3")
                                              .arg(session.bmcName(), what, completionCodeText(response->completionCode)));
    qCDebug(lcIpmiClient) << what << "not taken:" << completionCodeText(response->completionCode);
    return false;
}

} // namespace

std::unique_ptr<Client> makeIpmiClient(const Settings &settings)
{
    return std::make_unique<IpmiClient>(settings);
}

IpmiClient::IpmiClient(Settings settings) : m_settings(std::move(settings)) { }

Result<void> IpmiClient::inSession(bool read, const std::function<Result<void>(IpmiSession &)> &work)
{
    const int attempts = std::max(m_settings.attempts, 1);
    Error last;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        IpmiSession session(m_settings);
        if (auto opened = session.open(); !opened) {
            if (!session.timedOut())
                return opened;
            last = opened.error();
            qCDebug(lcIpmiClient) << "attempt" << attempt << "of" << attempts << ":" << last.message;
            continue;
        }
        auto result = work(session);
        if (result || !read || !session.timedOut())
            return result;
        last = result.error();
    }
    if (attempts > 1)
        last.message = Tr::tr("%1 (tried %2 times)").arg(last.message).arg(attempts);
    return last;
}

Result<PowerState> IpmiClient::powerState()
{
    PowerState state = PowerState::Off;
    auto done = inSession(true, [&](IpmiSession &session) -> Result<void> {
        const QString what = Tr::tr("Get Chassis Status");
        auto data = session.call(CmdGetChassisStatus, {}, what);
        if (!data)
            return data.error();
        auto decoded = decodeChassisStatus(*data);
        if (!decoded)
            return makeError(Errors::Protocol, Tr::tr("%1 answered %2 with %3").arg(session.bmcName(), what,
                                                                                     decoded.error().message));
        state = *decoded;
        return {};
    });
    if (!done)
        return done.error();
    return state;
}

Result<void> IpmiClient::setPower(PowerAction action)
{
    return inSession(false, [&](IpmiSession &session) -> Result<void> {
        const QString what = Tr::tr("Chassis Control (%1)").arg(powerActionLabel(action));
        auto data = session.call(CmdChassisControl, QByteArray(1, char(chassisControl(action))), what);
        if (!data)
            return data.error();
        return {};
    });
}

Result<void> IpmiClient::writeBootFlags(const QByteArray &flags)
{
    return inSession(false, [&](IpmiSession &session) -> Result<void> {
        const QString what = Tr::tr("Set System Boot Options (boot flags)");
        auto inProgress = setOptional(session, ParamSetInProgress, QByteArray(1, char(SetInProgress)),
                                      Tr::tr("Set System Boot Options (set in progress)"));
        if (!inProgress)
            return inProgress.error();
        // Write mask 0x01, clear the BIOS/POST bit: what ipmitool sends before the flags.
        auto acknowledged = setOptional(session, ParamBootInfoAck, QByteArray::fromHex("0101"),
                                        Tr::tr("Set System Boot Options (boot info acknowledge)"));
        Result<void> result;
        if (!acknowledged) {
            result = acknowledged.error();
        } else if (auto data = session.call(CmdSetBootOptions, setBootOptionRequest(ParamBootFlags, flags), what); !data) {
            result = data.error();
        }
        // Only a lock this session took is committed and released: 0x81 means another client's.
        if (!*inProgress)
            return result;
        if (result) {
            if (auto commit = setOptional(session, ParamSetInProgress, QByteArray(1, char(CommitWrite)),
                                          Tr::tr("Set System Boot Options (commit write)"));
                !commit)
                result = commit.error();
        }
        // Always back to "set complete", or the next client's set in progress is refused (0x81).
        auto complete = setOptional(session, ParamSetInProgress, QByteArray(1, char(SetComplete)),
                                    Tr::tr("Set System Boot Options (set complete)"));
        if (result && !complete)
            return complete.error();
        return result;
    });
}

Result<void> IpmiClient::setNextBoot(BootDevice device, BootMode mode, bool once)
{
    if (device == BootDevice::None)
        return clearNextBoot();
    if (device == BootDevice::Other)
        return makeError(Errors::Unsupported, Tr::tr("%1: 'other' is not a boot device one can set")
                                                  .arg(IpmiSession(m_settings).bmcName()));
    return writeBootFlags(encodeBootFlags(device, mode, once));
}

Result<void> IpmiClient::clearNextBoot()
{
    return writeBootFlags(encodeBootFlags(BootDevice::None, BootMode::Unknown, true));
}

Result<BootOverride> IpmiClient::nextBoot()
{
    BootOverride next;
    auto done = inSession(true, [&](IpmiSession &session) -> Result<void> {
        const QString what = Tr::tr("Get System Boot Options (boot flags)");
        auto data = session.call(CmdGetBootOptions, getBootOptionRequest(ParamBootFlags), what);
        if (!data)
            return data.error();
        auto decoded = decodeBootFlagsResponse(*data);
        if (!decoded)
            return makeError(Errors::Protocol, Tr::tr("%1 answered %2 with %3").arg(session.bmcName(), what,
                                                                                     decoded.error().message));
        next = *decoded;
        return {};
    });
    if (!done)
        return done.error();
    return next;
}

} // namespace Crashcart::Bmc
