// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/image.h"

#include "initrd/cpioreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include <zlib.h>

Q_LOGGING_CATEGORY(lcInitrdImage, "crashcart.initrd.image", QtInfoMsg)

namespace Crashcart::Initrd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Initrd::Image)
};

struct LinkKey
{
    quint32 inode, fsMajor, fsMinor;
    bool operator==(const LinkKey &) const = default;
};
size_t qHash(const LinkKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.inode, key.fsMajor, key.fsMinor);
}
} // namespace

// Builds an Image from the file, one segment after another, the way the kernel walks it.
class ImageBuilder
{
public:
    ImageBuilder(QFile &file, const OpenOptions &options, Image &image)
        : m_file(file), m_options(options), m_image(image), m_budget(options.maxUncompressedBytes)
    {
    }

    Result<void> run()
    {
        qint64 offset = 0;
        const qint64 size = m_image.m_fileSize;
        while (offset < size) {
            auto zeros = skipZeros(offset);
            if (!zeros)
                return zeros.error();
            if (!m_image.m_segments.isEmpty())
                m_image.m_segments.last().paddingAfter += *zeros - offset;
            offset = *zeros;
            if (offset >= size)
                break;
            auto end = readSegment(offset);
            if (!end)
                return end.error();
            offset = *end;
        }
        if (m_image.m_segments.isEmpty())
            return makeError("initrd.magic", Tr::tr("The file holds no cpio archive (it is empty or all zeros)."));
        return {};
    }

private:
    Result<qint64> skipZeros(qint64 offset)
    {
        char buffer[65536];
        m_file.seek(offset);
        for (;;) {
            const qint64 got = m_file.read(buffer, sizeof buffer);
            if (got < 0)
                return makeError("initrd.io", m_file.errorString());
            qint64 i = 0;
            while (i < got && buffer[i] == 0)
                ++i;
            offset += i;
            if (i < got || got == 0)
                return offset;
        }
    }

    Result<qint64> readSegment(qint64 offset)
    {
        const int index = int(m_image.m_segments.size());
        char head[8] = {};
        m_file.seek(offset);
        const qint64 got = m_file.read(head, sizeof head);
        const QByteArrayView magic(head, std::max<qint64>(got, 0));
        Compression compression = Compression::None;
        if (!magic.startsWith("07070")) {
            const auto detected = detectCompression(magic);
            if (!detected) {
                const QString other = unsupportedFormatName(magic);
                if (!other.isEmpty())
                    return makeError("initrd.unsupported",
                                     Tr::tr("Segment %1, offset %2: %3 is not supported.").arg(index).arg(offset).arg(other));
                return makeError("initrd.magic", Tr::tr("Segment %1, offset %2: neither a cpio archive nor a known compression "
                                                        "(wrong magic).")
                                                     .arg(index)
                                                     .arg(offset));
            }
            compression = *detected;
        }
        Segment segment;
        segment.index = index;
        segment.offset = offset;
        segment.compression = compression;
        SegmentStream stream(m_file, index, offset, compression,
                             { &m_budget, m_options.cancel, m_options.progress, m_image.m_fileSize });
        CpioReader reader(stream);
        reader.beginArchive();
        for (;;) {
            const qsizetype archiveFirst = m_image.m_entries.size();
            auto ok = readArchive(reader, segment);
            if (!ok)
                return ok.error();
            resolveHardLinks(archiveFirst);
            ++segment.archiveCount;
            // An uncompressed segment ends at its trailer; a compressed stream may hold more.
            if (compression == Compression::None)
                break;
            auto more = reader.skipPaddingToNextArchive();
            if (!more)
                return more.error();
            if (!*more)
                break;
        }
        segment.uncompressedSize = stream.position();
        segment.length = stream.fileEnd() - offset;
        m_image.m_segments.append(segment);
        qCDebug(lcInitrdImage) << "segment" << index << compressionName(compression) << offset << segment.length
                               << segment.entryCount;
        return stream.fileEnd();
    }

