// SPDX-License-Identifier: GPL-3.0-or-later
#include "servereventfeed.h"

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
    case 0: return ServerEventFeed::tr("BIOS");
    case 6: return ServerEventFeed::tr("UEFI x86");
    case 7:
    case 9: return ServerEventFeed::tr("UEFI x86-64");
    case 11: return ServerEventFeed::tr("UEFI ARM64");
    case 16: return ServerEventFeed::tr("UEFI x86-64 HTTP boot");
    case 19: return ServerEventFeed::tr("UEFI ARM64 HTTP boot");
    case -1: return ServerEventFeed::tr("unknown firmware");
    default: return ServerEventFeed::tr("architecture %1").arg(architecture);
    }
}

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', 1);
}

} // namespace

ServerEventFeed::ServerEventFeed(const NetbootService &service, const ServerConfigForm &form, const Workspace &workspace,
                                 EventLogModel &log, TransferModel &transfers, QObject *parent)
    : QObject(parent), m_form(form), m_workspace(workspace), m_log(log), m_transfers(transfers)
{
    connectStates(service);
    connectTftp(service);
    connectHttpAndDhcp(service);
}

void ServerEventFeed::add(ServerKind server, const QHostAddress &host, const MacAddress &mac, const QString &message, bool problem)
{
    m_log.append({ QDateTime::currentDateTime(), host, mac, serverName(server), message, problem });
}

void ServerEventFeed::connectStates(const NetbootService &service)
{
    connect(&service, &NetbootService::started, this, &ServerEventFeed::listening);
    connect(&service, &NetbootService::dhcpListening, this, &ServerEventFeed::dhcpListening);
    connect(&service, &NetbootService::warning, this, [this](ServerKind server, const QString &message) {
        add(server, {}, {}, message, true);
    });
    connect(&service, &NetbootService::failed, this, [this](ServerKind server, const QString &message) {
        add(server, {}, {}, message, true);
    });
    connect(&service, &NetbootService::stopped, this, [this](ServerKind server) { add(server, {}, {}, tr("Stopped")); });
}

void ServerEventFeed::listening(ServerKind server, quint16 port)
{
    const auto config = m_form.config();
    const QString where = config ? config->listen.toString() : QString();
    if (server == ServerKind::Tftp)
        add(server, {}, {}, tr("Listening on %1 port %2, serving %3").arg(where).arg(port).arg(m_workspace.tftpRoot()));
    else if (server == ServerKind::Http)
        add(server, {}, {}, tr("Listening on %1 port %2, serving %3").arg(where).arg(port).arg(m_workspace.httpRoot()));
    else if (server == ServerKind::Syslog)
        add(server, {}, {}, tr("Listening on %1 port %2 (UDP and TCP)").arg(where).arg(port));
}

void ServerEventFeed::dhcpListening(quint16 dhcpPort, quint16 pxePort, const QHostAddress &boot)
{
    const auto config = m_form.config(); // the form is locked while DHCP runs
    if (config && config->dhcpMode == DhcpMode::Full) {
        add(ServerKind::Dhcp, {}, {},
            tr("Full DHCP on ports %1 and %2 hands out %3 – %4 on %5; machines are told to boot from %6")
                .arg(dhcpPort)
                .arg(pxePort)
                .arg(config->pool.first.toString(), config->pool.last.toString(), config->interface, boot.toString()));
    } else {
        add(ServerKind::Dhcp, {}, {},
            tr("proxyDHCP on ports %1 and %2; machines are told to boot from %3").arg(dhcpPort).arg(pxePort).arg(boot.toString()));
    }
}

