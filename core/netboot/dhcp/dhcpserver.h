// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proxyresponder.h"

#include "common/result.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <memory>

class QUdpSocket;

namespace Crashcart::Netboot::Dhcp {

class FullResponder;

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

    // Full-DHCP mode (isolated networks only): port 67 hands out addresses through |full|,
    // which also gives PXE clients their boot answer. Set before start().
    void setFullResponder(std::shared_ptr<FullResponder> full) { m_full = std::move(full); }

    Result<void> start();
    void stop();
    quint16 dhcpPort() const;
    quint16 pxePort() const;

Q_SIGNALS:
    void answered(const Crashcart::MacAddress &mac, int architecture, const QByteArray &file, bool pxePort);
    void ignored(const QHostAddress &from, const QString &reason);
    // Full-DHCP mode: an address offered (ack false) or leased (ack true).
    void leased(const Crashcart::MacAddress &mac, const QHostAddress &address, bool ack);

private:
    void read(QUdpSocket *socket, ProxyResponder::Port port);
    Result<QUdpSocket *> bindSocket(quint16 port, const char *option);

    ProxyResponder m_responder;
    std::shared_ptr<FullResponder> m_full;
    QHash<QString, qint64> m_problemsSaid; // a problem's text -> when it was last said
    ServerConfig m_config;
    QUdpSocket *m_dhcp = nullptr;
    QUdpSocket *m_pxe = nullptr;
};

} // namespace Crashcart::Netboot::Dhcp
