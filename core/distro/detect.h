// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "inventory/distribution.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>

namespace Crashcart::Distro {

// Read access to a distribution's tree, wherever it lies (a disc image, a folder). Paths are
// '/'-separated from the tree's root.
struct TreeAccess
{
    // The path as the tree spells it when |path| names a file there, compared without case
    // (plain ISO 9660 names are upper case); empty when there is none.
    std::function<QString(const QString &path)> findFile;
    // A small file's bytes (metadata: .treeinfo, .discinfo, .disk/info).
    std::function<Result<QByteArray>(const QString &path)> read;
};

// A .treeinfo, in either form: the old one ([general] family, version, arch) or productmd 1.x
// ([header] type = productmd.treeinfo, [release], [tree], [images-ARCH], [stage2]).
struct TreeInfo
{
    QString product;   // "Red Hat Enterprise Linux", "Rocky Linux", "Fedora"
    QString version;   // "9.4"
    QString arch;      // "x86_64"
    QString kernel;    // from [images-ARCH]
    QString initrd;
    QString stage2;    // [stage2] mainimage
};
Result<TreeInfo> parseTreeInfo(const QByteArray &text);

// An INI file as Python's configparser reads the simple ones: [section], key = value or
// key: value, ';' and '#' comments; keys lower case.
QHash<QString, QHash<QString, QString>> parseIni(const QByteArray &text);

// The kickstart command table's release for a product and version: RHEL, CentOS (Stream),
// Rocky, AlmaLinux and Oracle Linux 9.x -> "RHEL9"; Fedora 40 -> "F40". Empty when the
// product is not of the Anaconda family.
QString kickstartRelease(const QString &product, const QString &version);
// "rhel" or "fedora" for Anaconda products; empty otherwise.
QString anacondaFamily(const QString &product);

// What the tree is: recognised by .treeinfo (else .discinfo) for the RHEL family and Fedora,
// by .disk/info and dists/ for Debian and Ubuntu. Fills every field of a Distribution but
// name, source, sha256, size and times. Error distro.unknown when the tree is none of these,
// distro.incomplete when it is but lacks a kernel or an initrd for network boot.
Result<Inventory::Distribution> detect(const TreeAccess &tree);

} // namespace Crashcart::Distro
