// SPDX-License-Identifier: GPL-3.0-or-later
#include "bmc/redfishcodec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTest>

using namespace Crashcart::Bmc;
using namespace Qt::StringLiterals;
namespace Redfish = Crashcart::Bmc::Redfish;

// The codec against answers shaped like those of real BMCs (iDRAC 9, iLO 4 and 5, XClarity,
// Supermicro X11 and X12): data/redfish holds them, data/redfish/README.md says where their
// shapes come from.

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QFINDTESTDATA(u"data/redfish/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The ResetType chosen for On, Off, Cycle, SoftOff and Reset, in that order; "-": Unsupported.
QStringList chosenResetTypes(const QStringList &allowed)
{
    QStringList out;
    for (PowerAction action :
         { PowerAction::On, PowerAction::Off, PowerAction::Cycle, PowerAction::SoftOff, PowerAction::Reset }) {
        auto type = Redfish::chooseResetType(action, allowed);
        out << (type ? *type : u"-"_s);
    }
    return out;
}

} // namespace

class TestRedfishVendors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixturesAreJson();
    void serviceRoot_data();
    void serviceRoot();
    void collection_data();
    void collection();
    void system_data();
    void system();
    void actionInfo_data();
    void actionInfo();
    void errorText_data();
    void errorText();
};

void TestRedfishVendors::fixturesAreJson()
{
    const QDir dir(QFileInfo(QFINDTESTDATA("data/redfish/README.md")).absolutePath());
    const QStringList files = dir.entryList({ u"*.json"_s }, QDir::Files);
    QVERIFY(files.size() >= 20);
    for (const QString &name : files) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(fixture(name), &error);
        QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), qPrintable(name));
    }
}

void TestRedfishVendors::serviceRoot_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("systems");
    QTest::addColumn<QString>("sessions");
    QTest::newRow("iDRAC") << u"idrac-serviceroot.json"_s << u"/redfish/v1/Systems"_s
                           << u"/redfish/v1/SessionService/Sessions"_s;
    // iLO: lower-case paths with a trailing slash, taken as sent.
    QTest::newRow("iLO 5") << u"ilo5-serviceroot.json"_s << u"/redfish/v1/systems/"_s
                           << u"/redfish/v1/sessionservice/sessions/"_s;
    QTest::newRow("XCC") << u"xcc-serviceroot.json"_s << u"/redfish/v1/Systems"_s << u"/redfish/v1/SessionService/Sessions"_s;
    QTest::newRow("Supermicro") << u"supermicro-serviceroot.json"_s << u"/redfish/v1/Systems"_s
                                << u"/redfish/v1/SessionService/Sessions"_s;
}

void TestRedfishVendors::serviceRoot()
{
    QFETCH(QString, file);
    QFETCH(QString, systems);
    QFETCH(QString, sessions);
    auto root = Redfish::parseServiceRoot(fixture(file));
    QVERIFY2(root, qPrintable(root ? QString() : root.error().message));
    QCOMPARE(root->systems, systems);
    QCOMPARE(root->sessions, sessions);
}

void TestRedfishVendors::collection_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("members");
    QTest::newRow("iDRAC") << u"idrac-systems.json"_s << QStringList { u"/redfish/v1/Systems/System.Embedded.1"_s };
    QTest::newRow("iLO 5") << u"ilo5-systems.json"_s << QStringList { u"/redfish/v1/systems/1/"_s };
    QTest::newRow("XCC") << u"xcc-systems.json"_s << QStringList { u"/redfish/v1/Systems/1"_s };
    QTest::newRow("Supermicro") << u"supermicro-systems.json"_s << QStringList { u"/redfish/v1/Systems/1"_s };
}

void TestRedfishVendors::collection()
{
    QFETCH(QString, file);
    QFETCH(QStringList, members);
    auto parsed = Redfish::parseCollection(fixture(file));
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(*parsed, members);
}

