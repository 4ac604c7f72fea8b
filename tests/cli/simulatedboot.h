// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Machines booting from a Crashcart server on loopback, as they see it: full DHCP, TFTP in
// lockstep, HTTP, and the progress callbacks the kickstart's %pre/%post post. What the server
// acknowledged (a DHCP ACK, a 200 to a callback) goes in a ledger, to be looked for after a crash.

#include "netboot/dhcptestclient.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>

#include <functional>

namespace SimulatedBoot {

using namespace Qt::StringLiterals;

struct Ports
{
    quint16 tftp = 0;
    quint16 http = 0;
    quint16 dhcp = 0;
};

// A progress event as cc_progress posts it (|id| makes a retry count once), or a hardware
// report as hwcheck posts it (no id: the same body again is the retry). |id| names either here.
struct Callback
{
    enum Kind { Progress, Report };
    QString mac;
    QString id;
    Kind kind = Progress;
    int round = 0;

    // What is posted. A report's size differs from round to round: its timeline line says "N bytes".
    QByteArray body() const
    {
        if (kind == Report)
            return QJsonDocument(QJsonObject { { u"report"_s, id }, { u"pad"_s, QString(8 * round, u'x') } })
                .toJson(QJsonDocument::Compact);
        return QJsonDocument(QJsonObject { { u"id"_s, id },
                                           { u"stage"_s, u"install"_s },
                                           { u"status"_s, u"running"_s },
                                           { u"message"_s, id },
                                           { u"percent"_s, int(qHash(id) % 100) } })
            .toJson(QJsonDocument::Compact);
    }
    // How it reads on the host's timeline, after the kind: install.progress names the id.
    QString line() const
    {
        if (kind == Report)
            return QString::number(body().size()) + u" bytes"_s;
        return u"install running %1% %2"_s.arg(qHash(id) % 100).arg(id);
    }
    // "MAC KIND LINE": an event of the timeline as the test finds it.
    QString event() const { return mac + (kind == Report ? u" install.report "_s : u" install.progress "_s) + line(); }
};

struct Ledger
{
    QHash<QString, QString> tokens;      // MAC -> install token, from its rendered kickstart
    QList<Callback> posted;              // every event ever posted, in order
    QSet<QString> acked;                 // ids answered 200 {"ok":true}
    QSet<QString> replayed;              // ... with "replay": the server had it already
    QHash<QString, QHostAddress> leases; // MAC -> the address a DHCP ACK gave it
    QHash<QString, qint64> leasedAt;     // MAC -> when (seconds since the epoch)
    int inFlight = 0;                    // posts not answered yet
    std::function<void()> afterAck;      // called on each 200, as it arrives
};

inline QString dashed(const QString &mac)
{
    return QString(mac).replace(u':', u'-');
}

// DISCOVER, then REQUEST what was offered. The address ACKed, or null; |offered| what the offer said.
inline QHostAddress lease(const QString &mac, quint16 port, QHostAddress *offered = nullptr)
{
    using Crashcart::Netboot::Dhcp::MessageType;
    QUdpSocket client;
    if (!client.bind(QHostAddress::LocalHost, 0))
        return {};
    const QByteArray hardware = QByteArray::fromHex(mac.toLatin1().replace(':', ""));
    // Each message is sent again after 2 s of silence, three times at most, as clients do.
    const auto exchange = [&](const Crashcart::Netboot::Dhcp::Packet &request) {
        std::optional<Crashcart::Netboot::Dhcp::Packet> reply;
        for (int i = 0; i < 3 && !reply; ++i)
            reply = DhcpTestClient::exchange(client, request, port);
        return reply;
    };
    const auto offer = exchange(DhcpTestClient::message(MessageType::Discover, hardware));
    if (!offer)
        return {};
    if (offered)
        *offered = offer->yiaddr;
    const auto ack = exchange(DhcpTestClient::message(MessageType::Request, hardware, offer->yiaddr, QHostAddress::LocalHost));
    if (!ack || ack->messageType() != MessageType::Ack)
        return {};
    return ack->yiaddr;
}

// Reads |file| over TFTP (octet, 512-byte blocks), one block at a time as PXE firmware does.
// With |stopAfter| > 0 it goes silent after that many blocks: the transfer stays open on the
// server, waiting for an ACK. The bytes read; -1 on an error or 5 s of silence.
inline qint64 tftpRead(quint16 port, const QString &file, int stopAfter = 0)
{
    QUdpSocket s;
    if (!s.bind(QHostAddress::LocalHost, 0))
        return -1;
    const QByteArray rrq = QByteArray("\0\1", 2) + file.toLatin1() + '\0' + "octet" + '\0';
    s.writeDatagram(rrq, QHostAddress::LocalHost, port);
    qint64 bytes = 0;
    quint16 expected = 1;
    for (int blocks = 0;;) {
        for (int i = 0; i < 250 && !s.hasPendingDatagrams(); ++i)
            QTest::qWait(20); // the event loop runs: posts in flight go on meanwhile
        if (!s.hasPendingDatagrams())
            return -1;
        const QNetworkDatagram d = s.receiveDatagram();
        const QByteArray p = d.data();
        if (p.size() < 4 || qFromBigEndian<quint16>(p.constData()) != 3)
            return -1;
        if (qFromBigEndian<quint16>(p.constData() + 2) != expected)
            continue; // a retransmission
        bytes += p.size() - 4;
        ++expected;
        if (stopAfter > 0 && ++blocks >= stopAfter)
            return bytes;
        s.writeDatagram(QByteArray("\0\4", 2) + p.mid(2, 2), d.senderAddress(), quint16(d.senderPort()));
        if (p.size() - 4 < 512)
            return bytes;
    }
}

inline void noProxy(QNetworkAccessManager &nam)
{
    nam.setProxy(QNetworkProxy::NoProxy); // tests talk to 127.0.0.1 only, whatever http_proxy says
}

// GET, waited for (10 s at most); the body, and the status in |status| (0: no answer).
inline QByteArray get(QNetworkAccessManager &nam, const QString &url, int *status = nullptr)
{
    QNetworkReply *r = nam.get(QNetworkRequest(QUrl(url)));
    for (int i = 0; i < 1000 && !r->isFinished(); ++i)
        QTest::qWait(10);
    const QByteArray body = r->isFinished() ? r->readAll() : QByteArray();
    if (status)
        *status = r->isFinished() ? r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    r->abort();
    r->deleteLater();
    return body;
}

// The install token in the host's rendered kickstart (the test's template has "# token {{ install.token }}").
inline QString token(QNetworkAccessManager &nam, quint16 http, const QString &mac)
{
    const QString ks = QString::fromUtf8(get(nam, u"http://127.0.0.1:%1/ks/%2.cfg"_s.arg(http).arg(dashed(mac))));
    static const QRegularExpression re(u"# token ([0-9a-f]{32})"_s);
    return re.match(ks).captured(1);
}

// POSTs |c|; the answer lands in |ledger| when it comes.
inline void post(QNetworkAccessManager &nam, Ledger &ledger, quint16 http, const Callback &c, QObject *context)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/api/install/%2/%3"_s.arg(http)
                                     .arg(ledger.tokens.value(c.mac), c.kind == Callback::Report ? u"report"_s : u"progress"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = nam.post(request, c.body());
    ++ledger.inFlight;
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, &ledger, id = c.id] {
        --ledger.inFlight;
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() == QNetworkReply::NoError && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200
            && answer.value(u"ok"_s).toBool()) {
            ledger.acked.insert(id);
            if (answer.value(u"replay"_s).toBool())
                ledger.replayed.insert(id);
            if (ledger.afterAck)
                ledger.afterAck();
        }
        reply->deleteLater();
    });
}

} // namespace SimulatedBoot
