// SPDX-License-Identifier: GPL-3.0-or-later
#include "content.h"

#include <cstring>

namespace Crashcart::Netboot {

qint64 BufferContent::read(qint64 offset, char *into, qint64 length) const
{
    if (offset < 0 || offset > m_bytes.size())
        return -1;
    const qint64 n = std::min<qint64>(length, m_bytes.size() - offset);
    std::memcpy(into, m_bytes.constData() + offset, size_t(n));
    return n;
}

} // namespace Crashcart::Netboot