void TestRedfishVendors::system_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("power");
    QTest::addColumn<int>("device");
    QTest::addColumn<bool>("once");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QStringList>("allowedTargets");
    QTest::addColumn<QString>("resetTarget");
    QTest::addColumn<QStringList>("resetTypes"); // chosen for On, Off, Cycle, SoftOff, Reset
    QTest::addColumn<QString>("etag");

    const QStringList ilo { u"On"_s, u"ForceOff"_s, u"ForceRestart"_s, u"PushPowerButton"_s, u"ForceRestart"_s };
    QTest::newRow("iDRAC 9")
        << u"idrac-system.json"_s << u"/redfish/v1/Systems/System.Embedded.1"_s << u"System.Embedded.1"_s
        << int(PowerState::On) << int(BootDevice::Pxe) << true << int(BootMode::Uefi)
        << QStringList { u"None"_s, u"Pxe"_s, u"Floppy"_s, u"Cd"_s, u"Hdd"_s, u"BiosSetup"_s, u"Utilities"_s,
                         u"UefiTarget"_s, u"SDCard"_s, u"UefiHttp"_s }
        << u"/redfish/v1/Systems/System.Embedded.1/Actions/ComputerSystem.Reset"_s
        << QStringList { u"On"_s, u"ForceOff"_s, u"PowerCycle"_s, u"GracefulShutdown"_s, u"ForceRestart"_s } << QString();
    // No GracefulShutdown, no PowerCycle: the power button for a soft off, a restart for a cycle.
    QTest::newRow("iLO 5") << u"ilo5-system.json"_s << u"/redfish/v1/systems/1/"_s << u"1"_s << int(PowerState::Off)
                           << int(BootDevice::Disk) << false << int(BootMode::Legacy)
                           << QStringList { u"None"_s, u"Cd"_s, u"Hdd"_s, u"Usb"_s, u"SDCard"_s, u"Utilities"_s,
                                            u"Diags"_s, u"BiosSetup"_s, u"Pxe"_s, u"UefiShell"_s, u"UefiHttp"_s,
                                            u"UefiTarget"_s }
                           << u"/redfish/v1/systems/1/Actions/ComputerSystem.Reset/"_s << ilo << uR"(W/"5C1B0A3E")"_s;
    // The pre-standard BootSourceOverrideSupported list, and no BootSourceOverrideMode at all.
    QTest::newRow("iLO 4") << u"ilo4-system.json"_s << u"/redfish/v1/Systems/1/"_s << u"1"_s << int(PowerState::On)
                           << int(BootDevice::Cdrom) << true << int(BootMode::Unknown)
                           << QStringList { u"None"_s, u"Cd"_s, u"Hdd"_s, u"Usb"_s, u"Utilities"_s, u"Diags"_s,
                                            u"BiosSetup"_s, u"Pxe"_s, u"UefiShell"_s, u"UefiTarget"_s }
                           << u"/redfish/v1/Systems/1/Actions/ComputerSystem.Reset/"_s << ilo << QString();
    // Override disabled: no device, whatever the mode says.
    QTest::newRow("XCC") << u"xcc-system.json"_s << u"/redfish/v1/Systems/1"_s << u"1"_s << int(PowerState::On)
                         << int(BootDevice::None) << true << int(BootMode::Uefi)
                         << QStringList { u"None"_s, u"Pxe"_s, u"Cd"_s, u"Usb"_s, u"Hdd"_s, u"BiosSetup"_s, u"Diags"_s,
                                          u"UefiTarget"_s }
                         << u"/redfish/v1/Systems/1/Actions/ComputerSystem.Reset"_s
                         << QStringList { u"On"_s, u"ForceOff"_s, u"ForceRestart"_s, u"GracefulShutdown"_s, u"ForceRestart"_s }
                         << uR"("8e91c3f2d7a04b66")"_s;
    QTest::newRow("Supermicro X12")
        << u"supermicro-system.json"_s << u"/redfish/v1/Systems/1"_s << u"1"_s << int(PowerState::Off)
        << int(BootDevice::BiosSetup) << true << int(BootMode::Legacy)
        << QStringList { u"None"_s, u"Pxe"_s, u"Floppy"_s, u"Cd"_s, u"Usb"_s, u"Hdd"_s, u"BiosSetup"_s, u"UsbCd"_s,
                         u"UefiBootNext"_s, u"UefiHttp"_s }
        << u"/redfish/v1/Systems/1/Actions/ComputerSystem.Reset"_s
        << QStringList { u"On"_s, u"ForceOff"_s, u"PowerCycle"_s, u"GracefulShutdown"_s, u"ForceRestart"_s } << QString();
    // Older firmware: no mode, and the reset types only behind @Redfish.ActionInfo (read there,
    // supermicro-resetactioninfo.json, which offers no PowerCycle).
    QTest::newRow("Supermicro X11")
        << u"supermicro-x11-system.json"_s << u"/redfish/v1/Systems/1"_s << u"1"_s << int(PowerState::On)
        << int(BootDevice::Pxe) << false << int(BootMode::Unknown)
        << QStringList { u"None"_s, u"Pxe"_s, u"Hdd"_s, u"Cd"_s, u"BiosSetup"_s, u"UsbKey"_s, u"UefiShell"_s }
        << u"/redfish/v1/Systems/1/Actions/ComputerSystem.Reset"_s
        << QStringList { u"On"_s, u"ForceOff"_s, u"ForceRestart"_s, u"GracefulShutdown"_s, u"ForceRestart"_s } << QString();
}

