// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

namespace Crashcart::Initrd {

// The compressions the Linux kernel unpacks an initramfs from. Lz4 is the kernel's LEGACY
// framing (`lz4 -l`), Lzma the old "lzma_alone" format (`lzma -d`), Xz is written with the
// CRC32 check (the kernel refuses CRC64).
enum class Compression { None, Gzip, Xz, Lzma, Zstd, Lz4, Bzip2 };

QString compressionName(Compression compression); // "none", "gzip", "xz", "lzma", "zstd", "lz4", "bzip2"
std::optional<Compression> compressionFromName(const QString &name);
QStringList compressionNames();
// Recognises a compressed stream by its magic; nullopt when it is none of the above.
std::optional<Compression> detectCompression(QByteArrayView head);
// For a clear message: the name of a format recognised but not supported ("lzo", "lz4 frame",
// "cpio odc"), or an empty string.
QString unsupportedFormatName(QByteArrayView head);
// The level a repack uses when none is given (what the common tools default to).
int defaultLevel(Compression compression);

} // namespace Crashcart::Initrd
