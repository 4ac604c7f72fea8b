// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "initrd/image.h"

#include <QAbstractTableModel>

namespace Crashcart::App {

// The segments of an image, one row each: where it lies, how it is compressed, what it holds.
class SegmentModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentModel)

public:
    enum Column { Index, Offset, Stored, Padding, Compression, Format, Uncompressed, Archives, Entries, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1 };

    explicit SegmentModel(QObject *parent = nullptr);

    void setSegments(const QList<Initrd::Segment> &segments);
    const Initrd::Segment &segment(int row) const { return m_segments.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString compressionText(Initrd::Compression compression);

private:
    QList<Initrd::Segment> m_segments;
};

} // namespace Crashcart::App
