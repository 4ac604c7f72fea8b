// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentmodel.h"

#include <QLocale>

namespace Crashcart::App {

using namespace Crashcart::Initrd;

SegmentModel::SegmentModel(QObject *parent) : QAbstractTableModel(parent) { }

void SegmentModel::setSegments(const QList<Segment> &segments)
{
    beginResetModel();
    m_segments = segments;
    endResetModel();
}

int SegmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_segments.size());
}

int SegmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SegmentModel::compressionText(Initrd::Compression compression)
{
    switch (compression) {
    case Initrd::Compression::None: return tr("none");
    case Initrd::Compression::Gzip: return QStringLiteral("gzip");
    case Initrd::Compression::Xz: return QStringLiteral("xz");
    case Initrd::Compression::Lzma: return QStringLiteral("lzma");
    case Initrd::Compression::Zstd: return QStringLiteral("zstd");
    case Initrd::Compression::Lz4: return tr("lz4 (legacy)");
    case Initrd::Compression::Bzip2: return QStringLiteral("bzip2");
    }
    return {};
}

QVariant SegmentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_segments.size())
        return {};
    const Segment &s = m_segments.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Index: return s.index;
        case Offset: return locale.toString(s.offset);
        case Stored: return locale.formattedDataSize(s.length, 1, QLocale::DataSizeTraditionalFormat);
        case Padding: return locale.toString(s.paddingAfter);
        case Compression: return compressionText(s.compression);
        case Format: return s.format;
        case Uncompressed: return locale.formattedDataSize(s.uncompressedSize, 1, QLocale::DataSizeTraditionalFormat);
        case Archives: return s.archiveCount;
        case Entries: return locale.toString(s.entryCount);
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Stored)
            return tr("%1 bytes").arg(locale.toString(s.length));
        if (index.column() == Uncompressed)
            return tr("%1 bytes").arg(locale.toString(s.uncompressedSize));
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Compression || index.column() == Format ? QVariant()
                                                                          : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == RawRole) {
        switch (Column(index.column())) {
        case Index: return s.index;
        case Offset: return s.offset;
        case Stored: return s.length;
        case Padding: return s.paddingAfter;
        case Compression: return int(s.compression);
        case Format: return s.format;
        case Uncompressed: return s.uncompressedSize;
        case Archives: return s.archiveCount;
        case Entries: return s.entryCount;
        case ColumnCount: break;
        }
    }
    return {};
}

QVariant SegmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Index: return tr("Segment");
    case Offset: return tr("Offset");
    case Stored: return tr("Stored size");
    case Padding: return tr("Padding after");
    case Compression: return tr("Compression");
    case Format: return tr("Format");
    case Uncompressed: return tr("Uncompressed");
    case Archives: return tr("Archives");
    case Entries: return tr("Entries");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Crashcart::App
