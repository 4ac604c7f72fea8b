// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/changeplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>

namespace Crashcart::Initrd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Initrd::Image)
};

class Planner
{
public:
    Planner(const ChangeSet &changes, const QList<Entry> &entries, int newSegment)
        : m_changes(changes.changes()), m_newSegment(newSegment), m_now(QDateTime::currentSecsSinceEpoch())
    {
        m_list.reserve(entries.size() + m_changes.size());
        for (const Entry &e : entries)
            m_list.append(PlannedEntry { e, -1 });
    }

    Result<QList<PlannedEntry>> run()
    {
        for (int i = 0; i < m_changes.size(); ++i) {
            if (auto r = apply(i); !r)
                return Error { r.error().code, Tr::tr("%1: %2").arg(ChangeSet::describe(m_changes[i]), r.error().message) };
        }
        relink();
        return m_list;
    }

private:
    qsizetype lastIndex(const QString &path) const
    {
        for (qsizetype i = m_list.size() - 1; i >= 0; --i) {
            if (m_list[i].entry.path == path)
                return i;
        }
        return -1;
    }

    bool hasChildren(const QString &path) const
    {
        return std::any_of(m_list.cbegin(), m_list.cend(),
                           [&path](const PlannedEntry &p) { return p.entry.path != path && isSameOrBelow(p.entry.path, path); });
    }

    static Error notFound(const QString &path) { return makeError("initrd.not-found", Tr::tr("%1 is not in the image.").arg(path)); }

    static void markModified(Entry &e)
    {
        if (e.state != EntryState::Added)
            e.state = EntryState::Modified;
    }

    Result<void> ensureParents(const QString &path)
    {
        QStringList missing;
        for (QString p = parentPath(path); !p.isEmpty(); p = parentPath(p)) {
            const qsizetype at = lastIndex(p);
            if (at >= 0) {
                if (m_list[at].entry.type != EntryType::Directory)
                    return makeError("initrd.not-a-folder", Tr::tr("%1 is not a folder.").arg(p));
                break;
            }
            missing.prepend(p);
        }
        for (const QString &p : std::as_const(missing)) {
            Entry dir;
            dir.path = p;
            dir.type = EntryType::Directory;
            dir.mode = 0755;
            dir.mtime = m_now;
            dir.nlink = 2;
            dir.segment = m_newSegment;
            dir.state = EntryState::Added;
            m_list.append(PlannedEntry { dir, -1 });
        }
        return {};
    }

    Entry newEntry(const Change &c) const
    {
        Entry e;
        e.path = c.path;
        e.mode = c.mode;
        e.uid = c.uid;
        e.gid = c.gid;
        e.mtime = c.mtime > 0 ? c.mtime : m_now;
        e.segment = m_newSegment;
        e.state = EntryState::Added;
        switch (c.kind) {
        case Change::Kind::AddFile:
            e.type = EntryType::File;
            e.size = c.hostPath.isEmpty() ? c.bytes.size() : QFileInfo(c.hostPath).size();
            break;
        case Change::Kind::AddDirectory:
            e.type = EntryType::Directory;
            e.nlink = 2;
            break;
        case Change::Kind::AddSymlink:
            e.type = EntryType::Symlink;
            e.linkTarget = c.linkTarget;
            e.size = c.linkTarget.toUtf8().size();
            break;
        default:
            e.type = c.deviceType;
            e.devMajor = c.devMajor;
            e.devMinor = c.devMinor;
            break;
        }
        return e;
    }

    Result<void> add(int index)
    {
        const Change &c = m_changes[index];
        Entry e = newEntry(c);
        const int source = c.kind == Change::Kind::AddFile ? index : -1;
        const qsizetype at = lastIndex(c.path);
        if (at < 0) {
            if (auto r = ensureParents(c.path); !r)
                return r;
            m_list.append(PlannedEntry { e, source });
            return {};
        }
        Entry &old = m_list[at].entry;
        if (old.type == EntryType::Directory && e.type == EntryType::Directory) {
            old.mode = e.mode;
            old.uid = e.uid;
            old.gid = e.gid;
            markModified(old);
            return {};
        }
        if (old.type == EntryType::Directory && hasChildren(c.path))
            return makeError("initrd.not-empty", Tr::tr("%1 is a folder that is not empty.").arg(c.path));
        // Replaced where it was, so it stays in its segment (an early microcode file stays early).
        e.segment = old.segment;
        e.state = old.state == EntryState::Added ? EntryState::Added : EntryState::Modified;
        m_list[at] = PlannedEntry { e, source };
        for (qsizetype i = at - 1; i >= 0; --i) {
            if (m_list[i].entry.path == c.path)
                m_list.removeAt(i);
        }
        return {};
    }

