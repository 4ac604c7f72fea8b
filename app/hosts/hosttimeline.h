// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/macaddress.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace Crashcart::Inventory {
class Database;
}

namespace Crashcart::App {

// One host from its first DHCP answer to the end of its install: every event in order (time,
// source, event, details), the hardware report its latest install posted as a table, and the
// log tail a failed install sent. Read from the inventory when a host is shown or refreshed.
class HostTimeline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostTimeline)

public:
    explicit HostTimeline(Inventory::Database &db, QWidget *parent = nullptr);

    // Shows |mac| (null: nothing selected, or several hosts).
    void showHost(const MacAddress &mac);
    // Reads the shown host again if it is one of |macs|.
    void refresh(const QList<MacAddress> &macs);
    MacAddress host() const { return m_mac; }

    QTreeWidget *events() const { return m_events; }
    QTreeWidget *report() const { return m_report; }
    QPlainTextEdit *log() const { return m_log; }
    QLabel *heading() const { return m_heading; }

private:
    void load();
    void loadEvents();
    void loadInstall();

    Inventory::Database &m_db;
    MacAddress m_mac;
    QLabel *m_heading = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_events = nullptr;
    QTreeWidget *m_report = nullptr;
    QPlainTextEdit *m_log = nullptr;
};

} // namespace Crashcart::App
