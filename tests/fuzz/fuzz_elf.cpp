// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: the bytes add-binary and add-module read from files they did not make: ELF
// headers and dynamic sections, a module's .modinfo, and /etc/ld.so.cache.
#include "initrd/elffile.h"
#include "initrd/ldcache.h"
#include "initrd/moduleinfo.h"

using namespace Crashcart::Initrd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    (void)parseElf(bytes);
    if (const auto modinfo = elfSection(bytes, ".modinfo"))
        (void)parseModinfo(*modinfo);
    if (const auto cache = LdCache::parse(bytes))
        (void)cache->lookup(QStringLiteral("libc.so.6"));
    return 0;
}
