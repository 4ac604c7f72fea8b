// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: a disc image indexed (the bounded walker, names, extents), then a few of its files
// read through the servers' Content, and a distribution recognised from its metadata.
#include "distro/detect.h"
#include "distro/isoimage.h"
#include "netboot/content.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Crashcart::Distro;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("fuzz.iso"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const auto image = IsoImage::open(path);
    if (!image)
        return 0;
    int read = 0;
    char buffer[4096];
    for (const IsoEntry *e : (*image)->children(u"/")) {
        if (e->directory || ++read > 16)
            continue;
        auto content = (*image)->content(e->path);
        if (content)
            (void)(*content)->read(0, buffer, qint64(sizeof buffer));
    }
    TreeAccess tree;
    tree.findFile = [&](const QString &p) {
        const IsoEntry *e = (*image)->find(p, Qt::CaseInsensitive);
        return e && !e->directory ? e->path : QString();
    };
    tree.read = [&](const QString &p) { return (*image)->readFile(p, 1 << 16); };
    (void)detect(tree);
    return 0;
}
