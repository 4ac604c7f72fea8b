// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/elffile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace Crashcart::Initrd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Initrd::ElfFile)
};

constexpr quint32 PtLoad = 1;
constexpr quint32 PtDynamic = 2;
constexpr quint32 PtInterp = 3;
constexpr quint32 ShtNobits = 8;
constexpr qint64 DtNull = 0, DtNeeded = 1, DtStrtab = 5, DtStrsz = 10, DtSoname = 14, DtRpath = 15, DtRunpath = 29,
                 DtFlags1 = 0x6ffffffb;
constexpr quint64 Df1Nodeflib = 0x800;
constexpr int MaxNeeded = 4096;
constexpr quint64 MaxString = 4096;

Error malformed(const QString &what)
{
    return makeError("elf.malformed", Tr::tr("Malformed ELF file: %1").arg(what));
}

// Bounds-checked reads of fixed-width fields in either byte order.
class Reader
{
public:
    Reader(QByteArrayView bytes, bool bigEndian) : m_bytes(bytes), m_bigEndian(bigEndian) { }

    quint64 size() const { return quint64(m_bytes.size()); }
    bool fits(quint64 offset, quint64 length) const { return offset <= size() && length <= size() - offset; }

    std::optional<quint64> read(quint64 offset, int width) const
    {
        if (!fits(offset, quint64(width)))
            return std::nullopt;
        const auto *p = reinterpret_cast<const uchar *>(m_bytes.data()) + offset;
        quint64 v = 0;
        for (int i = 0; i < width; ++i)
            v = (v << 8) | p[m_bigEndian ? i : width - 1 - i];
        return v;
    }

    // A NUL-terminated string starting at `offset` that must end before `end`.
    std::optional<QString> string(quint64 offset, quint64 end) const
    {
        end = std::min(end, size());
        if (offset >= end)
            return std::nullopt;
        const quint64 limit = std::min(end, offset + MaxString);
        const char *base = m_bytes.data();
        for (quint64 i = offset; i < limit; ++i) {
            if (base[i] == '\0')
                return QString::fromUtf8(base + offset, qsizetype(i - offset));
        }
        return std::nullopt;
    }

    QByteArrayView slice(quint64 offset, quint64 length) const { return m_bytes.sliced(qsizetype(offset), qsizetype(length)); }

private:
    QByteArrayView m_bytes;
    bool m_bigEndian;
};

struct Header
{
    bool is64 = false;
    quint16 type = 0, machine = 0;
    quint64 phoff = 0, shoff = 0;
    quint64 phentsize = 0, phnum = 0, shentsize = 0, shnum = 0, shstrndx = 0;
};

struct Segment
{
    quint32 type = 0;
    quint64 offset = 0, vaddr = 0, filesz = 0;
};

struct Section
{
    quint32 name = 0, type = 0, link = 0, info = 0;
    quint64 offset = 0, size = 0;
};

class Parser
{
public:
    explicit Parser(QByteArrayView bytes) : m_bytes(bytes), m_reader(bytes, false) { }

    Result<void> readHeader();
    Result<QList<Segment>> segments() const;
    std::optional<Section> section(quint64 index) const;
    Result<void> readDynamic(const QList<Segment> &segments, ElfInfo &info) const;
    struct DynamicTags
    {
        QList<quint64> needed; // string table offsets
        std::optional<quint64> strtab, strsz, soname, rpath, runpath;
    };
    Result<DynamicTags> readDynamicTags(const Segment &dynamic, ElfInfo &info) const;
    Result<void> readDynamicStrings(const QList<Segment> &segments, const DynamicTags &tags, ElfInfo &info) const;
    Result<QByteArray> sectionNamed(QByteArrayView name) const;

    const Header &header() const { return m_header; }
    const Reader &reader() const { return m_reader; }

private:
    QByteArrayView m_bytes;
    Reader m_reader;
    Header m_header;
};

