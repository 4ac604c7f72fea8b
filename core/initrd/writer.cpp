// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/writer.h"

#include "initrd/changeplan.h"
#include "initrd/contentsource.h"
#include "initrd/cpiowriter.h"
#include "initrd/savefile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>

#include <optional>

Q_LOGGING_CATEGORY(lcInitrdWriter, "crashcart.initrd.writer", QtInfoMsg)

namespace Crashcart::Initrd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Initrd::Image)
};

using Key = ContentSource::Key;

// Counts what reaches the file, reports progress, and notices cancellation.
class Output
{
public:
    Output(SaveFile &file, const SaveOptions &options, qint64 total) : m_file(file), m_options(options), m_total(total) { }

    Result<void> write(QByteArrayView bytes)
    {
        if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
            return makeError("initrd.cancelled", Tr::tr("Cancelled."));
        if (m_file.file().write(bytes.data(), bytes.size()) != bytes.size())
            return makeError("initrd.io", Tr::tr("Cannot write %1: %2").arg(m_file.file().fileName(), m_file.file().errorString()));
        m_written += bytes.size();
        return {};
    }
    Result<void> alignTo4()
    {
        static const char zeros[4] = {};
        const qint64 n = (4 - (m_written & 3)) & 3;
        return n ? write(QByteArrayView(zeros, n)) : Result<void>();
    }
    // Progress counts bytes of the image file read (or copied) and bytes of added content.
    void consumed(qint64 bytes)
    {
        m_added += bytes;
        report();
    }
    void reachedInFile(qint64 position)
    {
        m_inFile = std::max(m_inFile, position);
        report();
    }
    void complete()
    {
        m_inFile = m_total;
        m_added = 0;
        report();
    }
    Progress fileProgress()
    {
        return [this](qint64 position, qint64) { reachedInFile(position); };
    }
    qint64 written() const { return m_written; }

private:
    SaveFile &m_file;
    const SaveOptions &m_options;
    qint64 m_total;
    void report() const
    {
        if (m_options.progress)
            m_options.progress(std::min(m_inFile + m_added, m_total), m_total);
    }
    qint64 m_written = 0;
    qint64 m_inFile = 0;
    qint64 m_added = 0;
};

Result<void> copyRange(const Image &image, qint64 from, qint64 length, Output &out)
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

bool linkable(const PlannedEntry &p)
{
    return p.change < 0 && p.entry.dataSegment >= 0 && (p.entry.type == EntryType::File || p.entry.type == EntryType::HardLink);
}

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
                            const SaveOptions &options, Output &out)
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

qint64 addedBytes(const QList<PlannedEntry> &entries)
{
    qint64 total = 0;
    for (const PlannedEntry &p : entries) {
        if (p.change >= 0)
            total += p.entry.size;
    }
    return total;
}

Result<void> checkUnchanged(const Image &image)
{
    if (QFileInfo(image.path()).size() != image.fileSize())
        return makeError("initrd.changed", Tr::tr("%1 changed on disk since it was opened; open it again.").arg(image.path()));
    return {};
}

Result<SaveReport> finish(SaveFile &file, const Image &image, const SaveOptions &options, Output &out,
                          int entries, QList<Segment> written)
{
    auto backup = file.commit(options.keepOriginal);
    if (!backup)
        return backup.error();
    out.complete();
    SaveReport report;
    report.output = QFileInfo(options.output).absoluteFilePath();
    report.backup = *backup;
    report.sizeBefore = image.fileSize();
    report.sizeAfter = out.written();
    report.entriesWritten = entries;
    report.segmentsWritten = std::move(written);
    qCDebug(lcInitrdWriter) << "saved" << report.output << report.sizeBefore << "->" << report.sizeAfter;
    return report;
}
// A new segment holding one newc archive.
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

// Writes `archive` as `segment` at the current end of the output.
Result<Segment> writeSegment(Segment segment, const ArchivePlan &archive, ContentSource &source,
                             const SaveOptions &options, Output &out)
{
    segment.offset = out.written();
    auto length = writeArchive(archive, source, segment.compression, options, out);
    if (!length)
        return length.error();
    segment.length = *length;
    return segment;
}

