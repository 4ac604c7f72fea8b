// SPDX-License-Identifier: GPL-3.0-or-later
#include "redfishcodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace Crashcart::Bmc::Redfish {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Bmc::Client)
};

Error protocolError(const QString &why)
{
    return makeError(Errors::Protocol, why);
}

Result<QJsonObject> parseObject(const QByteArray &body, const char *what)
{
    if (body.size() > MaxBody)
        return protocolError(Tr::tr("The %1 is larger than %2 MiB").arg(QLatin1String(what)).arg(MaxBody >> 20));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return protocolError(Tr::tr("The %1 is not JSON (%2 at byte %3)")
                                 .arg(QLatin1String(what), parseError.errorString())
                                 .arg(parseError.offset));
    if (!document.isObject())
        return protocolError(Tr::tr("The %1 is not a JSON object").arg(QLatin1String(what)));
    return document.object();
}

// A link ({"@odata.id": "/redfish/..."}) as its path; empty if absent or not a local path.
QString linkOf(const QJsonValue &value)
{
    const QString path = value.toObject().value(QLatin1String("@odata.id")).toString();
    return path.startsWith(QLatin1Char('/')) ? path : QString();
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            out << item.toString();
    }
    return out;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString printable(const QString &text, qsizetype max)
{
    QString out;
    for (const QChar c : text.left(max)) {
        if (c.isPrint())
            out += c;
        else if (c.isSpace())
            out += QLatin1Char(' ');
    }
    out = out.simplified();
    if (text.size() > max)
        out += QStringLiteral("...");
    return out;
}

// A web server's error page as its text: no tags, scripts or styles.
QString htmlText(const QByteArray &body)
{
    static const QRegularExpression hidden(QStringLiteral("<(script|style)\\b.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString text = QString::fromUtf8(body.left(64 * 1024));
    text.remove(hidden);
    text.replace(tag, QStringLiteral(" "));
    return text.simplified();
}

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray head = body.left(512).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
}

} // namespace

Result<ServiceRoot> parseServiceRoot(const QByteArray &body)
{
    auto object = parseObject(body, "service root");
    if (!object)
        return object.error();
    ServiceRoot root;
    root.systems = linkOf(object->value(QLatin1String("Systems")));
    if (root.systems.isEmpty())
        return makeError(Errors::Unsupported, Tr::tr("The service root lists no Systems"));
    root.sessions = linkOf(object->value(QLatin1String("Links")).toObject().value(QLatin1String("Sessions")));
    if (root.sessions.isEmpty() && !linkOf(object->value(QLatin1String("SessionService"))).isEmpty())
        root.sessions = linkOf(object->value(QLatin1String("SessionService"))) + QStringLiteral("/Sessions");
    return root;
}

Result<QStringList> parseCollection(const QByteArray &body)
{
    auto object = parseObject(body, "collection");
    if (!object)
        return object.error();
    const QJsonValue members = object->value(QLatin1String("Members"));
    if (!members.isArray())
        return protocolError(Tr::tr("The collection has no Members list"));
    QStringList out;
    const QJsonArray array = members.toArray();
    for (const QJsonValue &member : array) {
        const QString path = linkOf(member);
        if (path.isEmpty())
            return protocolError(Tr::tr("A collection member has no @odata.id path"));
        out << path;
    }
    return out;
}

Result<ComputerSystem> parseSystem(const QByteArray &body)
{
    auto object = parseObject(body, "ComputerSystem");
    if (!object)
        return object.error();
    const QJsonObject &o = *object;
    ComputerSystem system;
    system.path = o.value(QLatin1String("@odata.id")).toString();
    system.id = o.value(QLatin1String("Id")).toString();
    system.name = o.value(QLatin1String("Name")).toString();
    system.uuid = o.value(QLatin1String("UUID")).toString().toLower();
    system.powerState = o.value(QLatin1String("PowerState")).toString();
    system.etag = o.value(QLatin1String("@odata.etag")).toString();
    const QJsonObject boot = o.value(QLatin1String("Boot")).toObject();
    system.bootTarget = boot.value(QLatin1String("BootSourceOverrideTarget")).toString();
    system.bootEnabled = boot.value(QLatin1String("BootSourceOverrideEnabled")).toString();
    system.bootMode = boot.value(QLatin1String("BootSourceOverrideMode")).toString();
    system.allowedTargets = stringsOf(boot.value(QLatin1String("BootSourceOverrideTarget@Redfish.AllowableValues")));
    // iLO 4 lists them in the pre-standard property.
    if (system.allowedTargets.isEmpty())
        system.allowedTargets = stringsOf(boot.value(QLatin1String("BootSourceOverrideSupported")));
    const QJsonObject reset =
        o.value(QLatin1String("Actions")).toObject().value(QLatin1String("#ComputerSystem.Reset")).toObject();
    system.resetTarget = reset.value(QLatin1String("target")).toString();
    if (!system.resetTarget.startsWith(QLatin1Char('/')))
        system.resetTarget.clear();
    system.resetTypes = stringsOf(reset.value(QLatin1String("ResetType@Redfish.AllowableValues")));
    system.resetActionInfo = reset.value(QLatin1String("@Redfish.ActionInfo")).toString();
    if (!system.resetActionInfo.startsWith(QLatin1Char('/')))
        system.resetActionInfo.clear();
    system.ethernetInterfaces = linkOf(o.value(QLatin1String("EthernetInterfaces")));
    if (system.path.isEmpty() && system.id.isEmpty())
        return protocolError(Tr::tr("The ComputerSystem has neither @odata.id nor Id"));
    return system;
}

