// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/compression.h"

namespace Crashcart::Initrd {

namespace {
struct Known
{
    Compression compression;
    const char *name;
};
constexpr Known knownCompressions[] = {
    { Compression::None, "none" },   { Compression::Gzip, "gzip" }, { Compression::Xz, "xz" },
    { Compression::Lzma, "lzma" },   { Compression::Zstd, "zstd" }, { Compression::Lz4, "lz4" },
    { Compression::Bzip2, "bzip2" },
};

bool startsWith(QByteArrayView head, std::initializer_list<unsigned char> magic)
{
    if (head.size() < qsizetype(magic.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char byte : magic) {
        if (static_cast<unsigned char>(head[i++]) != byte)
            return false;
    }
    return true;
}
} // namespace

QString compressionName(Compression compression)
{
    for (const Known &known : knownCompressions) {
        if (known.compression == compression)
            return QLatin1String(known.name);
    }
    return {};
}

std::optional<Compression> compressionFromName(const QString &name)
{
    for (const Known &known : knownCompressions) {
        if (name.compare(QLatin1String(known.name), Qt::CaseInsensitive) == 0)
            return known.compression;
    }
    return std::nullopt;
}

QStringList compressionNames()
{
    QStringList names;
    for (const Known &known : knownCompressions)
        names << QLatin1String(known.name);
    return names;
}

std::optional<Compression> detectCompression(QByteArrayView head)
{
    if (startsWith(head, { 0x1f, 0x8b }))
        return Compression::Gzip;
    if (startsWith(head, { 0xfd, '7', 'z', 'X', 'Z', 0x00 }))
        return Compression::Xz;
    if (startsWith(head, { 0x28, 0xb5, 0x2f, 0xfd }))
        return Compression::Zstd;
    if (startsWith(head, { 0x02, 0x21, 0x4c, 0x18 }))
        return Compression::Lz4;
    if (startsWith(head, { 'B', 'Z', 'h' }))
        return Compression::Bzip2;
    // lzma_alone has no magic: the kernel (and file(1)) take a properties byte of 0x5d with a
    // zero high dictionary byte, which is what every lzma(1) preset writes.
    if (startsWith(head, { 0x5d, 0x00, 0x00 }))
        return Compression::Lzma;
    return std::nullopt;
}

QString unsupportedFormatName(QByteArrayView head)
{
    if (startsWith(head, { 0x89, 'L', 'Z', 'O' }))
        return QStringLiteral("lzo");
    if (startsWith(head, { 0x04, 0x22, 0x4d, 0x18 }))
        return QStringLiteral("lz4 frame");
    if (startsWith(head, { '0', '7', '0', '7', '0', '7' }))
        return QStringLiteral("cpio odc");
    if (startsWith(head, { 0xc7, 0x71 }) || startsWith(head, { 0x71, 0xc7 }))
        return QStringLiteral("cpio binary");
    return {};
}

int defaultLevel(Compression compression)
{
    switch (compression) {
    case Compression::None:
        return 0;
    case Compression::Gzip:
        return 6;
    case Compression::Xz:
    case Compression::Lzma:
        return 6;
    case Compression::Zstd:
        return 3;
    case Compression::Lz4:
        return 9; // `lz4 -l -9`, what initramfs-tools and dracut call
    case Compression::Bzip2:
        return 9;
    }
    return 6;
}

} // namespace Crashcart::Initrd
