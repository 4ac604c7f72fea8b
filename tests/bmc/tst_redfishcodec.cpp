// SPDX-License-Identifier: GPL-3.0-or-later
#include "bmc/redfishcodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Crashcart::Bmc;
using namespace Qt::StringLiterals;
namespace Redfish = Crashcart::Bmc::Redfish;

namespace {

// A ComputerSystem as sushy-tools renders it (system.json, trimmed).
const QByteArray sushySystem = R"({
    "@odata.type": "#ComputerSystem.v1_13_0.ComputerSystem",
    "Id": "da69abcc-dae0-4913-9a7b-d344043097c1",
    "Name": "crashcart-e2e",
    "UUID": "DA69ABCC-DAE0-4913-9A7B-D344043097C1",
    "PowerState": "Off",
    "Boot": {
        "BootSourceOverrideEnabled": "Continuous",
        "BootSourceOverrideTarget": "Pxe",
        "BootSourceOverrideTarget@Redfish.AllowableValues": ["Pxe", "Cd", "Hdd"],
        "BootSourceOverrideMode": "Legacy"
    },
    "EthernetInterfaces": {"@odata.id": "/redfish/v1/Systems/da69/EthernetInterfaces"},
    "Actions": {
        "#ComputerSystem.Reset": {
            "target": "/redfish/v1/Systems/da69/Actions/ComputerSystem.Reset",
            "ResetType@Redfish.AllowableValues": ["On", "ForceOff", "GracefulShutdown", "GracefulRestart",
                                                  "ForceRestart", "Nmi", "ForceOn"]
        }
    },
    "@odata.id": "/redfish/v1/Systems/da69"
})";

} // namespace

class TestRedfishCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serviceRoot();
    void serviceRootRefused_data();
    void serviceRootRefused();
    void collection_data();
    void collection();
    void system();
    void systemHostile_data();
    void systemHostile();
    void powerState_data();
    void powerState();
    void bootOverride_data();
    void bootOverride();
    void resetType_data();
    void resetType();
    void bodies();
    void interfaceMac_data();
    void interfaceMac();
    void errorText_data();
    void errorText();
};

void TestRedfishCodec::serviceRoot()
{
    auto root = Redfish::parseServiceRoot(R"({"Systems": {"@odata.id": "/redfish/v1/Systems"},
        "Links": {"Sessions": {"@odata.id": "/redfish/v1/SessionService/Sessions"}}})");
    QVERIFY(root);
    QCOMPARE(root->systems, QStringLiteral("/redfish/v1/Systems"));
    QCOMPARE(root->sessions, QStringLiteral("/redfish/v1/SessionService/Sessions"));

    // Only a SessionService link: its Sessions collection is the standard place.
    root = Redfish::parseServiceRoot(R"({"Systems": {"@odata.id": "/redfish/v1/Systems"},
        "SessionService": {"@odata.id": "/redfish/v1/SessionService"}})");
    QVERIFY(root);
    QCOMPARE(root->sessions, QStringLiteral("/redfish/v1/SessionService/Sessions"));

    // sushy-tools: no sessions at all.
    root = Redfish::parseServiceRoot(R"({"Systems": {"@odata.id": "/redfish/v1/Systems"}})");
    QVERIFY(root);
    QVERIFY(root->sessions.isEmpty());
}

void TestRedfishCodec::serviceRootRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QByteArray() << Errors::Protocol;
    QTest::newRow("html") << QByteArray("<html><body>Login</body></html>") << Errors::Protocol;
    QTest::newRow("array") << QByteArray("[1,2]") << Errors::Protocol;
    QTest::newRow("truncated") << QByteArray(R"({"Systems": {"@odata.id": "/redf)") << Errors::Protocol;
    QTest::newRow("no systems") << QByteArray(R"({"Managers": {}})") << Errors::Unsupported;
    QTest::newRow("systems not a link") << QByteArray(R"({"Systems": "/redfish/v1/Systems"})") << Errors::Unsupported;
    QTest::newRow("absolute URL") << QByteArray(R"({"Systems": {"@odata.id": "https://evil/x"}})") << Errors::Unsupported;
    QTest::newRow("nul bytes") << QByteArray("{\0\0\0}", 5) << Errors::Protocol;
    QTest::newRow("over 4 MiB") << (QByteArray("{\"a\":\"") + QByteArray(Redfish::MaxBody, 'x') + "\"}") << Errors::Protocol;
}

