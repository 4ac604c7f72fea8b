// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "isoimage.h"
#include "isorecord.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

// Internal to core/distro: reads the directory tree of an image by extent, breadth first,
// with its own bounded parser. libiso9660's path-based readdir is not used for the walk: it
// sizes buffers from the record (a 4 GiB directory is a 4 GiB allocation), finds each folder
// again by name from the root, and knows nothing of multi-extent files.
namespace Crashcart::Distro::Iso {

constexpr int kMaxDepth = 64;
constexpr qsizetype kMaxEntries = 1'000'000;
constexpr qint64 kMaxDirectoryBytes = qint64(1) << 30;

// pread() until |length| bytes are in; false on an error or a short file.
bool readFully(int fd, qint64 offset, char *into, qint64 length);

enum class Names { RockRidge, Joliet, Iso9660 };

// The index: entry 0 is the root ("/"); a folder's children are contiguous.
struct Tree
{
    QList<IsoEntry> entries;
    QList<std::pair<qsizetype, qsizetype>> children; // first, count; per entry
    QHash<QString, qsizetype> index;
};

class Walker
{
public:
    Walker(int fd, qint64 imageSize, QString imagePath);

    // What the root's "." record says about Rock Ridge (SP skip, any RRIP field).
    std::optional<int> rockRidgeSkip(const Record &root);
    Result<Tree> walk(const Record &root, Names names, int suspSkip);

    bool readAt(qint64 offset, char *into, qint64 length) const;

private:
    Result<void> readDirectory(qsizetype index);
    Result<void> readBlock(QByteArrayView block);
    Result<void> addRecord(const Record &record);
    Result<void> addEntry(const Record &first, IsoEntry entry);
    std::optional<QString> checkExtent(const Record &record, bool directory) const;
    Result<QString> entryName(const Record &record, const RockRidge &rr) const;
    void readRockRidge(const Record &record, RockRidge &rr) const;
    Error hostile(const QString &isoPath, const QString &why) const;
    QString childPath(const QString &name) const;

    int m_fd;
    qint64 m_imageSize;
    QString m_imagePath;
    Names m_names = Names::Iso9660;
    int m_skip = 0;
    Tree m_tree;
    QList<int> m_depth;
    QSet<quint32> m_visited;
    qint64 m_directoryBytes = 0;
    qsizetype m_records = 0;
    mutable qsizetype m_continuations = 0;
    // While reading one folder.
    qsizetype m_current = 0;
    std::optional<std::pair<Record, IsoEntry>> m_pending; // a multi-extent file so far
};

} // namespace Crashcart::Distro::Iso
