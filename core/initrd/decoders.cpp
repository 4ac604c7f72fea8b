// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/codec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QThread>

#include <bzlib.h>
#include <lz4.h>
#include <lzma.h>
#include <zlib.h>
#include <zstd.h>

#include <cstring>

namespace Crashcart::Initrd::Codec {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Initrd::Image)
};

Error corrupt(const QString &format, const QString &detail)
{
    return makeError("initrd.decompress", Tr::tr("corrupt %1 data (%2)").arg(format, detail));
}

Error truncated(const QString &format)
{
    return makeError("initrd.truncated", Tr::tr("the %1 stream ends early").arg(format));
}

// Hostile headers ask for huge windows; the kernel itself caps them far lower.
constexpr quint64 decoderMemoryLimit = quint64(1) << 30;

class PlainDecoder final : public Decoder
{
public:
    Result<DecodeStep> step(const char *in, qint64 inSize, char *out, qint64 outSize, bool inputEnded) override
    {
        const qint64 n = std::min(inSize, outSize);
        std::memcpy(out, in, size_t(n));
        return DecodeStep { n, n, inputEnded && n == inSize };
    }
};

class GzipDecoder final : public Decoder
{
public:
    GzipDecoder() { m_ok = inflateInit2(&m_z, 16 + MAX_WBITS) == Z_OK; }
    ~GzipDecoder() override { inflateEnd(&m_z); }
    Result<DecodeStep> step(const char *in, qint64 inSize, char *out, qint64 outSize, bool inputEnded) override
    {
        if (!m_ok)
            return corrupt(QStringLiteral("gzip"), QStringLiteral("inflateInit"));
        m_z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in));
        m_z.avail_in = uInt(std::min<qint64>(inSize, 1 << 30));
        m_z.next_out = reinterpret_cast<Bytef *>(out);
        m_z.avail_out = uInt(std::min<qint64>(outSize, 1 << 30));
        const uInt availIn = m_z.avail_in, availOut = m_z.avail_out;
        const int ret = inflate(&m_z, Z_NO_FLUSH);
        DecodeStep step { qint64(availIn - m_z.avail_in), qint64(availOut - m_z.avail_out), ret == Z_STREAM_END };
        if (ret == Z_STREAM_END || ret == Z_OK)
            return step;
        if (ret == Z_BUF_ERROR) {
            if (inputEnded && qint64(availIn) == inSize && step.consumed == 0 && step.produced == 0 && availOut > 0)
                return truncated(QStringLiteral("gzip"));
            return step;
        }
        return corrupt(QStringLiteral("gzip"), m_z.msg ? QString::fromUtf8(m_z.msg) : QString::number(ret));
    }

private:
    z_stream m_z {};
    bool m_ok = false;
};

QString lzmaMessage(lzma_ret ret)
{
    switch (ret) {
    case LZMA_MEM_ERROR:
        return QStringLiteral("out of memory");
    case LZMA_MEMLIMIT_ERROR:
        return QStringLiteral("dictionary larger than the memory limit");
    case LZMA_FORMAT_ERROR:
        return QStringLiteral("not in the expected format");
    case LZMA_OPTIONS_ERROR:
        return QStringLiteral("unsupported options");
    case LZMA_DATA_ERROR:
        return QStringLiteral("data error");
    default:
        return QString::number(int(ret));
    }
}