Result<QStringList> parseActionInfo(const QByteArray &body, const QString &parameter)
{
    auto object = parseObject(body, "ActionInfo");
    if (!object)
        return object.error();
    const QJsonArray parameters = object->value(QLatin1String("Parameters")).toArray();
    for (const QJsonValue &value : parameters) {
        const QJsonObject item = value.toObject();
        if (item.value(QLatin1String("Name")).toString() == parameter)
            return stringsOf(item.value(QLatin1String("AllowableValues")));
    }
    return QStringList();
}

Result<QString> parseInterfaceMac(const QByteArray &body)
{
    auto object = parseObject(body, "EthernetInterface");
    if (!object)
        return object.error();
    QString mac = object->value(QLatin1String("MACAddress")).toString();
    if (mac.isEmpty())
        mac = object->value(QLatin1String("PermanentMACAddress")).toString();
    return mac.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char(':'));
}

Result<PowerState> powerStateOf(const ComputerSystem &system)
{
    const QString &state = system.powerState;
    if (state == QLatin1String("On") || state == QLatin1String("PoweringOff"))
        return PowerState::On;
    if (state == QLatin1String("Off") || state == QLatin1String("PoweringOn"))
        return PowerState::Off;
    if (state.isEmpty())
        return protocolError(Tr::tr("The system reports no PowerState"));
    return protocolError(Tr::tr("Unknown PowerState '%1'").arg(printable(state, 40)));
}

Result<BootOverride> bootOverrideOf(const ComputerSystem &system)
{
    BootOverride out;
    const QString &target = system.bootTarget;
    if (system.bootEnabled == QLatin1String("Disabled") || target.isEmpty() || target == QLatin1String("None"))
        out.device = BootDevice::None;
    else if (target == QLatin1String("Pxe"))
        out.device = BootDevice::Pxe;
    else if (target == QLatin1String("Hdd"))
        out.device = BootDevice::Disk;
    else if (target == QLatin1String("Cd"))
        out.device = BootDevice::Cdrom;
    else if (target == QLatin1String("BiosSetup"))
        out.device = BootDevice::BiosSetup;
    else
        out.device = BootDevice::Other;
    out.once = system.bootEnabled != QLatin1String("Continuous");
    if (system.bootMode == QLatin1String("UEFI"))
        out.mode = BootMode::Uefi;
    else if (system.bootMode == QLatin1String("Legacy"))
        out.mode = BootMode::Legacy;
    return out;
}

Result<QString> chooseResetType(PowerAction action, const QStringList &allowed)
{
    QStringList candidates;
    switch (action) {
    case PowerAction::On: candidates = { QStringLiteral("On"), QStringLiteral("ForceOn") }; break;
    case PowerAction::Off: candidates = { QStringLiteral("ForceOff") }; break;
    // iLO lists no GracefulShutdown: its PushPowerButton is the ACPI press that asks the OS to
    // shut down (and would power an off machine on, which the client checks for).
    case PowerAction::SoftOff: candidates = { QStringLiteral("GracefulShutdown"), QStringLiteral("PushPowerButton") }; break;
    case PowerAction::Reset: candidates = { QStringLiteral("ForceRestart") }; break;
    case PowerAction::Cycle:
        candidates = { QStringLiteral("PowerCycle"), QStringLiteral("ForceRestart"), QStringLiteral("GracefulRestart") };
        break;
    }
    if (allowed.isEmpty())
        return candidates.first();
    for (const QString &candidate : std::as_const(candidates)) {
        if (allowed.contains(candidate))
            return candidate;
    }
    return makeError(Errors::Unsupported,
                     Tr::tr("%1 is not offered (reset types: %2)")
                         .arg(powerActionLabel(action), printable(allowed.join(QStringLiteral(", ")), 200)));
}

