// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "inventory/distribution.h"

#include <QString>

#include <atomic>
#include <functional>

namespace Crashcart::Inventory {
class Database;
}

namespace Crashcart::Distro {

// Called as the image is hashed: bytes done of total. Runs on the importing thread.
using ImportProgress = std::function<void(qint64 done, qint64 total)>;

struct ImportRequest
{
    QString source;               // a disc image, or a folder (the Debian installer's netboot tree)
    QString name;                 // empty: one made from product, version and architecture
    ImportProgress progress;
    const std::atomic<bool> *cancel = nullptr; // set from any thread: the import ends with import.cancelled
};

struct ImportResult
{
    Inventory::Distribution distribution;
    bool existing = false;        // the same image (same SHA-256) was imported before, as this one
};

// What |source| holds, without hashing or recording anything: the recognised distribution
// with its source, size and mtime filled in (name suggested, sha256 empty).
Result<Inventory::Distribution> inspect(const QString &source);

// Recognises |request.source| (inspect), hashes an image (SHA-256, cancellable), and records
// it in |db|, unless the same image is there already (returned with existing = true). Opens
// nothing for writing but the database. Long: run it off the GUI thread.
Result<ImportResult> importDistribution(Inventory::Database &db, const ImportRequest &request);

// SHA-256 of a file, read in 4 MiB blocks; import.cancelled when |cancel| is set.
Result<QString> sha256File(const QString &path, const ImportProgress &progress, const std::atomic<bool> *cancel);

// "rocky-9.4-x86_64", "debian-12.5.0-amd64": a distribution name from what was recognised.
QString suggestedName(const Inventory::Distribution &d);

} // namespace Crashcart::Distro
