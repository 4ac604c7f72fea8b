// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

namespace Crashcart::Initrd {

// What the dynamic loader reads from an ELF file. Parsed from untrusted bytes: every offset and
// size is checked against the buffer, so a truncated or crafted file yields an Error, never a read
// outside it.
struct ElfInfo
{
    int bits = 0; // 32 or 64
    bool bigEndian = false;
    quint16 machine = 0; // EM_*
    quint16 type = 0; // ET_*
    QString interpreter; // PT_INTERP, empty for static binaries and most libraries
    QStringList needed; // DT_NEEDED, in order
    QString soname;
    QStringList rpath; // DT_RPATH split at ':', unexpanded ($ORIGIN stays)
    QStringList runpath; // DT_RUNPATH, likewise
    bool hasRpath = false;
    bool hasRunpath = false;
    bool noDefaultLib = false; // DF_1_NODEFLIB: neither ld.so.cache nor the default directories

    // Could this object be loaded into a process of `other`'s kind (class, byte order, machine)?
    bool compatibleWith(const ElfInfo &other) const
    {
        return bits == other.bits && bigEndian == other.bigEndian && machine == other.machine;
    }
};

namespace Elf {
constexpr quint16 EtRel = 1;
constexpr quint16 EtExec = 2;
constexpr quint16 EtDyn = 3;
}

// The headers, program headers and dynamic section of an ELF image held in memory.
Result<ElfInfo> parseElf(QByteArrayView bytes);

// The contents of the section called `name` (e.g. ".modinfo" of a kernel module).
Result<QByteArray> elfSection(QByteArrayView bytes, QByteArrayView name);

// Whole files are mapped, not read, and must be regular files (a FIFO would block the open).
Result<ElfInfo> readElfFile(const QString &path);
Result<QByteArray> readFileBounded(const QString &path, qint64 limit);

} // namespace Crashcart::Initrd
