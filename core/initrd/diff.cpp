// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/diff.h"

#include "initrd/image.h"

#include <QMap>

namespace Crashcart::Initrd {

namespace {
// Which member of a hard-link group is "the file" is an accident of order, not content.
EntryType comparable(EntryType type)
{
    return type == EntryType::HardLink ? EntryType::File : type;
}

QStringList differences(const Entry &a, const Entry &b)
{
    QStringList fields;
    if (comparable(a.type) != comparable(b.type))
        fields << QStringLiteral("type");
    if (a.mode != b.mode)
        fields << QStringLiteral("mode");
    if (a.uid != b.uid)
        fields << QStringLiteral("uid");
    if (a.gid != b.gid)
        fields << QStringLiteral("gid");
    if (a.type != EntryType::Directory && b.type != EntryType::Directory && a.size != b.size)
        fields << QStringLiteral("size");
    if (a.mtime != b.mtime)
        fields << QStringLiteral("mtime");
    if ((a.type == EntryType::Symlink || b.type == EntryType::Symlink) && a.linkTarget != b.linkTarget)
        fields << QStringLiteral("target");
    if (a.devMajor != b.devMajor || a.devMinor != b.devMinor)
        fields << QStringLiteral("device");
    if (a.hasChecksum && b.hasChecksum && a.size == b.size && a.checksum != b.checksum)
        fields << QStringLiteral("content");
    return fields;
}
} // namespace

QString diffKindName(DiffItem::Kind kind)
{
    switch (kind) {
    case DiffItem::Kind::Added:
        return QStringLiteral("added");
    case DiffItem::Kind::Removed:
        return QStringLiteral("removed");
    case DiffItem::Kind::Modified:
        return QStringLiteral("modified");
    }
    return {};
}

QList<DiffItem> diff(const QList<Entry> &before, const QList<Entry> &after)
{
    QMap<QString, Entry> a, b;
    for (const Entry &e : effectiveEntries(before))
        a.insert(e.path, e);
    for (const Entry &e : effectiveEntries(after))
        b.insert(e.path, e);
    QList<DiffItem> items;
    auto ia = a.cbegin();
    auto ib = b.cbegin();
    while (ia != a.cend() || ib != b.cend()) {
        DiffItem item;
        if (ib == b.cend() || (ia != a.cend() && ia.key() < ib.key())) {
            item.kind = DiffItem::Kind::Removed;
            item.path = ia.key();
            item.before = *ia++;
        } else if (ia == a.cend() || ib.key() < ia.key()) {
            item.kind = DiffItem::Kind::Added;
            item.path = ib.key();
            item.after = *ib++;
        } else {
            item.fields = differences(*ia, *ib);
            if (item.fields.isEmpty()) {
                ++ia;
                ++ib;
                continue;
            }
            item.kind = DiffItem::Kind::Modified;
            item.path = ia.key();
            item.before = *ia++;
            item.after = *ib++;
        }
        items.append(std::move(item));
    }
    return items;
}

Result<QList<DiffItem>> diff(const QString &beforePath, const QString &afterPath)
{
    OpenOptions options;
    options.checksums = true;
    auto before = Image::open(beforePath, options);
    if (!before)
        return before.error();
    auto after = Image::open(afterPath, options);
    if (!after)
        return after.error();
    return diff(before->entries(), after->entries());
}

} // namespace Crashcart::Initrd
