// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: what saves are made of. The output file with progress and cancellation, byte
// ranges copied from the image, and cpio archives written through a compressor as segments.

#include "initrd/changeplan.h"
#include "initrd/contentsource.h"
#include "initrd/writer.h"

namespace Crashcart::Initrd {

class SaveFile;

// Counts what reaches the file, reports progress, and notices cancellation.
class SaveOutput
{
public:
    SaveOutput(SaveFile &file, const SaveOptions &options, qint64 total);

    Result<void> write(QByteArrayView bytes);
    Result<void> alignTo4();
    // Progress counts bytes of the image file read (or copied) and bytes of added content.
    void consumed(qint64 bytes);
    void reachedInFile(qint64 position);
    void complete();
    Progress fileProgress();
    qint64 written() const { return m_written; }

private:
    void report() const;

    SaveFile &m_file;
    const SaveOptions &m_options;
    qint64 m_total;
    qint64 m_written = 0;
    qint64 m_inFile = 0;
    qint64 m_added = 0;
};

Result<void> copyRange(const Image &image, qint64 from, qint64 length, SaveOutput &out);

// One cpio archive holding `entries`, compressed with `compression`. Hard-link groups (members
// sharing where their content lives) get one inode and carry the data on their last member;
// `linkGroups` false writes every member as a plain file with its own copy (an overlay, where
// opening an existing name rewrites the shared inode in place).
struct ArchivePlan
{
    QList<PlannedEntry> entries;
    QList<qsizetype> carriers; // index of the entry whose content is written, per entry (-1: none)
    QList<quint32> inodes;
    QList<quint32> links;
    qint64 expectedSize = 0;
};

ArchivePlan planArchive(QList<PlannedEntry> entries, bool linkGroups);
// The image contents the archive reads, in the order it reads them.
QList<ContentSource::Key> contentOrder(const ArchivePlan &plan);
// Returns the bytes written.
Result<qint64> writeArchive(const ArchivePlan &plan, ContentSource &source, Compression compression,
                            const SaveOptions &options, SaveOutput &out);

// A new segment holding one newc archive.
Segment newSegment(int index, Compression compression, int entryCount);
// Writes `archive` as `segment` at the current end of the output.
Result<Segment> writeSegment(Segment segment, const ArchivePlan &archive, ContentSource &source,
                             const SaveOptions &options, SaveOutput &out);

} // namespace Crashcart::Initrd
