// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace Crashcart::Initrd {

// What a cpio entry is. Hard links: the first member of a link group (same inode within one
// cpio archive, nlink > 1) is a File; every later member is a HardLink whose linkTarget names
// that first member. All members report the group's content size.
enum class EntryType { File, Directory, Symlink, HardLink, CharDevice, BlockDevice, Fifo, Socket };

// How an entry in an edited view relates to the image it came from (for "pending changes").
enum class EntryState { Unchanged, Added, Modified };

struct Entry
{
    QString path; // normalised: relative, no "./" prefix, no ".." or empty components; "." is the root
    EntryType type = EntryType::File;
    quint32 mode = 0; // permission bits with setuid/setgid/sticky (07777), no file type bits
    uint uid = 0;
    uint gid = 0;
    qint64 size = 0; // content bytes: file data, or the target's length for a symlink
    qint64 mtime = 0; // seconds since the epoch
    QString linkTarget; // symlink target, or the path of the first member for a HardLink
    quint32 devMajor = 0; // rdev of character and block devices
    quint32 devMinor = 0;
    quint32 inode = 0; // as stored in the archive
    quint32 nlink = 1;
    int segment = -1; // index into Image::segments(); -1 for entries a ChangeSet adds
    qint64 headerOffset = -1; // offset of the cpio header in the segment's uncompressed stream
    // Where the content lives (for hard links: the member that carries the data).
    int dataSegment = -1;
    qint64 dataOffset = -1; // in that segment's uncompressed stream
    quint32 checksum = 0; // CRC-32 of the content, when the image was opened with checksums
    bool hasChecksum = false;
    EntryState state = EntryState::Unchanged;
};

// Stable English identifiers ("file", "dir", "symlink", "hardlink", "char", "block", "fifo",
// "socket") used in JSON and by the CLI.
QString typeName(EntryType type);
// Translated, for people.
QString typeDisplayName(EntryType type);
// The st_mode file type bits (S_IFREG...) of a type; a HardLink is S_IFREG.
quint32 typeBits(EntryType type);
// `ls -l` style "-rwsr-xr-x".
QString modeString(EntryType type, quint32 mode);

// Normalises a name from an archive or from a user into an entry path: strips leading "./"
// and "/" only when `allowAbsolute`, collapses "//" and "/./", refuses "..", empty names and
// NUL bytes. Error codes: "initrd.path.escape", "initrd.path.absolute", "initrd.path.empty".
Result<QString> normalizePath(const QString &name, bool allowAbsolute = false);
QString parentPath(const QString &path); // "" for top-level entries and for "."
QString baseName(const QString &path);
// True if `path` is `ancestor` or lies below it ("." is everyone's ancestor).
bool isSameOrBelow(const QString &path, const QString &ancestor);

// What the kernel ends up with after unpacking `entries` in order: one entry per path, the
// last occurrence's metadata, kept at the first occurrence's position (so parents stay
// before their children).
QList<Entry> effectiveEntries(const QList<Entry> &entries);

} // namespace Crashcart::Initrd
