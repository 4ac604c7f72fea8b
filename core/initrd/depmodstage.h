// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "initrd/depplan.h"

#include <QMap>

namespace Crashcart::Initrd {

struct DepmodInput
{
    QString imageModuleDir; // e.g. "lib/modules/6.1.0-56-amd64", resolved in the image
    QString version;
    QMap<QString, QString> addedFiles; // path relative to the module dir -> host file
    QString depmod = QStringLiteral("/sbin/depmod");
};

struct DepmodOutput
{
    QMap<QString, QByteArray> files; // "modules.dep" -> bytes: every index depmod wrote, and
                                     // modules.order when the new modules were appended to it
    QStringList warnings; // what depmod said on stderr
};

// Copies the image's modules, modules.order and modules.builtin* (and etc/depmod.d) into a
// temporary tree with the added files, runs `depmod -b` there and returns the indexes it wrote.
// Nothing is written outside the temporary directory, which is removed afterwards.
Result<DepmodOutput> runDepmod(const ImageView &image, const DepmodInput &input);

} // namespace Crashcart::Initrd
