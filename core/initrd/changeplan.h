// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: a ChangeSet applied to a list of entries, remembering where each added entry's
// content comes from (the writer needs it; a listing does not).

#include "initrd/changeset.h"

namespace Crashcart::Initrd {

struct PlannedEntry
{
    Entry entry;
    int change = -1; // index into ChangeSet::changes() of the AddFile giving the content, or -1
};

// The entries after the changes, in the order a repack writes them: unchanged and edited
// entries where they were, renamed subtrees and new entries at the end (new parents before
// their children). Hard-link groups are renumbered so that the first member in order is the
// File. Entries that ChangeSet adds or moves get segment `newSegment`.
Result<QList<PlannedEntry>> planChanges(const ChangeSet &changes, const QList<Entry> &entries, int newSegment);

} // namespace Crashcart::Initrd
