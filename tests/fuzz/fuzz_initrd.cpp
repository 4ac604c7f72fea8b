// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: an initramfs image, opened and every file read back, under a small bomb limit.
#include "initrd/image.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

using namespace Crashcart::Initrd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("fuzz.img"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    OpenOptions options;
    options.maxUncompressedBytes = qint64(16) << 20;
    const auto image = Image::open(path, options);
    if (!image)
        return 0;
    int read = 0;
    for (const Entry &e : image->entries()) {
        if (e.type != EntryType::File || ++read > 64)
            continue;
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        ReadOptions ro;
        ro.maxBytes = qint64(16) << 20;
        (void)image->readTo(e, sink, ro);
    }
    return 0;
}
