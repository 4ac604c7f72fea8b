// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: what Crashcart parses of an HTTP request (libmicrohttpd parses the rest): the
// Range header, and the URL path confined to the served root. Input: "RANGE\nPATH".
#include "netboot/http/httprange.h"
#include "netboot/servedroot.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Crashcart::Netboot;

namespace {

struct Root
{
    QTemporaryDir dir;
    QString inside;
    Root()
    {
        QDir(dir.path()).mkpath(QStringLiteral("root/sub"));
        QFile f(dir.filePath(QStringLiteral("root/sub/file")));
        if (f.open(QIODevice::WriteOnly))
            f.write("x");
        QFile secret(dir.filePath(QStringLiteral("secret")));
        if (secret.open(QIODevice::WriteOnly))
            secret.write("s");
        QFile::link(dir.filePath(QStringLiteral("secret")), dir.filePath(QStringLiteral("root/link")));
        inside = QDir(dir.filePath(QStringLiteral("root"))).canonicalPath() + u'/';
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Root root;
    static const ServedRoot served(root.dir.filePath(QStringLiteral("root")));
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArrayView range = newline < 0 ? input : input.first(newline);
    const QByteArrayView path = newline < 0 ? QByteArrayView() : input.sliced(newline + 1);
    for (const qint64 fileSize : { qint64(0), qint64(1), qint64(1) << 40 }) {
        const auto d = Http::decideRange(range, fileSize);
        if (d.kind == Http::RangeDecision::Partial && (d.first < 0 || d.last >= fileSize || d.first > d.last))
            __builtin_trap();
    }
    // A resolved name never leaves the root, whatever the spelling.
    if (const auto resolved = served.resolve(path); resolved && !resolved->startsWith(root.inside))
        __builtin_trap();
    return 0;
}
