// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: streaming decompressors that stop exactly at the end of their stream (so the
// next initramfs segment can be found), and the compressors a save writes with.

#include "initrd/compression.h"
#include "common/result.h"

#include <QByteArrayView>

#include <functional>
#include <memory>

namespace Crashcart::Initrd::Codec {

struct DecodeStep
{
    qint64 consumed = 0;
    qint64 produced = 0;
    bool finished = false; // the compressed stream ended; `consumed` says exactly where
};

class Decoder
{
public:
    virtual ~Decoder() = default;
    // Decodes what it can of `in` into `out`. A decoder may leave a few bytes unconsumed
    // until more input comes (returning no progress); `inputEnded` says none will.
    // Errors have no location: the caller names segment and offset.
    virtual Result<DecodeStep> step(const char *in, qint64 inSize, char *out, qint64 outSize, bool inputEnded) = 0;
};

// Never null for a supported compression; `threads` > 1 lets xz decode blocks in parallel.
std::unique_ptr<Decoder> makeDecoder(Compression compression, int threads);

class Encoder
{
public:
    using Sink = std::function<Result<void>(QByteArrayView bytes)>;
    virtual ~Encoder() = default;
    virtual Result<void> write(QByteArrayView data) = 0;
    virtual Result<void> finish() = 0;
};

// `expectedSize` (uncompressed, 0 if unknown) lets the xz encoder pick block sizes so that
// threads help without costing ratio.
Result<std::unique_ptr<Encoder>> makeEncoder(Compression compression, int level, int threads, qint64 expectedSize,
                                             Encoder::Sink sink);

// How many threads "0 = automatic" means here.
int automaticThreads();

} // namespace Crashcart::Initrd::Codec