void ServerEventFeed::connectTftp(const NetbootService &service)
{
    connect(&service, &NetbootService::transferStarted, this, [this](const Tftp::TransferInfo &info, const MacAddress &mac) {
        m_transfers.start(info, mac);
        add(ServerKind::Tftp, info.client, mac,
            tr("Sending %1 (%2, block size %3, window %4)")
                .arg(info.file, QLocale().formattedDataSize(info.size))
                .arg(info.blockSize)
                .arg(info.windowSize));
    });
    connect(&service, &NetbootService::transferProgress, &m_transfers, &TransferModel::progress);
    connect(&service, &NetbootService::transferFinished, this, &ServerEventFeed::transferFinished);
    connect(&service, &NetbootService::requestRefused, this,
            [this](const QHostAddress &client, const MacAddress &mac, const QString &file, const QString &reason) {
                add(ServerKind::Tftp, client, mac,
                    file.isEmpty() ? tr("Refused a request: %1").arg(reason) : tr("Refused “%1”: %2").arg(file, reason), true);
            });
}

void ServerEventFeed::transferFinished(quint64 id, bool ok, const QString &message, qint64 bytes, qint64 elapsedMs)
{
    const TransferModel::Transfer *t = m_transfers.transfer(id);
    const QString file = t ? t->file : QString();
    const QHostAddress client = t ? t->client : QHostAddress();
    const MacAddress mac = t ? t->mac : MacAddress();
    m_transfers.finish(id, ok, message, bytes, elapsedMs);
    if (ok) {
        const double rate = elapsedMs > 0 ? double(bytes) * 1000.0 / double(elapsedMs) : 0;
        add(ServerKind::Tftp, client, mac,
            tr("Sent %1: %2 in %3 s (%4)")
                .arg(file, QLocale().formattedDataSize(bytes), seconds(elapsedMs), TransferModel::formatRate(rate)));
    } else {
        add(ServerKind::Tftp, client, mac,
            tr("Sending %1 failed after %2: %3").arg(file, QLocale().formattedDataSize(bytes), message), true);
    }
}

void ServerEventFeed::connectHttpAndDhcp(const NetbootService &service)
{
    connect(&service, &NetbootService::httpAccessed, this, [this](const Http::Access &a) {
        add(ServerKind::Http, a.client, a.mac,
            tr("%1 %2 → %3 (%4)")
                .arg(QString::fromLatin1(a.method), a.path)
                .arg(a.status)
                .arg(QLocale().formattedDataSize(a.bytes)),
            a.status >= 400);
    });
    connect(&service, &NetbootService::dhcpAnswered, this,
            [this](const MacAddress &mac, int architecture, const QByteArray &file, bool pxePort) {
                const QString boot = QString::fromLatin1(file);
                add(ServerKind::Dhcp, {}, mac,
                    pxePort ? tr("Answered on the PXE port: boot %1 (%2)").arg(boot, architectureName(architecture))
                            : tr("Offered boot file %1 (%2)").arg(boot, architectureName(architecture)));
            });
    connect(&service, &NetbootService::dhcpIgnored, this, [this](const QHostAddress &from, const QString &reason) {
        add(ServerKind::Dhcp, from, {}, tr("Ignored a packet: %1").arg(reason));
    });
    connect(&service, &NetbootService::syslogReceived, this,
            [this](const QHostAddress &from, const MacAddress &mac, const Syslog::Message &m) {
                // err and worse stand out as problems; the text is the sender's, shown as it came.
                add(ServerKind::Syslog, from, mac,
                    tr("%1 %2: %3").arg(m.severityName(), m.app.isEmpty() ? QStringLiteral("-") : m.app, m.text), m.severity <= 3);
            });
    connect(&service, &NetbootService::syslogIgnored, this, [this](const QHostAddress &from, const QString &reason) {
        add(ServerKind::Syslog, from, {}, tr("Ignored a message: %1").arg(reason));
    });
    connect(&service, &NetbootService::dhcpLeased, this, [this](const MacAddress &mac, const QHostAddress &address, bool ack) {
        add(ServerKind::Dhcp, address, mac,
            ack ? tr("Leased %1").arg(address.toString()) : tr("Offered the address %1").arg(address.toString()));
    });
}

} // namespace Crashcart::App
