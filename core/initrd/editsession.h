// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "initrd/changeset.h"
#include "initrd/depplan.h"
#include "initrd/image.h"
#include "initrd/writer.h"

#include <functional>
#include <memory>
#include <optional>

namespace Crashcart::Initrd {

// An opened image being edited: the image, its pending ChangeSet and the entries the kernel
// will see once they are saved, worked out once per edit. Added files are read from where
// they will come from (the host or memory), renamed ones from their old place.
//
// Cheap to copy. A copy is a snapshot: edits made to the original later do not reach it, so a
// copy handed to another thread (a planner, a preview, a save) stays valid and unchanged.
class EditSession
{
public:
    EditSession() = default; // null: no image
    explicit EditSession(const Image &image);

    bool isNull() const { return !m_data; }
    const Image &image() const;
    const ChangeSet &changes() const;
    bool hasChanges() const { return !changes().isEmpty(); }
    // One entry per path, as the kernel unpacks the image with the changes (later ones win).
    const QList<Entry> &effective() const;

    // Each edit is checked against the image with the earlier changes; a refused one leaves
    // the session as it was and says why.
    Result<void> edit(const std::function<Result<void>(ChangeSet &)> &change);
    // Adds what a dependency plan adds (a plan with errors is refused).
    Result<void> applyPlan(const DepPlan &plan);
    // Takes back one change; refused when later changes build on it.
    Result<void> undo(int index);
    void discardChanges();

    std::optional<Entry> find(const QString &path) const;
    // The content of a file (the link text of a symlink) as the saved image will hold it.
    Result<QByteArray> read(const QString &path, qint64 maxBytes) const;
    // The edited image as the dependency planners see it; valid as long as the view lives.
    ImageView view() const;

    // Overlay unless the changes remove or rename something, which only a repack can do.
    SaveKind saveKind() const;
    // The compression a save of this kind uses when none is given.
    Compression defaultCompression(SaveKind kind) const;
    Result<SaveReport> save(SaveKind kind, const SaveOptions &options) const;

private:
    struct Data;
    static std::shared_ptr<const Data> makeData(const Image &image, const ChangeSet &changes, QList<Entry> effective);

    std::shared_ptr<const Data> m_data;
};

} // namespace Crashcart::Initrd
