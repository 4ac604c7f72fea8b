// SPDX-License-Identifier: GPL-3.0-or-later
#include "redfishhttp.h"

#include "redfishcodec.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrl>

namespace Crashcart::Bmc::Redfish {

Q_LOGGING_CATEGORY(lcRedfishHttp, "crashcart.bmc.redfishhttp", QtInfoMsg)

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Bmc::Client)
};

enum class TlsVerdict {
    Fine,
    Unknown,
    Changed,
};

QString fingerprintOf(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

bool isIdempotent(const QByteArray &verb)
{
    return verb == "GET" || verb == "DELETE";
}

} // namespace

Http::Http(const Settings &settings)
    : m_settings(settings)
    , m_nam(std::make_unique<QNetworkAccessManager>())
{
    // A BMC sits on a management network: never through a proxy the environment names.
    m_nam->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

Http::~Http() = default;

void Http::setAuthorization(const QByteArray &name, const QByteArray &value)
{
    m_authName = name;
    m_authValue = value;
}

QString Http::bmcName() const
{
    const QString &host = m_settings.endpoint.host;
    const QString shown = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return shown + QLatin1Char(':') + QString::number(m_settings.endpoint.portOr(m_settings.plainHttp ? 80 : 443));
}

Result<Reply> Http::send(const QByteArray &verb, const QString &path, const QByteArray &body, const Headers &headers)
{
    const int tries = isIdempotent(verb) ? qMax(1, m_settings.attempts) : 1;
    Result<Reply> result = makeError(Errors::Unreachable, QString());
    for (int i = 0; i < tries; ++i) {
        result = attempt(verb, path, body, headers);
        if (result.ok() || result.error().code != QLatin1String(Errors::Unreachable))
            return result;
        qCDebug(lcRedfishHttp) << verb << path << "attempt" << i + 1 << "failed:" << result.error().message;
    }
    return result;
}

Result<Reply> Http::attempt(const QByteArray &verb, const QString &path, const QByteArray &body, const Headers &headers)
{
    QUrl url;
    url.setScheme(m_settings.plainHttp ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(m_settings.endpoint.host);
    url.setPort(m_settings.endpoint.portOr(m_settings.plainHttp ? 80 : 443));
    url.setPath(path, QUrl::StrictMode);
    if (!url.isValid() || !path.startsWith(QLatin1Char('/')))
        return makeError(Errors::Protocol, Tr::tr("BMC %1: invalid resource path '%2'").arg(bmcName(), path.left(120)));

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("OData-Version", "4.0");
    if (!body.isEmpty() || verb == "POST" || verb == "PATCH")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_authName.isEmpty())
        request.setRawHeader(m_authName, m_authValue);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    std::unique_ptr<QNetworkReply> reply;
    if (verb == "GET")
        reply.reset(m_nam->get(request));
    else if (verb == "DELETE")
        reply.reset(m_nam->deleteResource(request));
    else
        reply.reset(m_nam->sendCustomRequest(request, verb, body));

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    timer.setTimerType(Qt::PreciseTimer);
    bool timedOut = false;
    bool oversized = false;
    TlsVerdict tls = TlsVerdict::Fine;
    QString tlsDetail;
    QNetworkReply *r = reply.get();
    const QString pin = m_settings.tlsFingerprint.trimmed().toLower().remove(QLatin1Char(':'));

    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, r, [&] {
        timedOut = true;
        r->abort();
    });
    QObject::connect(r, &QNetworkReply::downloadProgress, r, [&](qint64 received, qint64 total) {
        if (received > MaxBody || total > MaxBody) {
            oversized = true;
            r->abort();
        }
    });
    QObject::connect(r, &QNetworkReply::sslErrors, r, [&](const QList<QSslError> &errors) {
        QSslCertificate certificate = r->sslConfiguration().peerCertificate();
        if (certificate.isNull() && !errors.isEmpty())
            certificate = errors.first().certificate();
        m_fingerprint = fingerprintOf(certificate);
        QStringList reasons;
        for (const QSslError &error : errors)
            reasons << error.errorString();
        tlsDetail = reasons.join(QStringLiteral("; "));
        if (pin.isEmpty() || m_fingerprint.isEmpty()) {
            tls = TlsVerdict::Unknown;
            r->abort();
        } else if (m_fingerprint != pin) {
            tls = TlsVerdict::Changed;
            r->abort();
        } else {
            r->ignoreSslErrors(errors);
        }
    });
    QObject::connect(r, &QNetworkReply::encrypted, r, [&] {
        m_fingerprint = fingerprintOf(r->sslConfiguration().peerCertificate());
        if (!pin.isEmpty() && m_fingerprint != pin) {
            tls = TlsVerdict::Changed;
            r->abort();
        }
    });

    if (!r->isFinished()) {
        timer.start(qMax(1, m_settings.timeoutMs));
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    timer.stop();

    if (tls == TlsVerdict::Unknown)
        return makeError(Errors::TlsUnknown,
                         Tr::tr("BMC %1 presents a certificate nobody accepted yet (%2); its SHA-256 fingerprint is %3")
                             .arg(bmcName(), tlsDetail.left(300), m_fingerprint));
    if (tls == TlsVerdict::Changed)
        return makeError(Errors::TlsChanged,
                         Tr::tr("BMC %1 presents a certificate other than the accepted one: SHA-256 %2, accepted %3")
                             .arg(bmcName(), m_fingerprint, pin));
    if (oversized)
        return makeError(Errors::Protocol,
                         Tr::tr("BMC %1 answered %2 %3 with more than %4 MiB")
                             .arg(bmcName(), QString::fromLatin1(verb), path.left(120), QString::number(MaxBody >> 20)));
    if (timedOut)
        return makeError(Errors::Unreachable,
                         Tr::tr("BMC %1 did not answer %2 %3 within %4 ms")
                             .arg(bmcName(), QString::fromLatin1(verb), path.left(120), QString::number(m_settings.timeoutMs)));

    const QVariant status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid() && status.toInt() > 0) {
        Reply out;
        out.status = status.toInt();
        out.body = r->read(MaxBody + 1);
        if (out.body.size() > MaxBody)
            return makeError(Errors::Protocol,
                             Tr::tr("BMC %1 answered %2 %3 with more than %4 MiB")
                                 .arg(bmcName(), QString::fromLatin1(verb), path.left(120), QString::number(MaxBody >> 20)));
        out.etag = r->rawHeader("ETag");
        out.location = r->rawHeader("Location");
        out.authToken = r->rawHeader("X-Auth-Token");
        return out;
    }

    const QString why = r->errorString();
    switch (r->error()) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return makeError(Errors::Unreachable, Tr::tr("BMC %1 is unreachable: %2").arg(bmcName(), why));
    case QNetworkReply::RemoteHostClosedError:
        // Something listens but hangs up without an HTTP answer (Qt also ends here on bytes that
        // are no HTTP status line): not a BMC that is away.
        return makeError(Errors::Protocol, Tr::tr("BMC %1 closed the connection without an HTTP answer to %2 %3")
                                               .arg(bmcName(), QString::fromLatin1(verb), path.left(120)));
    case QNetworkReply::SslHandshakeFailedError:
        return makeError(Errors::Protocol, Tr::tr("BMC %1: the TLS handshake failed: %2").arg(bmcName(), why));
    default:
        return makeError(Errors::Protocol, Tr::tr("BMC %1 gave no usable HTTP answer to %2 %3: %4")
                                               .arg(bmcName(), QString::fromLatin1(verb), path.left(120), why));
    }
}

} // namespace Crashcart::Bmc::Redfish
