// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bmc/bmc.h"
#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace Crashcart::Bmc::Redfish {

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray etag;      // the ETag header
    QByteArray location;  // the Location header
    QByteArray authToken; // the X-Auth-Token header
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// Blocking HTTP(S) to one BMC, for the thread the Client lives on: each request runs a local
// event loop bounded by the settings' timeout. GET and DELETE are tried `attempts` times when
// nothing answers; POST and PATCH once (they may have been applied). Any HTTP status comes back
// as a Reply; no answer is Errors::Unreachable, an answer over MaxBody or not HTTP is
// Errors::Protocol.
//
// TLS: with no accepted fingerprint only a certificate the system trusts is taken, anything else
// is Errors::TlsUnknown naming the presented fingerprint. With one, the peer's certificate must
// have that SHA-256 (trusted or not: a BMC's certificate is usually self-signed), else
// Errors::TlsChanged naming both. The pin is checked on the TLS errors and again once encrypted,
// so that a trusted certificate other than the accepted one is refused as well.
class Http
{
public:
    explicit Http(const Settings &settings);
    ~Http();
    Http(const Http &) = delete;
    Http &operator=(const Http &) = delete;

    Result<Reply> send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                       const Headers &headers = {});
    // Sent with every request from now on (an empty name: none).
    void setAuthorization(const QByteArray &name, const QByteArray &value);
    QString presentedFingerprint() const { return m_fingerprint; }
    // host:port, for messages.
    QString bmcName() const;

private:
    Result<Reply> attempt(const QByteArray &verb, const QString &path, const QByteArray &body, const Headers &headers);

    Settings m_settings;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QString m_fingerprint;
    QByteArray m_authName;
    QByteArray m_authValue;
};

} // namespace Crashcart::Bmc::Redfish
