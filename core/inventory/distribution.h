// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Crashcart::Inventory {

class Database;

// How a distribution installs: Anaconda with a kickstart (the RHEL family, Fedora) or the
// Debian installer with a preseed (Debian; Ubuntu's old installer).
enum class InstallerKind {
    Kickstart,
    Preseed,
};
QString installerKindName(InstallerKind kind); // "kickstart", "preseed"
bool installerKindFromName(QStringView name, InstallerKind *kind);

// An installable distribution: a disc image read in place (never mounted or extracted) or a
// folder (the Debian installer Debian ships in debian-installer-12-netboot-amd64). Paths of
// its files are inside the image or folder, '/'-separated from its root, empty when absent.
struct Distribution
{
    QString name;        // a URL segment: /distros/<name>/
    QString family;      // "rhel", "fedora", "debian", "ubuntu"
    QString product;     // "Rocky Linux", "Debian GNU/Linux"
    QString version;     // "9.4", "12.5.0"
    QString release;     // the kickstart linter's release ("RHEL9", "F40"); empty for preseed
    QString arch;        // "x86_64", "amd64"
    QString source;      // the image file or folder, absolute
    QString sha256;      // of the image (empty for a folder)
    qint64 size = 0;     // of the image when imported (0 for a folder)
    qint64 modifiedMs = 0; // its mtime then, milliseconds since the epoch
    QString kernel;      // "/images/pxeboot/vmlinuz"
    QString initrd;      // "/images/pxeboot/initrd.img"
    QString shim;        // "/EFI/BOOT/BOOTX64.EFI": the vendor-signed shim
    QString grub;        // "/EFI/BOOT/grubx64.efi": the GRUB that shim starts
    QString repo;        // the package tree inst.repo= (or the Debian mirror) points at: "/" or ""
    QString stage2;      // "/images/install.img" where the tree has one
    QDateTime importedAt;

    bool isImage() const { return !sha256.isEmpty(); }
    InstallerKind installer() const;
    bool operator==(const Distribution &) const = default;
};

// Distribution names: like profile names (letters, digits, '.', '_', '-'; up to 64).
Result<void> validateDistributionName(const QString &name);

class DistributionRepository
{
public:
    explicit DistributionRepository(Database &db) : m_db(db) { }

    Result<QList<Distribution>> all() const;
    Result<std::optional<Distribution>> find(const QString &name) const;
    // The distribution already imported from an image with this SHA-256, if any.
    Result<std::optional<Distribution>> findBySha256(const QString &sha256) const;
    // Adds one; a name in use is refused (distro.exists).
    Result<void> add(const Distribution &distribution);
    // Refused while profiles use it (distro.inuse, naming them).
    Result<void> remove(const QString &name);
    // The profiles that boot |name|.
    Result<QStringList> usedBy(const QString &name) const;

private:
    Database &m_db;
};

} // namespace Crashcart::Inventory
