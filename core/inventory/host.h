// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/macaddress.h"
#include "common/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Crashcart::Inventory {

// Where a host stands; later issues move it through an install.
enum class HostState {
    New,        // in the inventory, never installed by Crashcart
    Ready,      // armed: the next network boot installs it
    Installing,
    Installed,
    Failed,
};

// The columns a person edits and CSV files carry, in their canonical order.
enum class HostField {
    Mac,
    Hostname,
    Ip,
    Profile,
    BmcAddress,
    BmcType,
    Tags,
    Notes,
};
inline constexpr int HostFieldCount = 8;

struct Host
{
    MacAddress mac;
    QString hostname;     // normalised; empty when not known yet
    QString ip;           // normalised; empty means the address comes from DHCP
    QString profile;
    QString bmcAddress;
    QString bmcType;      // one of bmcTypes(), or empty
    QStringList tags;
    QString notes;
    HostState state = HostState::New;
    QDateTime lastEventAt;
    QString lastEvent;    // an event kind, see EventLog

    // Validates and normalises |text| for |field| and stores it; leaves the host unchanged
    // and says why when the text is not acceptable.
    Result<void> setField(HostField field, const QString &text);
    // The text form of a field, as CSV export writes it and setField reads it back.
    QString field(HostField field) const;

    friend bool operator==(const Host &, const Host &) = default;
};

// The CSV/JSON column name of a field (mac, hostname, ip, profile, bmc_address, ...).
QString fieldName(HostField field);
// The field a column name denotes, in any case; false when it names none.
bool fieldFromName(QStringView name, HostField *field);

QStringList bmcTypes();
QString stateName(HostState state);
bool stateFromName(QStringView name, HostState *state);
// Translated, for people.
QString stateLabel(HostState state);
QString fieldLabel(HostField field);

// Tags are free words or key=value pairs; separated by commas or blanks in text form.
Result<QStringList> parseTags(const QString &text);
Result<QString> normalizeProfileName(const QString &text);

} // namespace Crashcart::Inventory
