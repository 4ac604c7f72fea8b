// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Crashcart::Netboot {

// A boot loader file proxyDHCP names, where Debian installs it, and which package has it.
// Crashcart does not ship loaders: they come from the system, found here.
struct Bootloader
{
    QString file;        // its name in the TFTP root
    QString systemPath;  // where the Debian package puts it
    QString package;
    QString firmware;    // who needs it, for people: "BIOS", "UEFI"
};

const QList<Bootloader> &bootloaders();

struct MissingBootloader
{
    Bootloader loader;
    bool installed = false; // the package's file exists on this system (copy it in)
};

// The loaders absent from |tftpRoot|, each with what to do about it.
QList<MissingBootloader> missingBootloaders(const QString &tftpRoot, const QString &systemPrefix = QString());
QString adviceFor(const MissingBootloader &missing, const QString &tftpRoot);

} // namespace Crashcart::Netboot
