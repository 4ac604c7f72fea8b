// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/host.h"

namespace Crashcart::Test {

// A host from text, as a person would type it; fields left empty stay empty.
inline Inventory::Host makeHost(const QString &mac, const QString &name = {}, const QString &ip = {})
{
    Inventory::Host h;
    (void)h.setField(Inventory::HostField::Mac, mac);
    (void)h.setField(Inventory::HostField::Hostname, name);
    (void)h.setField(Inventory::HostField::Ip, ip);
    return h;
}

} // namespace Crashcart::Test
