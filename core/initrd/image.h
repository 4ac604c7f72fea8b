// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Crashcart::Initrd is shared API: helper B (elfdeps/moduledeps, add-binary/add-module) and
// helper D (the app/initrd workbench) build on Image, ChangeSet, the writer and diff. Change
// signatures only together with them.

#include "initrd/compression.h"
#include "initrd/entry.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace Crashcart::Initrd {

// Called with bytes of the image file processed so far and the file size. Runs on the
// thread that called open()/save(); keep it cheap.
using Progress = std::function<void(qint64 done, qint64 total)>;

// One concatenated piece of an initramfs: an uncompressed cpio archive (early microcode,
// firmware) or one compressed stream holding one or more cpio archives.
struct Segment
{
    int index = 0;
    qint64 offset = 0; // in the image file
    qint64 length = 0; // stored bytes, without the zero padding that follows
    qint64 paddingAfter = 0; // zero bytes between this segment and the next (or the end)
    Compression compression = Compression::None;
    QString format; // "newc" or "crc"
    qint64 uncompressedSize = 0;
    int entryCount = 0; // without the TRAILER!!! records
    int archiveCount = 0; // cpio archives (trailers) in the stream
};

struct OpenOptions
{
    // Bound on the uncompressed bytes of all segments together: a compression bomb stops
    // here with "initrd.limit" instead of filling memory or time.
    qint64 maxUncompressedBytes = qint64(4) << 30;
    // Compute Entry::checksum (CRC-32 of every file's content); diff() needs it.
    bool checksums = false;
    Progress progress;
    const std::atomic_bool *cancel = nullptr;
};

struct ReadOptions
{
    qint64 maxBytes = qint64(256) << 20; // read() refuses larger contents ("initrd.too-large")
    const std::atomic_bool *cancel = nullptr;
};

// The listing of an initramfs image, read in one streaming pass (nothing is extracted).
// Contents are read back from the file on demand. Cheap to copy.
//
// Errors carry a code ("initrd.io", "initrd.truncated", "initrd.magic", "initrd.header",
// "initrd.path.escape", "initrd.path.absolute", "initrd.limit", "initrd.cancelled",
// "initrd.decompress", "initrd.unsupported", "initrd.changed", "initrd.not-found") and a
// message naming the segment and offset where the image is broken.
class Image
{
public:
    static Result<Image> open(const QString &path, const OpenOptions &options = {});

    QString path() const { return m_path; }
    qint64 fileSize() const { return m_fileSize; }
    const QList<Segment> &segments() const { return m_segments; }
    // Every entry in archive order, duplicates included (later ones win at boot).
    const QList<Entry> &entries() const { return m_entries; }
    // The kernel's view after unpacking: see effectiveEntries().
    QList<Entry> effective() const { return effectiveEntries(m_entries); }
    // The effective entry for a path (the last occurrence), if any.
    std::optional<Entry> find(const QString &path) const;
    // Paths of the direct children of a directory in the effective view.
    QStringList children(const QString &directory) const;
    // Kernel versions found under lib/modules/ (or usr/lib/modules/).
    QStringList kernelVersions() const;

    // Content of a file (or hard link, or the target bytes of a symlink).
    Result<QByteArray> read(const QString &path, const ReadOptions &options = {}) const;
    // Streams the content of one entry into `out` without holding it whole.
    Result<void> readTo(const Entry &entry, QIODevice &out, const ReadOptions &options = {}) const;
    Result<void> readTo(const QString &path, QIODevice &out, const ReadOptions &options = {}) const;

    // Visits every entry in archive order with its content, one decompression pass per
    // segment. `chunk` is called with consecutive pieces of the entry's stored data (the
    // data-carrying member of a hard-link group sees the data; the others none).
    // Returning an error from either callback stops the walk with that error.
    struct Visitor
    {
        std::function<Result<void>(const Entry &entry)> entry;
        std::function<Result<void>(const Entry &entry, QByteArrayView chunk)> chunk;
    };
    Result<void> walk(const Visitor &visitor, const OpenOptions &options = {}) const;

    // An image whose content cannot be read (for diffing listings and for tests).
    static Image fromEntries(QList<Entry> entries, QList<Segment> segments = {});

private:
    friend class ImageBuilder;
    QString m_path;
    qint64 m_fileSize = 0;
    QDateTime m_modified;
    qint64 m_maxUncompressed = qint64(4) << 30;
    QList<Segment> m_segments;
    QList<Entry> m_entries;
};

} // namespace Crashcart::Initrd
