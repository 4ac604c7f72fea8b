// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "initrd/depplan.h"
#include "initrd/moduleinfo.h"

namespace Crashcart::Initrd {

struct ModuleDepsOptions
{
    // Where dependencies come from: a /lib/modules/<version> tree (modules.dep, or a scan of its
    // *.ko files). Empty: /lib/modules/<the module's release> of this system.
    QString modulesDir;
    // The image's kernel version to install into; empty picks the one under the image's
    // lib/modules/ that the module's vermagic names.
    QString kernelVersion;
    QString firmwareDir = QStringLiteral("/lib/firmware");
    QString depmod = QStringLiteral("/sbin/depmod");
    bool regenerateIndexes = true; // run depmod on a staging copy of the image's module tree
};

// The kernel versions an image carries modules for (lib/modules/<v>/, usr/lib/modules/<v>/).
QStringList imageKernelVersions(const ImageView &image);

// What adding a kernel module takes: the module (same relative path as in the source tree, or
// extra/), the modules its depends= names transitively that the image lacks, the firmware it
// names when this system has it (warnings otherwise), and modules.dep and friends regenerated
// by depmod for the image. A vermagic that no kernel of the image matches, or a dependency that
// cannot be found, is an error in the plan.
Result<DepPlan> planModule(const QString &modulePath, const ImageView &image, const ModuleDepsOptions &options = {});

} // namespace Crashcart::Initrd
