// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../view.h"

class QSplitter;

namespace Crashcart {
class AppSettings;
class Workspace;
}
namespace Crashcart::Netboot {
class NetbootService;
}

namespace Crashcart::App {

class EventLogPanel;
class PreflightPanel;
class ServerConfigForm;
class ServerControls;
class TransferTable;

// The netboot servers: where they listen, starting and stopping each, the pre-flight check,
// the live TFTP transfers and the event log of every exchange, filterable by host. Assembles
// the parts and gives them the menu's actions.
class ServersView final : public View
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServersView)

public:
    ServersView(Netboot::NetbootService &service, const Workspace &workspace, AppSettings &settings,
                QWidget *parent = nullptr);
    ~ServersView() override;

    QString title() const override;
    QString menuTitle() const override;
    QList<QAction *> menuActions() const override;
    QList<QAction *> toolBarActions() const override;
    void saveState() override;
    bool maybeClose() override;

    ServerConfigForm *form() const { return m_form; }
    ServerControls *controls() const { return m_controls; }
    PreflightPanel *preflight() const { return m_preflight; }
    TransferTable *transferTable() const { return m_transfers; }
    EventLogPanel *eventLog() const { return m_eventLog; }

private:
    void layOut();
    void makeActions();
    void connectParts();
    void updateActions();

    Netboot::NetbootService &m_service;
    AppSettings &m_settings;
    ServerConfigForm *m_form = nullptr;
    ServerControls *m_controls = nullptr;
    PreflightPanel *m_preflight = nullptr;
    TransferTable *m_transfers = nullptr;
    EventLogPanel *m_eventLog = nullptr;
    QSplitter *m_splitter = nullptr;
    QAction *m_startAllAction = nullptr;
    QAction *m_stopAllAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_clearLogAction = nullptr;
};

} // namespace Crashcart::App
