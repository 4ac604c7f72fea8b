// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/segmentstream.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

namespace Crashcart::Initrd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Initrd::Image)
};
constexpr qint64 bufferSize = 1 << 20;
} // namespace

SegmentStream::SegmentStream(QIODevice &file, int index, qint64 offset, Compression compression, Limits limits)
    : m_file(file)
    , m_index(index)
    , m_offset(offset)
    , m_compression(compression)
    , m_limits(std::move(limits))
    , m_decoder(Codec::makeDecoder(compression, compression == Compression::Xz ? Codec::automaticThreads() : 1))
    , m_in(bufferSize, Qt::Uninitialized)
    , m_out(bufferSize, Qt::Uninitialized)
{
    m_file.seek(offset);
}

SegmentStream::~SegmentStream() = default;

qint64 SegmentStream::fileEnd() const
{
    if (m_compression == Compression::None)
        return m_offset + m_position;
    return m_offset + m_decoderConsumed;
}

Error SegmentStream::located(const Error &error) const
{
    if (m_compression == Compression::None)
        return Error { error.code, Tr::tr("Segment %1, offset %2: %3").arg(m_index).arg(m_offset + m_position).arg(error.message) };
    return Error { error.code,
                   Tr::tr("Segment %1 (%2, starting at offset %3), uncompressed offset %4: %5")
                       .arg(m_index)
                       .arg(compressionName(m_compression))
                       .arg(m_offset)
                       .arg(m_position)
                       .arg(error.message) };
}

// Decodes more into the output buffer. False when the stream has ended.
Result<bool> SegmentStream::fill()
{
    if (m_limits.cancel && m_limits.cancel->load(std::memory_order_relaxed))
        return located("initrd.cancelled", Tr::tr("cancelled"));
    if (m_start > 0) {
        std::memmove(m_out.data(), m_out.constData() + m_start, size_t(m_end - m_start));
        m_end -= m_start;
        m_start = 0;
    }
    while (!m_finished) {
        if (m_inStart == m_inEnd && !m_fileEnded) {
            m_inStart = m_inEnd = 0;
            const qint64 got = m_file.read(m_in.data(), m_in.size());
            if (got < 0)
                return located("initrd.io", m_file.errorString());
            m_inEnd = got;
            m_fileRead += got;
            m_fileEnded = got == 0;
            if (m_limits.progress && got > 0)
                m_limits.progress(m_offset + m_fileRead, m_limits.progressTotal);
        }
        auto step = m_decoder->step(m_in.constData() + m_inStart, m_inEnd - m_inStart, m_out.data() + m_end,
                                    m_out.size() - m_end, m_fileEnded);
        if (!step)
            return located(step.error());
        m_inStart += step->consumed;
        m_decoderConsumed += step->consumed;
        m_end += step->produced;
        m_finished = step->finished;
        if (step->produced > 0) {
            if (m_limits.budget) {
                *m_limits.budget -= step->produced;
                if (*m_limits.budget < 0)
                    return located("initrd.limit", Tr::tr("the uncompressed size exceeds the limit (a compression bomb?)"));
            }
            return true;
        }
        if (step->consumed == 0 && !step->finished) {
            if (m_fileEnded)
                return located("initrd.truncated", Tr::tr("the %1 stream ends early").arg(compressionName(m_compression)));
            if (m_inStart > 0) { // keep the unconsumed tail, read more after it
                std::memmove(m_in.data(), m_in.constData() + m_inStart, size_t(m_inEnd - m_inStart));
                m_inEnd -= m_inStart;
                m_inStart = 0;
            }
            if (m_inEnd == m_in.size())
                return located("initrd.decompress", Tr::tr("the decompressor makes no progress"));
            const qint64 got = m_file.read(m_in.data() + m_inEnd, m_in.size() - m_inEnd);
            if (got < 0)
                return located("initrd.io", m_file.errorString());
            m_inEnd += got;
            m_fileRead += got;
            m_fileEnded = got == 0;
        }
        if (m_compression == Compression::None && m_fileEnded && m_inStart == m_inEnd)
            m_finished = true;
    }
    return false;
}

Result<QByteArrayView> SegmentStream::need(qint64 n)
{
    while (m_end - m_start < n) {
        if (m_out.size() < n) {
            if (m_start > 0) {
                std::memmove(m_out.data(), m_out.constData() + m_start, size_t(m_end - m_start));
                m_end -= m_start;
                m_start = 0;
            }
            m_out.resize(n);
        }
        auto more = fill();
        if (!more)
            return more.error();
        if (!*more)
            return located("initrd.truncated", Tr::tr("the data ends after %1 of %2 bytes").arg(m_end - m_start).arg(n));
    }
    return QByteArrayView(m_out.constData() + m_start, m_end - m_start);
}

Result<QByteArrayView> SegmentStream::some()
{
    if (m_start == m_end) {
        auto more = fill();
        if (!more)
            return more.error();
    }
    return QByteArrayView(m_out.constData() + m_start, m_end - m_start);
}

void SegmentStream::consume(qint64 n)
{
    Q_ASSERT(n <= m_end - m_start);
    m_start += n;
    m_position += n;
}

Result<void> SegmentStream::skip(qint64 n, const std::function<Result<void>(QByteArrayView)> &observe)
{
    while (n > 0) {
        auto avail = some();
        if (!avail)
            return avail.error();
        if (avail->isEmpty())
            return located("initrd.truncated", Tr::tr("the data ends %1 bytes early").arg(n));
        const qint64 take = std::min<qint64>(n, avail->size());
        if (observe) {
            if (auto r = observe(avail->first(take)); !r)
                return located(r.error());
        }
        consume(take);
        n -= take;
    }
    return {};
}

Result<bool> SegmentStream::atEnd()
{
    auto avail = some();
    if (!avail)
        return avail.error();
    return avail->isEmpty();
}

} // namespace Crashcart::Initrd
