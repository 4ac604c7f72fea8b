// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proxyresponder.h"

#include "common/result.h"

#include <QHostAddress>
#include <QObject>

class QUdpSocket;

namespace Crashcart::Netboot::Dhcp {

struct ServerConfig
{
    QHostAddress listen = QHostAddress::AnyIPv4;
    quint16 dhcpPort = 67;
    quint16 pxePort = 4011;
    quint16 clientPort = 68;
    QString interface;        // answer only on this interface (SO_BINDTODEVICE); empty: any
    QHostAddress advertised;  // the boot server address clients are told (next-server)
};

// The proxyDHCP socket layer: port 67 for DISCOVERs (alongside the site's DHCP server,
// which still hands out the addresses) and port 4011 for the PXE REQUEST that UEFI firmware
// sends next. Replies go where the client can hear them: to the relay (giaddr), to its
// address when it has one, else broadcast.
class Server final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Server)

public:
    Server(ProxyResponder::Decide decide, ServerConfig config, QObject *parent = nullptr);
    ~Server() override;

    Result<void> start();
    void stop();
    quint16 dhcpPort() const;
    quint16 pxePort() const;

Q_SIGNALS:
    void answered(const Crashcart::MacAddress &mac, int architecture, const QByteArray &file, bool pxePort);
    void ignored(const QHostAddress &from, const QString &reason);

private:
    void read(QUdpSocket *socket, ProxyResponder::Port port);
    Result<QUdpSocket *> bindSocket(quint16 port, const char *option);

    ProxyResponder m_responder;
    ServerConfig m_config;
    QUdpSocket *m_dhcp = nullptr;
    QUdpSocket *m_pxe = nullptr;
};

} // namespace Crashcart::Netboot::Dhcp
