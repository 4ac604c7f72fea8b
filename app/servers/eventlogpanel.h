// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Crashcart::App {

class EventFilterProxy;
class EventLogModel;

// The event log of every exchange: filtered by words and by server, a double-click on a row
// shows only its host's events, and the view follows new events while scrolled to the bottom.
class EventLogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogPanel)

public:
    explicit EventLogPanel(QWidget *parent = nullptr);

    void clear();

    EventLogModel *log() const { return m_log; }
    EventFilterProxy *logFilter() const { return m_logFilter; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *serverFilterBox() const { return m_serverFilter; }
    QLabel *countLabel() const { return m_count; }
    QTableView *table() const { return m_table; }

private:
    void makeWidgets();
    void layOut();
    void connectFilters();
    void followNewEvents();
    void showOnlyHostOf(const QModelIndex &index);
    void updateCount();

    EventLogModel *m_log = nullptr;
    EventFilterProxy *m_logFilter = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_serverFilter = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace Crashcart::App