void TestRedfishVendors::system()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, id);
    QFETCH(int, power);
    QFETCH(int, device);
    QFETCH(bool, once);
    QFETCH(int, mode);
    QFETCH(QStringList, allowedTargets);
    QFETCH(QString, resetTarget);
    QFETCH(QStringList, resetTypes);
    QFETCH(QString, etag);

    auto system = Redfish::parseSystem(fixture(file));
    QVERIFY2(system, qPrintable(system ? QString() : system.error().message));
    QCOMPARE(system->path, path);
    QCOMPARE(system->id, id);
    auto state = Redfish::powerStateOf(*system);
    QVERIFY(state);
    QCOMPARE(int(*state), power);
    auto boot = Redfish::bootOverrideOf(*system);
    QVERIFY(boot);
    QCOMPARE(int(boot->device), device);
    QCOMPARE(boot->once, once);
    QCOMPARE(int(boot->mode), mode);
    QCOMPARE(system->allowedTargets, allowedTargets);
    QCOMPARE(system->resetTarget, resetTarget);
    QStringList allowed = system->resetTypes;
    if (allowed.isEmpty() && !system->resetActionInfo.isEmpty()) {
        QCOMPARE(system->resetActionInfo, u"/redfish/v1/Systems/1/ResetActionInfo"_s);
        auto info = Redfish::parseActionInfo(fixture(u"supermicro-resetactioninfo.json"_s), u"ResetType"_s);
        QVERIFY(info);
        allowed = *info;
    }
    QVERIFY(!allowed.isEmpty());
    QCOMPARE(chosenResetTypes(allowed), resetTypes);
    QCOMPARE(system->etag, etag);
}

void TestRedfishVendors::actionInfo_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QStringList>("values"); // {"!"}: refused
    QTest::newRow("Supermicro, ResetType") << fixture(u"supermicro-resetactioninfo.json"_s) << u"ResetType"_s
                                           << QStringList { u"On"_s, u"ForceOff"_s, u"GracefulShutdown"_s,
                                                            u"GracefulRestart"_s, u"ForceRestart"_s, u"Nmi"_s, u"ForceOn"_s };
    QTest::newRow("another parameter") << fixture(u"supermicro-resetactioninfo.json"_s) << u"Target"_s << QStringList();
    QTest::newRow("no Parameters") << QByteArray(R"({"Id": "ResetActionInfo"})") << u"ResetType"_s << QStringList();
    QTest::newRow("values not strings")
        << QByteArray(R"({"Parameters": [{"Name": "ResetType", "AllowableValues": [1, "On", null]}]})") << u"ResetType"_s
        << QStringList { u"On"_s };
    QTest::newRow("html") << QByteArray("<html>Not Found</html>") << u"ResetType"_s << QStringList { u"!"_s };
}

void TestRedfishVendors::actionInfo()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, parameter);
    QFETCH(QStringList, values);
    auto parsed = Redfish::parseActionInfo(body, parameter);
    if (values == QStringList { u"!"_s }) {
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, QString::fromLatin1(Errors::Protocol));
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(*parsed, values);
}

void TestRedfishVendors::errorText_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    // The "see ExtendedInfo" pointer of iDRAC, iLO, XCC and Supermicro is left out.
    QTest::newRow("iDRAC, not found")
        << u"idrac-error-notfound.json"_s
        << u"IDRAC.2.8.SYS403: Unable to complete the operation because the resource "
           "/redfish/v1/Systems/System.Embedded.2 entered is not found. (Enter the correct resource and retry the operation.)"_s;
    QTest::newRow("iDRAC, not ready")
        << u"idrac-error-notready.json"_s
        << u"IDRAC.2.8.SWC0700: iDRAC is not ready. The configuration values cannot be accessed. Please retry after a "
           "few minutes. (Retry after a few minutes.)"_s;
    // iLO sends the id and its arguments, no text.
    QTest::newRow("iLO, power state") << u"ilo5-error-systemstate.json"_s
                                      << u"iLO.2.14.InvalidOperationForSystemState: Power is off"_s;
    QTest::newRow("iLO, ETag") << u"ilo5-error-etag.json"_s << u"Base.1.4.PreconditionFailed"_s;
    QTest::newRow("XCC, not in list")
        << u"xcc-error-notinlist.json"_s
        << u"Base.1.8.PropertyValueNotInList: The value Floppy for the property BootSourceOverrideTarget is not in the "
           "list of acceptable values. (Choose a value from the enumeration list that the implementation can support "
           "and resubmit the request if the operation failed.)"_s;
    // Supermicro: "Message", capitalised, in the error object.
    QTest::newRow("Supermicro, license")
        << u"supermicro-error-license.json"_s
        << u"SMC.1.0.OemLicenseNotPassed: Not licensed to perform this request. The following licenses are needed: "
           "SFT-DCMS-SINGLE (Install the license and retry.)"_s;
}

void TestRedfishVendors::errorText()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QByteArray body = fixture(file);
    QVERIFY(!body.isEmpty());
    const QString text = Redfish::errorText(body);
    QCOMPARE(text, expected);
    QVERIFY(!text.contains(u'\n'));
}

QTEST_APPLESS_MAIN(TestRedfishVendors)
#include "tst_redfishvendors.moc"
