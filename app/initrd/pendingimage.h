// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "initrd/changeset.h"
#include "initrd/depplan.h"
#include "initrd/image.h"

#include <memory>

namespace Crashcart::App {

// An opened image with its pending changes, as the preview and the dependency planners see
// it: added files are read from where they will come from (the host or memory), renamed ones
// from their old place. Cheap to copy and safe to use on another thread (it holds copies).
// (No widgets here: it could move to core/initrd beside imageViewOf().)
class PendingImage
{
public:
    PendingImage() = default;
    PendingImage(const Initrd::Image &image, const Initrd::ChangeSet &changes, const QList<Initrd::Entry> &effective);

    bool isNull() const { return !m_data; }
    const Initrd::Image &image() const;
    QList<Initrd::Entry> effective() const;
    std::optional<Initrd::Entry> find(const QString &path) const;
    Result<QByteArray> read(const QString &path, qint64 maxBytes) const;
    // Stays valid as long as a copy of this PendingImage (or the view itself) lives.
    Initrd::ImageView view() const;

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
};

} // namespace Crashcart::App
