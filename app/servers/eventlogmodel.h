// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/macaddress.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHostAddress>

#include <deque>

class QTimer;

namespace Crashcart::App {

struct ServerEvent
{
    QDateTime time;
    QHostAddress host; // null: about a server, not a host
    MacAddress mac;
    QString server;    // "TFTP", "HTTP", "DHCP"
    QString message;
    bool problem = false;
};

// The servers' event log, newest last, holding the last maxEvents. Events arrive in bursts (a
// busy HTTP server logs thousands a second): they are added to the table in batches, at most
// every 100 ms, in one insertion.
class EventLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)

public:
    enum Column { Time, Host, Server, Message, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1 };

    explicit EventLogModel(int maxEvents = 10000, QObject *parent = nullptr);

    void append(ServerEvent event);
    // Adds what append() queued now (the batch timer calls it).
    void flush();
    void clear();

    int maxEvents() const { return m_maxEvents; }
    const ServerEvent &event(int row) const { return m_events[size_t(row)]; }
    static QString hostText(const ServerEvent &event);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int m_maxEvents;
    std::deque<ServerEvent> m_events;
    QList<ServerEvent> m_pending;
    QTimer *m_batch = nullptr;
};

} // namespace Crashcart::App