    Result<void> readArchive(CpioReader &reader, Segment &segment)
    {
        for (;;) {
            auto record = reader.next();
            if (!record)
                return record.error();
            if (segment.format.isEmpty())
                segment.format = record->crcFormat ? QStringLiteral("crc") : QStringLiteral("newc");
            if (record->trailer)
                return {};
            Entry &entry = record->entry;
            entry.segment = segment.index;
            if (entry.type == EntryType::File || entry.type == EntryType::Symlink) {
                entry.dataSegment = segment.index;
                entry.dataOffset = record->dataOffset;
            }
            std::function<Result<void>(QByteArrayView)> observe;
            quint32 crc = 0;
            if (m_options.checksums && entry.type != EntryType::Directory) {
                crc = quint32(crc32(0, nullptr, 0));
                observe = [&crc](QByteArrayView chunk) -> Result<void> {
                    crc = quint32(crc32(crc, reinterpret_cast<const Bytef *>(chunk.data()), uInt(chunk.size())));
                    return {};
                };
            }
            if (auto r = reader.finishData(*record, observe); !r)
                return r;
            entry.checksum = crc;
            entry.hasChecksum = bool(observe);
            m_linkKeys.append(LinkKey { entry.inode, record->fsMajor, record->fsMinor });
            m_image.m_entries.append(std::move(entry));
            ++segment.entryCount;
        }
    }

    // Within one archive, files sharing an inode (nlink > 1) are one file with several names.
    // The first becomes the group's File, the others HardLinks to it; all share the content
    // of the member that carries the data (GNU cpio and libarchive put it on the last).
    void resolveHardLinks(qsizetype first)
    {
        QHash<LinkKey, QList<qsizetype>> groups;
        for (qsizetype i = first; i < m_image.m_entries.size(); ++i) {
            const Entry &e = m_image.m_entries[i];
            if (e.type == EntryType::File && e.nlink > 1)
                groups[m_linkKeys[i]].append(i);
        }
        for (const QList<qsizetype> &members : std::as_const(groups)) {
            if (members.size() < 2)
                continue;
            qsizetype carrier = members.first();
            for (qsizetype i : members) {
                if (m_image.m_entries[i].size > 0)
                    carrier = i;
            }
            const Entry data = m_image.m_entries[carrier];
            const QString head = m_image.m_entries[members.first()].path;
            for (qsizetype i : members) {
                Entry &e = m_image.m_entries[i];
                if (i != members.first()) {
                    e.type = EntryType::HardLink;
                    e.linkTarget = head;
                }
                e.size = data.size;
                e.dataSegment = data.dataSegment;
                e.dataOffset = data.dataOffset;
                e.checksum = data.checksum;
                e.hasChecksum = data.hasChecksum;
            }
        }
    }

    QFile &m_file;
    const OpenOptions &m_options;
    Image &m_image;
    qint64 m_budget;
    QList<LinkKey> m_linkKeys; // parallel to m_image.m_entries
};

Result<Image> Image::open(const QString &path, const OpenOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError("initrd.io", Tr::tr("Cannot open %1: %2").arg(path, file.errorString()));
    const QFileInfo info(path);
    if (!info.isFile())
        return makeError("initrd.io", Tr::tr("%1 is not a regular file.").arg(path));
    Image image;
    image.m_path = info.absoluteFilePath();
    image.m_fileSize = file.size();
    image.m_modified = info.lastModified();
    image.m_maxUncompressed = options.maxUncompressedBytes;
    ImageBuilder builder(file, options, image);
    if (auto r = builder.run(); !r)
        return Error { r.error().code, Tr::tr("%1: %2").arg(path, r.error().message) };
    return image;
}

Image Image::fromEntries(QList<Entry> entries, QList<Segment> segments)
{
    Image image;
    image.m_entries = std::move(entries);
    image.m_segments = std::move(segments);
    return image;
}

std::optional<Entry> Image::find(const QString &path) const
{
    auto normalized = normalizePath(path, true);
    if (!normalized)
        return std::nullopt;
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries[i].path == *normalized)
            return m_entries[i];
    }
    return std::nullopt;
}

QStringList Image::children(const QString &directory) const
{
    auto dir = normalizePath(directory, true);
    if (!dir)
        return {};
    const QString parent = *dir == QLatin1String(".") ? QString() : *dir;
    QStringList result;
    QSet<QString> seen;
    for (const Entry &e : m_entries) {
        if (e.path != QLatin1String(".") && parentPath(e.path) == parent && !seen.contains(e.path)) {
            seen.insert(e.path);
            result << e.path;
        }
    }
    return result;
}

QStringList Image::kernelVersions() const
{
    QStringList versions;
    for (const Entry &e : m_entries) {
        for (const QLatin1String prefix : { QLatin1String("lib/modules/"), QLatin1String("usr/lib/modules/") }) {
            if (e.type == EntryType::Directory && e.path.startsWith(prefix) && !e.path.mid(prefix.size()).contains(u'/')) {
                const QString version = e.path.mid(prefix.size());
                if (!version.isEmpty() && !versions.contains(version))
                    versions << version;
            }
        }
    }
    return versions;
}

} // namespace Crashcart::Initrd
