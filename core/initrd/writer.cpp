// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/writer.h"

#include "initrd/archivewriter.h"
#include "initrd/changeplan.h"
#include "initrd/contentsource.h"
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

Result<SaveReport> finish(SaveFile &file, const Image &image, const SaveOptions &options, SaveOutput &out,
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
                                  ContentSource &source, const SaveOptions &options, SaveOutput &out)
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
    SaveOutput out(file, options, image.fileSize() + addedBytes(emitted));
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
    SaveOutput out(file, options, image.fileSize() + addedBytes(*plan));
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
