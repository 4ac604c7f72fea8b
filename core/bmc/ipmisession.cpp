// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmisession.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <freeipmi/api/ipmi-api.h>
#include <freeipmi/cmds/ipmi-messaging-support-cmds.h>
#include <freeipmi/spec/ipmi-privilege-level-spec.h>
#include <freeipmi/util/ipmi-cipher-suite-util.h>

#include <algorithm>

Q_LOGGING_CATEGORY(lcIpmiSession, "crashcart.bmc.ipmisession", QtInfoMsg)

namespace Crashcart::Bmc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Bmc::Client)
};

constexpr quint16 DefaultPort = 623;
constexpr int MaxResponse = 256;

// Overwrites a copy of the password before it is freed.
struct Wiped
{
    QByteArray bytes;
    ~Wiped() { std::fill(bytes.begin(), bytes.end(), '\0'); }
};

} // namespace

IpmiSession::IpmiSession(const Settings &settings) : m_settings(settings) { }

IpmiSession::~IpmiSession()
{
    if (m_ctx) {
        ipmi_ctx_close(m_ctx); // ends the session on the BMC (a failure here changes nothing)
        ipmi_ctx_destroy(m_ctx);
    }
}

QString IpmiSession::bmcName() const
{
    Endpoint shown = m_settings.endpoint;
    shown.port = shown.portOr(DefaultPort);
    return Tr::tr("BMC %1").arg(shown.toString());
}

QByteArray IpmiSession::freeIpmiHost(const Endpoint &endpoint)
{
    // FreeIPMI (1.6.1 on) reads "name:port" and "[v6]:port"; a bare v6 address cannot carry one.
    const QByteArray host = endpoint.host.toUtf8();
    const QByteArray port = QByteArray::number(endpoint.portOr(DefaultPort));
    if (endpoint.host.contains(QLatin1Char(':')))
        return '[' + host + "]:" + port;
    return host + ':' + port;
}

Error IpmiSession::failure(const QString &what)
{
    const int errnum = ipmi_ctx_errnum(m_ctx);
    m_timedOut = errnum == IPMI_ERR_CONNECTION_TIMEOUT || errnum == IPMI_ERR_SESSION_TIMEOUT;
    const QString bmc = bmcName();
    const double seconds = m_settings.timeoutMs / 1000.0;
    switch (errnum) {
    case IPMI_ERR_USERNAME_INVALID:
        return makeError(Errors::Auth, Tr::tr("%1 does not know the user '%2'").arg(bmc, m_settings.credentials.user));
    case IPMI_ERR_PASSWORD_INVALID:
    case IPMI_ERR_K_G_INVALID:
        return makeError(Errors::Auth, Tr::tr("%1 refused the password of user '%2'").arg(bmc, m_settings.credentials.user));
    case IPMI_ERR_PRIVILEGE_LEVEL_INSUFFICIENT:
    case IPMI_ERR_PRIVILEGE_LEVEL_CANNOT_BE_OBTAINED:
        return makeError(Errors::Auth, Tr::tr("%1: user '%2' does not have the administrator privilege (%3)")
                                           .arg(bmc, m_settings.credentials.user, what));
    case IPMI_ERR_AUTHENTICATION_TYPE_UNAVAILABLE:
    case IPMI_ERR_PASSWORD_VERIFICATION_TIMEOUT:
        return makeError(Errors::Auth, Tr::tr("%1 refused the login of user '%2' (%3)")
                                           .arg(bmc, m_settings.credentials.user, QString::fromLatin1(ipmi_ctx_errormsg(m_ctx))));
    case IPMI_ERR_CIPHER_SUITE_ID_UNAVAILABLE:
        return makeError(Errors::Unsupported, Tr::tr("%1 does not offer cipher suite %2")
                                                  .arg(bmc).arg(m_settings.ipmiCipherSuite));
    case IPMI_ERR_IPMI_2_0_UNAVAILABLE:
        return makeError(Errors::Unsupported, Tr::tr("%1 does not speak IPMI 2.0 (RMCP+)").arg(bmc));
    case IPMI_ERR_CONNECTION_TIMEOUT:
    case IPMI_ERR_SESSION_TIMEOUT:
        return makeError(Errors::Unreachable, Tr::tr("%1 did not answer within %2 s (%3)")
                                                  .arg(bmc).arg(seconds, 0, 'g', 3).arg(what));
    case IPMI_ERR_HOSTNAME_INVALID:
        return makeError(Errors::Unreachable, Tr::tr("%1: the name does not resolve to an IPv4 or IPv6 address").arg(bmc));
    case IPMI_ERR_BAD_COMPLETION_CODE:
    case IPMI_ERR_BMC_BUSY:
    case IPMI_ERR_COMMAND_INVALID_OR_UNSUPPORTED:
    case IPMI_ERR_BAD_RMCPPLUS_STATUS_CODE:
        return makeError(Errors::Refused, Tr::tr("%1 refused %2: %3")
                                              .arg(bmc, what, QString::fromLatin1(ipmi_ctx_errormsg(m_ctx))));
    default:
        return makeError(Errors::Protocol, Tr::tr("%1: %2 failed: %3")
                                               .arg(bmc, what, QString::fromLatin1(ipmi_ctx_errormsg(m_ctx))));
    }
}

