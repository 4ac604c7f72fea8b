// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "initrd/compression.h"
#include "initrd/image.h"

#include <QString>

#include <optional>

namespace Crashcart::Initrd {

class ChangeSet;

enum class SaveKind { Overlay, Repack };

struct SaveOptions
{
    QString output; // may be the image's own path (an in-place save)
    // When `output` already exists it is kept as "<output>.orig" (an existing .orig, the
    // older original, is left alone). False: the old file is simply replaced.
    bool keepOriginal = true;
    // Overlay: the new segment's compression; repack: the main segment's. Default:
    // defaultCompression().
    std::optional<Compression> compression;
    int level = -1; // -1: defaultLevel()
    int threads = 0; // 0: one per core, where the compressor can use them
    qint64 maxUncompressedBytes = qint64(4) << 30;
    Progress progress; // bytes of input (image + added files) processed, and their total
    const std::atomic_bool *cancel = nullptr;
};

struct SaveReport
{
    QString output;
    QString backup; // where the previous file at `output` was kept, or empty
    qint64 sizeBefore = 0; // the input image
    qint64 sizeAfter = 0; // the written file
    int entriesWritten = 0;
    QList<Segment> segmentsWritten; // offset/length/compression of what was written
};

// The safe way: the original bytes untouched, padded with zeros to a 4-byte boundary, then a
// new compressed cpio segment holding the added and modified entries (and the parent
// directories they need). Fails with "initrd.overlay.remove" when the changes remove or
// rename entries, and with "initrd.overlay.lz4" when the image ends in an lz4 (legacy)
// segment, which the kernel reads to the end of the file.
Result<SaveReport> saveOverlay(const Image &image, const ChangeSet &changes, const SaveOptions &options);

// A full rewrite. Leading uncompressed segments (early microcode, firmware) are copied
// byte for byte unless an edit touches them (then rewritten uncompressed); every compressed
// segment after them is folded into one new main segment, in `options.compression` or the
// main segment's own. Ownership, device nodes, setuid bits and hard links are kept without
// needing root.
Result<SaveReport> saveRepack(const Image &image, const ChangeSet &changes, const SaveOptions &options);

// saveOverlay() or saveRepack().
Result<SaveReport> save(const Image &image, const ChangeSet &changes, SaveKind kind, const SaveOptions &options);

// What a save uses when SaveOptions::compression is not given: the main (first compressed)
// segment's compression; an overlay on an image with none is xz.
Compression defaultCompression(const Image &image, SaveKind kind);

} // namespace Crashcart::Initrd