Result<void> Parser::readHeader()
{
    if (m_bytes.size() < 16 || !m_bytes.startsWith("\x7f" "ELF"))
        return makeError("elf.notelf", Tr::tr("Not an ELF file"));
    const char cls = m_bytes[4];
    const char data = m_bytes[5];
    if ((cls != 1 && cls != 2) || (data != 1 && data != 2) || m_bytes[6] != 1)
        return malformed(Tr::tr("unknown class, byte order or version in the identification bytes"));
    m_header.is64 = cls == 2;
    m_reader = Reader(m_bytes, data == 2);
    const Reader &r = m_reader;
    const bool w = m_header.is64;
    const quint64 ehsize = w ? 64 : 52;
    if (!r.fits(0, ehsize))
        return malformed(Tr::tr("the file header is truncated"));
    m_header.type = quint16(*r.read(16, 2));
    m_header.machine = quint16(*r.read(18, 2));
    m_header.phoff = *r.read(w ? 32 : 28, w ? 8 : 4);
    m_header.shoff = *r.read(w ? 40 : 32, w ? 8 : 4);
    m_header.phentsize = *r.read(w ? 54 : 42, 2);
    m_header.phnum = *r.read(w ? 56 : 44, 2);
    m_header.shentsize = *r.read(w ? 58 : 46, 2);
    m_header.shnum = *r.read(w ? 60 : 48, 2);
    m_header.shstrndx = *r.read(w ? 62 : 50, 2);
    // More than 0xfffe program headers or sections: the real counts live in section 0.
    if (m_header.shoff != 0 && (m_header.phnum == 0xffff || m_header.shnum == 0 || m_header.shstrndx == 0xffff)) {
        const auto zero = section(0);
        if (!zero)
            return malformed(Tr::tr("section header 0 lies outside the file"));
        if (m_header.phnum == 0xffff)
            m_header.phnum = zero->info;
        if (m_header.shnum == 0)
            m_header.shnum = zero->size;
        if (m_header.shstrndx == 0xffff)
            m_header.shstrndx = zero->link;
    }
    return {};
}

Result<QList<Segment>> Parser::segments() const
{
    const Header &h = m_header;
    QList<Segment> list;
    if (h.phnum == 0)
        return list;
    const quint64 entry = h.is64 ? 56 : 32;
    if (h.phentsize < entry || h.phnum > (1u << 20) || !m_reader.fits(h.phoff, h.phnum * h.phentsize))
        return malformed(Tr::tr("the program headers lie outside the file"));
    for (quint64 i = 0; i < h.phnum; ++i) {
        const quint64 at = h.phoff + i * h.phentsize;
        Segment s;
        s.type = quint32(*m_reader.read(at, 4));
        s.offset = *m_reader.read(at + (h.is64 ? 8 : 4), h.is64 ? 8 : 4);
        s.vaddr = *m_reader.read(at + (h.is64 ? 16 : 8), h.is64 ? 8 : 4);
        s.filesz = *m_reader.read(at + (h.is64 ? 32 : 16), h.is64 ? 8 : 4);
        list.append(s);
    }
    return list;
}

std::optional<Section> Parser::section(quint64 index) const
{
    const Header &h = m_header;
    const quint64 entry = h.is64 ? 64 : 40;
    if (h.shentsize < entry || index > (1u << 24))
        return std::nullopt;
    const quint64 at = h.shoff + index * h.shentsize;
    if (at < h.shoff || !m_reader.fits(at, entry))
        return std::nullopt;
    const int w = h.is64 ? 8 : 4;
    Section s;
    s.name = quint32(*m_reader.read(at, 4));
    s.type = quint32(*m_reader.read(at + 4, 4));
    s.offset = *m_reader.read(at + (h.is64 ? 24 : 16), w);
    s.size = *m_reader.read(at + (h.is64 ? 32 : 20), w);
    s.link = quint32(*m_reader.read(at + (h.is64 ? 40 : 24), 4));
    s.info = quint32(*m_reader.read(at + (h.is64 ? 44 : 28), 4));
    return s;
}

