// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/codec.h"

#include <QByteArray>
#include <QCoreApplication>

#include <bzlib.h>
#include <lz4.h>
#include <lz4hc.h>
#include <lzma.h>
#include <zlib.h>
#include <zstd.h>

namespace Crashcart::Initrd::Codec {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Initrd::Image)
};

constexpr qint64 outChunk = 1 << 20;

Error failed(const QString &format, const QString &detail)
{
    return makeError("initrd.compress", Tr::tr("%1 compression failed (%2)").arg(format, detail));
}

class PlainEncoder final : public Encoder
{
public:
    explicit PlainEncoder(Sink sink) : m_sink(std::move(sink)) { }
    Result<void> write(QByteArrayView data) override { return m_sink(data); }
    Result<void> finish() override { return {}; }

private:
    Sink m_sink;
};

class GzipEncoder final : public Encoder
{
public:
    GzipEncoder(int level, Sink sink) : m_sink(std::move(sink)), m_out(outChunk, Qt::Uninitialized)
    {
        m_ok = deflateInit2(&m_z, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    }
    ~GzipEncoder() override { deflateEnd(&m_z); }
    Result<void> write(QByteArrayView data) override { return run(data, Z_NO_FLUSH); }
    Result<void> finish() override { return run({}, Z_FINISH); }

private:
    Result<void> run(QByteArrayView data, int flush)
    {
        if (!m_ok)
            return failed(QStringLiteral("gzip"), QStringLiteral("init"));
        m_z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
        m_z.avail_in = uInt(data.size());
        for (;;) {
            m_z.next_out = reinterpret_cast<Bytef *>(m_out.data());
            m_z.avail_out = uInt(m_out.size());
            const int ret = deflate(&m_z, flush);
            if (ret == Z_STREAM_ERROR)
                return failed(QStringLiteral("gzip"), QString::number(ret));
            const qint64 produced = m_out.size() - m_z.avail_out;
            if (produced > 0) {
                if (auto r = m_sink(QByteArrayView(m_out.constData(), produced)); !r)
                    return r;
            }
            if (flush == Z_FINISH ? ret == Z_STREAM_END : (m_z.avail_in == 0 && m_z.avail_out != 0))
                return {};
        }
    }
    Sink m_sink;
    QByteArray m_out;
    z_stream m_z {};
    bool m_ok = false;
};

class LzmaEncoder final : public Encoder
{
public:
    LzmaEncoder(Compression compression, int level, int threads, qint64 expected, Sink sink)
        : m_name(compressionName(compression)), m_sink(std::move(sink)), m_out(outChunk, Qt::Uninitialized)
    {
        const uint32_t preset = uint32_t(std::clamp(level, 0, 9));
        if (compression == Compression::Lzma) {
            lzma_options_lzma options;
            lzma_lzma_preset(&options, preset);
            m_init = lzma_alone_encoder(&m_s, &options);
        } else if (threads > 1) {
            // The kernel's XZ decoder supports CRC32 (or no check), never liblzma's CRC64
            // default. Blocks: at least liblzma's default (3 x dictionary); for a known size,
            // about two per thread, so threads help while the ratio stays within a fraction
            // of a percent of a single stream.
            lzma_options_lzma options;
            lzma_lzma_preset(&options, preset);
            const quint64 minimum = quint64(options.dict_size) * 3;
            const quint64 perThread = expected > 0 ? quint64(expected) / quint64(threads * 2) + 1 : 0;
            lzma_mt mt {};
            mt.threads = uint32_t(threads);
            mt.block_size = std::max(minimum, perThread);
            mt.preset = preset;
            mt.check = LZMA_CHECK_CRC32;
            m_init = lzma_stream_encoder_mt(&m_s, &mt);
        } else {
            m_init = lzma_easy_encoder(&m_s, preset, LZMA_CHECK_CRC32);
        }
    }
    ~LzmaEncoder() override { lzma_end(&m_s); }
    Result<void> write(QByteArrayView data) override { return run(data, LZMA_RUN); }
    Result<void> finish() override { return run({}, LZMA_FINISH); }

private:
    Result<void> run(QByteArrayView data, lzma_action action)
    {
        if (m_init != LZMA_OK)
            return failed(m_name, QString::number(int(m_init)));
        m_s.next_in = reinterpret_cast<const uint8_t *>(data.data());
        m_s.avail_in = size_t(data.size());
        for (;;) {
            m_s.next_out = reinterpret_cast<uint8_t *>(m_out.data());
            m_s.avail_out = size_t(m_out.size());
            const lzma_ret ret = lzma_code(&m_s, action);
            if (ret != LZMA_OK && ret != LZMA_STREAM_END)
                return failed(m_name, QString::number(int(ret)));
            const qint64 produced = m_out.size() - qint64(m_s.avail_out);
            if (produced > 0) {
                if (auto r = m_sink(QByteArrayView(m_out.constData(), produced)); !r)
                    return r;
            }
            if (action == LZMA_FINISH ? ret == LZMA_STREAM_END : (m_s.avail_in == 0 && m_s.avail_out != 0))
                return {};
        }
    }
    QString m_name;
    Sink m_sink;
    QByteArray m_out;
    lzma_stream m_s = LZMA_STREAM_INIT;
    lzma_ret m_init = LZMA_PROG_ERROR;
};

class ZstdEncoder final : public Encoder
{
public:
    ZstdEncoder(int level, int threads, Sink sink)
        : m_sink(std::move(sink)), m_out(outChunk, Qt::Uninitialized), m_c(ZSTD_createCCtx())
    {
        ZSTD_CCtx_setParameter(m_c, ZSTD_c_compressionLevel, level);
        ZSTD_CCtx_setParameter(m_c, ZSTD_c_checksumFlag, 1);
        if (threads > 1)
            ZSTD_CCtx_setParameter(m_c, ZSTD_c_nbWorkers, threads); // ignored by a single-threaded libzstd
    }
    ~ZstdEncoder() override { ZSTD_freeCCtx(m_c); }
    Result<void> write(QByteArrayView data) override { return run(data, ZSTD_e_continue); }
    Result<void> finish() override { return run({}, ZSTD_e_end); }

private:
    Result<void> run(QByteArrayView data, ZSTD_EndDirective mode)
    {
        ZSTD_inBuffer in { data.data(), size_t(data.size()), 0 };
        for (;;) {
            ZSTD_outBuffer out { m_out.data(), size_t(m_out.size()), 0 };
            const size_t left = ZSTD_compressStream2(m_c, &out, &in, mode);
            if (ZSTD_isError(left))
                return failed(QStringLiteral("zstd"), QString::fromUtf8(ZSTD_getErrorName(left)));
            if (out.pos > 0) {
                if (auto r = m_sink(QByteArrayView(m_out.constData(), qint64(out.pos))); !r)
                    return r;
            }
            if (mode == ZSTD_e_end ? left == 0 : in.pos == in.size)
                return {};
        }
    }
    Sink m_sink;
    QByteArray m_out;
    ZSTD_CCtx *m_c;
};

// The kernel's legacy lz4 framing, as `lz4 -l` writes it.
class Lz4LegacyEncoder final : public Encoder
{
public:
    static constexpr int chunkSize = 8 << 20;
    Lz4LegacyEncoder(int level, Sink sink) : m_level(level), m_sink(std::move(sink)) { m_in.reserve(chunkSize); }
    Result<void> write(QByteArrayView data) override
    {
        while (!data.isEmpty()) {
            const qint64 n = std::min<qint64>(data.size(), chunkSize - m_in.size());
            m_in.append(data.first(n));
            data = data.sliced(n);
            if (m_in.size() == chunkSize) {
                if (auto r = flushChunk(); !r)
                    return r;
            }
        }
        return {};
    }
    Result<void> finish() override
    {
        if (!m_in.isEmpty() || !m_wroteMagic)
            return flushChunk();
        return {};
    }

private:
    static void putLe32(char *p, quint32 v)
    {
        for (int i = 0; i < 4; ++i)
            p[i] = char((v >> (8 * i)) & 0xff);
    }
    Result<void> flushChunk()
    {
        const int bound = LZ4_compressBound(chunkSize);
        m_out.resize(8 + bound);
        qint64 at = 0;
        if (!m_wroteMagic) {
            putLe32(m_out.data(), 0x184C2102);
            at = 4;
            m_wroteMagic = true;
        }
        if (!m_in.isEmpty()) {
            const int n = m_level >= 3
                ? LZ4_compress_HC(m_in.constData(), m_out.data() + at + 4, int(m_in.size()), bound, m_level)
                : LZ4_compress_default(m_in.constData(), m_out.data() + at + 4, int(m_in.size()), bound);
            if (n <= 0)
                return failed(QStringLiteral("lz4"), QString::number(n));
            putLe32(m_out.data() + at, quint32(n));
            at += 4 + n;
        }
        m_in.clear();
        return m_sink(QByteArrayView(m_out.constData(), at));
    }
    int m_level;
    Sink m_sink;
    QByteArray m_in;
    QByteArray m_out;
    bool m_wroteMagic = false;
};

class Bzip2Encoder final : public Encoder
{
public:
    Bzip2Encoder(int level, Sink sink) : m_sink(std::move(sink)), m_out(outChunk, Qt::Uninitialized)
    {
        m_ok = BZ2_bzCompressInit(&m_s, std::clamp(level, 1, 9), 0, 0) == BZ_OK;
    }
    ~Bzip2Encoder() override { BZ2_bzCompressEnd(&m_s); }
    Result<void> write(QByteArrayView data) override { return run(data, BZ_RUN); }
    Result<void> finish() override { return run({}, BZ_FINISH); }

private:
    Result<void> run(QByteArrayView data, int action)
    {
        if (!m_ok)
            return failed(QStringLiteral("bzip2"), QStringLiteral("init"));
        m_s.next_in = const_cast<char *>(data.data());
        m_s.avail_in = unsigned(data.size());
        for (;;) {
            m_s.next_out = m_out.data();
            m_s.avail_out = unsigned(m_out.size());
            const int ret = BZ2_bzCompress(&m_s, action);
            if (ret != BZ_RUN_OK && ret != BZ_FINISH_OK && ret != BZ_STREAM_END)
                return failed(QStringLiteral("bzip2"), QString::number(ret));
            const qint64 produced = m_out.size() - qint64(m_s.avail_out);
            if (produced > 0) {
                if (auto r = m_sink(QByteArrayView(m_out.constData(), produced)); !r)
                    return r;
            }
            if (action == BZ_FINISH ? ret == BZ_STREAM_END : m_s.avail_in == 0)
                return {};
        }
    }
    Sink m_sink;
    QByteArray m_out;
    bz_stream m_s {};
    bool m_ok = false;
};
} // namespace

