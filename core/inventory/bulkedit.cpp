// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkedit.h"

namespace Crashcart::Inventory {

QList<Host> BulkEdit::apply(const QList<Host> &hosts) const
{
    QList<Host> changed;
    for (const Host &before : hosts) {
        Host after = before;
        if (profile)
            after.profile = *profile;
        if (bmcType)
            after.bmcType = *bmcType;
        for (const QString &tag : removeTags)
            after.tags.removeAll(tag);
        for (const QString &tag : addTags) {
            if (!after.tags.contains(tag))
                after.tags.append(tag);
        }
        if (after != before)
            changed.append(after);
    }
    return changed;
}

} // namespace Crashcart::Inventory
