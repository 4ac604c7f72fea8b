// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "netboot/serviceconfig.h"

#include <QObject>

class QHostAddress;

namespace Crashcart {
class MacAddress;
class Workspace;
}
namespace Crashcart::Netboot {
class NetbootService;
}

namespace Crashcart::App {

class EventLogModel;
class ServerConfigForm;
class TransferModel;

// Turns the netboot service's signals into the event log's lines (one sentence per exchange,
// problems marked) and the transfer table's rows.
class ServerEventFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerEventFeed)

public:
    // |form| says where the servers listen (it is locked while they run).
    ServerEventFeed(const Netboot::NetbootService &service, const ServerConfigForm &form, const Workspace &workspace,
                    EventLogModel &log, TransferModel &transfers, QObject *parent = nullptr);

private:
    void connectStates(const Netboot::NetbootService &service);
    void connectTftp(const Netboot::NetbootService &service);
    void connectHttpAndDhcp(const Netboot::NetbootService &service);
    void listening(Netboot::ServerKind server, quint16 port);
    void dhcpListening(quint16 dhcpPort, quint16 pxePort, const QHostAddress &boot);
    void transferFinished(quint64 id, bool ok, const QString &message, qint64 bytes, qint64 elapsedMs);
    void add(Netboot::ServerKind server, const QHostAddress &host, const MacAddress &mac, const QString &message,
             bool problem = false);

    const ServerConfigForm &m_form;
    const Workspace &m_workspace;
    EventLogModel &m_log;
    TransferModel &m_transfers;
};

} // namespace Crashcart::App
