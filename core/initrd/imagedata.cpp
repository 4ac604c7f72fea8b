// SPDX-License-Identifier: GPL-3.0-or-later
// Reading contents back from an opened Image: one entry, or everything in one pass.
#include "initrd/image.h"

#include "initrd/cpioreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Crashcart::Initrd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Initrd::Image)
};

bool hasContent(EntryType type)
{
    return type == EntryType::File || type == EntryType::HardLink || type == EntryType::Symlink;
}

Result<void> openUnchanged(QFile &file, const QString &path, qint64 size, const QDateTime &modified)
{
    if (path.isEmpty())
        return makeError("initrd.io", Tr::tr("This listing has no image file to read contents from."));
    const QFileInfo info(path);
    if (!info.exists() || info.size() != size || info.lastModified() != modified)
        return makeError("initrd.changed", Tr::tr("%1 changed on disk since it was opened; open it again.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError("initrd.io", Tr::tr("Cannot open %1: %2").arg(path, file.errorString()));
    return {};
}
} // namespace

Result<QByteArray> Image::read(const QString &path, const ReadOptions &options) const
{
    const auto entry = find(path);
    if (!entry)
        return makeError("initrd.not-found", Tr::tr("%1 is not in the image.").arg(path));
    if (entry->size > options.maxBytes)
        return makeError("initrd.too-large", Tr::tr("%1 is %2 bytes, more than %3 can be read at once.")
                                                 .arg(path)
                                                 .arg(entry->size)
                                                 .arg(options.maxBytes));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (auto r = readTo(*entry, buffer, options); !r)
        return r.error();
    return bytes;
}

Result<void> Image::readTo(const QString &path, QIODevice &out, const ReadOptions &options) const
{
    const auto entry = find(path);
    if (!entry)
        return makeError("initrd.not-found", Tr::tr("%1 is not in the image.").arg(path));
    return readTo(*entry, out, options);
}

Result<void> Image::readTo(const Entry &entry, QIODevice &out, const ReadOptions &options) const
{
    if (!hasContent(entry.type))
        return makeError("initrd.not-a-file", Tr::tr("%1 is a %2, it has no content.").arg(entry.path, typeDisplayName(entry.type)));
    if (entry.size == 0)
        return {};
    if (entry.dataSegment < 0 || entry.dataSegment >= m_segments.size() || entry.dataOffset < 0)
        return makeError("initrd.not-found", Tr::tr("The content of %1 is not in this image.").arg(entry.path));
    QFile file(m_path);
    if (auto r = openUnchanged(file, m_path, m_fileSize, m_modified); !r)
        return r;
    const Segment &segment = m_segments[entry.dataSegment];
    qint64 budget = m_maxUncompressed;
    SegmentStream stream(file, segment.index, segment.offset, segment.compression, { &budget, options.cancel, {}, 0 });
    if (auto r = stream.skip(entry.dataOffset); !r)
        return r;
    return stream.skip(entry.size, [&out](QByteArrayView chunk) -> Result<void> {
        if (out.write(chunk.data(), chunk.size()) != chunk.size())
            return makeError("initrd.io", Tr::tr("Cannot write: %1").arg(out.errorString()));
        return {};
    });
}

Result<void> Image::walk(const Visitor &visitor, const OpenOptions &options) const
{
    QFile file(m_path);
    if (auto r = openUnchanged(file, m_path, m_fileSize, m_modified); !r)
        return r;
    qint64 budget = options.maxUncompressedBytes;
    qsizetype next = 0;
    for (const Segment &segment : m_segments) {
        SegmentStream stream(file, segment.index, segment.offset, segment.compression,
                             { &budget, options.cancel, options.progress, m_fileSize });
        CpioReader reader(stream);
        reader.beginArchive();
        for (;;) {
            auto record = reader.next();
            if (!record)
                return record.error();
            if (record->trailer) {
                if (segment.compression == Compression::None)
                    break;
                auto more = reader.skipPaddingToNextArchive();
                if (!more)
                    return more.error();
                if (!*more)
                    break;
                continue;
            }
            if (next >= m_entries.size() || m_entries[next].path != record->entry.path)
                return makeError("initrd.changed", Tr::tr("%1 changed on disk since it was opened; open it again.").arg(m_path));
            const Entry &entry = m_entries[next++];
            if (visitor.entry) {
                if (auto r = visitor.entry(entry); !r)
                    return r;
            }
            std::function<Result<void>(QByteArrayView)> observe;
            if (visitor.chunk && record->storedSize > 0 && hasContent(entry.type))
                observe = [&visitor, &entry](QByteArrayView chunk) { return visitor.chunk(entry, chunk); };
            if (auto r = reader.finishData(*record, observe); !r)
                return r;
        }
    }
    return {};
}

} // namespace Crashcart::Initrd
