// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "initrd/depplan.h"
#include "initrd/elffile.h"

namespace Crashcart::Initrd {

struct ElfDepsOptions
{
    QString sysroot; // read the host's files below this directory (tests); empty is "/"
    QString destDir; // image directory for the binary itself; empty keeps its path on the host
    QString ldCache = QStringLiteral("/etc/ld.so.cache"); // inside the sysroot
    // The loader's built-in directories on Debian x86-64 (multiarch first).
    QStringList defaultDirs = { QStringLiteral("/lib/x86_64-linux-gnu"), QStringLiteral("/usr/lib/x86_64-linux-gnu"),
                                QStringLiteral("/lib64"), QStringLiteral("/lib"), QStringLiteral("/usr/lib") };
};

// One object of the process the binary would become: the binary first, then its libraries in the
// loader's breadth-first order.
struct LoadedObject
{
    enum class Via { Binary, Path, Rpath, Runpath, Cache, DefaultDir };
    QString name; // as DT_NEEDED names it
    QString path; // where it was found on the host (symlinks not resolved)
    ElfInfo info;
    qsizetype loader = -1; // index of the object that first needed it
    Via via = Via::Binary;
};

struct LibraryResolution
{
    QList<LoadedObject> objects;
    QString interpreter; // PT_INTERP of the binary, empty when static
    QStringList errors; // "libfoo.so.1 needed by /usr/bin/x: not found"
    QStringList warnings;
};

// Resolves DT_NEEDED transitively the way glibc's ld.so does on this system: RPATH (when the
// object has no RUNPATH, also its loaders'), RUNPATH, /etc/ld.so.cache, the default directories;
// LD_LIBRARY_PATH is not used; a candidate of another class or machine is skipped.
Result<LibraryResolution> resolveLibraries(const QString &binary, const ElfDepsOptions &options = {});

// What adding `binary` to the image takes: the binary, its interpreter and libraries, every
// symlink on their way as on the system, and the directories the image lacks.
Result<DepPlan> planBinary(const QString &binary, const ImageView &image, const ElfDepsOptions &options = {});

} // namespace Crashcart::Initrd