void TestRedfishCodec::serviceRootRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    auto root = Redfish::parseServiceRoot(body);
    QVERIFY(!root);
    QCOMPARE(root.error().code, code);
    QVERIFY(!root.error().message.isEmpty());
}

void TestRedfishCodec::collection_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("members"); // {"!"}: refused
    QTest::newRow("one") << QByteArray(R"({"Members": [{"@odata.id": "/redfish/v1/Systems/1"}], "Members@odata.count": 1})")
                         << QStringList { u"/redfish/v1/Systems/1"_s };
    QTest::newRow("two, in order")
        << QByteArray(R"({"Members": [{"@odata.id": "/redfish/v1/Systems/b"}, {"@odata.id": "/redfish/v1/Systems/a"}]})")
        << QStringList { u"/redfish/v1/Systems/b"_s, u"/redfish/v1/Systems/a"_s };
    QTest::newRow("empty") << QByteArray(R"({"Members": []})") << QStringList();
    QTest::newRow("no members") << QByteArray(R"({"Name": "Systems"})") << QStringList { u"!"_s };
    QTest::newRow("members not a list") << QByteArray(R"({"Members": {"@odata.id": "/x"}})") << QStringList { u"!"_s };
    QTest::newRow("member without id") << QByteArray(R"({"Members": [{"Id": "1"}]})") << QStringList { u"!"_s };
    QTest::newRow("member a number") << QByteArray(R"({"Members": [42]})") << QStringList { u"!"_s };
    QTest::newRow("deep nesting") << (QByteArray(5000, '[') + QByteArray(5000, ']')) << QStringList { u"!"_s };
    QTest::newRow("latin-1 garbage") << QByteArray("\xff\xfe{\"Members\":[]}") << QStringList { u"!"_s };
}

void TestRedfishCodec::collection()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, members);
    auto parsed = Redfish::parseCollection(body);
    if (members == QStringList { u"!"_s }) {
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, QString::fromLatin1(Errors::Protocol));
        return;
    }
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(*parsed, members);
}

void TestRedfishCodec::system()
{
    auto system = Redfish::parseSystem(sushySystem);
    QVERIFY(system);
    QCOMPARE(system->path, QStringLiteral("/redfish/v1/Systems/da69"));
    QCOMPARE(system->uuid, QStringLiteral("da69abcc-dae0-4913-9a7b-d344043097c1")); // lower case
    QCOMPARE(system->powerState, QStringLiteral("Off"));
    QCOMPARE(system->bootTarget, QStringLiteral("Pxe"));
    QCOMPARE(system->bootEnabled, QStringLiteral("Continuous"));
    QCOMPARE(system->bootMode, QStringLiteral("Legacy"));
    QCOMPARE(system->allowedTargets, (QStringList { u"Pxe"_s, u"Cd"_s, u"Hdd"_s }));
    QCOMPARE(system->resetTarget, QStringLiteral("/redfish/v1/Systems/da69/Actions/ComputerSystem.Reset"));
    QCOMPARE(system->resetTypes.size(), 7);
    QCOMPARE(system->ethernetInterfaces, QStringLiteral("/redfish/v1/Systems/da69/EthernetInterfaces"));
    QVERIFY(system->etag.isEmpty());

    auto withTag = Redfish::parseSystem(R"({"@odata.id": "/s/1", "@odata.etag": "W/\"12\""})");
    QVERIFY(withTag);
    QCOMPARE(withTag->etag, QStringLiteral("W/\"12\""));
}

void TestRedfishCodec::systemHostile_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::newRow("no id at all") << QByteArray(R"({"PowerState": "On"})") << false;
    QTest::newRow("not JSON") << QByteArray("HTTP/1.1 200 OK") << false;
    QTest::newRow("string") << QByteArray(R"("On")") << false;
    QTest::newRow("wrong types") << QByteArray(R"({"Id": 1, "@odata.id": 2, "PowerState": [], "Boot": "Pxe",
        "Actions": [], "EthernetInterfaces": "x"})") << false;
    QTest::newRow("wrong types, an id") << QByteArray(R"({"Id": "1", "PowerState": [], "Boot": "Pxe", "Actions": 3})") << true;
    QTest::newRow("reset target not a path")
        << QByteArray(R"({"Id": "1", "Actions": {"#ComputerSystem.Reset": {"target": "http://x/y"}}})") << true;
    QTest::newRow("allowable values mixed")
        << QByteArray(R"({"Id": "1", "Boot": {"BootSourceOverrideTarget@Redfish.AllowableValues": ["Pxe", 3, null, {}]}})")
        << true;
    QTest::newRow("huge string") << (QByteArray(R"({"Id": ")") + QByteArray(3 * 1024 * 1024, 'a') + "\"}") << true;
}

