// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/moduleinfo.h"

#include "initrd/codec.h"
#include "initrd/compression.h"
#include "initrd/elffile.h"

#include <QCoreApplication>

namespace Crashcart::Initrd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Initrd::ModuleInfo)
};

// The largest Debian module (amdgpu) is about 20 MB unpacked.
constexpr qint64 MaxModuleBytes = 256 * 1024 * 1024;
const QStringList Suffixes = { QStringLiteral(".ko"), QStringLiteral(".ko.xz"), QStringLiteral(".ko.zst"),
                               QStringLiteral(".ko.gz") };

QString normalized(QString name)
{
    return name.replace(u'-', u'_');
}

} // namespace

bool isModuleFileName(const QString &fileName)
{
    for (const QString &suffix : Suffixes) {
        if (fileName.endsWith(suffix) && fileName.size() > suffix.size())
            return true;
    }
    return false;
}

QString moduleNameOf(const QString &fileName)
{
    QString name = fileName.mid(fileName.lastIndexOf(u'/') + 1);
    for (const QString &suffix : Suffixes) {
        if (name.endsWith(suffix)) {
            name.chop(suffix.size());
            break;
        }
    }
    return normalized(name);
}

ModuleInfo parseModinfo(QByteArrayView section)
{
    ModuleInfo info;
    for (const QByteArrayView field : QByteArray::fromRawData(section.data(), section.size()).split('\0')) {
        const qsizetype eq = field.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArrayView key = field.first(eq);
        const QString value = QString::fromUtf8(field.sliced(eq + 1));
        if (key == "name")
            info.name = normalized(value);
        else if (key == "vermagic")
            info.vermagic = value;
        else if (key == "depends") {
            for (const QString &dep : value.split(u',', Qt::SkipEmptyParts))
                info.depends.append(normalized(dep.trimmed()));
        } else if (key == "firmware")
            info.firmware.append(value);
        else if (key == "alias")
            info.aliases.append(value);
        else if (key == "softdep")
            info.softdeps.append(value);
    }
    return info;
}

Result<QByteArray> readModuleFile(const QString &path)
{
    auto raw = readFileBounded(path, MaxModuleBytes);
    if (!raw)
        return raw.error();
    if (raw->startsWith("\x7f" "ELF"))
        return raw;
    // kmod reads .ko.xz, .ko.zst and .ko.gz; the image reader's decoders unpack them here.
    const auto compression = detectCompression(*raw);
    if (!compression || *compression == Compression::None)
        return makeError("module.format", Tr::tr("%1 is neither a kernel module nor a compressed one").arg(path));
    const auto decoder = Codec::makeDecoder(*compression, 1);
    if (!decoder)
        return makeError("module.format", Tr::tr("%1: %2 is not supported for modules").arg(path, compressionName(*compression)));
    QByteArray out;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    qint64 position = 0;
    for (;;) {
        auto step = decoder->step(raw->constData() + position, raw->size() - position, buffer.data(), buffer.size(), true);
        if (!step)
            return makeError("module.decompress", Tr::tr("Cannot decompress %1: %2").arg(path, step.error().message));
        position += step->consumed;
        if (out.size() + step->produced > MaxModuleBytes)
            return makeError("module.toolarge", Tr::tr("%1 unpacks to more than %2 bytes").arg(path).arg(MaxModuleBytes));
        out.append(buffer.constData(), step->produced);
        if (step->finished)
            return out;
        if (step->consumed == 0 && step->produced == 0)
            return makeError("module.decompress", Tr::tr("Cannot decompress %1: the data ends early").arg(path));
    }
}

Result<ModuleInfo> moduleInfoOf(const QByteArray &elf, const QString &fileName)
{
    auto section = elfSection(elf, ".modinfo");
    if (!section) {
        return makeError("module.nomodinfo",
                         Tr::tr("%1 is not a kernel module: %2").arg(fileName, section.error().message));
    }
    ModuleInfo info = parseModinfo(*section);
    if (info.name.isEmpty())
        info.name = moduleNameOf(fileName);
    if (info.vermagic.isEmpty())
        return makeError("module.novermagic", Tr::tr("%1 has no vermagic in its .modinfo").arg(fileName));
    return info;
}

Result<ModuleInfo> readModuleInfo(const QString &path)
{
    auto elf = readModuleFile(path);
    if (!elf)
        return elf.error();
    return moduleInfoOf(*elf, path);
}

} // namespace Crashcart::Initrd