// The loader finds the string table by its virtual address; map it back through PT_LOAD.
std::optional<std::pair<quint64, quint64>> fileRange(const QList<Segment> &segments, quint64 vaddr)
{
    for (const Segment &s : segments) {
        if (s.type == PtLoad && vaddr >= s.vaddr && vaddr - s.vaddr < s.filesz)
            return std::pair { s.offset + (vaddr - s.vaddr), s.filesz - (vaddr - s.vaddr) };
    }
    return std::nullopt;
}

QStringList splitPath(const QString &list)
{
    return list.split(u':', Qt::SkipEmptyParts);
}

Result<void> Parser::readDynamic(const QList<Segment> &segments, ElfInfo &info) const
{
    const auto dynamic = std::find_if(segments.cbegin(), segments.cend(), [](const Segment &s) { return s.type == PtDynamic; });
    if (dynamic == segments.cend())
        return {};
    if (!m_reader.fits(dynamic->offset, dynamic->filesz))
        return malformed(Tr::tr("the dynamic section lies outside the file"));
    auto tags = readDynamicTags(*dynamic, info);
    if (!tags)
        return tags.error();
    if (tags->needed.isEmpty() && !tags->soname && !tags->rpath && !tags->runpath)
        return {};
    return readDynamicStrings(segments, *tags, info);
}

Result<Parser::DynamicTags> Parser::readDynamicTags(const Segment &dynamic, ElfInfo &info) const
{
    const int w = m_header.is64 ? 8 : 4;
    DynamicTags tags;
    for (quint64 at = dynamic.offset; at + 2 * w <= dynamic.offset + dynamic.filesz; at += 2 * w) {
        const auto tag = qint64(*m_reader.read(at, w));
        const quint64 value = *m_reader.read(at + w, w);
        if (tag == DtNull)
            break;
        switch (tag) {
        case DtNeeded:
            if (tags.needed.size() >= MaxNeeded)
                return malformed(Tr::tr("more than %1 needed libraries").arg(MaxNeeded));
            tags.needed.append(value);
            break;
        case DtStrtab: tags.strtab = value; break;
        case DtStrsz: tags.strsz = value; break;
        case DtSoname: tags.soname = value; break;
        case DtRpath: tags.rpath = value; break;
        case DtRunpath: tags.runpath = value; break;
        case DtFlags1: info.noDefaultLib = value & Df1Nodeflib; break;
        default: break;
        }
    }
    return tags;
}

// The names the tags point to, in the dynamic string table.
Result<void> Parser::readDynamicStrings(const QList<Segment> &segments, const DynamicTags &tags, ElfInfo &info) const
{
    if (!tags.strtab)
        return malformed(Tr::tr("the dynamic section has no string table"));
    const auto range = fileRange(segments, *tags.strtab);
    if (!range)
        return malformed(Tr::tr("the dynamic string table is outside every loaded segment"));
    const quint64 begin = range->first;
    const quint64 end = begin + std::min(range->second, tags.strsz.value_or(range->second));
    const auto string = [&](quint64 offset) -> Result<QString> {
        const auto s = offset < end - begin ? m_reader.string(begin + offset, end) : std::nullopt;
        if (!s)
            return malformed(Tr::tr("a dynamic string lies outside the string table"));
        return *s;
    };
    for (quint64 offset : tags.needed) {
        auto s = string(offset);
        if (!s)
            return s.error();
        info.needed.append(*s);
    }
    if (tags.soname) {
        auto s = string(*tags.soname);
        if (!s)
            return s.error();
        info.soname = *s;
    }
    if (tags.rpath) {
        auto s = string(*tags.rpath);
        if (!s)
            return s.error();
        info.hasRpath = true;
        info.rpath = splitPath(*s);
    }
    if (tags.runpath) {
        auto s = string(*tags.runpath);
        if (!s)
            return s.error();
        info.hasRunpath = true;
        info.runpath = splitPath(*s);
    }
    return {};
}

