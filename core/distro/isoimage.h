// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <sys/types.h>

namespace Crashcart::Netboot {
class Content;
}

namespace Crashcart::Distro {

namespace Iso {
struct Tree;
}

struct IsoExtent
{
    qint64 offset = 0; // bytes within the image file
    qint64 length = 0;
};

struct IsoEntry
{
    // "/images/pxeboot/vmlinuz": the Rock Ridge name, else Joliet, else ISO 9660 (";1" and a
    // trailing "." dropped). The root is "/".
    QString path;
    bool directory = false;
    qint64 size = 0;
    QDateTime modified; // UTC: Rock Ridge TF modify time, else the directory record's
    QList<IsoExtent> extents; // in order; several for a multi-extent file; none when empty
};

// A disc image read in place: the directory is indexed once, file bytes are read where they
// lie (pread, or sendfile through Content::descriptor()). Immutable after open(), so every
// const member may be called from any thread.
class IsoImage : public std::enable_shared_from_this<IsoImage>
{
public:
    ~IsoImage();
    Q_DISABLE_COPY_MOVE(IsoImage)

    // Indexes the whole tree (libiso9660 reads the volume descriptors; the folders are walked
    // by extent, bounded), then keeps one O_RDONLY|O_CLOEXEC descriptor of its own.
    // Errors: iso.missing, iso.unreadable, iso.notiso (not ISO 9660, or truncated),
    // iso.hostile (loops, extents past the end, bad names, too deep or too many entries).
    static Result<std::shared_ptr<const IsoImage>> open(const QString &path);

    QString path() const { return m_path; }
    qint64 imageSize() const { return m_size; }
    QDateTime imageModified() const { return m_modified; }
    QString volumeId() const { return m_volumeId; }
    // Files and folders below the root.
    int entryCount() const;

    // Leading '/' optional, trailing '/' ignored; "/" or "" is the root. O(1) when
    // case-sensitive, a scan otherwise.
    const IsoEntry *find(QStringView path, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    // A folder's entries in the order of the image; empty for a file or a missing folder.
    QList<const IsoEntry *> children(QStringView dir) const;

    // A whole small file (.treeinfo and the like). Errors: those of content(), file.toolarge.
    Result<QByteArray> readFile(QStringView path, qint64 maxBytes) const;

    // The image as indexed is still the file at path(): same device and inode, size and
    // modification time. Errors: iso.changed, iso.missing, iso.unreadable.
    Result<void> checkUnchanged() const;

    // A file's bytes for the servers, after checkUnchanged() (never stale bytes). The content
    // keeps the image alive. A single-extent file offers descriptor() + descriptorOffset()
    // for sendfile. Errors: those of checkUnchanged(), path.notfound, path.notfile.
    Result<std::shared_ptr<const Netboot::Content>> content(QStringView path) const;

    // Up to |length| bytes of |entry| (one of this image's) from |offset|; -1 on an error.
    qint64 read(const IsoEntry &entry, qint64 offset, char *into, qint64 length) const;
    int descriptor() const { return m_fd; }

private:
    IsoImage() = default;
    Result<void> load();
    Result<const IsoEntry *> findFile(QStringView path) const;

    QString m_path;
    int m_fd = -1;
    dev_t m_device = 0;
    ino_t m_inode = 0;
    qint64 m_size = 0;
    qint64 m_mtimeNs = 0;
    QDateTime m_modified;
    QString m_volumeId;
    std::unique_ptr<Iso::Tree> m_tree;
};

} // namespace Crashcart::Distro
