// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "netboot/serviceconfig.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace Crashcart {
class AppSettings;
}

namespace Crashcart::App {

// Where and how the servers listen: the interface (with its addresses), the listen address,
// the ports (syslog's for UDP and TCP), the DHCP mode and what UEFI clients boot. Kept in the settings.
class ServerConfigForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerConfigForm)

public:
    explicit ServerConfigForm(AppSettings &settings, QWidget *parent = nullptr);

    // The configuration as entered, or why it cannot be used (a listen address that is not one).
    // The full-DHCP pool is filled in as entered, unchecked: see poolCheck().
    Result<Netboot::ServiceConfig> config() const;
    // Full DHCP's pool as entered, checked against the chosen interface; an error says what
    // to fix. Only meaningful in full mode.
    Result<Netboot::Dhcp::PoolConfig> poolCheck() const;
    Netboot::DhcpMode dhcpMode() const;
    void save();
    // Fields of a server that is not stopped cannot change under it.
    void setServerBusy(Netboot::ServerKind server, bool busy);
    void refreshInterfaces();

    QComboBox *interfaceBox() const { return m_interface; }
    QComboBox *listenBox() const { return m_listen; }
    QSpinBox *portBox(Netboot::ServerKind server) const;
    QComboBox *dhcpModeBox() const { return m_dhcpMode; }
    QSpinBox *pxePortBox() const { return m_pxePort; }
    QLineEdit *poolFirstEdit() const { return m_poolFirst; }
    QLineEdit *poolLastEdit() const { return m_poolLast; }
    QLineEdit *routerEdit() const { return m_router; }
    QLineEdit *dnsEdit() const { return m_dns; }
    QLabel *poolErrorLabel() const { return m_poolError; }

Q_SIGNALS:
    void dhcpModeChanged(Netboot::DhcpMode mode);

private:
    void makeFields();
    void layOut();
    void restore();
    void connectFields();
    void updateDhcpFields();
    void updatePoolError();
    Netboot::Dhcp::PoolConfig enteredPool() const;
    void fillListenAddresses();
    void addFullFields(QGridLayout *grid, int row);

    AppSettings &m_settings;
    QComboBox *m_interface = nullptr;
    QToolButton *m_refresh = nullptr;
    QComboBox *m_listen = nullptr;
    QSpinBox *m_tftpPort = nullptr;
    QSpinBox *m_httpPort = nullptr;
    QComboBox *m_dhcpMode = nullptr;
    QSpinBox *m_dhcpPort = nullptr;
    QSpinBox *m_pxePort = nullptr;
    QSpinBox *m_syslogPort = nullptr;
    QComboBox *m_uefi = nullptr;
    QLabel *m_fullWarning = nullptr;
    QList<QWidget *> m_fullFields;
    QLineEdit *m_poolFirst = nullptr;
    QLineEdit *m_poolLast = nullptr;
    QLineEdit *m_router = nullptr;
    QLineEdit *m_dns = nullptr;
    QLabel *m_poolError = nullptr;
    bool m_busy[Netboot::ServerKindCount] = {};
};

} // namespace Crashcart::App
