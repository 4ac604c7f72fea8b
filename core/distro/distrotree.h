// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect.h"

#include "common/result.h"
#include "inventory/distribution.h"
#include "netboot/content.h"
#include "netboot/filecache.h"
#include "netboot/servedroot.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace Crashcart::Distro {

class IsoImage;

// A distribution's files where they lie: inside a disc image (read in place, never
// extracted) or in a folder. Safe to share between threads.
class DistroTree
{
public:
    // A disc image or a folder; errors iso.* for a bad image, distro.source when |source| is neither.
    static Result<std::shared_ptr<DistroTree>> open(const QString &source);

    QString source() const { return m_source; }
    bool isImage() const { return m_image != nullptr; }
    // Access for detect(): names found without regard to case.
    TreeAccess access() const;
    // The bytes of the file |path| (relative to the tree's root; a leading '/' is allowed),
    // after checking that the image is still the one opened (iso.changed otherwise). Names
    // are checked like every served name: "..", backslashes and control characters refused.
    Result<std::shared_ptr<const Netboot::Content>> content(QStringView path) const;
    // The source's mtime (ms, as QFileInfo reads it) when opened.
    qint64 modifiedMs() const { return m_modifiedMs; }

private:
    DistroTree() = default;
    QString m_source;
    std::shared_ptr<const IsoImage> m_image;
    std::unique_ptr<Netboot::ServedRoot> m_folder;
    qint64 m_modifiedMs = 0; // the source's mtime when opened, as QFileInfo reads it
    mutable Netboot::FileCache m_cache;
};

// Whether |d|'s source is still what was imported: present, readable, and (for an image) of
// the size and mtime recorded then. Errors distro.missing, distro.changed, distro.unreadable
// name the file and the distribution.
Result<void> checkSource(const Inventory::Distribution &d);

// The open trees of the distributions being served, opened on first use and checked on each
// (checkSource): a changed image is never served from an old index. Thread-safe.
class DistroTrees
{
public:
    Result<std::shared_ptr<DistroTree>> tree(const Inventory::Distribution &d);

private:
    QMutex m_mutex;
    QHash<QString, std::shared_ptr<DistroTree>> m_trees; // by source
};

} // namespace Crashcart::Distro
