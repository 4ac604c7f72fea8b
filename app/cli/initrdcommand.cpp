// SPDX-License-Identifier: GPL-3.0-or-later
// crashcart-cli initrd: the reading commands and the dispatch; editing is in initrdedit.cpp.
#include "initrdcommand.h"
#include "initrddepscommand.h"
#include "initrdedit.h"

#include "initrd/diff.h"
#include "initrd/extract.h"
#include "initrd/image.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace Crashcart::Cli {

using namespace Crashcart::Initrd;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Cli::Initrd)
};

QString octal(quint32 mode)
{
    return QString::number(mode, 8).rightJustified(4, u'0');
}

QJsonObject toJson(const Entry &e)
{
    QJsonObject o { { QStringLiteral("path"), e.path },         { QStringLiteral("type"), typeName(e.type) },
                    { QStringLiteral("mode"), octal(e.mode) },  { QStringLiteral("uid"), qint64(e.uid) },
                    { QStringLiteral("gid"), qint64(e.gid) },   { QStringLiteral("size"), e.size },
                    { QStringLiteral("mtime"), e.mtime },       { QStringLiteral("segment"), e.segment } };
    if (e.type == EntryType::Symlink || e.type == EntryType::HardLink)
        o.insert(QStringLiteral("target"), e.linkTarget);
    if (e.type == EntryType::CharDevice || e.type == EntryType::BlockDevice) {
        o.insert(QStringLiteral("major"), qint64(e.devMajor));
        o.insert(QStringLiteral("minor"), qint64(e.devMinor));
    }
    return o;
}

// path, type, mode, uid, gid, size, segment, then the link target or major:minor.
QString toLine(const Entry &e)
{
    QString line = e.path + u'\t' + typeName(e.type) + u'\t' + octal(e.mode) + u'\t' + QString::number(e.uid) + u'\t'
        + QString::number(e.gid) + u'\t' + QString::number(e.size) + u'\t' + QString::number(e.segment);
    if (e.type == EntryType::Symlink || e.type == EntryType::HardLink)
        line += u'\t' + e.linkTarget;
    else if (e.type == EntryType::CharDevice || e.type == EntryType::BlockDevice)
        line += u'\t' + QString::number(e.devMajor) + u':' + QString::number(e.devMinor);
    return line;
}

QJsonObject toJson(const Segment &s)
{
    return QJsonObject { { QStringLiteral("index"), s.index },
                         { QStringLiteral("offset"), s.offset },
                         { QStringLiteral("length"), s.length },
                         { QStringLiteral("padding"), s.paddingAfter },
                         { QStringLiteral("compression"), compressionName(s.compression) },
                         { QStringLiteral("format"), s.format },
                         { QStringLiteral("uncompressed"), s.uncompressedSize },
                         { QStringLiteral("entries"), s.entryCount },
                         { QStringLiteral("archives"), s.archiveCount } };
}

int list(const InitrdContext &c, const QStringList &args)
{
    if (args.size() != 1)
        return c.usage();
    auto image = c.open(args[0]);
    if (!image)
        return c.fail(image.error());
    const QList<Entry> entries = c.effective ? image->effective() : image->entries();
    if (c.json) {
        QJsonArray array;
        for (const Entry &e : entries)
            array.append(toJson(e));
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        for (const Entry &e : entries)
            c.out << toLine(e) << '\n';
    }
    c.out.flush();
    return Ok;
}

int info(const InitrdContext &c, const QStringList &args)
{
    if (args.size() != 1)
        return c.usage();
    auto image = c.open(args[0]);
    if (!image)
        return c.fail(image.error());
    if (c.json) {
        QJsonArray segments;
        for (const Segment &s : image->segments())
            segments.append(toJson(s));
        const QJsonObject o { { QStringLiteral("path"), image->path() },
                              { QStringLiteral("size"), image->fileSize() },
                              { QStringLiteral("entries"), qint64(image->entries().size()) },
                              { QStringLiteral("kernels"), QJsonArray::fromStringList(image->kernelVersions()) },
                              { QStringLiteral("segments"), segments } };
        c.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }
    c.out << Tr::tr("%1: %2 bytes, %3 segments, %4 entries").arg(image->path()).arg(image->fileSize()).arg(image->segments().size()).arg(image->entries().size())
          << '\n';
    for (const Segment &s : image->segments()) {
        c.out << Tr::tr("segment %1: offset %2, %3 bytes (+%4 padding), %5 %6, %7 bytes uncompressed, %8 entries")
                     .arg(s.index)
                     .arg(s.offset)
                     .arg(s.length)
                     .arg(s.paddingAfter)
                     .arg(compressionName(s.compression), s.format)
                     .arg(s.uncompressedSize)
                     .arg(s.entryCount)
              << '\n';
    }
    const QStringList kernels = image->kernelVersions();
    if (!kernels.isEmpty())
        c.out << Tr::tr("kernel modules for: %1").arg(kernels.join(u", ")) << '\n';
    return Ok;
}