void TestRedfishCodec::systemHostile()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    auto system = Redfish::parseSystem(body);
    QCOMPARE(system.ok(), ok);
    if (!ok) {
        QCOMPARE(system.error().code, QString::fromLatin1(Errors::Protocol));
        return;
    }
    QVERIFY(system->resetTarget.isEmpty() || system->resetTarget.startsWith(u'/'));
    QVERIFY(!system->allowedTargets.contains(QString()));
    QVERIFY(!Redfish::powerStateOf(*system)); // no usable PowerState in any of these
}

void TestRedfishCodec::powerState_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("expected"); // -1: refused
    QTest::newRow("On") << "On" << int(PowerState::On);
    QTest::newRow("Off") << "Off" << int(PowerState::Off);
    QTest::newRow("PoweringOn") << "PoweringOn" << int(PowerState::Off);
    QTest::newRow("PoweringOff") << "PoweringOff" << int(PowerState::On);
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("lower case") << "on" << -1;
    QTest::newRow("Paused") << "Paused" << -1;
}

void TestRedfishCodec::powerState()
{
    QFETCH(QString, state);
    QFETCH(int, expected);
    Redfish::ComputerSystem system;
    system.powerState = state;
    auto got = Redfish::powerStateOf(system);
    if (expected < 0) {
        QVERIFY(!got);
        QCOMPARE(got.error().code, QString::fromLatin1(Errors::Protocol));
        return;
    }
    QVERIFY(got);
    QCOMPARE(int(*got), expected);
}

void TestRedfishCodec::bootOverride_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("enabled");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<BootOverride>("expected");
    QTest::newRow("pxe once uefi") << "Pxe" << "Once" << "UEFI" << BootOverride { BootDevice::Pxe, true, BootMode::Uefi };
    QTest::newRow("pxe continuous legacy")
        << "Pxe" << "Continuous" << "Legacy" << BootOverride { BootDevice::Pxe, false, BootMode::Legacy };
    QTest::newRow("hdd") << "Hdd" << "Continuous" << "" << BootOverride { BootDevice::Disk, false, BootMode::Unknown };
    QTest::newRow("cd") << "Cd" << "Once" << "" << BootOverride { BootDevice::Cdrom, true, BootMode::Unknown };
    QTest::newRow("bios setup") << "BiosSetup" << "Once" << "" << BootOverride { BootDevice::BiosSetup, true, BootMode::Unknown };
    QTest::newRow("usb") << "Usb" << "Once" << "" << BootOverride { BootDevice::Other, true, BootMode::Unknown };
    QTest::newRow("disabled") << "Pxe" << "Disabled" << "UEFI" << BootOverride { BootDevice::None, true, BootMode::Uefi };
    QTest::newRow("None") << "None" << "Once" << "" << BootOverride { BootDevice::None, true, BootMode::Unknown };
    QTest::newRow("nothing") << "" << "" << "" << BootOverride { BootDevice::None, true, BootMode::Unknown };
}

void TestRedfishCodec::bootOverride()
{
    QFETCH(QString, target);
    QFETCH(QString, enabled);
    QFETCH(QString, mode);
    QFETCH(BootOverride, expected);
    Redfish::ComputerSystem system;
    system.bootTarget = target;
    system.bootEnabled = enabled;
    system.bootMode = mode;
    auto got = Redfish::bootOverrideOf(system);
    QVERIFY(got);
    QCOMPARE(int(got->device), int(expected.device));
    QCOMPARE(got->once, expected.once);
    QCOMPARE(int(got->mode), int(expected.mode));
}

