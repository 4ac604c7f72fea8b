// SPDX-License-Identifier: GPL-3.0-or-later
#include "isocontent.h"

namespace Crashcart::Distro::Iso {

qint64 IsoContent::read(qint64 offset, char *into, qint64 length) const
{
    return m_image->read(m_entry, offset, into, length);
}

// sendfile() needs the file's bytes in one run of the image.
int IsoContent::descriptor() const
{
    return m_entry.extents.size() == 1 ? m_image->descriptor() : -1;
}

qint64 IsoContent::descriptorOffset() const
{
    return m_entry.extents.size() == 1 ? m_entry.extents.constFirst().offset : 0;
}

} // namespace Crashcart::Distro::Iso
