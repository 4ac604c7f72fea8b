// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "initrd/entry.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Crashcart::Initrd {

class Image;

struct DiffItem
{
    enum class Kind { Added, Removed, Modified };
    Kind kind = Kind::Modified;
    QString path;
    std::optional<Entry> before; // absent for Added
    std::optional<Entry> after; // absent for Removed
    // Modified: what differs, among "type", "mode", "uid", "gid", "size", "mtime", "target",
    // "device", "content" (the last only when both sides carry checksums).
    QStringList fields;
};

QString diffKindName(DiffItem::Kind kind); // "added", "removed", "modified"

// Compares the effective views (what the kernel ends up with), sorted by path.
QList<DiffItem> diff(const QList<Entry> &before, const QList<Entry> &after);
// Opens both images with checksums and compares them.
Result<QList<DiffItem>> diff(const QString &beforePath, const QString &afterPath);

} // namespace Crashcart::Initrd
