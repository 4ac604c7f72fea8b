// SPDX-License-Identifier: GPL-3.0-or-later
#include "rootprovider.h"

namespace Crashcart::Netboot {

Result<std::shared_ptr<const Content>> RootProvider::open(const ContentRequest &request)
{
    auto path = m_root.resolve(request.name);
    if (!path)
        return path.error();
    auto file = m_cache.open(*path);
    if (!file)
        return file.error();
    return std::shared_ptr<const Content>(*file);
}

} // namespace Crashcart::Netboot
