// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlogmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QTimer>

namespace Crashcart::App {

EventLogModel::EventLogModel(int maxEvents, QObject *parent)
    : QAbstractTableModel(parent), m_maxEvents(std::max(1, maxEvents)), m_batch(new QTimer(this))
{
    m_batch->setSingleShot(true);
    m_batch->setInterval(100);
    connect(m_batch, &QTimer::timeout, this, &EventLogModel::flush);
}

QString EventLogModel::hostText(const ServerEvent &e)
{
    if (!e.mac.isNull() && !e.host.isNull())
        return tr("%1 (%2)").arg(e.mac.toString(), e.host.toString());
    return !e.mac.isNull() ? e.mac.toString() : e.host.isNull() ? QString() : e.host.toString();
}

void EventLogModel::append(ServerEvent event)
{
    m_pending.append(std::move(event));
    // Beyond the bound, the oldest pending ones would be dropped at once anyway.
    if (m_pending.size() > m_maxEvents)
        m_pending.remove(0, m_pending.size() - m_maxEvents);
    if (!m_batch->isActive())
        m_batch->start();
}

void EventLogModel::flush()
{
    m_batch->stop();
    if (m_pending.isEmpty())
        return;
    const qsizetype overflow = qsizetype(m_events.size()) + m_pending.size() - m_maxEvents;
    if (overflow > 0) {
        const int drop = int(std::min<qsizetype>(overflow, qsizetype(m_events.size())));
        beginRemoveRows({}, 0, drop - 1);
        m_events.erase(m_events.begin(), m_events.begin() + drop);
        endRemoveRows();
    }
    const int first = int(m_events.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    for (ServerEvent &e : m_pending)
        m_events.push_back(std::move(e));
    endInsertRows();
    m_pending.clear();
}

void EventLogModel::clear()
{
    m_pending.clear();
    m_batch->stop();
    beginResetModel();
    m_events.clear();
    endResetModel();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServerEvent &e = m_events[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return QLocale().toString(e.time.toLocalTime().time(), u"HH:mm:ss.zzz");
        case Host: return hostText(e);
        case Server: return e.server;
        case Message: return e.message;
        }
        return {};
    case RawRole:
        switch (index.column()) {
        case Time: return e.time;
        case Host: return e.mac.isNull() ? e.host.toString() : e.mac.toString();
        case Server: return e.server;
        case Message: return e.message;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return QLocale().toString(e.time.toLocalTime(), QLocale::LongFormat);
        if (index.column() == Message)
            return e.message;
        return {};
    case Qt::ForegroundRole:
        return e.problem ? QVariant(QBrush(QColor(0xc0, 0x1c, 0x28))) : QVariant();
    default: return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Host: return tr("Host");
    case Server: return tr("Server");
    case Message: return tr("Event");
    }
    return {};
}

} // namespace Crashcart::App
