// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

// A host's baseboard management controller: power and the next boot device, over IPMI 2.0
// (RMCP+, FreeIPMI) or Redfish (HTTPS, Qt Network). One interface, two protocols; each call
// blocks its thread for at most the settings' timeout times its attempts, so a dead BMC costs
// seconds. A Client lives on one thread (a worker's): make it there, use it there.
namespace Crashcart::Bmc {

enum class Protocol {
    Ipmi,
    Redfish,
};

// Where a BMC listens: a host name or address with an optional port ("bmc1", "10.0.0.5:6230",
// "[fd00::5]:8443"); port 0 means the protocol's default (623/udp, 443/tcp).
struct Endpoint
{
    QString host; // without brackets
    quint16 port = 0;

    static Result<Endpoint> parse(const QString &text);
    quint16 portOr(quint16 fallback) const { return port ? port : fallback; }
    // The text parse() reads back: host, host:port, [v6] or [v6]:port.
    QString toString() const;
    bool operator==(const Endpoint &) const = default;
};

enum class PowerState {
    Off,
    On,
};

enum class PowerAction {
    On,
    Off,       // immediate, as the power button held
    Cycle,     // off, then on
    Reset,     // hard reset, power stays on
    SoftOff,   // ACPI shutdown request
};

enum class BootDevice {
    None,  // no override: the machine's own boot order
    Pxe,
    Disk,
    Cdrom,
    BiosSetup,
    Other,
};

enum class BootMode {
    Unknown, // not reported, or the BMC keeps no mode
    Legacy,
    Uefi,
};

// The next boot as the BMC reports it.
struct BootOverride
{
    BootDevice device = BootDevice::None;
    bool once = true;            // false: persistent (every boot)
    BootMode mode = BootMode::Unknown;
    // False: the BMC still holds this device but does not mark the override valid (IPMI's
    // valid bit clear: expired, used up, or a BMC that never reports it, as OpenIPMI's
    // ipmi_sim); firmware may ignore it. Only a valid override overrides the boot order.
    bool valid = true;
    bool operator==(const BootOverride &) const = default;
};

struct Credentials
{
    QString user;
    QString password;
    bool isEmpty() const { return user.isEmpty() && password.isEmpty(); }
};

struct Settings
{
    Protocol protocol = Protocol::Ipmi;
    Endpoint endpoint;
    Credentials credentials;
    int timeoutMs = 4000;  // one attempt of one request (IPMI: the session timeout)
    int attempts = 2;      // tries per request before the BMC counts as unreachable
    // IPMI: the RMCP+ cipher suite (3: HMAC-SHA1, HMAC-SHA1-96, AES-CBC-128).
    int ipmiCipherSuite = 3;
    // Redfish: the SHA-256 of the certificate the admin accepted (lower-case hex, no colons);
    // empty: none accepted yet, only a certificate the system trusts is taken.
    QString tlsFingerprint;
    // Redfish: with several systems, the one that has this MAC (aa:bb:..) or UUID.
    QString systemHint;
    // Redfish: plain HTTP, for emulators and tunnels only (the endpoint is then http://).
    bool plainHttp = false;
};

// Error codes every client uses (Error::code); the messages name the BMC and its answer.
namespace Errors {
inline constexpr char Unreachable[] = "bmc.unreachable"; // no answer within the attempts
inline constexpr char Auth[] = "bmc.auth";               // user or password refused
inline constexpr char Refused[] = "bmc.refused";         // the BMC answered with an error
inline constexpr char Protocol[] = "bmc.protocol";       // an answer that makes no sense
inline constexpr char Unsupported[] = "bmc.unsupported"; // the BMC does not offer that
inline constexpr char TlsUnknown[] = "bmc.tls.unknown";  // a certificate nobody accepted yet
inline constexpr char TlsChanged[] = "bmc.tls.changed";  // not the certificate accepted
inline constexpr char Verify[] = "bmc.verify";           // read back differs from what was set
} // namespace Errors

class Client
{
public:
    virtual ~Client() = default;
    virtual Result<PowerState> powerState() = 0;
    virtual Result<void> setPower(PowerAction action) = 0;
    // Sets the next boot; does not read back (see setAndVerifyNextBoot()).
    virtual Result<void> setNextBoot(BootDevice device, BootMode mode, bool once) = 0;
    // Ends any override: the machine boots its own order again.
    virtual Result<void> clearNextBoot() = 0;
    virtual Result<BootOverride> nextBoot() = 0;
    // Redfish: the SHA-256 (hex) of the certificate the BMC presented last, so that a
    // TlsUnknown failure can be shown to the admin and accepted. Empty for IPMI.
    virtual QString presentedFingerprint() const { return {}; }
};

std::unique_ptr<Client> makeIpmiClient(const Settings &settings);
std::unique_ptr<Client> makeRedfishClient(const Settings &settings);
std::unique_ptr<Client> makeClient(const Settings &settings);

// The protocol a host's bmc_type names: ipmi -> IPMI; redfish, idrac, ilo, xcc -> Redfish.
Result<Protocol> protocolForType(const QString &bmcType);
QString protocolName(Protocol protocol);
QString powerStateName(PowerState state);   // "on", "off": stable, for files and scripts
QString bootDeviceName(BootDevice device);  // "none", "pxe", "disk", ...
QString bootModeName(BootMode mode);        // "unknown", "legacy", "uefi"
QString powerActionName(PowerAction action); // "on", "off", "cycle", "reset", "soft-off" (events, CLI verbs)
std::optional<PowerAction> powerActionFromName(QStringView name);
// Translated, for people.
QString powerActionLabel(PowerAction action);

} // namespace Crashcart::Bmc
