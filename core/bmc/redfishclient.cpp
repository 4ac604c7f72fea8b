// SPDX-License-Identifier: GPL-3.0-or-later
#include "redfishclient.h"

#include "redfishhttp.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUrl>

namespace Crashcart::Bmc {

namespace Redfish {

Q_LOGGING_CATEGORY(lcRedfishClient, "crashcart.bmc.redfishclient", QtInfoMsg)

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Bmc::Client)
};

const QString rootPath = QStringLiteral("/redfish/v1/");

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

QString pathOf(const QByteArray &location)
{
    const QString text = QString::fromUtf8(location).trimmed();
    return text.startsWith(QLatin1Char('/')) ? text : QUrl(text).path();
}

} // namespace

RedfishClient::RedfishClient(const Settings &settings)
    : m_settings(settings)
    , m_http(std::make_unique<Http>(settings))
{
}

RedfishClient::~RedfishClient()
{
    // A BMC keeps few sessions; leaving ours to time out would lock others out for a while.
    if (!m_session.isEmpty()) {
        auto reply = m_http->send("DELETE", m_session);
        if (!reply || !isSuccess(reply->status))
            qCInfo(lcRedfishClient) << "BMC" << m_http->bmcName() << "kept session" << m_session;
    }
}

QString RedfishClient::presentedFingerprint() const
{
    return m_http->presentedFingerprint();
}

Error RedfishClient::refused(const QString &what, const Reply &reply) const
{
    return makeError(Errors::Refused, Tr::tr("BMC %1 refused %2: HTTP %3: %4")
                                          .arg(m_http->bmcName(), what, QString::number(reply.status), errorText(reply.body)));
}

Error RedfishClient::badAnswer(const QString &what, const Error &why) const
{
    return Error { why.code, Tr::tr("BMC %1, %2: %3").arg(m_http->bmcName(), what, why.message) };
}

Result<void> RedfishClient::connectOnce()
{
    if (m_connected)
        return {};
    auto reply = m_http->send("GET", rootPath);
    if (!reply)
        return reply.error();
    if (reply->status == 401) {
        // The service root should be open to anyone; some BMCs (sushy-tools with an auth file)
        // want credentials for it too. Basic then.
        if (auto ok = login(ServiceRoot {}); !ok)
            return ok;
        reply = m_http->send("GET", rootPath);
        if (!reply)
            return reply.error();
    }
    if (reply->status == 401 || reply->status == 403)
        return makeError(Errors::Auth,
                         Tr::tr("BMC %1 refused the user '%2' (HTTP %3)")
                             .arg(m_http->bmcName(), m_settings.credentials.user.left(64), QString::number(reply->status)));
    if (reply->status != 200)
        return refused(Tr::tr("the service root"), *reply);
    auto root = parseServiceRoot(reply->body);
    if (!root)
        return badAnswer(Tr::tr("the service root"), root.error());
    m_root = *root;
    if (auto ok = login(m_root); !ok)
        return ok;
    auto system = findSystem(m_root.systems);
    if (!system)
        return system.error();
    m_system = *system;
    m_connected = true;
    return {};
}

Result<void> RedfishClient::login(const ServiceRoot &root)
{
    const QByteArray pair = m_settings.credentials.user.toUtf8() + ':' + m_settings.credentials.password.toUtf8();
    const QByteArray basic = "Basic " + pair.toBase64();
    if (root.sessions.isEmpty()) {
        m_http->setAuthorization("Authorization", basic);
        return {};
    }
    m_http->setAuthorization({}, {});
    auto reply = m_http->send("POST", root.sessions,
                              sessionBody(m_settings.credentials.user, m_settings.credentials.password));
    if (!reply)
        return reply.error();
    if (reply->status == 401 || reply->status == 403)
        return makeError(Errors::Auth,
                         Tr::tr("BMC %1 refused a session for the user '%2' (HTTP %3)")
                             .arg(m_http->bmcName(), m_settings.credentials.user.left(64), QString::number(reply->status)));
    if (reply->status == 404 || reply->status == 405 || reply->status == 501) {
        qCDebug(lcRedfishClient) << "BMC" << m_http->bmcName() << "has no sessions, HTTP Basic then";
        m_http->setAuthorization("Authorization", basic);
        return {};
    }
    if (!isSuccess(reply->status))
        return refused(Tr::tr("a session"), *reply);
    if (reply->authToken.isEmpty())
        return makeError(Errors::Protocol, Tr::tr("BMC %1 opened a session without an X-Auth-Token").arg(m_http->bmcName()));
    m_http->setAuthorization("X-Auth-Token", reply->authToken);
    m_session = pathOf(reply->location);
    return {};
}