void TestRedfishCodec::resetType_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<QString>("expected"); // empty: Unsupported
    const QStringList sushy { u"On"_s, u"ForceOff"_s, u"GracefulShutdown"_s, u"GracefulRestart"_s, u"ForceRestart"_s, u"Nmi"_s, u"ForceOn"_s };
    QTest::newRow("on") << int(PowerAction::On) << sushy << "On";
    QTest::newRow("on, only ForceOn") << int(PowerAction::On) << QStringList { u"ForceOn"_s, u"ForceOff"_s } << "ForceOn";
    QTest::newRow("off") << int(PowerAction::Off) << sushy << "ForceOff";
    QTest::newRow("soft off") << int(PowerAction::SoftOff) << sushy << "GracefulShutdown";
    QTest::newRow("soft off, iLO: the power button")
        << int(PowerAction::SoftOff) << QStringList { u"On"_s, u"ForceOff"_s, u"ForceRestart"_s, u"Nmi"_s, u"PushPowerButton"_s }
        << "PushPowerButton";
    QTest::newRow("soft off not offered") << int(PowerAction::SoftOff) << QStringList { u"On"_s, u"ForceOff"_s } << "";
    QTest::newRow("reset") << int(PowerAction::Reset) << sushy << "ForceRestart";
    QTest::newRow("cycle, sushy: ForceRestart") << int(PowerAction::Cycle) << sushy << "ForceRestart";
    QTest::newRow("cycle, PowerCycle offered")
        << int(PowerAction::Cycle) << (sushy + QStringList { u"PowerCycle"_s }) << "PowerCycle";
    QTest::newRow("cycle, only graceful") << int(PowerAction::Cycle) << QStringList { u"GracefulRestart"_s } << "GracefulRestart";
    QTest::newRow("nothing listed: the standard name") << int(PowerAction::Off) << QStringList() << "ForceOff";
    QTest::newRow("off not offered") << int(PowerAction::Off) << QStringList { u"On"_s, u"GracefulShutdown"_s } << "";
    QTest::newRow("cycle not offered") << int(PowerAction::Cycle) << QStringList { u"On"_s, u"ForceOff"_s } << "";
}

void TestRedfishCodec::resetType()
{
    QFETCH(int, action);
    QFETCH(QStringList, allowed);
    QFETCH(QString, expected);
    auto type = Redfish::chooseResetType(PowerAction(action), allowed);
    if (expected.isEmpty()) {
        QVERIFY(!type);
        QCOMPARE(type.error().code, QString::fromLatin1(Errors::Unsupported));
        return;
    }
    QVERIFY(type);
    QCOMPARE(*type, expected);
}

void TestRedfishCodec::bodies()
{
    auto boot = [](const QByteArray &json) {
        return QJsonDocument::fromJson(json).object().value(QLatin1String("Boot")).toObject();
    };
    QJsonObject b = boot(Redfish::bootBody(QStringLiteral("Pxe"), BootMode::Uefi, true));
    QCOMPARE(b.value(QLatin1String("BootSourceOverrideTarget")).toString(), QStringLiteral("Pxe"));
    QCOMPARE(b.value(QLatin1String("BootSourceOverrideEnabled")).toString(), QStringLiteral("Once"));
    QCOMPARE(b.value(QLatin1String("BootSourceOverrideMode")).toString(), QStringLiteral("UEFI"));
    b = boot(Redfish::bootBody(QStringLiteral("Hdd"), BootMode::Legacy, false));
    QCOMPARE(b.value(QLatin1String("BootSourceOverrideEnabled")).toString(), QStringLiteral("Continuous"));
    QCOMPARE(b.value(QLatin1String("BootSourceOverrideMode")).toString(), QStringLiteral("Legacy"));
    b = boot(Redfish::bootBody(QStringLiteral("Pxe"), BootMode::Unknown, true));
    QVERIFY(!b.contains(QLatin1String("BootSourceOverrideMode")));

    QCOMPARE(boot(Redfish::clearBootBody(0)).keys(), QStringList { u"BootSourceOverrideEnabled"_s });
    QCOMPARE(boot(Redfish::clearBootBody(1)).value(QLatin1String("BootSourceOverrideTarget")).toString(), QStringLiteral("None"));
    QCOMPARE(boot(Redfish::clearBootBody(2)).value(QLatin1String("BootSourceOverrideTarget")).toString(), QStringLiteral("Hdd"));
    QCOMPARE(boot(Redfish::clearBootBody(2)).value(QLatin1String("BootSourceOverrideEnabled")).toString(), QStringLiteral("Disabled"));

    QCOMPARE(Redfish::resetBody(QStringLiteral("ForceOff")), QByteArray(R"({"ResetType":"ForceOff"})"));
    // Quotes and backslashes in a password stay inside the JSON string.
    const QJsonObject session =
        QJsonDocument::fromJson(Redfish::sessionBody(QStringLiteral("admin"), QStringLiteral("p\"a\\ss{"))).object();
    QCOMPARE(session.value(QLatin1String("UserName")).toString(), QStringLiteral("admin"));
    QCOMPARE(session.value(QLatin1String("Password")).toString(), QStringLiteral("p\"a\\ss{"));

    QCOMPARE(Redfish::bootTargetName(BootDevice::Pxe), QStringLiteral("Pxe"));
    QCOMPARE(Redfish::bootTargetName(BootDevice::Disk), QStringLiteral("Hdd"));
    QVERIFY(Redfish::bootTargetName(BootDevice::Other).isEmpty());
}

