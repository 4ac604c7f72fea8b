// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "host.h"

#include <QList>

#include <optional>

namespace Crashcart::Inventory {

// One change applied to many hosts at once (the table's bulk edit).
struct BulkEdit
{
    std::optional<QString> profile;
    std::optional<QString> bmcType;
    QStringList addTags;
    QStringList removeTags;

    bool isEmpty() const { return !profile && !bmcType && addTags.isEmpty() && removeTags.isEmpty(); }
    // The hosts as they will be; hosts the edit leaves as they were are left out.
    QList<Host> apply(const QList<Host> &hosts) const;
};

} // namespace Crashcart::Inventory
