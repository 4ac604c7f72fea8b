// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/contentsource.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace Crashcart::Initrd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Initrd::Image)
};
} // namespace

ContentSource::ContentSource(const Image &image, const ChangeSet &changes, qint64 budget, const std::atomic_bool *cancel,
                             Progress progress)
    : m_image(image), m_changes(changes), m_budget(budget), m_cancel(cancel), m_progress(std::move(progress)), m_file(image.path())
{
}

ContentSource::~ContentSource() = default;

bool ContentSource::fromImage(const PlannedEntry &planned)
{
    return planned.change < 0 && planned.entry.dataSegment >= 0 && planned.entry.size > 0
        && (planned.entry.type == EntryType::File || planned.entry.type == EntryType::HardLink);
}

Result<void> ContentSource::prepare(const QList<Key> &order, const QString &spoolFolder)
{
    QSet<Key> spool;
    Key highest { -1, -1 };
    for (const Key &key : order) {
        if (key > highest)
            highest = key;
        else
            spool.insert(key);
    }
    if (spool.isEmpty())
        return {};
    m_spool = std::make_unique<QTemporaryFile>(spoolFolder + QStringLiteral("/.crashcart-spool-XXXXXX"));
    if (!m_spool->open())
        return makeError("initrd.io", Tr::tr("Cannot create a spool file in %1: %2").arg(spoolFolder, m_spool->errorString()));
    Key current { -1, -1 };
    bool capturing = false;
    Image::Visitor visitor;
    visitor.entry = [&](const Entry &entry) -> Result<void> {
        current = Key { entry.dataSegment, entry.dataOffset };
        capturing = false;
        return {};
    };
    // Only the member carrying the data sees chunks; the spool offset is taken at its first.
    visitor.chunk = [&](const Entry &, QByteArrayView chunk) -> Result<void> {
        if (!capturing) {
            if (!spool.contains(current) || m_spooled.contains(current))
                return {};
            m_spooled.insert(current, m_spool->pos());
            capturing = true;
        }
        if (m_spool->write(chunk.data(), chunk.size()) != chunk.size())
            return makeError("initrd.io", Tr::tr("Cannot write the spool file: %1").arg(m_spool->errorString()));
        return {};
    };
    OpenOptions options;
    options.maxUncompressedBytes = m_budget;
    options.cancel = m_cancel;
    return m_image.walk(visitor, options);
}

Result<qint64> ContentSource::size(const PlannedEntry &planned) const
{
    if (planned.change < 0)
        return planned.entry.type == EntryType::Symlink ? qint64(planned.entry.linkTarget.toUtf8().size()) : planned.entry.size;
    const Change &change = m_changes.changes().at(planned.change);
    if (change.hostPath.isEmpty())
        return qint64(change.bytes.size());
    const QFileInfo info(change.hostPath);
    if (!info.isFile())
        return makeError("initrd.io", Tr::tr("%1 is gone.").arg(change.hostPath));
    return info.size();
}

Result<void> ContentSource::copy(const PlannedEntry &planned, qint64 size, const Sink &sink)
{
    if (size == 0)
        return {};
    if (planned.entry.type == EntryType::Symlink)
        return sink(planned.entry.linkTarget.toUtf8());
    if (planned.change >= 0) {
        const Change &change = m_changes.changes().at(planned.change);
        if (change.hostPath.isEmpty())
            return sink(change.bytes);
        QFile host(change.hostPath);
        if (!host.open(QIODevice::ReadOnly))
            return makeError("initrd.io", Tr::tr("Cannot read %1: %2").arg(change.hostPath, host.errorString()));
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        qint64 left = size;
        while (left > 0) {
            if (m_cancel && m_cancel->load())
                return makeError("initrd.cancelled", Tr::tr("Cancelled."));
            const qint64 got = host.read(buffer.data(), std::min<qint64>(left, buffer.size()));
            if (got <= 0)
                return makeError("initrd.changed", Tr::tr("%1 changed while it was being saved.").arg(change.hostPath));
            if (auto r = sink(QByteArrayView(buffer.constData(), got)); !r)
                return r;
            left -= got;
        }
        return {};
    }
    const Key key { planned.entry.dataSegment, planned.entry.dataOffset };
    if (const auto it = m_spooled.constFind(key); it != m_spooled.constEnd()) {
        if (!m_spool->seek(*it))
            return makeError("initrd.io", m_spool->errorString());
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        qint64 left = size;
        while (left > 0) {
            const qint64 got = m_spool->read(buffer.data(), std::min<qint64>(left, buffer.size()));
            if (got <= 0)
                return makeError("initrd.io", Tr::tr("The spool file ends early."));
            if (auto r = sink(QByteArrayView(buffer.constData(), got)); !r)
                return r;
            left -= got;
        }
        m_spool->seek(m_spool->size());
        return {};
    }
    return copyFromStream(key, size, sink);
}

// Moves the forward reader to the record whose data starts at the key and streams it.
Result<void> ContentSource::copyFromStream(const Key &key, qint64 size, const Sink &sink)
{
    if (key.first < m_segment || key.first >= m_image.segments().size())
        return makeError("initrd.internal", Tr::tr("Content asked for out of order."));
    if (!m_file.isOpen() && !m_file.open(QIODevice::ReadOnly))
        return makeError("initrd.io", Tr::tr("Cannot open %1: %2").arg(m_image.path(), m_file.errorString()));
    if (key.first != m_segment) {
        const Segment &segment = m_image.segments().at(key.first);
        m_reader.reset();
        m_stream = std::make_unique<SegmentStream>(m_file, segment.index, segment.offset, segment.compression,
                                                   SegmentStream::Limits { &m_budget, m_cancel, m_progress, m_image.fileSize() });
        m_reader = std::make_unique<CpioReader>(*m_stream);
        m_reader->beginArchive();
        m_segment = key.first;
    }
    for (;;) {
        auto record = m_reader->next();
        if (!record)
            return record.error();
        if (record->trailer) {
            auto more = m_stream->compression() == Compression::None ? Result<bool>(false) : m_reader->skipPaddingToNextArchive();
            if (!more)
                return more.error();
            if (!*more)
                return makeError("initrd.changed", Tr::tr("%1 changed on disk since it was opened.").arg(m_image.path()));
            continue;
        }
        if (record->dataOffset == key.second && record->storedSize > 0) {
            if (record->storedSize != size)
                return makeError("initrd.changed", Tr::tr("%1 changed on disk since it was opened.").arg(m_image.path()));
            return m_reader->finishData(*record, sink);
        }
        if (record->dataOffset > key.second)
            return makeError("initrd.internal", Tr::tr("Content asked for out of order."));
        if (auto r = m_reader->finishData(*record); !r)
            return r;
    }
}

} // namespace Crashcart::Initrd
