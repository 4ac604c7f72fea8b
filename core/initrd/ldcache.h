// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArrayView>
#include <QHash>
#include <QStringList>

namespace Crashcart::Initrd {

// /etc/ld.so.cache as glibc's loader reads it ("glibc-ld.so.cache1.1", optionally behind the
// old "ld.so-1.7.0" table). Only names and paths are kept: the caller checks each candidate's
// ELF class and machine, which is what the cache's flags encode.
class LdCache
{
public:
    static Result<LdCache> parse(QByteArrayView bytes);
    static Result<LdCache> load(const QString &path);

    // Paths for a library name, in the cache's order (glibc-hwcaps variants last).
    QStringList lookup(const QString &name) const { return m_paths.value(name); }
    qsizetype size() const { return m_entries; }

private:
    QHash<QString, QStringList> m_paths;
    qsizetype m_entries = 0;
};

} // namespace Crashcart::Initrd
