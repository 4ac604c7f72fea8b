// SPDX-License-Identifier: GPL-3.0-or-later
#include "tftpoptions.h"

namespace Crashcart::Netboot::Tftp {

namespace {

// A decimal number with at most 10 digits and nothing else (no sign, no blanks).
std::optional<qint64> number(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 10)
        return std::nullopt;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

Negotiated negotiate(const Options &requested, const Limits &limits, qint64 fileSize, std::optional<int> pathBlockLimit)
{
    Negotiated n;
    n.timeoutMs = limits.defaultTimeoutMs;
    for (const auto &[name, value] : requested) {
        const auto v = number(value);
        if (!v)
            continue;
        if (name == "blksize" && *v >= 8) {
            qint64 size = std::min<qint64>(*v, limits.maxBlockSize);
            if (pathBlockLimit && *pathBlockLimit >= 512)
                size = std::min<qint64>(size, *pathBlockLimit);
            n.blockSize = int(size);
            n.oack.append({ name, QByteArray::number(size) });
        } else if (name == "windowsize" && *v >= 1 && *v <= 65535) {
            n.windowSize = int(std::min<qint64>(*v, limits.maxWindowSize));
            n.oack.append({ name, QByteArray::number(n.windowSize) });
        } else if (name == "timeout" && *v >= 1 && *v <= 255) {
            n.timeoutMs = int(*v * 1000);
            n.oack.append({ name, value });
        } else if (name == "tsize" && fileSize >= 0) {
            // Firmware asks tsize=0 to learn the size before it allocates (pixiecore answers it
            // for the same reason: some PXE ROMs refuse files whose size they cannot learn).
            n.oack.append({ name, QByteArray::number(fileSize) });
        }
    }
    return n;
}

} // namespace Crashcart::Netboot::Tftp
