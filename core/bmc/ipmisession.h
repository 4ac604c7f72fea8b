// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bmc.h"
#include "ipmicodec.h"

#include <QByteArray>
#include <QString>

struct ipmi_ctx;

namespace Crashcart::Bmc {

// One authenticated IPMI 2.0 (RMCP+) session with a BMC, through FreeIPMI: opened by open(),
// closed by the destructor. Every failure comes back as an Error whose message names the BMC.
class IpmiSession final
{
public:
    explicit IpmiSession(const Settings &settings);
    ~IpmiSession();
    Q_DISABLE_COPY_MOVE(IpmiSession)

    // Activates a session at the administrator privilege: Unreachable (no answer within the
    // settings' timeout), Auth (user, password or privilege refused), Unsupported (cipher suite).
    Result<void> open();
    // Sends a chassis command and returns its response whatever its completion code.
    // `what` names the command for people ("Get Chassis Status").
    Result<IpmiCodec::Response> command(quint8 cmd, const QByteArray &data, const QString &what);
    // As command(), but a completion code other than 0 is Errors::Refused.
    Result<QByteArray> call(quint8 cmd, const QByteArray &data, const QString &what);

    // "BMC 10.0.0.5:623", for messages.
    QString bmcName() const;
    // The last failure was a BMC that did not answer (worth another attempt).
    bool timedOut() const { return m_timedOut; }
    // The text FreeIPMI takes as host: "host:port", "[v6]:port".
    static QByteArray freeIpmiHost(const Endpoint &endpoint);

private:
    Error failure(const QString &what);

    const Settings &m_settings;
    ipmi_ctx *m_ctx = nullptr;
    bool m_timedOut = false;
};

} // namespace Crashcart::Bmc
