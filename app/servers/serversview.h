// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../view.h"

#include "common/macaddress.h"
#include "netboot/preflight.h"
#include "netboot/serviceconfig.h"

#include <array>

class QComboBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QVBoxLayout;
class QPushButton;
class QSplitter;
class QTableView;

namespace Crashcart {
class AppSettings;
class Workspace;
}
namespace Crashcart::Netboot {
class NetbootService;
class Preflight;
}

namespace Crashcart::App {

class EventFilterProxy;
class EventLogModel;
class ServerConfigForm;
class TransferModel;
struct ServerEvent;

// The netboot servers: where they listen, starting and stopping each, the pre-flight check,
// the live TFTP transfers and the event log of every exchange, filterable by host.
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
    TransferModel *transfers() const { return m_transfers; }
    EventLogModel *log() const { return m_log; }
    EventFilterProxy *logFilter() const { return m_logFilter; }
    QPushButton *toggleButton(Netboot::ServerKind server) const { return m_servers[size_t(server)].toggle; }
    // The findings of the last check as shown: the finding, a line break, the advice.
    QStringList findingTexts() const { return m_findingTexts; }
    QLineEdit *filterEdit() const { return m_filter; }

    void startServer(Netboot::ServerKind server);
    void runCheck();

private:
    struct ServerRow
    {
        QLabel *indicator = nullptr;
        QLabel *status = nullptr;
        QPushButton *toggle = nullptr;
    };

    QWidget *makeServersBox();
    QWidget *makeCheckBox();
    QWidget *makeTransfersBox();
    QWidget *makeLogBox();
    void connectService();
    void toggle(Netboot::ServerKind server);
    void startAll();
    bool dhcpOffNow() const;
    void updateServer(Netboot::ServerKind server);
    void showFindings(const QList<Netboot::Finding> &findings);
    void addEvent(Netboot::ServerKind server, const QHostAddress &host, const MacAddress &mac, const QString &message,
                  bool problem = false);
    void updateLogCount();

    Netboot::NetbootService &m_service;
    const Workspace &m_workspace;
    AppSettings &m_settings;
    ServerConfigForm *m_form = nullptr;
    std::array<ServerRow, Netboot::ServerKindCount> m_servers;
    std::array<QString, Netboot::ServerKindCount> m_lastError;
    QLabel *m_serverError = nullptr;
    Netboot::Preflight *m_preflight = nullptr;
    QPushButton *m_checkButton = nullptr;
    QLabel *m_checkStatus = nullptr;
    QScrollArea *m_findings = nullptr;
    QVBoxLayout *m_findingRows = nullptr;
    QStringList m_findingTexts;
    TransferModel *m_transfers = nullptr;
    QTableView *m_transferTable = nullptr;
    EventLogModel *m_log = nullptr;
    EventFilterProxy *m_logFilter = nullptr;
    QTableView *m_logTable = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_serverFilter = nullptr;
    QLabel *m_logCount = nullptr;
    QSplitter *m_splitter = nullptr;
    QAction *m_startAllAction = nullptr;
    QAction *m_stopAllAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_clearLogAction = nullptr;
};

} // namespace Crashcart::App