Result<Reply> RedfishClient::call(const QByteArray &verb, const QString &path, const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers)
{
    auto reply = m_http->send(verb, path, body, headers);
    if (reply && reply->status == 401 && !m_session.isEmpty()) {
        // The BMC may have ended our session (a timeout, a reset): one new one.
        m_session.clear();
        if (auto ok = login(m_root); !ok)
            return ok.error();
        reply = m_http->send(verb, path, body, headers);
    }
    if (reply && (reply->status == 401 || reply->status == 403))
        return makeError(Errors::Auth, Tr::tr("BMC %1 refused %2 %3 to the user '%4' (HTTP %5)")
                                           .arg(m_http->bmcName(), QString::fromLatin1(verb), path.left(120),
                                                m_settings.credentials.user.left(64), QString::number(reply->status)));
    return reply;
}

Result<bool> RedfishClient::systemMatches(const ComputerSystem &system, const QString &hint)
{
    if (!system.uuid.isEmpty() && system.uuid == hint)
        return true;
    if (system.ethernetInterfaces.isEmpty())
        return false;
    const QString mac = QString(hint).replace(QLatin1Char('-'), QLatin1Char(':'));
    auto reply = call("GET", system.ethernetInterfaces);
    if (!reply)
        return reply.error();
    if (reply->status != 200)
        return false;
    auto members = parseCollection(reply->body);
    if (!members)
        return badAnswer(system.ethernetInterfaces, members.error());
    for (const QString &member : std::as_const(*members).mid(0, 64)) {
        auto nic = call("GET", member);
        if (!nic)
            return nic.error();
        if (nic->status != 200)
            continue;
        auto address = parseInterfaceMac(nic->body);
        if (address && !address->isEmpty() && *address == mac)
            return true;
    }
    return false;
}

Result<QString> RedfishClient::findSystem(const QString &collection)
{
    auto reply = call("GET", collection);
    if (!reply)
        return reply.error();
    if (reply->status != 200)
        return refused(collection, *reply);
    auto members = parseCollection(reply->body);
    if (!members)
        return badAnswer(collection, members.error());
    if (members->isEmpty())
        return makeError(Errors::Unsupported, Tr::tr("BMC %1 manages no system (%2 is empty)").arg(m_http->bmcName(), collection));
    const QString hint = m_settings.systemHint.trimmed().toLower();
    const QString listed = members->mid(0, 16).join(QStringLiteral(", "));
    if (hint.isEmpty()) {
        if (members->size() == 1)
            return members->first();
        return makeError(SystemChoice, Tr::tr("BMC %1 manages %2 systems (%3): name one by its MAC or UUID")
                                           .arg(m_http->bmcName(), QString::number(members->size()), listed));
    }
    QStringList matching;
    for (const QString &member : std::as_const(*members).mid(0, 64)) {
        auto got = call("GET", member);
        if (!got)
            return got.error();
        if (got->status != 200)
            return refused(member, *got);
        auto system = parseSystem(got->body);
        if (!system)
            return badAnswer(member, system.error());
        auto match = systemMatches(*system, hint);
        if (!match)
            return match.error();
        if (*match)
            matching << member;
    }
    if (matching.size() == 1)
        return matching.first();
    if (matching.isEmpty())
        return makeError(SystemChoice, Tr::tr("BMC %1 manages no system with MAC or UUID %2 (systems: %3)")
                                           .arg(m_http->bmcName(), hint.left(64), listed));
    return makeError(SystemChoice, Tr::tr("BMC %1 has several systems with MAC or UUID %2: %3")
                                       .arg(m_http->bmcName(), hint.left(64), matching.join(QStringLiteral(", "))));
}

Result<ComputerSystem> RedfishClient::readSystem()
{
    if (auto ok = connectOnce(); !ok)
        return ok.error();
    auto reply = call("GET", m_system);
    if (!reply)
        return reply.error();
    if (reply->status != 200)
        return refused(m_system, *reply);
    auto system = parseSystem(reply->body);
    if (!system)
        return badAnswer(m_system, system.error());
    if (!reply->etag.isEmpty())
        system->etag = QString::fromLatin1(reply->etag);
    return system;
}

Result<PowerState> RedfishClient::powerState()
{
    auto system = readSystem();
    if (!system)
        return system.error();
    auto state = powerStateOf(*system);
    if (!state)
        return badAnswer(m_system, state.error());
    return state;
}

