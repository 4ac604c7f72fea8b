// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "isoimage.h"

#include "netboot/content.h"

namespace Crashcart::Distro::Iso {

// One file of an image as the servers read it; holds the image open while it lives.
class IsoContent final : public Netboot::Content
{
public:
    IsoContent(std::shared_ptr<const IsoImage> image, const IsoEntry &entry)
        : m_image(std::move(image)), m_entry(entry) { }

    qint64 size() const override { return m_entry.size; }
    qint64 read(qint64 offset, char *into, qint64 length) const override;
    QDateTime modified() const override { return m_entry.modified; }
    int descriptor() const override;
    qint64 descriptorOffset() const override;

private:
    std::shared_ptr<const IsoImage> m_image;
    const IsoEntry &m_entry; // owned by m_image, which never changes after open()
};

} // namespace Crashcart::Distro::Iso
