// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>

#include <optional>

class QTimer;
class QUdpSocket;

namespace Crashcart::Netboot {

// An answer to the probe's DISCOVER: a DHCP server (it offers an address) or a proxyDHCP /
// PXE server (it offers boot information and no address), or both.
struct DhcpOffer
{
    QHostAddress from;       // the datagram's sender
    QHostAddress server;     // option 54, else the sender
    QHostAddress offered;    // yiaddr; null when none (proxyDHCP)
    QHostAddress nextServer; // siaddr; null when none
    QByteArray bootFile;     // the file field or option 67
    bool pxe = false;        // it answers PXE clients: names a boot file or says "PXEClient"
};

// A DHCPDISCOVER as PXE firmware sends it (vendor class PXEClient, x86-64 UEFI), with the
// broadcast flag so that answers come back to a machine that has no offered address.
QByteArray makeProbeDiscover(quint32 xid, const QByteArray &mac);
// The OFFER (or ACK) to our |xid|, or nothing for anything else.
std::optional<DhcpOffer> parseProbeReply(QByteArrayView datagram, quint32 xid, const QHostAddress &from);

// Asks the segment who answers PXE clients: sends a DISCOVER from port 68 and collects the
// offers for a bounded time. Binding port 68 needs privilege (and dhclient may hold it);
// when the probe cannot run it says why instead of reporting an empty segment.
class DhcpProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DhcpProbe)

public:
    struct Options
    {
        QString interface;                         // empty: wherever the broadcast is routed
        // A server's first offer to a new client can take seconds: dnsmasq pings the address
        // for 3 s before offering it (ISC dhcpd for 1 s), and a probe that stops sooner says
        // "no DHCP server" on a network that has one.
        int timeoutMs = 6000;
        quint16 clientPort = 68;
        quint16 serverPort = 67;
        QHostAddress target = QHostAddress::Broadcast;
    };

    explicit DhcpProbe(QObject *parent = nullptr);
    ~DhcpProbe() override;

    void start(const Options &options);
    bool isRunning() const { return m_socket != nullptr; }

Q_SIGNALS:
    // |checked| false: the probe could not run, and |reason| says why.
    void finished(bool checked, const QString &reason, const QList<Crashcart::Netboot::DhcpOffer> &offers);

private:
    void send();
    void read();
    void finish(bool checked, const QString &reason);

    Options m_options;
    QUdpSocket *m_socket = nullptr;
    QTimer *m_resend = nullptr;
    QTimer *m_deadline = nullptr;
    QByteArray m_discover;
    quint32 m_xid = 0;
    int m_sent = 0;
    QList<DhcpOffer> m_offers;
};

} // namespace Crashcart::Netboot
