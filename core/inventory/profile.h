// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "distribution.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Crashcart::Inventory {

class Database;

// The firmware a profile's hosts boot with: the BMC's next-boot mode (Legacy or UEFI).
enum class Firmware {
    Bios,
    Uefi,
};
QString firmwareName(Firmware firmware); // "bios", "uefi"
bool firmwareFromName(QStringView name, Firmware *firmware);

// What a host of this profile boots. Files are paths on this machine (absolute, or relative
// to the workspace); the servers publish them under profiles/<name>/ and nothing else of
// their folders.
struct Profile
{
    QString name;
    QString description;
    QString kernel;
    QStringList initrds;  // loaded in order (an overlay after the vendor's image)
    QString kernelArgs;
    QString kickstart;    // a template file; empty: the installer is not pointed at one
    int installTimeoutMinutes = 60; // an install silent this long has stalled and fails
    bool syslog = false;  // the installer sends its log: inst.syslog= while the syslog server runs
    Firmware firmware = Firmware::Bios;
    // A distribution it boots (its kernel and initrd unless the fields above name others, its
    // package tree by URL); empty: the files above only.
    QString distribution = {};
    InstallerKind installer = InstallerKind::Kickstart; // what |kickstart| holds: a kickstart or a preseed
    bool secureBoot = false; // UEFI hosts get the distribution's own signed shim and GRUB

    bool operator==(const Profile &) const = default;
};

// Profile names become URL and file path segments: letters, digits, '.', '_', '-'.
Result<void> validateProfileName(const QString &name);

class ProfileRepository
{
public:
    explicit ProfileRepository(Database &db) : m_db(db) { }

    Result<QList<Profile>> all() const;
    Result<std::optional<Profile>> find(const QString &name) const;
    // Adds or replaces the profile of that name.
    Result<void> save(const Profile &profile);
    Result<void> remove(const QString &name);
    Database &database() const { return m_db; }

private:
    Database &m_db;
};

} // namespace Crashcart::Inventory
