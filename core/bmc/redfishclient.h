// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bmc/bmc.h"
#include "bmc/redfishcodec.h"

#include <memory>

namespace Crashcart::Bmc::Redfish {

class Http;
struct Reply;

// The system to act on is unclear: several and no hint, or none matches the hint.
inline constexpr char SystemChoice[] = "bmc.system";

// Bmc::Client over Redfish. The first call logs in (a SessionService session, its token in
// X-Auth-Token, deleted again by the destructor; HTTP Basic when the service has no sessions)
// and finds the system: the only member of /redfish/v1/Systems, or the one whose UUID or a MAC
// of its EthernetInterfaces is the settings' systemHint.
class RedfishClient final : public Client
{
public:
    explicit RedfishClient(const Settings &settings);
    ~RedfishClient() override;
    RedfishClient(const RedfishClient &) = delete;
    RedfishClient &operator=(const RedfishClient &) = delete;

    Result<PowerState> powerState() override;
    Result<void> setPower(PowerAction action) override;
    Result<void> setNextBoot(BootDevice device, BootMode mode, bool once) override;
    Result<void> clearNextBoot() override;
    Result<BootOverride> nextBoot() override;
    QString presentedFingerprint() const override;

private:
    Result<void> connectOnce();
    Result<void> login(const ServiceRoot &root);
    Result<QString> findSystem(const QString &collection);
    Result<bool> systemMatches(const ComputerSystem &system, const QString &hint);
    // A request with the session (logged in again once if the BMC dropped it); 401 and 403 are
    // Errors::Auth, other statuses come back for the caller.
    Result<Reply> call(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Result<ComputerSystem> readSystem();
    Result<void> patchBoot(const QByteArray &body, ComputerSystem system);
    Error refused(const QString &what, const Reply &reply) const;
    Error badAnswer(const QString &what, const Error &why) const;

    Settings m_settings;
    std::unique_ptr<Http> m_http;
    ServiceRoot m_root;
    QString m_session; // the session resource to DELETE at the end
    QString m_system;
    bool m_connected = false;
};

} // namespace Crashcart::Bmc::Redfish
