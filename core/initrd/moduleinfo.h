// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QStringList>

namespace Crashcart::Initrd {

// The .modinfo section of a kernel module: NUL-separated "key=value" strings.
struct ModuleInfo
{
    QString name; // name= if present, else from the file name; '-' as '_' like kmod
    QString vermagic;
    QStringList depends; // normalised names
    QStringList firmware;
    QStringList aliases;
    QStringList softdeps;

    // The kernel release a module was built for: vermagic's first word.
    QString release() const { return vermagic.section(u' ', 0, 0, QString::SectionSkipEmpty); }
};

ModuleInfo parseModinfo(QByteArrayView section);
// "fs/fat/vfat.ko.xz" -> "vfat"; "snd-hda-intel.ko" -> "snd_hda_intel".
QString moduleNameOf(const QString &fileName);
bool isModuleFileName(const QString &fileName);
// The module's ELF bytes: plain, or unpacked from .ko.xz, .ko.zst or .ko.gz (bounded).
Result<QByteArray> readModuleFile(const QString &path);
Result<ModuleInfo> moduleInfoOf(const QByteArray &elf, const QString &fileName);
Result<ModuleInfo> readModuleInfo(const QString &path);

} // namespace Crashcart::Initrd
