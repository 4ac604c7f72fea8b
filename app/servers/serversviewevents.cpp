// SPDX-License-Identifier: GPL-3.0-or-later
// The service's events, as the transfer table and the event log show them.
#include "serversview.h"

#include "eventlogmodel.h"
#include "serverconfigform.h"
#include "transfermodel.h"

#include "common/workspace.h"
#include "netboot/netbootservice.h"

#include <QLocale>

namespace Crashcart::App {

using namespace Crashcart::Netboot;

namespace {

QString architectureName(int architecture)
{
    switch (architecture) {
    case 0: return ServersView::tr("BIOS");
    case 6: return ServersView::tr("UEFI x86");
    case 7:
    case 9: return ServersView::tr("UEFI x86-64");
    case 11: return ServersView::tr("UEFI ARM64");
    case 16: return ServersView::tr("UEFI x86-64 HTTP boot");
    case 19: return ServersView::tr("UEFI ARM64 HTTP boot");
    case -1: return ServersView::tr("unknown firmware");
    default: return ServersView::tr("architecture %1").arg(architecture);
    }
}

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', 1);
}

} // namespace

void ServersView::addEvent(ServerKind server, const QHostAddress &host, const MacAddress &mac, const QString &message, bool problem)
{
    m_log->append({ QDateTime::currentDateTime(), host, mac, serverName(server), message, problem });
}

void ServersView::connectService()
{
    connect(&m_service, &NetbootService::started, this, [this](ServerKind server, quint16 port) {
        const auto config = m_form->config();
        const QString where = config ? config->listen.toString() : QString();
        if (server == ServerKind::Tftp)
            addEvent(server, {}, {}, tr("Listening on %1 port %2, serving %3").arg(where).arg(port).arg(m_workspace.tftpRoot()));
        else if (server == ServerKind::Http)
            addEvent(server, {}, {}, tr("Listening on %1 port %2, serving %3").arg(where).arg(port).arg(m_workspace.httpRoot()));
        updateServer(server);
        Q_EMIT statusMessage(tr("%1 server started").arg(serverName(server)));
    });
    connect(&m_service, &NetbootService::dhcpListening, this, [this](quint16 dhcpPort, quint16 pxePort, const QHostAddress &boot) {
        const auto config = m_form->config(); // the form is locked while DHCP runs
        if (config && config->dhcpMode == DhcpMode::Full) {
            addEvent(ServerKind::Dhcp, {}, {},
                     tr("Full DHCP on ports %1 and %2 hands out %3 – %4 on %5; machines are told to boot from %6")
                         .arg(dhcpPort)
                         .arg(pxePort)
                         .arg(config->pool.first.toString(), config->pool.last.toString(), config->interface, boot.toString()));
        } else {
            addEvent(ServerKind::Dhcp, {}, {},
                     tr("proxyDHCP on ports %1 and %2; machines are told to boot from %3").arg(dhcpPort).arg(pxePort).arg(boot.toString()));
        }
    });
    connect(&m_service, &NetbootService::dhcpLeased, this, [this](const MacAddress &mac, const QHostAddress &address, bool ack) {
        addEvent(ServerKind::Dhcp, address, mac,
                 ack ? tr("Leased %1").arg(address.toString()) : tr("Offered the address %1").arg(address.toString()));
    });
    connect(&m_service, &NetbootService::warning, this, [this](ServerKind server, const QString &message) {
        addEvent(server, {}, {}, message, true);
    });
    connect(&m_service, &NetbootService::failed, this, [this](ServerKind server, const QString &message) {
        m_lastError[size_t(server)] = message;
        addEvent(server, {}, {}, message, true);
        updateServer(server);
        Q_EMIT statusMessage(tr("%1 server could not start").arg(serverName(server)));
    });
    connect(&m_service, &NetbootService::stopped, this, [this](ServerKind server) {
        addEvent(server, {}, {}, tr("Stopped"));
        updateServer(server);
    });

    connect(&m_service, &NetbootService::transferStarted, this, [this](const Tftp::TransferInfo &info, const MacAddress &mac) {
        m_transfers->start(info, mac);
        addEvent(ServerKind::Tftp, info.client, mac,
                 tr("Sending %1 (%2, block size %3, window %4)")
                     .arg(info.file, QLocale().formattedDataSize(info.size))
                     .arg(info.blockSize)
                     .arg(info.windowSize));
    });
    connect(&m_service, &NetbootService::transferProgress, m_transfers, &TransferModel::progress);
    connect(&m_service, &NetbootService::transferFinished, this,
            [this](quint64 id, bool ok, const QString &message, qint64 bytes, qint64 elapsedMs) {
                const TransferModel::Transfer *t = m_transfers->transfer(id);
                const QString file = t ? t->file : QString();
                const QHostAddress client = t ? t->client : QHostAddress();
                const MacAddress mac = t ? t->mac : MacAddress();
                m_transfers->finish(id, ok, message, bytes, elapsedMs);
                if (ok) {
                    const double rate = elapsedMs > 0 ? double(bytes) * 1000.0 / double(elapsedMs) : 0;
                    addEvent(ServerKind::Tftp, client, mac,
                             tr("Sent %1: %2 in %3 s (%4)")
                                 .arg(file, QLocale().formattedDataSize(bytes), seconds(elapsedMs), TransferModel::formatRate(rate)));
                } else {
                    addEvent(ServerKind::Tftp, client, mac,
                             tr("Sending %1 failed after %2: %3").arg(file, QLocale().formattedDataSize(bytes), message), true);
                }
            });
    connect(&m_service, &NetbootService::requestRefused, this,
            [this](const QHostAddress &client, const MacAddress &mac, const QString &file, const QString &reason) {
                addEvent(ServerKind::Tftp, client, mac,
                         file.isEmpty() ? tr("Refused a request: %1").arg(reason) : tr("Refused “%1”: %2").arg(file, reason), true);
            });
    connect(&m_service, &NetbootService::httpAccessed, this, [this](const Http::Access &a) {
        addEvent(ServerKind::Http, a.client, a.mac,
                 tr("%1 %2 → %3 (%4)")
                     .arg(QString::fromLatin1(a.method), a.path)
                     .arg(a.status)
                     .arg(QLocale().formattedDataSize(a.bytes)),
                 a.status >= 400);
    });
    connect(&m_service, &NetbootService::dhcpAnswered, this,
            [this](const MacAddress &mac, int architecture, const QByteArray &file, bool pxePort) {
                const QString boot = QString::fromLatin1(file);
                addEvent(ServerKind::Dhcp, {}, mac,
                         pxePort ? tr("Answered on the PXE port: boot %1 (%2)").arg(boot, architectureName(architecture))
                                 : tr("Offered boot file %1 (%2)").arg(boot, architectureName(architecture)));
            });
    connect(&m_service, &NetbootService::dhcpIgnored, this, [this](const QHostAddress &from, const QString &reason) {
        addEvent(ServerKind::Dhcp, from, {}, tr("Ignored a packet: %1").arg(reason));
    });
}

} // namespace Crashcart::App