Result<std::unique_ptr<Encoder>> makeEncoder(Compression compression, int level, int threads, qint64 expectedSize,
                                             Encoder::Sink sink)
{
    if (level < 0)
        level = defaultLevel(compression);
    if (threads <= 0)
        threads = automaticThreads();
    std::unique_ptr<Encoder> encoder;
    switch (compression) {
    case Compression::None:
        encoder = std::make_unique<PlainEncoder>(std::move(sink));
        break;
    case Compression::Gzip:
        encoder = std::make_unique<GzipEncoder>(std::clamp(level, 1, 9), std::move(sink));
        break;
    case Compression::Xz:
    case Compression::Lzma:
        encoder = std::make_unique<LzmaEncoder>(compression, level, threads, expectedSize, std::move(sink));
        break;
    case Compression::Zstd:
        encoder = std::make_unique<ZstdEncoder>(std::clamp(level, 1, ZSTD_maxCLevel()), threads, std::move(sink));
        break;
    case Compression::Lz4:
        encoder = std::make_unique<Lz4LegacyEncoder>(std::clamp(level, 1, 12), std::move(sink));
        break;
    case Compression::Bzip2:
        encoder = std::make_unique<Bzip2Encoder>(level, std::move(sink));
        break;
    }
    return encoder;
}

} // namespace Crashcart::Initrd::Codec
