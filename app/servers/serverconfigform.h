// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "netboot/serviceconfig.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace Crashcart {
class AppSettings;
}

namespace Crashcart::App {

// Where and how the servers listen: the interface (with its addresses), the listen address,
// the ports, the DHCP mode and what UEFI clients boot. Kept in the settings.
class ServerConfigForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerConfigForm)

public:
    explicit ServerConfigForm(AppSettings &settings, QWidget *parent = nullptr);

    // The configuration as entered, or why it cannot be used (a listen address that is not one).
    Result<Netboot::ServiceConfig> config() const;
    Netboot::DhcpMode dhcpMode() const;
    void save();
    // Fields of a server that is not stopped cannot change under it.
    void setServerBusy(Netboot::ServerKind server, bool busy);
    void refreshInterfaces();

    QComboBox *interfaceBox() const { return m_interface; }
    QComboBox *listenBox() const { return m_listen; }
    QSpinBox *portBox(Netboot::ServerKind server) const;
    QComboBox *dhcpModeBox() const { return m_dhcpMode; }

Q_SIGNALS:
    void dhcpModeChanged(Netboot::DhcpMode mode);

private:
    void updateDhcpFields();
    void fillListenAddresses();

    AppSettings &m_settings;
    QComboBox *m_interface = nullptr;
    QComboBox *m_listen = nullptr;
    QSpinBox *m_tftpPort = nullptr;
    QSpinBox *m_httpPort = nullptr;
    QComboBox *m_dhcpMode = nullptr;
    QSpinBox *m_dhcpPort = nullptr;
    QSpinBox *m_pxePort = nullptr;
    QComboBox *m_uefi = nullptr;
    QLabel *m_fullWarning = nullptr;
    bool m_busy[Netboot::ServerKindCount] = {};
};

} // namespace Crashcart::App
