// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bmc/bmc.h"
#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// Redfish as JSON, without a socket: the resources Crashcart reads (service root, collections, a
// ComputerSystem, an EthernetInterface) and the bodies it sends. Every parser takes untrusted
// bytes from a BMC: a malformed or oversized answer is an Errors::Protocol, never a crash.
namespace Crashcart::Bmc::Redfish {

// Larger answers are refused (a BMC's resources are a few KiB).
inline constexpr qsizetype MaxBody = 4 * 1024 * 1024;

struct ServiceRoot
{
    QString systems;  // "/redfish/v1/Systems"
    QString sessions; // empty: no SessionService (HTTP Basic then)
};

struct ComputerSystem
{
    QString path; // @odata.id
    QString id;
    QString name;
    QString uuid;
    QString powerState;           // as sent: On, Off, PoweringOn, PoweringOff
    QString bootTarget;           // BootSourceOverrideTarget
    QString bootEnabled;          // Once, Continuous, Disabled
    QString bootMode;             // Legacy, UEFI; empty when not reported
    QStringList allowedTargets;   // empty: not listed (iLO 4: BootSourceOverrideSupported)
    QString resetTarget;          // the URI of #ComputerSystem.Reset
    QStringList resetTypes;       // empty: not listed
    QString resetActionInfo;      // @Redfish.ActionInfo of the reset (Supermicro lists the types there)
    QString ethernetInterfaces;   // the collection's URI, may be empty
    QString etag;                 // @odata.etag, may be empty
};

Result<ServiceRoot> parseServiceRoot(const QByteArray &body);
// The members' @odata.id of a collection, in order.
Result<QStringList> parseCollection(const QByteArray &body);
Result<ComputerSystem> parseSystem(const QByteArray &body);
// The AllowableValues of one parameter of an ActionInfo resource; empty when it lists none.
Result<QStringList> parseActionInfo(const QByteArray &body, const QString &parameter);
// An EthernetInterface's MAC (MACAddress, else PermanentMACAddress), lower case; may be empty.
Result<QString> parseInterfaceMac(const QByteArray &body);

// On -> On (PoweringOff counts as still on), Off and PoweringOn -> Off.
Result<PowerState> powerStateOf(const ComputerSystem &system);
Result<BootOverride> bootOverrideOf(const ComputerSystem &system);

// The ResetType for an action, from what the system allows (all types when it lists none):
// On: On, ForceOn; Off: ForceOff; SoftOff: GracefulShutdown, else PushPowerButton (iLO);
// Reset: ForceRestart;
// Cycle: PowerCycle, else ForceRestart, else GracefulRestart. Errors::Unsupported otherwise.
Result<QString> chooseResetType(PowerAction action, const QStringList &allowed);
// The BootSourceOverrideTarget of a device; empty for None and Other.
QString bootTargetName(BootDevice device);

QByteArray resetBody(const QString &resetType);
QByteArray sessionBody(const QString &user, const QString &password);
// {"Boot": {target, Enabled Once|Continuous, Mode Legacy|UEFI (left out when Unknown)}}
QByteArray bootBody(const QString &target, BootMode mode, bool once);
// Ending an override. Not every BMC takes the first form (sushy-tools answers 400 to a Boot
// without a target), so the client tries them in order: Enabled Disabled alone; then with target
// None; then target Hdd, the machine's disk (what the emulator needs, bmc-lab.md).
QByteArray clearBootBody(int attempt);
inline constexpr int ClearBootForms = 3;

// A Redfish error answer as one line of text: error.message (unless it only points at the
// ExtendedInfo), then each @Message.ExtendedInfo as "MessageId: Message (Resolution)", the
// MessageArgs standing in for a missing Message (iLO); an HTML page's text without its markup;
// else the body itself (shortened, printable characters only).
QString errorText(const QByteArray &body);

} // namespace Crashcart::Bmc::Redfish
