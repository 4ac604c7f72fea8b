// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "initrd/entry.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Crashcart::Initrd {

class Image;

// One pending edit. Paths are normalised entry paths (see normalizePath()).
struct Change
{
    enum class Kind { AddFile, AddDirectory, AddSymlink, AddDevice, Remove, Rename, SetMode, SetOwner };
    Kind kind = Kind::AddFile;
    QString path; // the entry added or edited (Rename: the old path)
    QString newPath; // Rename: the new path
    QString hostPath; // AddFile from the host (read at save time); empty when `bytes` is used
    QByteArray bytes; // AddFile from memory
    QString linkTarget; // AddSymlink
    EntryType deviceType = EntryType::CharDevice; // AddDevice: CharDevice, BlockDevice or Fifo
    quint32 devMajor = 0;
    quint32 devMinor = 0;
    quint32 mode = 0; // 07777 bits; AddFile/AddDirectory/AddSymlink/AddDevice/SetMode
    uint uid = 0; // new entries are root:root unless said otherwise
    uint gid = 0;
    qint64 mtime = 0; // new entries: 0 means "now" at save time
};

// Pending edits to an image, in the order made. Nothing touches the image until a writer
// saves; apply() shows what a listing will look like afterwards.
class ChangeSet
{
public:
    // `dest` is the entry path to create. A host file keeps its permission bits unless `mode`
    // is given; content is read when saving.
    Result<void> addFile(const QString &dest, const QString &hostPath, std::optional<quint32> mode = {});
    Result<void> addBytes(const QString &dest, const QByteArray &bytes, quint32 mode = 0644);
    Result<void> addDirectory(const QString &dest, quint32 mode = 0755);
    Result<void> addSymlink(const QString &dest, const QString &target);
    Result<void> addDevice(const QString &dest, EntryType type, quint32 major, quint32 minor, quint32 mode = 0600);
    // A host folder with everything below it (files, folders, symlinks), as `dest`.
    Result<void> addTree(const QString &dest, const QString &hostDirectory);
    // Removes the path and everything below it.
    Result<void> remove(const QString &path);
    // Moves the path (and everything below it) to `newPath`.
    Result<void> rename(const QString &path, const QString &newPath);
    Result<void> setMode(const QString &path, quint32 mode);
    Result<void> setOwner(const QString &path, uint uid, uint gid);

    const QList<Change> &changes() const { return m_changes; }
    bool isEmpty() const { return m_changes.isEmpty(); }
    int size() const { return int(m_changes.size()); }
    void removeAt(int index);
    void clear() { m_changes.clear(); }
    // Remove and Rename cannot be expressed by appending a cpio segment: the kernel only adds.
    bool needsRepack() const;

    // One translated line per change for a "pending changes" list.
    static QString describe(const Change &change);

    // The image's entries with the changes applied (archive order, as a repack writes them,
    // before merging duplicates), every touched entry marked Added or Modified. Fails when a
    // change names a path the image (with the earlier changes) does not have, or a parent
    // that is not a directory.
    Result<QList<Entry>> apply(const Image &image) const;
    Result<QList<Entry>> apply(const QList<Entry> &entries, int newSegment) const;

private:
    QList<Change> m_changes;
};

} // namespace Crashcart::Initrd
