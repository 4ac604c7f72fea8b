// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrdedit.h"

#include "initrd/changeset.h"
#include "initrd/writer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>

namespace Crashcart::Cli {

using namespace Crashcart::Initrd;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Cli::Initrd)
};

std::optional<quint32> parseMode(const QString &text)
{
    bool ok = false;
    const uint mode = text.toUInt(&ok, 8);
    if (!ok || mode > 07777)
        return std::nullopt;
    return mode;
}
} // namespace

InitrdOptions::InitrdOptions()
{
    json.setDescription(Tr::tr("Print JSON."));
    effective.setDescription(Tr::tr("ls: list what the kernel ends up with (one entry per path, later segments win)."));
    output.setDescription(Tr::tr("Write the edited image to OUT (may be IMAGE itself; an existing OUT is kept as OUT.orig)."));
    repack.setDescription(Tr::tr("Rewrite the image instead of appending an overlay segment."));
    compression.setDescription(Tr::tr("Compression of the new segment: %1.").arg(compressionNames().join(u", ")));
    level.setDescription(Tr::tr("Compression level (default: what the usual tool uses)."));
    threads.setDescription(Tr::tr("Compression threads (default: one per core)."));
    noBackup.setDescription(Tr::tr("Do not keep the replaced OUT as OUT.orig."));
    maxSize.setDescription(Tr::tr("Refuse images that unpack to more than MIB mebibytes (default 4096)."));
    mode.setDescription(Tr::tr("add, mkdir: the permission bits of the new entries."));
}

void InitrdOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({ json, effective, output, repack, compression, level, threads, noBackup, maxSize, mode });
}

bool InitrdOptions::read(const QCommandLineParser &parser, InitrdContext &context) const
{
    context.output = parser.value(output);
    context.repack = parser.isSet(repack);
    context.keepOriginal = !parser.isSet(noBackup);
    bool ok = true;
    if (parser.isSet(compression)) {
        context.compression = compressionFromName(parser.value(compression));
        ok = ok && context.compression.has_value();
    }
    if (parser.isSet(level)) {
        bool number = false;
        context.level = parser.value(level).toInt(&number);
        ok = ok && number && context.level >= 0 && context.level <= 22;
    }
    if (parser.isSet(threads)) {
        bool number = false;
        context.threads = parser.value(threads).toInt(&number);
        ok = ok && number && context.threads >= 0;
    }
    if (parser.isSet(maxSize)) {
        bool number = false;
        context.maxUncompressed = parser.value(maxSize).toLongLong(&number) << 20;
        ok = ok && number && context.maxUncompressed > 0;
    }
    if (parser.isSet(mode))
        ok = ok && parseMode(parser.value(mode)).has_value();
    context.mode = parser.isSet(mode) ? parseMode(parser.value(mode)) : std::nullopt;
    return ok;
}

int InitrdContext::save(const Image &image, const ChangeSet &changes) const
{
    if (output.isEmpty()) {
        err << Tr::tr("Say where to write the result with -o OUT (OUT may be the image itself).") << Qt::endl;
        return Usage;
    }
    SaveOptions options;
    options.output = output;
    options.keepOriginal = keepOriginal;
    options.compression = compression;
    options.level = level;
    options.threads = threads;
    options.maxUncompressedBytes = maxUncompressed;
    auto report = repack ? saveRepack(image, changes, options) : saveOverlay(image, changes, options);
    if (!report)
        return fail(report.error());
    const Segment &last = report->segmentsWritten.last();
    out << Tr::tr("%1: %2 -> %3 bytes (%4, %5)")
               .arg(report->output)
               .arg(report->sizeBefore)
               .arg(report->sizeAfter)
               .arg(repack ? Tr::tr("repacked") : Tr::tr("overlay appended"), compressionName(last.compression))
        << '\n';
    if (!report->backup.isEmpty())
        out << Tr::tr("original kept as %1").arg(report->backup) << '\n';
    out.flush();
    return Ok;
}

bool isEditCommand(const QString &command)
{
    static const QStringList commands { QStringLiteral("add"),     QStringLiteral("rm"),    QStringLiteral("mkdir"),
                                        QStringLiteral("symlink"), QStringLiteral("chmod"), QStringLiteral("chown"),
                                        QStringLiteral("mv") };
    return commands.contains(command);
}

int runEdit(const InitrdContext &c, const QString &command, const QStringList &args)
{
    static const QHash<QString, int> arity { { QStringLiteral("add"), 3 },     { QStringLiteral("rm"), 2 },
                                             { QStringLiteral("mkdir"), 2 },   { QStringLiteral("symlink"), 3 },
                                             { QStringLiteral("chmod"), 3 },   { QStringLiteral("chown"), 3 },
                                             { QStringLiteral("mv"), 3 } };
    if (args.size() != arity.value(command))
        return c.usage();
    if (c.output.isEmpty()) {
        c.err << Tr::tr("Say where to write the result with -o OUT (OUT may be the image itself).") << Qt::endl;
        return Usage;
    }
    ChangeSet changes;
    Result<void> edit;
    if (command == u"add") {
        const QFileInfo source(args[1]);
        if (source.isDir() && !source.isSymLink())
            edit = changes.addTree(args[2], args[1]);
        else
            edit = changes.addFile(args[2], args[1], c.mode);
    } else if (command == u"rm") {
        edit = changes.remove(args[1]);
    } else if (command == u"mkdir") {
        edit = changes.addDirectory(args[1], c.mode.value_or(0755));
    } else if (command == u"symlink") {
        edit = changes.addSymlink(args[1], args[2]);
    } else if (command == u"mv") {
        edit = changes.rename(args[1], args[2]);
    } else if (command == u"chmod") {
        const auto mode = parseMode(args[1]);
        if (!mode)
            return c.usage();
        edit = changes.setMode(args[2], *mode);
    } else if (command == u"chown") {
        const QStringList ids = args[1].split(u':');
        bool uidOk = false, gidOk = ids.size() == 2;
        const uint uid = ids.value(0).toUInt(&uidOk);
        const uint gid = gidOk ? ids.value(1).toUInt(&gidOk) : 0;
        if (!uidOk || !gidOk)
            return c.usage();
        edit = changes.setOwner(args[2], uid, gid);
    }
    if (!edit)
        return c.fail(edit.error());
    auto image = c.open(args[0]);
    if (!image)
        return c.fail(image.error());
    if (auto applied = changes.apply(*image); !applied)
        return c.fail(applied.error());
    return c.save(*image, changes);
}

} // namespace Crashcart::Cli
