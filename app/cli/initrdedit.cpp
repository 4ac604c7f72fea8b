// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrdedit.h"

#include "initrd/editsession.h"

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

using Edit = std::function<Result<void>(ChangeSet &)>;

std::optional<quint32> parseMode(const QString &text)
{
    bool ok = false;
    const uint mode = text.toUInt(&ok, 8);
    if (!ok || mode > 07777)
        return std::nullopt;
    return mode;
}

std::optional<std::pair<uint, uint>> parseOwner(const QString &text)
{
    const QStringList ids = text.split(u':');
    bool uidOk = false, gidOk = ids.size() == 2;
    const uint uid = ids.value(0).toUInt(&uidOk);
    const uint gid = gidOk ? ids.value(1).toUInt(&gidOk) : 0;
    if (!uidOk || !gidOk)
        return std::nullopt;
    return std::pair(uid, gid);
}

// The edit a command makes (args: IMAGE first), or nothing when its arguments are malformed.
std::optional<Edit> editFor(const InitrdContext &c, const QString &command, const QStringList &args)
{
    if (command == u"add") {
        return [source = args[1], dest = args[2], mode = c.mode](ChangeSet &changes) {
            const QFileInfo info(source);
            return info.isDir() && !info.isSymLink() ? changes.addTree(dest, source) : changes.addFile(dest, source, mode);
        };
    }
    if (command == u"rm")
        return [path = args[1]](ChangeSet &changes) { return changes.remove(path); };
    if (command == u"mkdir")
        return [path = args[1], mode = c.mode.value_or(0755)](ChangeSet &changes) { return changes.addDirectory(path, mode); };
    if (command == u"symlink")
        return [path = args[1], target = args[2]](ChangeSet &changes) { return changes.addSymlink(path, target); };
    if (command == u"mv")
        return [path = args[1], newPath = args[2]](ChangeSet &changes) { return changes.rename(path, newPath); };
    if (command == u"chmod") {
        const auto mode = parseMode(args[1]);
        if (!mode)
            return std::nullopt;
        return [path = args[2], mode = *mode](ChangeSet &changes) { return changes.setMode(path, mode); };
    }
    if (command == u"chown") {
        const auto owner = parseOwner(args[1]);
        if (!owner)
            return std::nullopt;
        return [path = args[2], owner = *owner](ChangeSet &changes) { return changes.setOwner(path, owner.first, owner.second); };
    }
    return std::nullopt;
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

int InitrdContext::save(const EditSession &session) const
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
    auto report = session.save(repack ? SaveKind::Repack : SaveKind::Overlay, options);
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
    const std::optional<Edit> edit = editFor(c, command, args);
    if (!edit)
        return c.usage();
    auto image = c.open(args[0]);
    if (!image)
        return c.fail(image.error());
    EditSession session(*image);
    if (auto edited = session.edit(*edit); !edited)
        return c.fail(edited.error());
    return c.save(session);
}

} // namespace Crashcart::Cli