class LzmaDecoder final : public Decoder
{
public:
    LzmaDecoder(Compression compression, int threads) : m_name(compressionName(compression))
    {
        if (compression == Compression::Lzma) {
            m_init = lzma_alone_decoder(&m_s, decoderMemoryLimit);
        } else if (threads > 1) {
            lzma_mt mt {};
            mt.threads = uint32_t(threads);
            mt.memlimit_threading = decoderMemoryLimit;
            mt.memlimit_stop = decoderMemoryLimit;
            m_init = lzma_stream_decoder_mt(&m_s, &mt);
        } else {
            m_init = lzma_stream_decoder(&m_s, decoderMemoryLimit, 0);
        }
    }
    ~LzmaDecoder() override { lzma_end(&m_s); }
    Result<DecodeStep> step(const char *in, qint64 inSize, char *out, qint64 outSize, bool inputEnded) override
    {
        if (m_init != LZMA_OK)
            return corrupt(m_name, lzmaMessage(m_init));
        m_s.next_in = reinterpret_cast<const uint8_t *>(in);
        m_s.avail_in = size_t(inSize);
        m_s.next_out = reinterpret_cast<uint8_t *>(out);
        m_s.avail_out = size_t(outSize);
        const lzma_ret ret = lzma_code(&m_s, inputEnded ? LZMA_FINISH : LZMA_RUN);
        DecodeStep step { inSize - qint64(m_s.avail_in), outSize - qint64(m_s.avail_out), ret == LZMA_STREAM_END };
        if (ret == LZMA_OK || ret == LZMA_STREAM_END)
            return step;
        if (ret == LZMA_BUF_ERROR)
            return truncated(m_name);
        return corrupt(m_name, lzmaMessage(ret));
    }

private:
    QString m_name;
    lzma_stream m_s = LZMA_STREAM_INIT;
    lzma_ret m_init = LZMA_PROG_ERROR;
};

class ZstdDecoder final : public Decoder
{
public:
    ZstdDecoder() : m_d(ZSTD_createDCtx()) { ZSTD_DCtx_setParameter(m_d, ZSTD_d_windowLogMax, 27); }
    ~ZstdDecoder() override { ZSTD_freeDCtx(m_d); }
    Result<DecodeStep> step(const char *in, qint64 inSize, char *out, qint64 outSize, bool inputEnded) override
    {
        ZSTD_inBuffer input { in, size_t(inSize), 0 };
        ZSTD_outBuffer output { out, size_t(outSize), 0 };
        const size_t ret = ZSTD_decompressStream(m_d, &output, &input);
        if (ZSTD_isError(ret))
            return corrupt(QStringLiteral("zstd"), QString::fromUtf8(ZSTD_getErrorName(ret)));
        DecodeStep step { qint64(input.pos), qint64(output.pos), ret == 0 };
        if (!step.finished && inputEnded && input.pos == size_t(inSize) && output.pos < size_t(outSize))
            return truncated(QStringLiteral("zstd"));
        return step;
    }

private:
    ZSTD_DCtx *m_d;
};

// The kernel's lz4 framing (`lz4 -l`): a magic, then chunks of [little-endian size][block],
// each block at most 8 MiB uncompressed. There is no end marker: the stream ends with the
// input, or (as lz4(1) does) at a size that cannot be a chunk.
class Lz4LegacyDecoder final : public Decoder
{
public:
    static constexpr int chunkSize = 8 << 20;
    Result<DecodeStep> step(const char *in, qint64 inSize, char *out, qint64 outSize, bool inputEnded) override
    {
        DecodeStep step;
        while (step.produced < outSize) {
            if (m_outPos < m_outLen) {
                const qint64 n = std::min<qint64>(outSize - step.produced, m_outLen - m_outPos);
                std::memcpy(out + step.produced, m_out.constData() + m_outPos, size_t(n));
                m_outPos += n;
                step.produced += n;
                continue;
            }
            const qint64 left = inSize - step.consumed;
            const char *p = in + step.consumed;
            if (m_chunkNeed > 0) {
                const qint64 n = std::min<qint64>(left, m_chunkNeed - m_chunk.size());
                m_chunk.append(p, n);
                step.consumed += n;
                if (m_chunk.size() < m_chunkNeed) {
                    if (inputEnded)
                        return truncated(QStringLiteral("lz4"));
                    return step;
                }
                m_out.resize(chunkSize);
                const int got = LZ4_decompress_safe(m_chunk.constData(), m_out.data(), int(m_chunk.size()), chunkSize);
                if (got < 0)
                    return corrupt(QStringLiteral("lz4"), QStringLiteral("bad block"));
                m_outPos = 0;
                m_outLen = got;
                m_chunk.clear();
                m_chunkNeed = 0;
                continue;
            }
            if (left < 4) {
                step.finished = inputEnded && (m_sawMagic || left == 0);
                if (inputEnded && !m_sawMagic)
                    return truncated(QStringLiteral("lz4"));
                return step;
            }
            quint32 word = 0;
            for (int i = 3; i >= 0; --i)
                word = (word << 8) | quint8(p[i]);
            if (!m_sawMagic) {
                if (word != 0x184C2102)
                    return corrupt(QStringLiteral("lz4"), QStringLiteral("no legacy magic"));
                m_sawMagic = true;
                step.consumed += 4;
                continue;
            }
            if (word == 0x184C2102) { // lz4(1) concatenates legacy streams this way
                step.consumed += 4;
                continue;
            }
            if (word == 0 || word > quint32(LZ4_compressBound(chunkSize))) {
                step.finished = true;
                return step;
            }
            step.consumed += 4;
            m_chunkNeed = word;
            m_chunk.reserve(word);
        }
        return step;
    }

private:
    QByteArray m_chunk;
    qint64 m_chunkNeed = 0;
    QByteArray m_out;
    qint64 m_outPos = 0;
    qint64 m_outLen = 0;
    bool m_sawMagic = false;
};

