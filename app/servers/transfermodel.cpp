// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfermodel.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace Crashcart::App {

namespace {

constexpr qint64 kFadeMs = 5000; // the last seconds of a finished row's stay

} // namespace

TransferModel::TransferModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_clock.start();
    m_now = [this] { return m_clock.elapsed(); };
}

void TransferModel::setClock(std::function<qint64()> now)
{
    m_now = std::move(now);
}

void TransferModel::setLimits(int maxRows, qint64 keepFinishedMs)
{
    m_maxRows = std::max(1, maxRows);
    m_keepFinishedMs = std::max<qint64>(0, keepFinishedMs);
    prune();
}

QString TransferModel::formatRate(double bytesPerSecond)
{
    return tr("%1 MB/s").arg(QLocale().toString(bytesPerSecond / 1e6, 'f', 1));
}

int TransferModel::rowOf(quint64 id) const
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

const TransferModel::Transfer *TransferModel::transfer(quint64 id) const
{
    const int row = rowOf(id);
    return row >= 0 ? &m_rows[row] : nullptr;
}

int TransferModel::runningCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Transfer &t) { return t.state == TransferState::Running; }));
}

void TransferModel::start(const Netboot::Tftp::TransferInfo &info, const MacAddress &mac)
{
    if (rowOf(info.id) >= 0)
        return;
    Transfer t;
    t.id = info.id;
    t.file = info.file;
    t.client = info.client;
    t.clientPort = info.clientPort;
    t.mac = mac;
    t.size = info.size;
    t.startedMs = t.lastProgressMs = m_now();
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(t);
    endInsertRows();
    prune();
}

void TransferModel::progress(quint64 id, qint64 bytes, qint64 size, int retransmits)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Transfer &t = m_rows[row];
    const qint64 now = m_now();
    // Smoothed over the last few reports, so the rate reads steadily at a few updates a second.
    if (now > t.lastProgressMs && bytes >= t.bytes) {
        const double instant = double(bytes - t.bytes) * 1000.0 / double(now - t.lastProgressMs);
        t.bytesPerSecond = t.bytesPerSecond > 0 ? 0.6 * instant + 0.4 * t.bytesPerSecond : instant;
    }
    t.bytes = bytes;
    t.size = size;
    t.retransmits = retransmits;
    t.lastProgressMs = now;
    Q_EMIT dataChanged(index(row, Progress), index(row, Retransmits));
}

void TransferModel::finish(quint64 id, bool ok, const QString &message, qint64 bytes, qint64 elapsedMs)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Transfer &t = m_rows[row];
    t.state = ok ? TransferState::Done : TransferState::Failed;
    t.message = message;
    t.bytes = bytes;
    t.bytesPerSecond = elapsedMs > 0 ? double(bytes) * 1000.0 / double(elapsedMs) : 0;
    t.finishedMs = m_now();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    prune();
}

double TransferModel::opacity(const Transfer &t) const
{
    if (t.state == TransferState::Running)
        return 1.0;
    const qint64 left = t.finishedMs + m_keepFinishedMs - m_now();
    return left >= kFadeMs ? 1.0 : std::clamp(double(left) / double(kFadeMs), 0.0, 1.0);
}

void TransferModel::prune()
{
    const qint64 now = m_now();
    // Finished rows that stayed their time, then the oldest finished ones beyond the bound.
    qsizetype excess = m_rows.size() - m_maxRows;
    for (int row = 0; row < m_rows.size();) {
        const Transfer &t = m_rows[row];
        const bool finished = t.state != TransferState::Running;
        if (finished && (now - t.finishedMs >= m_keepFinishedMs || excess > 0)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            --excess;
            continue;
        }
        ++row;
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        if (opacity(m_rows[row]) < 1.0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), { Qt::ForegroundRole, OpacityRole });
    }
}

int TransferModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransferModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransferModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Transfer &t = m_rows[index.row()];
    const double fraction = t.size > 0 ? std::clamp(double(t.bytes) / double(t.size), 0.0, 1.0) : (t.state == TransferState::Done ? 1.0 : -1.0);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case File: return t.file;
        case Client: return QString(t.client.toString() + u':' + QString::number(t.clientPort));
        case Mac: return t.mac.isNull() ? QString() : t.mac.toString();
        case Progress: return fraction < 0 ? QString() : tr("%1 %").arg(int(fraction * 100));
        case Bytes:
            return tr("%1 of %2").arg(QLocale().formattedDataSize(t.bytes), QLocale().formattedDataSize(t.size));
        case Rate: return t.bytesPerSecond > 0 ? formatRate(t.bytesPerSecond) : QString();
        case Retransmits: return t.retransmits;
        case State:
            switch (t.state) {
            case TransferState::Running: return tr("Sending");
            case TransferState::Done: return tr("Done");
            case TransferState::Failed: return tr("Failed: %1").arg(t.message);
            }
        }
        return {};
    case RawRole:
        switch (index.column()) {
        case File: return t.file;
        case Client: return t.client.toString();
        case Mac: return t.mac.toString();
        case Progress: return fraction;
        case Bytes: return t.bytes;
        case Rate: return t.bytesPerSecond;
        case Retransmits: return t.retransmits;
        case State: return int(t.state);
        }
        return {};
    case ProgressRole: return fraction;
    case OpacityRole: return opacity(t);
    case Qt::ToolTipRole:
        if (index.column() == State && t.state == TransferState::Failed)
            return t.message;
        if (index.column() == File)
            return t.file;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Bytes || index.column() == Rate || index.column() == Retransmits)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole: {
        const double o = opacity(t);
        QColor color = QGuiApplication::palette().color(QPalette::Text);
        if (t.state == TransferState::Failed && index.column() == State)
            color = QColor(0xc0, 0x1c, 0x28);
        if (o >= 1.0)
            return t.state == TransferState::Failed && index.column() == State ? QVariant(QBrush(color)) : QVariant();
        color.setAlphaF(float(0.25 + 0.75 * o));
        return QBrush(color);
    }
    default: return {};
    }
}

QVariant TransferModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File: return tr("File");
    case Client: return tr("Client");
    case Mac: return tr("MAC");
    case Progress: return tr("Progress");
    case Bytes: return tr("Bytes");
    case Rate: return tr("Speed");
    case Retransmits: return tr("Retransmits");
    case State: return tr("State");
    }
    return {};
}

} // namespace Crashcart::App