// The segment a repack folds the compressed ones into: the first compressed one, or the last
// when every segment is uncompressed. The ones before it are the early segments.
qsizetype mainSegmentIndex(const QList<Segment> &segments)
{
    qsizetype main = 0;
    while (main < segments.size() && segments[main].compression == Compression::None)
        ++main;
    return main == segments.size() ? segments.size() - 1 : main;
}

// What a repack writes where: each early segment's entries, and the main segment's.
struct RepackLayout
{
    QList<QList<PlannedEntry>> early;
    QList<PlannedEntry> main;
};

RepackLayout layOut(const QList<PlannedEntry> &plan, qsizetype mainStart)
{
    RepackLayout layout;
    layout.early.resize(mainStart);
    QHash<QString, qsizetype> mainIndex;
    for (const PlannedEntry &p : plan) {
        if (p.entry.segment >= 0 && p.entry.segment < mainStart) {
            layout.early[p.entry.segment].append(p);
            continue;
        }
        // Folding the compressed segments into one, as the kernel would unpack them: a later
        // entry replaces an earlier one of the same path (a folder keeps its place, so its
        // children still follow it).
        const auto it = mainIndex.constFind(p.entry.path);
        if (it != mainIndex.constEnd()) {
            PlannedEntry &old = layout.main[*it];
            if (old.entry.type == EntryType::Directory && p.entry.type == EntryType::Directory) {
                old = p;
                continue;
            }
            old.entry.path.clear(); // dropped below
        }
        mainIndex.insert(p.entry.path, layout.main.size());
        layout.main.append(p);
    }
    layout.main.removeIf([](const PlannedEntry &p) { return p.entry.path.isEmpty(); });
    return layout;
}

// An early segment keeps its bytes unless an edit touched it.
bool untouched(const QList<PlannedEntry> &entries, const Segment &segment)
{
    return entries.size() == segment.entryCount && std::all_of(entries.cbegin(), entries.cend(), [](const PlannedEntry &p) {
               return p.entry.state == EntryState::Unchanged;
           });
}

// The early segments: copied byte for byte, or rewritten uncompressed (an empty plan) where
// an edit touched them.
struct EarlySegments
{
    QList<std::optional<ArchivePlan>> rewritten;
    QList<Key> contentOrder;
};

EarlySegments planEarly(const RepackLayout &layout, const QList<Segment> &segments)
{
    EarlySegments early;
    for (qsizetype s = 0; s < layout.early.size(); ++s) {
        if (untouched(layout.early[s], segments[s])) {
            early.rewritten.append(std::nullopt);
            continue;
        }
        early.rewritten.append(planArchive(layout.early[s], true));
        early.contentOrder += contentOrder(*early.rewritten.last());
    }
    return early;
}

Result<QList<Segment>> writeEarly(const Image &image, const RepackLayout &layout, const EarlySegments &early,
                                  ContentSource &source, const SaveOptions &options, Output &out)
{
    QList<Segment> written;
    for (qsizetype s = 0; s < early.rewritten.size(); ++s) {
        if (auto r = out.alignTo4(); !r)
            return r.error();
        const Segment &original = image.segments()[s];
        if (!early.rewritten[s]) {
            Segment segment = original;
            segment.offset = out.written();
            if (auto r = copyRange(image, original.offset, original.length + original.paddingAfter, out); !r)
                return r.error();
            written.append(segment);
            continue;
        }
        Segment segment = original;
        segment.paddingAfter = 0;
        segment.entryCount = int(layout.early[s].size());
        auto rewritten = writeSegment(segment, *early.rewritten[s], source, options, out);
        if (!rewritten)
            return rewritten.error();
        written.append(*rewritten);
    }
    return written;
}

Compression firstCompression(const Image &image)
{
    for (const Segment &segment : image.segments()) {
        if (segment.compression != Compression::None)
            return segment.compression;
    }
    return Compression::None;
}

QList<PlannedEntry> changedEntries(const QList<PlannedEntry> &plan)
{
    QList<PlannedEntry> changed;
    for (const PlannedEntry &p : plan) {
        if (p.entry.state != EntryState::Unchanged)
            changed.append(p);
    }
    return changed;
}
} // namespace