QString bzip2Message(int ret)
{
    switch (ret) {
    case BZ_DATA_ERROR:
        return QStringLiteral("data error");
    case BZ_DATA_ERROR_MAGIC:
        return QStringLiteral("no bzip2 magic");
    case BZ_MEM_ERROR:
        return QStringLiteral("out of memory");
    default:
        return QString::number(ret);
    }
}

class Bzip2Decoder final : public Decoder
{
public:
    Bzip2Decoder() { m_ok = BZ2_bzDecompressInit(&m_s, 0, 0) == BZ_OK; }
    ~Bzip2Decoder() override { BZ2_bzDecompressEnd(&m_s); }
    Result<DecodeStep> step(const char *in, qint64 inSize, char *out, qint64 outSize, bool inputEnded) override
    {
        if (!m_ok)
            return corrupt(QStringLiteral("bzip2"), QStringLiteral("init"));
        m_s.next_in = const_cast<char *>(in);
        m_s.avail_in = unsigned(std::min<qint64>(inSize, 1 << 30));
        m_s.next_out = out;
        m_s.avail_out = unsigned(std::min<qint64>(outSize, 1 << 30));
        const unsigned availIn = m_s.avail_in, availOut = m_s.avail_out;
        const int ret = BZ2_bzDecompress(&m_s);
        DecodeStep step { qint64(availIn - m_s.avail_in), qint64(availOut - m_s.avail_out), ret == BZ_STREAM_END };
        if (ret != BZ_OK && ret != BZ_STREAM_END)
            return corrupt(QStringLiteral("bzip2"), bzip2Message(ret));
        if (!step.finished && inputEnded && step.consumed == inSize && step.produced == 0)
            return truncated(QStringLiteral("bzip2"));
        return step;
    }

private:
    bz_stream m_s {};
    bool m_ok = false;
};
} // namespace

int automaticThreads()
{
    return std::max(1, QThread::idealThreadCount());
}

std::unique_ptr<Decoder> makeDecoder(Compression compression, int threads)
{
    switch (compression) {
    case Compression::None:
        return std::make_unique<PlainDecoder>();
    case Compression::Gzip:
        return std::make_unique<GzipDecoder>();
    case Compression::Xz:
    case Compression::Lzma:
        return std::make_unique<LzmaDecoder>(compression, threads);
    case Compression::Zstd:
        return std::make_unique<ZstdDecoder>();
    case Compression::Lz4:
        return std::make_unique<Lz4LegacyDecoder>();
    case Compression::Bzip2:
        return std::make_unique<Bzip2Decoder>();
    }
    return std::make_unique<PlainDecoder>();
}

} // namespace Crashcart::Initrd::Codec