QString bootTargetName(BootDevice device)
{
    switch (device) {
    case BootDevice::Pxe: return QStringLiteral("Pxe");
    case BootDevice::Disk: return QStringLiteral("Hdd");
    case BootDevice::Cdrom: return QStringLiteral("Cd");
    case BootDevice::BiosSetup: return QStringLiteral("BiosSetup");
    case BootDevice::None:
    case BootDevice::Other: return {};
    }
    return {};
}

QByteArray resetBody(const QString &resetType)
{
    return compact(QJsonObject { { QStringLiteral("ResetType"), resetType } });
}

QByteArray sessionBody(const QString &user, const QString &password)
{
    return compact(QJsonObject { { QStringLiteral("UserName"), user }, { QStringLiteral("Password"), password } });
}

QByteArray bootBody(const QString &target, BootMode mode, bool once)
{
    QJsonObject boot { { QStringLiteral("BootSourceOverrideTarget"), target },
                       { QStringLiteral("BootSourceOverrideEnabled"),
                         once ? QStringLiteral("Once") : QStringLiteral("Continuous") } };
    if (mode != BootMode::Unknown)
        boot.insert(QStringLiteral("BootSourceOverrideMode"),
                    mode == BootMode::Uefi ? QStringLiteral("UEFI") : QStringLiteral("Legacy"));
    return compact(QJsonObject { { QStringLiteral("Boot"), boot } });
}

QByteArray clearBootBody(int attempt)
{
    QJsonObject boot { { QStringLiteral("BootSourceOverrideEnabled"), QStringLiteral("Disabled") } };
    if (attempt == 1)
        boot.insert(QStringLiteral("BootSourceOverrideTarget"), QStringLiteral("None"));
    else if (attempt >= 2)
        boot.insert(QStringLiteral("BootSourceOverrideTarget"), QStringLiteral("Hdd"));
    return compact(QJsonObject { { QStringLiteral("Boot"), boot } });
}

QString errorText(const QByteArray &body)
{
    const QByteArray head = body.left(MaxBody);
    const QJsonObject object = QJsonDocument::fromJson(head).object();
    const QJsonObject error = object.value(QLatin1String("error")).toObject();
    const QJsonArray infos = error.value(QLatin1String("@Message.ExtendedInfo")).toArray();
    QStringList parts;
    // Supermicro spells it "Message"; iLO and iDRAC only point at the ExtendedInfo with it.
    QString message = error.value(QLatin1String("message")).toString();
    if (message.isEmpty())
        message = error.value(QLatin1String("Message")).toString();
    if (!message.isEmpty() && !(message.contains(QLatin1String("ExtendedInfo")) && !infos.isEmpty()))
        parts << message;
    for (const QJsonValue &info : infos) {
        // "Id: message (resolution)"; iLO sends the id and its arguments only.
        const QJsonObject item = info.toObject();
        const QString id = item.value(QLatin1String("MessageId")).toString();
        QString text = item.value(QLatin1String("Message")).toString();
        if (text.isEmpty())
            text = stringsOf(item.value(QLatin1String("MessageArgs"))).join(QStringLiteral(", "));
        if (!id.isEmpty())
            text = text.isEmpty() ? id : id + QStringLiteral(": ") + text;
        const QString resolution = item.value(QLatin1String("Resolution")).toString();
        if (!resolution.isEmpty() && !text.isEmpty())
            text += QStringLiteral(" (") + resolution + QLatin1Char(')');
        if (!text.isEmpty() && !parts.contains(text))
            parts << text;
        if (parts.size() >= 4)
            break;
    }
    if (parts.isEmpty())
        parts << error.value(QLatin1String("code")).toString();
    parts.removeAll(QString());
    if (parts.isEmpty() && looksLikeHtml(body))
        return printable(htmlText(body), 200);
    if (parts.isEmpty())
        return printable(QString::fromUtf8(body.left(400)), 200);
    return printable(parts.join(QStringLiteral("; ")), 400);
}

} // namespace Crashcart::Bmc::Redfish
