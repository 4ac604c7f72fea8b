// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "netboot/netbootservice.h"
#include "netboot/serviceconfig.h"

#include <QColor>
#include <QWidget>

#include <array>

class QLabel;
class QPushButton;

namespace Crashcart {
class Workspace;
}

namespace Crashcart::App {

class ServerConfigForm;

// One row per server: a coloured dot, its name, its state (where it listens) and a button that
// starts or stops it with the form's configuration. Why a server could not start reads below
// the rows; the form's fields of a server that runs are locked.
class ServerControls final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerControls)

public:
    ServerControls(Netboot::NetbootService &service, ServerConfigForm &form, const Workspace &workspace,
                   QWidget *parent = nullptr);

    void start(Netboot::ServerKind server);
    void toggle(Netboot::ServerKind server);
    // Every stopped boot server, DHCP only when a mode is chosen; syslog only by its own button.
    void startAll();
    // Shows |server| as the service has it now.
    void refresh(Netboot::ServerKind server);
    bool canStartAny() const;
    bool anyRunning() const;

    QPushButton *toggleButton(Netboot::ServerKind server) const { return m_rows[size_t(server)].toggle; }
    QLabel *statusLabel(Netboot::ServerKind server) const { return m_rows[size_t(server)].status; }
    QLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    // A server's state changed: canStartAny() and anyRunning() may say otherwise now.
    void availabilityChanged();

private:
    struct Row
    {
        QLabel *indicator = nullptr;
        QLabel *status = nullptr;
        QPushButton *toggle = nullptr;
    };
    struct Look
    {
        QColor color;
        QString status;
    };

    void makeRows();
    void connectService();
    bool startable(Netboot::ServerKind server, Netboot::NetbootService::State state) const;
    static bool inStartAll(Netboot::ServerKind server);
    Look lookOf(Netboot::ServerKind server, Netboot::NetbootService::State state) const;
    void showErrors();

    Netboot::NetbootService &m_service;
    ServerConfigForm &m_form;
    const Workspace &m_workspace;
    std::array<Row, Netboot::ServerKindCount> m_rows;
    std::array<QString, Netboot::ServerKindCount> m_lastError;
    QLabel *m_error = nullptr;
};

} // namespace Crashcart::App
