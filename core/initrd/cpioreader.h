// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: the newc ("070701") and crc ("070702") cpio parser the kernel understands,
// reading headers from a SegmentStream. Names are checked (no "..", not absolute), sizes
// bounded, and every error names the segment and offset.

#include "initrd/entry.h"
#include "initrd/segmentstream.h"

namespace Crashcart::Initrd {

struct CpioRecord
{
    Entry entry; // path, type, mode, ids, mtime, inode, nlink, rdev, headerOffset
    quint32 fsMajor = 0; // the device of the file system the entry came from (hard-link key)
    quint32 fsMinor = 0;
    qint64 storedSize = 0; // the header's c_filesize
    qint64 dataOffset = 0; // uncompressed position of the data
    bool trailer = false;
    bool crcFormat = false;
};

class CpioReader
{
public:
    explicit CpioReader(SegmentStream &stream) : m_stream(stream) { }

    // Marks the current position as the start of an archive (padding is relative to it).
    void beginArchive() { m_archiveStart = m_stream.position(); }
    // Reads the header at the current position and leaves the stream at the data. A symlink's
    // target is read into entry.linkTarget (and the stream left after it).
    Result<CpioRecord> next();
    // Consumes the remaining data of the last record plus its padding.
    Result<void> finishData(const CpioRecord &record,
                            const std::function<Result<void>(QByteArrayView)> &observe = {});
    // After a trailer: skips zero padding. True if another archive follows in this stream.
    Result<bool> skipPaddingToNextArchive();

private:
    struct Header
    {
        CpioRecord record;
        quint32 mode = 0;
        qint64 nameSize = 0;
    };
    Result<void> checkMagic();
    Result<Header> readHeader();
    Result<QByteArray> readName(qint64 nameSize);
    Result<CpioRecord> skipTrailer(CpioRecord record, qint64 nameSize);
    Result<CpioRecord> readEntry(Header header, const QString &name);
    Result<void> readLinkTarget(CpioRecord &record, const QString &name);

    qint64 padding(qint64 position) const { return (4 - ((position - m_archiveStart) & 3)) & 3; }

    SegmentStream &m_stream;
    qint64 m_archiveStart = 0;
};

} // namespace Crashcart::Initrd
