// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "initrd/image.h"

#include <QStringList>

namespace Crashcart::Initrd {

struct ExtractOptions
{
    bool keepOwnership = false; // chown (works only as root); otherwise files are the user's
    Progress progress;
    const std::atomic_bool *cancel = nullptr;
};

struct ExtractReport
{
    int written = 0;
    QStringList skipped; // "path: reason" (device nodes and sockets without root)
};

// Unpacks the effective tree below `directory` (created if missing). Never writes outside
// it: every path is opened component by component without following symlinks, so an entry
// that would pass through a symlink in the tree is refused.
Result<ExtractReport> extract(const Image &image, const QString &directory, const ExtractOptions &options = {});

} // namespace Crashcart::Initrd
