// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bmc/bmc.h"
#include "common/macaddress.h"
#include "common/result.h"
#include "inventory/host.h"
#include "inventory/profile.h"
#include "kickstart/hostvariables.h"
#include "kickstart/template.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace Crashcart::Inventory {
class Database;
}

// One-click installs: what is checked before a host is armed and its BMC told to boot it from
// the network (the pre-flight), and the steps that then power it (InstallRunner).
namespace Crashcart::Deploy {

struct Finding
{
    enum class Severity {
        Notice,  // for the record: the host is installed all the same
        Warning, // worth a look; does not stop the install
        Problem, // the host is not installed until it is fixed
    };
    Severity severity = Severity::Problem;
    QString code;    // stable: "host.unknown", "profile.missing", "kickstart.lint", "bmc.auth", ...
    QString message; // for people, translated
};

// One host as the pre-flight found it, and how it would be installed.
struct HostPlan
{
    Inventory::Host host;
    std::optional<Inventory::Profile> profile;
    QList<Finding> findings;
    // The rendered kickstart wipes disks (clearpart --all / --drives, zerombr, reqpart with
    // clearpart, autopart without ignoredisk): the admin confirms before it runs.
    bool erasesDisks = false;
    QStringList eraseReasons; // the commands that do it, as written ("clearpart --all" (line 12))
    // The BMC that powers it; none: the host is armed and waits for someone to boot it.
    std::optional<Bmc::Settings> bmc;
    std::optional<Bmc::PowerState> power; // as the BMC answered the pre-flight
    // Redfish: the certificate the BMC presented when it was not the one accepted (or none
    // was), for the admin to compare and accept.
    QString presentedFingerprint;

    bool blocked() const;
    QList<Finding> problems() const;
};

struct PlanOptions
{
    // Profile files given as relative paths are relative to this folder (the workspace).
    QString fileBase;
    QString snippetsDir;
    // Where installers reach the servers, as the kickstart will name them.
    Kickstart::ServerEndpoint server;
    // The kickstart release each profile's template is linted against; empty: the default.
    std::function<QString(const QString &profile)> releaseFor;
    // Without a BMC (address, type) a host is a problem; false: it is only armed.
    bool requireBmc = true;
};

// The checks that need neither the network nor the keychain (inventory, profile, its files,
// the kickstart rendered and linted for the host, disk wiping): quick, on the caller's thread,
// which owns |db|. Hosts appear in the order of |macs|, unknown ones with a Problem.
QList<HostPlan> planHosts(Inventory::Database &db, const QList<MacAddress> &macs, const PlanOptions &options);

struct ProbeOptions
{
    // The credentials of a host's BMC (the OS keychain, Bmc::CredentialStore, by default);
    // an empty Credentials means none stored.
    std::function<Result<Bmc::Credentials>(const MacAddress &mac)> credentials;
    std::function<std::unique_ptr<Bmc::Client>(const Bmc::Settings &settings)> makeClient = Bmc::makeClient;
    // Whether the servers answer: a TCP connection to the HTTP port the kickstart names.
    bool checkServer = true;
    int parallel = 16; // BMCs asked at once
};

// The checks that talk to things: the keychain for each BMC's credentials, each BMC for its
// power state (in parallel; a dead BMC costs its timeout times attempts), and the HTTP server
// the installers will fetch from. Blocks; call it off the GUI thread. Fills |plans|' bmc
// credentials and power and adds findings.
void probeHosts(QList<HostPlan> &plans, const PlanOptions &planOptions, const ProbeOptions &options);

// How to reach a host's BMC (its address and type, the settings kept for it), without the
// credentials. Errors: "bmc.none" (no address or type), "bmc.type", "bmc.address".
Result<Bmc::Settings> bmcSettings(Inventory::Database &db, const Inventory::Host &host);

// The hosts whose rendered kickstart erases disks, by name, for a confirmation.
QStringList erasingHosts(const QList<HostPlan> &plans);

QString severityName(Finding::Severity severity); // "notice", "warning", "problem"

} // namespace Crashcart::Deploy