void TestRedfishCodec::interfaceMac_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mac"); // "!": refused
    QTest::newRow("MACAddress") << QByteArray(R"({"MACAddress": "52:54:00:12:34:57"})") << "52:54:00:12:34:57";
    QTest::newRow("upper, dashes") << QByteArray(R"({"MACAddress": "52-54-00-AB-CD-EF"})") << "52:54:00:ab:cd:ef";
    QTest::newRow("permanent only") << QByteArray(R"({"PermanentMACAddress": "52:54:00:00:00:01"})") << "52:54:00:00:00:01";
    QTest::newRow("none") << QByteArray(R"({"Id": "nic0"})") << "";
    QTest::newRow("number") << QByteArray(R"({"MACAddress": 5})") << "";
    QTest::newRow("garbage") << QByteArray("{\"MACAddress\": ") << "!";
}

void TestRedfishCodec::interfaceMac()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mac);
    auto got = Redfish::parseInterfaceMac(body);
    if (mac == QLatin1String("!")) {
        QVERIFY(!got);
        return;
    }
    QVERIFY(got);
    QCOMPARE(*got, mac);
}

void TestRedfishCodec::errorText_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("extended info")
        << QByteArray(R"({"error": {"code": "Base.1.8.GeneralError", "message": "A general error has occurred.",
            "@Message.ExtendedInfo": [{"MessageId": "Base.1.8.PropertyValueNotInList",
            "Message": "The value Floppy for BootSourceOverrideTarget is not in the list.",
            "Resolution": "Choose a value from the list."}]}})")
        << "A general error has occurred.; Base.1.8.PropertyValueNotInList: The value Floppy for "
           "BootSourceOverrideTarget is not in the list. (Choose a value from the list.)";
    QTest::newRow("a message pointing at the extended info is left out")
        << QByteArray(R"({"error": {"message": "See @Message.ExtendedInfo for more information.",
            "@Message.ExtendedInfo": [{"MessageId": "iLO.2.14.PropertyValueTypeError", "MessageArgs": ["\"Lit\"", 5]}]}})")
        << "iLO.2.14.PropertyValueTypeError: \"Lit\"";
    QTest::newRow("a pointer without extended info is kept")
        << QByteArray(R"({"error": {"code": "Base.1.8.GeneralError", "message": "See ExtendedInfo"}})") << "See ExtendedInfo";
    QTest::newRow("only a code") << QByteArray(R"({"error": {"code": "Base.1.8.InternalError"}})") << "Base.1.8.InternalError";
    QTest::newRow("message id only")
        << QByteArray(R"({"error": {"@Message.ExtendedInfo": [{"MessageId": "Base.1.0.InsufficientPrivilege"}]}})")
        << "Base.1.0.InsufficientPrivilege";
    // sushy-tools answers some refusals as plain text.
    QTest::newRow("plain text") << QByteArray("Missing the BootSourceOverrideTarget and/or BootSourceOverrideMode element")
                                << "Missing the BootSourceOverrideTarget and/or BootSourceOverrideMode element";
    // A web server in front of the BMC: its page's words, no markup, scripts or styles.
    QTest::newRow("html page")
        << QByteArray("<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title><STYLE>h1{color:red}</STYLE></head>"
                      "<body><h1>Bad Gateway</h1><script type=\"text/javascript\">var t='x';</script>"
                      "<p>The proxy could not reach the BMC.</p></body></html>")
        << "502 Bad Gateway Bad Gateway The proxy could not reach the BMC.";
    QTest::newRow("control characters") << QByteArray("bad\x1b[31m\r\nthing\x00", 16) << "bad[31m thing";
    QTest::newRow("empty") << QByteArray() << "";
}

void TestRedfishCodec::errorText()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(Redfish::errorText(body), expected);
}

QTEST_APPLESS_MAIN(TestRedfishCodec)
#include "tst_redfishcodec.moc"