Result<void> RedfishClient::setPower(PowerAction action)
{
    auto system = readSystem();
    if (!system)
        return system.error();
    if (system->resetTarget.isEmpty())
        return makeError(Errors::Unsupported, Tr::tr("BMC %1: %2 offers no ComputerSystem.Reset").arg(m_http->bmcName(), m_system));
    if (system->resetTypes.isEmpty() && !system->resetActionInfo.isEmpty()) {
        // Without it the standard names are a guess; an unreadable one leaves them that.
        auto info = call("GET", system->resetActionInfo);
        if (info && info->status == 200) {
            if (auto types = parseActionInfo(info->body, QStringLiteral("ResetType")))
                system->resetTypes = *types;
        }
    }
    auto type = chooseResetType(action, system->resetTypes);
    if (!type)
        return badAnswer(m_system, type.error());
    // The button of an off machine would switch it on: off is what a soft off wants anyway.
    if (action == PowerAction::SoftOff && *type == QLatin1String("PushPowerButton")) {
        auto state = powerStateOf(*system);
        if (state && *state == PowerState::Off)
            return {};
    }
    auto reply = call("POST", system->resetTarget, resetBody(*type));
    if (!reply)
        return reply.error();
    if (!isSuccess(reply->status))
        return refused(Tr::tr("the reset %1").arg(*type), *reply);
    return {};
}

Result<void> RedfishClient::patchBoot(const QByteArray &body, ComputerSystem system)
{
    // With an ETag the PATCH carries If-Match; 412 (changed since) reads the system again, once.
    for (int round = 0;; ++round) {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!system.etag.isEmpty())
            headers.append({ QByteArrayLiteral("If-Match"), system.etag.toLatin1() });
        auto reply = call("PATCH", m_system, body, headers);
        if (!reply)
            return reply.error();
        if (isSuccess(reply->status))
            return {};
        if (reply->status != 412 || round > 0)
            return refused(Tr::tr("the boot override %1").arg(QString::fromUtf8(body)), *reply);
        auto again = readSystem();
        if (!again)
            return again.error();
        system = *again;
    }
}

Result<void> RedfishClient::setNextBoot(BootDevice device, BootMode mode, bool once)
{
    if (device == BootDevice::None)
        return clearNextBoot();
    const QString target = bootTargetName(device);
    if (target.isEmpty())
        return makeError(Errors::Unsupported, Tr::tr("BMC %1: no Redfish boot target for this device").arg(m_http->bmcName()));
    auto system = readSystem();
    if (!system)
        return system.error();
    if (!system->allowedTargets.isEmpty() && !system->allowedTargets.contains(target))
        return makeError(Errors::Unsupported, Tr::tr("BMC %1 offers no boot target %2 (only %3)")
                                                  .arg(m_http->bmcName(), target,
                                                       system->allowedTargets.mid(0, 20).join(QStringLiteral(", ")).left(300)));
    // The mode is asked for even where the system reports none (a BMC that reports it only
    // once set, as sushy-tools' fresh domains); iLO 4 and older Supermicro firmware refuse a
    // PATCH naming it: then again without, the firmware's own setting deciding, and the read
    // back says the mode is unknown (the install's timeline notes it).
    auto patched = patchBoot(bootBody(target, mode, once), *system);
    if (!patched && system->bootMode.isEmpty() && mode != BootMode::Unknown
        && patched.error().code == QLatin1String(Errors::Refused)) {
        qCDebug(lcRedfishClient) << "BMC" << m_http->bmcName() << "refused BootSourceOverrideMode; boot mode left to the firmware";
        return patchBoot(bootBody(target, BootMode::Unknown, once), *system);
    }
    return patched;
}

Result<void> RedfishClient::clearNextBoot()
{
    auto system = readSystem();
    if (!system)
        return system.error();
    Result<void> result;
    for (int form = 0; form < ClearBootForms; ++form) {
        // A refused PATCH changed nothing: the ETag read before still holds.
        result = patchBoot(clearBootBody(form), *system);
        if (result || result.error().code != QLatin1String(Errors::Refused))
            return result;
        qCDebug(lcRedfishClient) << "BMC" << m_http->bmcName() << "refused clear form" << form << result.error().message;
    }
    return result;
}

Result<BootOverride> RedfishClient::nextBoot()
{
    auto system = readSystem();
    if (!system)
        return system.error();
    return bootOverrideOf(*system);
}

} // namespace Redfish

std::unique_ptr<Client> makeRedfishClient(const Settings &settings)
{
    return std::make_unique<Redfish::RedfishClient>(settings);
}

} // namespace Crashcart::Bmc
