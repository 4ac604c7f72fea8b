// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/ldcache.h"

#include "initrd/elffile.h"

#include <QCoreApplication>
#include <QtEndian>

namespace Crashcart::Initrd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Initrd::LdCache)
};

constexpr QByteArrayView OldMagic = "ld.so-1.7.0";
constexpr QByteArrayView NewMagic = "glibc-ld.so.cache1.1";
constexpr qsizetype OldHeader = 16, OldEntry = 12, NewHeader = 48, NewEntry = 24;
constexpr qint64 MaxCacheSize = 64 * 1024 * 1024;

Error malformed(const QString &what)
{
    return makeError("ldcache.malformed", Tr::tr("Malformed ld.so.cache: %1").arg(what));
}

} // namespace

Result<LdCache> LdCache::parse(QByteArrayView bytes)
{
    qsizetype base = 0;
    if (bytes.startsWith(OldMagic)) {
        if (bytes.size() < OldHeader)
            return malformed(Tr::tr("truncated header"));
        const quint64 oldCount = qFromLittleEndian<quint32>(bytes.data() + 12);
        if (oldCount > quint64(bytes.size()) / OldEntry)
            return malformed(Tr::tr("the old table is larger than the file"));
        // The new table follows, aligned like its 8-byte hwcap fields.
        base = qsizetype((OldHeader + oldCount * OldEntry + 7) & ~quint64(7));
        if (base > bytes.size())
            return malformed(Tr::tr("the new table is missing"));
    }
    const QByteArrayView cache = bytes.sliced(base);
    if (!cache.startsWith(NewMagic) || cache.size() < NewHeader)
        return makeError("ldcache.format", Tr::tr("Not a glibc ld.so.cache (format 1.1 expected)"));
    const auto flags = uchar(cache[28]);
    bool big = QSysInfo::ByteOrder == QSysInfo::BigEndian;
    if (flags == 2)
        big = false;
    else if (flags == 3)
        big = true;
    else if (flags != 0)
        return malformed(Tr::tr("unknown byte order"));
    const auto u32 = [&](qsizetype at) {
        return big ? qFromBigEndian<quint32>(cache.data() + at) : qFromLittleEndian<quint32>(cache.data() + at);
    };
    const auto u64 = [&](qsizetype at) {
        return big ? qFromBigEndian<quint64>(cache.data() + at) : qFromLittleEndian<quint64>(cache.data() + at);
    };
    const quint64 count = u32(20);
    if (count > quint64(cache.size() - NewHeader) / NewEntry)
        return malformed(Tr::tr("%1 entries do not fit in the file").arg(count));
    // Offsets are relative to the new table; strings must end inside the file.
    const auto string = [&](quint32 offset) -> std::optional<QString> {
        if (offset >= quint64(cache.size()))
            return std::nullopt;
        const qsizetype end = cache.indexOf('\0', offset);
        if (end < 0)
            return std::nullopt;
        return QString::fromUtf8(cache.sliced(offset, end - offset));
    };
    LdCache result;
    QHash<QString, QStringList> hwcapPaths;
    for (quint64 i = 0; i < count; ++i) {
        const qsizetype at = NewHeader + qsizetype(i) * NewEntry;
        const auto key = string(u32(at + 4));
        const auto value = string(u32(at + 8));
        if (!key || !value)
            return malformed(Tr::tr("entry %1 points outside the file").arg(i));
        (u64(at + 16) ? hwcapPaths : result.m_paths)[*key].append(*value);
        ++result.m_entries;
    }
    for (auto it = hwcapPaths.cbegin(); it != hwcapPaths.cend(); ++it)
        result.m_paths[it.key()].append(it.value());
    return result;
}

Result<LdCache> LdCache::load(const QString &path)
{
    auto bytes = readFileBounded(path, MaxCacheSize);
    if (!bytes)
        return bytes.error();
    auto cache = parse(*bytes);
    if (!cache)
        return Error { cache.error().code, path + QStringLiteral(": ") + cache.error().message };
    return cache;
}

} // namespace Crashcart::Initrd
