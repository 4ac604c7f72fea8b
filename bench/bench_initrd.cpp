// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench's own timings on one image: opening (the streaming listing), and saving an
// overlay of three added files with the image already open, as the workbench does. Medians of
// RUNS, milliseconds. Usage: bench_initrd IMAGE [RUNS=3]. bench/initrd.sh compares the command
// line against the other tools.
#include "initrd/changeset.h"
#include "initrd/image.h"
#include "initrd/writer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Crashcart;
using namespace Crashcart::Initrd;

namespace {
qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.value(values.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_initrd IMAGE [RUNS]\n";
        return 2;
    }
    const int runs = std::max(1, args.value(2, QStringLiteral("3")).toInt());
    QTemporaryDir dir;
    QList<qint64> openTimes, overlayTimes;
    std::optional<Image> image;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        auto opened = Image::open(args[1]);
        openTimes << clock.elapsed();
        if (!opened) {
            out << opened.error().message << '\n';
            return 1;
        }
        image = *opened;
    }
    ChangeSet changes;
    (void)changes.addBytes(QStringLiteral("opt/added/tool"), QByteArray(200000, 't'), 0755);
    (void)changes.addBytes(QStringLiteral("opt/added/x.conf"), "option x\n");
    (void)changes.addBytes(QStringLiteral("opt/added/hook"), "#!/bin/sh\n", 0755);
    qint64 size = 0;
    for (int i = 0; i < runs; ++i) {
        SaveOptions options;
        options.output = dir.filePath(QStringLiteral("overlay.img"));
        options.keepOriginal = false;
        QElapsedTimer clock;
        clock.start();
        auto report = saveOverlay(*image, changes, options);
        overlayTimes << clock.elapsed();
        if (!report) {
            out << report.error().message << '\n';
            return 1;
        }
        size = report->sizeAfter;
    }
    out << "open (list) " << median(openTimes) << " ms, " << image->entries().size() << " entries, "
        << image->segments().size() << " segments\n";
    out << "overlay save of 3 files, image open: " << median(overlayTimes) << " ms, " << image->fileSize() << " -> " << size
        << " bytes\n";
    out << "SUMMARY bench_initrd open_ms=" << median(openTimes) << " overlay_ms=" << median(overlayTimes) << '\n';
    return 0;
}
