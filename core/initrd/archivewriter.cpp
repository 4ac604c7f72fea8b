// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/archivewriter.h"

#include "initrd/cpiowriter.h"
#include "initrd/savefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace Crashcart::Initrd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Initrd::Image)
};
} // namespace

using Key = ContentSource::Key;

SaveOutput::SaveOutput(SaveFile &file, const SaveOptions &options, qint64 total) : m_file(file), m_options(options), m_total(total) { }

Result<void> SaveOutput::write(QByteArrayView bytes)
{
    if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
        return makeError("initrd.cancelled", Tr::tr("Cancelled."));
    if (m_file.file().write(bytes.data(), bytes.size()) != bytes.size())
        return makeError("initrd.io", Tr::tr("Cannot write %1: %2").arg(m_file.file().fileName(), m_file.file().errorString()));
    m_written += bytes.size();
    return {};
}

Result<void> SaveOutput::alignTo4()
{
    static const char zeros[4] = {};
    const qint64 n = (4 - (m_written & 3)) & 3;
    return n ? write(QByteArrayView(zeros, n)) : Result<void>();
}

void SaveOutput::consumed(qint64 bytes)
{
    m_added += bytes;
    report();
}

void SaveOutput::reachedInFile(qint64 position)
{
    m_inFile = std::max(m_inFile, position);
    report();
}

void SaveOutput::complete()
{
    m_inFile = m_total;
    m_added = 0;
    report();
}

Progress SaveOutput::fileProgress()
{
    return [this](qint64 position, qint64) { reachedInFile(position); };
}

void SaveOutput::report() const
{
    if (m_options.progress)
        m_options.progress(std::min(m_inFile + m_added, m_total), m_total);
}

Result<void> copyRange(const Image &image, qint64 from, qint64 length, SaveOutput &out)
{
    QFile in(image.path());
    if (!in.open(QIODevice::ReadOnly) || !in.seek(from))
        return makeError("initrd.io", Tr::tr("Cannot read %1: %2").arg(image.path(), in.errorString()));
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (length > 0) {
        const qint64 got = in.read(buffer.data(), std::min<qint64>(length, buffer.size()));
        if (got <= 0)
            return makeError("initrd.changed", Tr::tr("%1 changed on disk since it was opened.").arg(image.path()));
        if (auto r = out.write(QByteArrayView(buffer.constData(), got)); !r)
            return r;
        from += got;
        out.reachedInFile(from);
        length -= got;
    }
    return {};
}

namespace {

bool linkable(const PlannedEntry &p)
{
    return p.change < 0 && p.entry.dataSegment >= 0 && (p.entry.type == EntryType::File || p.entry.type == EntryType::HardLink);
}

} // namespace

ArchivePlan planArchive(QList<PlannedEntry> entries, bool linkGroups)
{
    ArchivePlan plan;
    QHash<Key, QList<qsizetype>> groups;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (linkGroups && linkable(entries[i]))
            groups[Key { entries[i].entry.dataSegment, entries[i].entry.dataOffset }].append(i);
        plan.expectedSize += 120 + entries[i].entry.path.size() + entries[i].entry.size;
    }
    plan.carriers.resize(entries.size());
    plan.inodes.resize(entries.size());
    plan.links.fill(1, entries.size());
    quint32 inode = 1;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        plan.inodes[i] = inode++;
        plan.carriers[i] = i;
        if (entries[i].entry.type == EntryType::Directory)
            plan.links[i] = 2;
    }
    for (const QList<qsizetype> &members : std::as_const(groups)) {
        for (qsizetype i : members) {
            plan.inodes[i] = plan.inodes[members.first()];
            plan.links[i] = quint32(members.size());
            plan.carriers[i] = i == members.last() ? i : -1;
        }
    }
    plan.entries = std::move(entries);
    return plan;
}

QList<Key> contentOrder(const ArchivePlan &plan)
{
    QList<Key> order;
    for (qsizetype i = 0; i < plan.entries.size(); ++i) {
        if (plan.carriers[i] == i && ContentSource::fromImage(plan.entries[i]))
            order.append(Key { plan.entries[i].entry.dataSegment, plan.entries[i].entry.dataOffset });
    }
    return order;
}

Result<qint64> writeArchive(const ArchivePlan &plan, ContentSource &source, Compression compression,
                            const SaveOptions &options, SaveOutput &out)
{
    const qint64 start = out.written();
    auto encoder = Codec::makeEncoder(compression, options.level, options.threads, plan.expectedSize,
                                      [&out](QByteArrayView bytes) { return out.write(bytes); });
    if (!encoder)
        return encoder.error();
    CpioWriter cpio(**encoder);
    for (qsizetype i = 0; i < plan.entries.size(); ++i) {
        const PlannedEntry &planned = plan.entries[i];
        const bool carries = plan.carriers[i] == i;
        qint64 size = 0;
        if (carries && planned.entry.type != EntryType::Directory) {
            auto measured = source.size(planned);
            if (!measured)
                return measured.error();
            size = *measured;
        }
        Entry header = planned.entry;
        if (header.type == EntryType::HardLink)
            header.type = EntryType::File;
        if (auto r = cpio.header(header, plan.inodes[i], plan.links[i], size); !r)
            return r.error();
        if (size > 0) {
            const bool added = planned.change >= 0;
            auto r = source.copy(planned, size, [&cpio, &out, added](QByteArrayView chunk) {
                if (added)
                    out.consumed(chunk.size());
                return cpio.data(chunk);
            });
            if (!r)
                return Error { r.error().code, Tr::tr("%1: %2").arg(planned.entry.path, r.error().message) };
        }
        if (auto r = cpio.endEntry(); !r)
            return r.error();
    }
    if (auto r = cpio.trailer(); !r)
        return r.error();
    if (auto r = (*encoder)->finish(); !r)
        return r.error();
    return out.written() - start;
}

Segment newSegment(int index, Compression compression, int entryCount)
{
    Segment segment;
    segment.index = index;
    segment.compression = compression;
    segment.format = QStringLiteral("newc");
    segment.entryCount = entryCount;
    segment.archiveCount = 1;
    return segment;
}

Result<Segment> writeSegment(Segment segment, const ArchivePlan &archive, ContentSource &source,
                             const SaveOptions &options, SaveOutput &out)
{
    segment.offset = out.written();
    auto length = writeArchive(archive, source, segment.compression, options, out);
    if (!length)
        return length.error();
    segment.length = *length;
    return segment;
}

} // namespace Crashcart::Initrd