Result<QByteArray> Parser::sectionNamed(QByteArrayView name) const
{
    const Header &h = m_header;
    if (h.shoff == 0 || h.shnum == 0)
        return makeError("elf.nosection", Tr::tr("The ELF file has no section headers"));
    if (h.shnum > (1u << 20) || !m_reader.fits(h.shoff, h.shnum * h.shentsize))
        return malformed(Tr::tr("the section headers lie outside the file"));
    const auto names = section(h.shstrndx);
    if (!names || h.shstrndx >= h.shnum || !m_reader.fits(names->offset, names->size))
        return malformed(Tr::tr("the section name table lies outside the file"));
    for (quint64 i = 0; i < h.shnum; ++i) {
        const auto s = section(i);
        if (!s)
            return malformed(Tr::tr("section %1 lies outside the file").arg(i));
        if (s->name >= names->size)
            continue;
        const auto n = m_reader.string(names->offset + s->name, names->offset + names->size);
        if (!n || *n != QLatin1String(name))
            continue;
        if (s->type == ShtNobits)
            return QByteArray();
        if (!m_reader.fits(s->offset, s->size))
            return malformed(Tr::tr("section %1 lies outside the file").arg(*n));
        return m_reader.slice(s->offset, s->size).toByteArray();
    }
    return makeError("elf.nosection", Tr::tr("The ELF file has no %1 section").arg(QString::fromLatin1(name)));
}

} // namespace

Result<ElfInfo> parseElf(QByteArrayView bytes)
{
    Parser parser(bytes);
    if (auto header = parser.readHeader(); !header)
        return header.error();
    ElfInfo info;
    info.bits = parser.header().is64 ? 64 : 32;
    info.bigEndian = bytes[5] == 2;
    info.machine = parser.header().machine;
    info.type = parser.header().type;
    auto segments = parser.segments();
    if (!segments)
        return segments.error();
    for (const Segment &s : *segments) {
        if (s.type != PtInterp)
            continue;
        const auto interp = parser.reader().fits(s.offset, s.filesz)
                                ? parser.reader().string(s.offset, s.offset + s.filesz)
                                : std::nullopt;
        if (!interp || interp->isEmpty())
            return malformed(Tr::tr("the interpreter name lies outside the file"));
        info.interpreter = *interp;
        break;
    }
    if (auto dynamic = parser.readDynamic(*segments, info); !dynamic)
        return dynamic.error();
    return info;
}

Result<QByteArray> elfSection(QByteArrayView bytes, QByteArrayView name)
{
    Parser parser(bytes);
    if (auto header = parser.readHeader(); !header)
        return header.error();
    return parser.sectionNamed(name);
}

Result<QByteArray> readFileBounded(const QString &path, qint64 limit)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError("file.missing", Tr::tr("%1 does not exist").arg(path));
    if (!info.isFile())
        return makeError("file.notfile", Tr::tr("%1 is not a regular file").arg(path));
    if (info.size() > limit)
        return makeError("file.toolarge", Tr::tr("%1 is larger than %2 bytes").arg(path).arg(limit));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError("file.unreadable", Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

Result<ElfInfo> readElfFile(const QString &path)
{
    const QFileInfo fileInfo(path);
    if (!fileInfo.isFile())
        return makeError("file.notfile", Tr::tr("%1 is not a regular file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError("file.unreadable", Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    if (size <= 0)
        return makeError("elf.notelf", Tr::tr("%1: not an ELF file").arg(path));
    const uchar *map = file.map(0, size);
    const QByteArray copy = map ? QByteArray() : file.readAll();
    auto info = map ? parseElf(QByteArrayView(map, size)) : parseElf(copy);
    if (!info)
        return Error { info.error().code, path + QStringLiteral(": ") + info.error().message };
    return info;
}

} // namespace Crashcart::Initrd
