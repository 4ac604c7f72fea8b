// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: the uncompressed bytes of one segment, read from the image file through the
// segment's decompressor, buffered for the cpio parser. Errors name segment and offset.

#include "initrd/codec.h"
#include "initrd/image.h"

#include <QByteArray>

class QIODevice;

namespace Crashcart::Initrd {

class SegmentStream
{
public:
    struct Limits
    {
        qint64 *budget = nullptr; // uncompressed bytes still allowed (shared across segments)
        const std::atomic_bool *cancel = nullptr;
        Progress progress;
        qint64 progressTotal = 0;
    };

    // `file` must be open; it is read sequentially from `offset`.
    SegmentStream(QIODevice &file, int index, qint64 offset, Compression compression, Limits limits);
    ~SegmentStream();
    Q_DISABLE_COPY_MOVE(SegmentStream)

    // At least `n` bytes starting at the current position (and maybe more).
    Result<QByteArrayView> need(qint64 n);
    // Whatever is buffered (refilling when empty); an empty view means the stream ended.
    Result<QByteArrayView> some();
    void consume(qint64 n);
    // Consumes `n` bytes, handing them to `observe` (if set) piece by piece.
    Result<void> skip(qint64 n, const std::function<Result<void>(QByteArrayView)> &observe = {});
    Result<bool> atEnd();

    qint64 position() const { return m_position; } // uncompressed bytes consumed
    // File offset just past the compressed bytes the decoder used; for an uncompressed
    // segment the file offset of position().
    qint64 fileEnd() const;
    Compression compression() const { return m_compression; }

    // `error` with this segment and the current position in front of its message.
    Error located(const Error &error) const;
    Error located(const char *code, const QString &message) const { return located(makeError(code, message)); }

private:
    Result<bool> fill();

    QIODevice &m_file;
    int m_index;
    qint64 m_offset;
    Compression m_compression;
    Limits m_limits;
    std::unique_ptr<Codec::Decoder> m_decoder;
    QByteArray m_in;
    qint64 m_inStart = 0;
    qint64 m_inEnd = 0;
    qint64 m_fileRead = 0; // bytes of the file read so far from m_offset
    qint64 m_decoderConsumed = 0;
    bool m_fileEnded = false;
    bool m_finished = false;
    QByteArray m_out;
    qint64 m_start = 0;
    qint64 m_end = 0;
    qint64 m_position = 0;
};

} // namespace Crashcart::Initrd