int cat(const InitrdContext &c, const QStringList &args)
{
    if (args.size() != 2)
        return c.usage();
    auto image = c.open(args[0]);
    if (!image)
        return c.fail(image.error());
    c.out.flush();
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return c.fail(makeError("initrd.io", stdoutFile.errorString()));
    if (auto r = image->readTo(args[1], stdoutFile); !r)
        return c.fail(r.error());
    return Ok;
}

int extractCommand(const InitrdContext &c, const QStringList &args)
{
    if (args.size() != 2)
        return c.usage();
    auto image = c.open(args[0]);
    if (!image)
        return c.fail(image.error());
    auto report = extract(*image, args[1]);
    if (!report)
        return c.fail(report.error());
    for (const QString &skipped : report->skipped)
        c.err << skipped << '\n';
    c.out << Tr::tr("%1 entries written to %2").arg(report->written).arg(args[1]) << '\n';
    return Ok;
}

int diffCommand(const InitrdContext &c, const QStringList &args)
{
    if (args.size() != 2)
        return c.usage();
    auto items = diff(args[0], args[1]);
    if (!items)
        return c.fail(items.error());
    if (c.json) {
        QJsonArray array;
        for (const DiffItem &item : *items) {
            QJsonObject o { { QStringLiteral("path"), item.path }, { QStringLiteral("change"), diffKindName(item.kind) } };
            if (item.before)
                o.insert(QStringLiteral("before"), toJson(*item.before));
            if (item.after)
                o.insert(QStringLiteral("after"), toJson(*item.after));
            if (!item.fields.isEmpty())
                o.insert(QStringLiteral("fields"), QJsonArray::fromStringList(item.fields));
            array.append(o);
        }
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const DiffItem &item : *items) {
        const QChar mark = item.kind == DiffItem::Kind::Added ? u'+' : item.kind == DiffItem::Kind::Removed ? u'-' : u'~';
        c.out << mark << ' ' << item.path;
        if (!item.fields.isEmpty())
            c.out << " (" << item.fields.join(u", ") << ')';
        c.out << '\n';
    }
    return Ok;
}
} // namespace

int InitrdContext::usage() const
{
    err << Tr::tr("usage: crashcart-cli initrd COMMAND ... (crashcart-cli initrd --help)") << Qt::endl;
    return Usage;
}

int InitrdContext::fail(const Error &error) const
{
    out.flush();
    err << error.message << Qt::endl;
    return Failed;
}

Result<Image> InitrdContext::open(const QString &path) const
{
    OpenOptions options;
    options.maxUncompressedBytes = maxUncompressed;
    return Image::open(path, options);
}

int runInitrd(QTextStream &out, QTextStream &err, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Read and edit initramfs images (every segment: early uncompressed cpio, then gzip, xz, lzma, zstd, lz4 or bzip2).\n\n"
        "Commands:\n"
        "  ls IMAGE                 one entry a line: path, type, mode, uid, gid, size, segment[, target]\n"
        "  cat IMAGE PATH           write a file's content to standard output\n"
        "  extract IMAGE DIR        unpack into DIR (no root needed; nothing is written outside DIR)\n"
        "  info IMAGE               the segments: offset, size, compression, entries\n"
        "  diff A B                 what was added (+), removed (-) and modified (~)\n"
        "  add IMAGE SRC DEST       add a host file or folder as DEST\n"
        "  add-binary IMAGE PATH    add a program with the libraries it needs\n"
        "  add-module IMAGE FILE.ko add a kernel module with its dependencies\n"
        "  rm IMAGE PATH            remove PATH and everything below it (needs --repack)\n"
        "  mkdir IMAGE PATH | symlink IMAGE PATH TARGET | mv IMAGE PATH NEWPATH\n"
        "  chmod IMAGE MODE PATH | chown IMAGE UID:GID PATH\n"
        "Editing commands write -o OUT: an overlay segment appended to the original bytes by default, "
        "or a full rewrite with --repack. Exit 0 ok, 1 failure, 2 usage."));
    parser.addHelpOption();
    const InitrdOptions options;
    options.addTo(parser);
    const InitrdDepsOptions depsOptions;
    depsOptions.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("command"), Tr::tr("ls, cat, extract, info, diff, add, rm, ..."));
    QStringList argv = args;
    argv.prepend(QStringLiteral("crashcart-cli initrd"));
    if (!parser.parse(argv)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    InitrdContext context { .out = out, .err = err, .json = parser.isSet(options.json), .effective = parser.isSet(options.effective) };
    if (!options.read(parser, context))
        return context.usage();
    const QString command = positional.value(0);
    const QStringList rest = positional.mid(1);
    if (command == u"ls")
        return list(context, rest);
    if (command == u"info")
        return info(context, rest);
    if (command == u"cat")
        return cat(context, rest);
    if (command == u"extract")
        return extractCommand(context, rest);
    if (command == u"diff")
        return diffCommand(context, rest);
    if (isDepsCommand(command))
        return runDeps(context, parser, depsOptions, command, rest);
    if (isEditCommand(command))
        return runEdit(context, command, rest);
    return context.usage();
}

} // namespace Crashcart::Cli