Result<SaveReport> saveOverlay(const Image &image, const ChangeSet &changes, const SaveOptions &options)
{
    if (changes.needsRepack())
        return makeError("initrd.overlay.remove", Tr::tr("Removing or renaming entries cannot be saved as an overlay: the kernel "
                                                         "only adds what a later segment holds. Save as a full repack instead."));
    if (!image.segments().isEmpty() && image.segments().last().compression == Compression::Lz4)
        return makeError("initrd.overlay.lz4", Tr::tr("The image ends in an lz4 (legacy) segment, which the kernel reads to the end "
                                                      "of the file, so nothing can be appended. Save as a full repack instead."));
    auto plan = planChanges(changes, image.entries(), int(image.segments().size()));
    if (!plan)
        return plan.error();
    const QList<PlannedEntry> emitted = changedEntries(*plan);
    if (emitted.isEmpty())
        return makeError("initrd.nothing", Tr::tr("There are no changes to save."));
    if (auto r = checkUnchanged(image); !r)
        return r.error();
    const Compression compression = options.compression.value_or(defaultCompression(image, SaveKind::Overlay));

    SaveFile file(options.output);
    if (auto r = file.open(); !r)
        return r.error();
    Output out(file, options, image.fileSize() + addedBytes(emitted));
    if (auto r = copyRange(image, 0, image.fileSize(), out); !r)
        return r.error();
    if (auto r = out.alignTo4(); !r)
        return r.error();
    const ArchivePlan archive = planArchive(emitted, false);
    ContentSource source(image, changes, options.maxUncompressedBytes, options.cancel, out.fileProgress());
    if (auto r = source.prepare(contentOrder(archive), file.folder()); !r)
        return r.error();
    auto segment = writeSegment(newSegment(int(image.segments().size()), compression, int(emitted.size())), archive,
                                source, options, out);
    if (!segment)
        return segment.error();
    QList<Segment> written = image.segments();
    written.append(*segment);
    return finish(file, image, options, out, int(emitted.size()), written);
}

Result<SaveReport> saveRepack(const Image &image, const ChangeSet &changes, const SaveOptions &options)
{
    const QList<Segment> &segments = image.segments();
    if (segments.isEmpty())
        return makeError("initrd.magic", Tr::tr("The image has no segments."));
    const qsizetype mainStart = mainSegmentIndex(segments);
    auto plan = planChanges(changes, image.entries(), int(mainStart));
    if (!plan)
        return plan.error();
    if (auto r = checkUnchanged(image); !r)
        return r.error();
    const Compression compression = options.compression.value_or(defaultCompression(image, SaveKind::Repack));
    const RepackLayout layout = layOut(*plan, mainStart);
    const EarlySegments early = planEarly(layout, segments);
    const ArchivePlan mainArchive = planArchive(layout.main, true);

    SaveFile file(options.output);
    if (auto r = file.open(); !r)
        return r.error();
    Output out(file, options, image.fileSize() + addedBytes(*plan));
    ContentSource source(image, changes, options.maxUncompressedBytes, options.cancel, out.fileProgress());
    if (auto r = source.prepare(early.contentOrder + contentOrder(mainArchive), file.folder()); !r)
        return r.error();
    auto written = writeEarly(image, layout, early, source, options, out);
    if (!written)
        return written.error();
    if (auto r = out.alignTo4(); !r)
        return r.error();
    auto main = writeSegment(newSegment(int(mainStart), compression, int(layout.main.size())), mainArchive, source,
                             options, out);
    if (!main)
        return main.error();
    int entries = int(layout.main.size());
    for (const Segment &segment : std::as_const(*written))
        entries += segment.entryCount;
    written->append(*main);
    return finish(file, image, options, out, entries, *written);
}

Result<SaveReport> save(const Image &image, const ChangeSet &changes, SaveKind kind, const SaveOptions &options)
{
    return kind == SaveKind::Overlay ? saveOverlay(image, changes, options) : saveRepack(image, changes, options);
}

Compression defaultCompression(const Image &image, SaveKind kind)
{
    const Compression main = firstCompression(image);
    return kind == SaveKind::Overlay && main == Compression::None ? Compression::Xz : main;
}

} // namespace Crashcart::Initrd