Result<void> IpmiSession::open()
{
    const QString what = Tr::tr("session activation");
    if (m_settings.endpoint.host.isEmpty())
        return makeError("bmc.address", Tr::tr("No BMC address set"));
    const QByteArray user = m_settings.credentials.user.toUtf8();
    Wiped password { m_settings.credentials.password.toUtf8() };
    if (user.size() > IPMI_MAX_USER_NAME_LENGTH)
        return makeError(Errors::Auth, Tr::tr("%1: the user name is longer than the %2 bytes IPMI allows")
                                           .arg(bmcName()).arg(IPMI_MAX_USER_NAME_LENGTH));
    if (password.bytes.size() > IPMI_2_0_MAX_PASSWORD_LENGTH)
        return makeError(Errors::Auth, Tr::tr("%1: the password is longer than the %2 bytes IPMI 2.0 allows")
                                           .arg(bmcName()).arg(IPMI_2_0_MAX_PASSWORD_LENGTH));
    const int suite = m_settings.ipmiCipherSuite;
    // Suite 0 authenticates nobody: any password "works", which would hide a wrong one.
    if (suite == 0)
        return makeError(Errors::Unsupported, Tr::tr("Cipher suite 0 does not check the password; choose another (3 is common)"));
    if (!IPMI_CIPHER_SUITE_ID_SUPPORTED(suite))
        return makeError(Errors::Unsupported, Tr::tr("Cipher suite %1 is not one FreeIPMI offers (1-3, 6-8, 11, 12, 15-17)")
                                                  .arg(suite));
    if (!(m_ctx = ipmi_ctx_create()))
        return makeError(Errors::Protocol, Tr::tr("%1: out of memory").arg(bmcName()));
    // The session timeout bounds one attempt; FreeIPMI retransmits once in between, late
    // enough that a BMC slow to act (ipmi_sim waits for its chassis program) runs a command once.
    const unsigned sessionTimeout = unsigned(std::max(m_settings.timeoutMs, 200));
    const unsigned retransmission = std::max(sessionTimeout / 2, 100u);
    const QByteArray host = freeIpmiHost(m_settings.endpoint);
    qCDebug(lcIpmiSession) << "opening" << host << "user" << m_settings.credentials.user << "cipher suite" << suite;
    // OPEN_SESSION_PRIVILEGE: ask for the privilege in Open Session itself (the FreeIPMI tools'
    // -W opensesspriv); OpenIPMI's ipmi_sim and some BMCs refuse the session otherwise.
    const int rc = ipmi_ctx_open_outofband_2_0(m_ctx, host.constData(), user.isEmpty() ? nullptr : user.constData(),
                                               password.bytes.isEmpty() ? nullptr : password.bytes.constData(),
                                               nullptr, 0, IPMI_PRIVILEGE_LEVEL_ADMIN, uint8_t(suite),
                                               sessionTimeout, retransmission,
                                               IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_OPEN_SESSION_PRIVILEGE,
                                               IPMI_FLAGS_DEFAULT);
    if (rc < 0) {
        Error error = failure(what);
        ipmi_ctx_destroy(m_ctx);
        m_ctx = nullptr;
        return error;
    }
    return {};
}

Result<IpmiCodec::Response> IpmiSession::command(quint8 cmd, const QByteArray &data, const QString &what)
{
    Q_ASSERT(m_ctx);
    const QByteArray request = QByteArray(1, char(cmd)) + data;
    QByteArray response(MaxResponse, '\0');
    const int length = ipmi_cmd_raw(m_ctx, 0, IpmiCodec::NetFnChassis, request.constData(), unsigned(request.size()),
                                    response.data(), unsigned(response.size()));
    if (length < 0)
        return failure(what);
    response.truncate(std::min(length, MaxResponse));
    auto parsed = IpmiCodec::parseResponse(response, cmd);
    if (!parsed)
        return makeError(Errors::Protocol, Tr::tr("%1 answered %2 with %3").arg(bmcName(), what, parsed.error().message));
    qCDebug(lcIpmiSession) << what << "->" << response.toHex(' ');
    return parsed;
}

Result<QByteArray> IpmiSession::call(quint8 cmd, const QByteArray &data, const QString &what)
{
    auto response = command(cmd, data, what);
    if (!response)
        return response.error();
    if (response->completionCode != IpmiCodec::CcOk)
        return makeError(Errors::Refused, Tr::tr("%1 refused %2: completion code %3")
                                              .arg(bmcName(), what, IpmiCodec::completionCodeText(response->completionCode)));
    return response->data;
}

} // namespace Crashcart::Bmc