    Result<void> remove(const Change &c)
    {
        const qsizetype removed = m_list.removeIf([&c](const PlannedEntry &p) { return isSameOrBelow(p.entry.path, c.path); });
        return removed > 0 ? Result<void>() : Result<void>(notFound(c.path));
    }

    Result<void> rename(const Change &c)
    {
        if (lastIndex(c.path) < 0)
            return notFound(c.path);
        if (lastIndex(c.newPath) >= 0)
            return makeError("initrd.exists", Tr::tr("%1 already exists.").arg(c.newPath));
        QList<PlannedEntry> moved;
        for (qsizetype i = 0; i < m_list.size();) {
            if (isSameOrBelow(m_list[i].entry.path, c.path)) {
                moved.append(m_list.takeAt(i));
            } else {
                ++i;
            }
        }
        if (auto r = ensureParents(c.newPath); !r) {
            m_list.append(moved);
            return r;
        }
        const auto renamed = [&c](const QString &path) -> QString { return c.newPath + path.mid(c.path.size()); };
        for (PlannedEntry &p : m_list) {
            if (p.entry.type == EntryType::HardLink && isSameOrBelow(p.entry.linkTarget, c.path))
                p.entry.linkTarget = renamed(p.entry.linkTarget);
        }
        for (PlannedEntry &p : moved) {
            p.entry.path = renamed(p.entry.path);
            if (p.entry.type == EntryType::HardLink && isSameOrBelow(p.entry.linkTarget, c.path))
                p.entry.linkTarget = renamed(p.entry.linkTarget);
            p.entry.segment = m_newSegment;
            markModified(p.entry);
            m_list.append(p);
        }
        return {};
    }

    // Mode and owner belong to the inode: every name of a hard-linked file changes.
    Result<void> setAttributes(const Change &c)
    {
        const qsizetype at = lastIndex(c.path);
        if (at < 0)
            return notFound(c.path);
        const Entry target = m_list[at].entry;
        const bool linked = (target.type == EntryType::File || target.type == EntryType::HardLink) && target.dataSegment >= 0;
        for (qsizetype i = 0; i < m_list.size(); ++i) {
            Entry &e = m_list[i].entry;
            const bool same = i == at
                || (linked && (e.type == EntryType::File || e.type == EntryType::HardLink) && e.dataSegment == target.dataSegment
                    && e.dataOffset == target.dataOffset);
            if (!same)
                continue;
            if (c.kind == Change::Kind::SetMode) {
                e.mode = c.mode;
            } else {
                e.uid = c.uid;
                e.gid = c.gid;
            }
            markModified(e);
        }
        return {};
    }

    Result<void> apply(int index)
    {
        const Change &c = m_changes[index];
        switch (c.kind) {
        case Change::Kind::AddFile:
        case Change::Kind::AddDirectory:
        case Change::Kind::AddSymlink:
        case Change::Kind::AddDevice:
            return add(index);
        case Change::Kind::Remove:
            return remove(c);
        case Change::Kind::Rename:
            return rename(c);
        case Change::Kind::SetMode:
        case Change::Kind::SetOwner:
            return setAttributes(c);
        }
        return {};
    }

    // Members of one hard-link group share where their content lives; the first in order is
    // the File, the others link to it (a removed or renamed first member hands over).
    void relink()
    {
        QHash<QPair<int, qint64>, qsizetype> first;
        for (qsizetype i = 0; i < m_list.size(); ++i) {
            Entry &e = m_list[i].entry;
            if ((e.type != EntryType::File && e.type != EntryType::HardLink) || e.dataSegment < 0 || m_list[i].change >= 0)
                continue;
            const auto key = qMakePair(e.dataSegment, e.dataOffset);
            const auto it = first.constFind(key);
            if (it == first.constEnd()) {
                first.insert(key, i);
                e.type = EntryType::File;
                e.linkTarget.clear();
            } else {
                e.type = EntryType::HardLink;
                e.linkTarget = m_list[*it].entry.path;
            }
        }
    }

    const QList<Change> &m_changes;
    int m_newSegment;
    qint64 m_now;
    QList<PlannedEntry> m_list;
};
} // namespace

Result<QList<PlannedEntry>> planChanges(const ChangeSet &changes, const QList<Entry> &entries, int newSegment)
{
    return Planner(changes, entries, newSegment).run();
}

} // namespace Crashcart::Initrd
