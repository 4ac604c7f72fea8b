// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeredfishserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray answer(int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Fake\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n";
    if (!body.isEmpty())
        out += body.startsWith('{') ? "Content-Type: application/json\r\n" : "Content-Type: text/plain\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    return out + "\r\n" + body;
}

QByteArray redfishError(int status, const QString &message)
{
    const QJsonObject info { { QStringLiteral("MessageId"), QStringLiteral("Base.1.8.GeneralError") },
                             { QStringLiteral("Message"), message } };
    return answer(status, json({ { QStringLiteral("error"),
                                   QJsonObject { { QStringLiteral("code"), QStringLiteral("Base.1.8.GeneralError") },
                                                 { QStringLiteral("message"), QStringLiteral("A general error has occurred.") },
                                                 { QStringLiteral("@Message.ExtendedInfo"), QJsonArray { info } } } } }));
}

QJsonObject link(const QString &path)
{
    return { { QStringLiteral("@odata.id"), path } };
}

QByteArray etagOf(int n)
{
    return "W/\"" + QByteArray::number(n) + '"';
}

QJsonObject systemJson(const FakeRedfishServer::System &s)
{
    const QString path = QStringLiteral("/redfish/v1/Systems/") + s.id;
    QJsonObject boot { { QStringLiteral("BootSourceOverrideTarget"), s.target },
                       { QStringLiteral("BootSourceOverrideEnabled"), s.enabled },
                       { QStringLiteral("BootSourceOverrideTarget@Redfish.AllowableValues"),
                         QJsonArray { QStringLiteral("None"), QStringLiteral("Pxe"), QStringLiteral("Hdd"), QStringLiteral("Cd") } } };
    if (!s.mode.isEmpty())
        boot.insert(QStringLiteral("BootSourceOverrideMode"), s.mode);
    const QString resetTarget = path + QStringLiteral("/Actions/ComputerSystem.Reset");
    QJsonObject reset { { QStringLiteral("target"), resetTarget } };
    if (s.actionInfo)
        reset.insert(QStringLiteral("@Redfish.ActionInfo"), QString(path + QStringLiteral("/ResetActionInfo")));
    else
        reset.insert(QStringLiteral("ResetType@Redfish.AllowableValues"), QJsonArray::fromStringList(s.resetTypes));
    const QString nics = path + QStringLiteral("/EthernetInterfaces");
    QJsonObject o { { QStringLiteral("@odata.id"), path },
                    { QStringLiteral("Id"), s.id },
                    { QStringLiteral("UUID"), s.uuid },
                    { QStringLiteral("PowerState"), s.power },
                    { QStringLiteral("Boot"), boot },
                    { QStringLiteral("EthernetInterfaces"), link(nics) },
                    { QStringLiteral("Actions"), QJsonObject { { QStringLiteral("#ComputerSystem.Reset"), reset } } } };
    if (s.etag)
        o.insert(QStringLiteral("@odata.etag"), QString::fromLatin1(etagOf(s.etag)));
    return o;
}

} // namespace

// One connection: reads one request, answers it, closes.
class FakeRedfishConnection
{
public:
    static void serve(FakeRedfishServer *owner, QSslSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QSslSocket::readyRead, socket, [owner, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            FakeRedfishServer::Request request;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.verb = first.value(0);
            request.path = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            request.body = buffer->mid(end + 4, length);
            buffer->clear();
            bool close = true;
            const QByteArray out = owner->respond(request, &close);
            if (!close)
                return; // silent
            socket->write(out);
            socket->disconnectFromHost();
        });
        QObject::connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    }
};

namespace {

class Listener final : public QTcpServer
{
public:
    Listener(FakeRedfishServer *owner, const QSslCertificate &certificate, const QSslKey &key)
        : m_owner(owner)
        , m_certificate(certificate)
        , m_key(key)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        FakeRedfishConnection::serve(m_owner, socket);
        if (!m_certificate.isNull()) {
            socket->setLocalCertificate(m_certificate);
            socket->setPrivateKey(m_key);
            socket->setPeerVerifyMode(QSslSocket::VerifyNone);
            socket->startServerEncryption();
        }
    }

private:
    FakeRedfishServer *m_owner;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace

FakeRedfishServer::FakeRedfishServer() = default;

FakeRedfishServer::~FakeRedfishServer()
{
    stop();
}

quint16 FakeRedfishServer::start(const QString &certFile, const QString &keyFile, quint16 port)
{
    stop();
    QSslCertificate certificate;
    QSslKey key;
    if (!certFile.isEmpty()) {
        QFile c(certFile), k(keyFile);
        if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
            return 0;
        certificate = QSslCertificate(c.readAll(), QSsl::Pem);
        key = QSslKey(k.readAll(), QSsl::Ec, QSsl::Pem);
        if (certificate.isNull() || key.isNull())
            return 0;
    }
    m_thread = std::make_unique<QThread>();
    m_thread->start();
    auto *anchor = new QObject;
    anchor->moveToThread(m_thread.get());
    quint16 bound = 0;
    QMetaObject::invokeMethod(
        anchor,
        [&] {
            m_server = new Listener(this, certificate, key);
            if (m_server->listen(QHostAddress::LocalHost, port))
                bound = m_server->serverPort();
            anchor->deleteLater();
        },
        Qt::BlockingQueuedConnection);
    return bound;
}

void FakeRedfishServer::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_server,
        [this] {
            delete m_server; // its sockets with it
            m_server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
}

FakeRedfishServer::State FakeRedfishServer::state() const
{
    QMutexLocker lock(&m_mutex);
    return m_state;
}

void FakeRedfishServer::setState(const State &state)
{
    QMutexLocker lock(&m_mutex);
    m_state = state;
}

QByteArray FakeRedfishServer::respond(const Request &request, bool *close)
{
    QMutexLocker lock(&m_mutex);
    State &s = m_state;
    s.requests.append(request);
    switch (s.misbehave) {
    case Misbehave::No: break;
    case Misbehave::NotHttp: return QByteArray("\x16\x03garbage \xff\xfe\r\n\r\n\x00\x01", 18);
    case Misbehave::NotJson: return answer(200, "<html><body>Please log in</body></html>");
    case Misbehave::BadJson: return answer(200, R"({"Systems": {"@odata.id": )");
    case Misbehave::Oversized: return answer(200, "{\"a\":\"" + QByteArray(5 * 1024 * 1024, 'x') + "\"}");
    case Misbehave::Silent: *close = false; return {};
    case Misbehave::Error500:
        return redfishError(500, QStringLiteral("iDRAC is not ready. The configuration values cannot be accessed."));
    case Misbehave::Html500:
        return answer(500, "<!DOCTYPE html><html><head><title>500 Internal Server Error</title><style>body{font:12px}</style>"
                           "</head><body><h1>Internal Server Error</h1><p>The server encountered an internal error.</p>"
                           + QByteArray(2000, ' ') + "<script>var session = 'x';</script></body></html>");
    }

    const QString path = QString::fromLatin1(request.path);
    const QString sessionsPath = QStringLiteral("/redfish/v1/SessionService/Sessions");
    const QByteArray pair = s.user.toUtf8() + ':' + s.password.toUtf8();
    const QByteArray basic = "Basic " + pair.toBase64();
    const bool authorized = request.headers.value("authorization") == basic
        || s.liveSessions.contains(QString::fromLatin1(request.headers.value("x-auth-token")));
    const QByteArray denied = answer(401, "", { { "WWW-Authenticate", "Basic realm=\"fake\"" } });

    if (request.verb == "GET" && path == QLatin1String("/redfish/v1/")) {
        if (s.rootNeedsAuth && !authorized)
            return denied;
        QJsonObject root { { QStringLiteral("Systems"), link(QStringLiteral("/redfish/v1/Systems")) } };
        if (s.sessions) {
            root.insert(QStringLiteral("SessionService"), link(QStringLiteral("/redfish/v1/SessionService")));
            root.insert(QStringLiteral("Links"), QJsonObject { { QStringLiteral("Sessions"), link(sessionsPath) } });
        }
        return answer(200, json(root));
    }
    if (path == sessionsPath && request.verb == "POST") {
        if (!s.sessions)
            return answer(404, "Not Found");
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (body.value(QLatin1String("UserName")).toString() != s.user
            || body.value(QLatin1String("Password")).toString() != s.password)
            return redfishError(401, QStringLiteral("Invalid user name or password"));
        const int n = m_nextSession++;
        const QString token = QStringLiteral("token-%1").arg(n);
        s.liveSessions << token;
        const QString session = sessionsPath + QLatin1Char('/') + QString::number(n);
        return answer(201, json({ { QStringLiteral("@odata.id"), session } }),
                      { { "X-Auth-Token", token.toLatin1() },
                        { "Location", sessionsPath.toLatin1() + '/' + QByteArray::number(n) } });
    }
    if (!authorized)
        return denied;
    if (request.verb == "DELETE" && path.startsWith(sessionsPath + QLatin1Char('/'))) {
        s.liveSessions.removeAll(QStringLiteral("token-") + path.mid(sessionsPath.size() + 1));
        return answer(204, "");
    }
    if (request.verb == "GET" && path == QLatin1String("/redfish/v1/Systems")) {
        QJsonArray members;
        for (const System &system : std::as_const(s.systems))
            members.append(link(QStringLiteral("/redfish/v1/Systems/") + system.id));
        return answer(200, json({ { QStringLiteral("Members"), members },
                                  { QStringLiteral("Members@odata.count"), members.size() } }));
    }
    for (System &system : s.systems) {
        const QString base = QStringLiteral("/redfish/v1/Systems/") + system.id;
        if (path == base && request.verb == "GET")
            return answer(200, json(systemJson(system)),
                          system.etag ? QList<QPair<QByteArray, QByteArray>> { { "ETag", etagOf(system.etag) } }
                                      : QList<QPair<QByteArray, QByteArray>> {});
        if (path == base + QStringLiteral("/EthernetInterfaces") && request.verb == "GET")
            return answer(200, json({ { QStringLiteral("Members"), QJsonArray { link(path + QStringLiteral("/nic0")) } } }));
        if (path == base + QStringLiteral("/EthernetInterfaces/nic0") && request.verb == "GET")
            return answer(200, json({ { QStringLiteral("Id"), QStringLiteral("nic0") }, { QStringLiteral("MACAddress"), system.mac } }));
        if (path == base + QStringLiteral("/ResetActionInfo") && request.verb == "GET" && system.actionInfo) {
            const QJsonObject parameter { { QStringLiteral("Name"), QStringLiteral("ResetType") },
                                          { QStringLiteral("AllowableValues"), QJsonArray::fromStringList(system.resetTypes) } };
            return answer(200, json({ { QStringLiteral("Id"), QStringLiteral("ResetActionInfo") },
                                      { QStringLiteral("Parameters"), QJsonArray { parameter } } }));
        }
        if (path == base + QStringLiteral("/Actions/ComputerSystem.Reset") && request.verb == "POST") {
            if (s.silentReset) {
                *close = false;
                return {};
            }
            if (s.resetStatus)
                return answer(s.resetStatus, s.resetAnswer);
            const QString type = QJsonDocument::fromJson(request.body).object().value(QLatin1String("ResetType")).toString();
            if (!system.resetTypes.contains(type))
                return redfishError(400, QStringLiteral("ResetType %1 is not allowed").arg(type));
            if (type == QLatin1String("PushPowerButton"))
                system.power = system.power == QLatin1String("On") ? QStringLiteral("Off") : QStringLiteral("On");
            else
                system.power = type.contains(QLatin1String("Off")) || type == QLatin1String("GracefulShutdown")
                    ? QStringLiteral("Off")
                    : QStringLiteral("On");
            return answer(204, "");
        }
        if (path == base && request.verb == "PATCH") {
            if (system.etag) {
                if (s.fail412 > 0) {
                    --s.fail412;
                    ++system.etag;
                    return redfishError(412, QStringLiteral("The resource has changed"));
                }
                if (request.headers.value("if-match") != etagOf(system.etag))
                    return redfishError(412, QStringLiteral("If-Match does not match"));
            }
            const QJsonObject boot = QJsonDocument::fromJson(request.body).object().value(QLatin1String("Boot")).toObject();
            if (boot.isEmpty())
                return redfishError(400, QStringLiteral("PATCH only works for Boot"));
            const QString target = boot.value(QLatin1String("BootSourceOverrideTarget")).toString();
            if (target.isEmpty() && s.refuseDisabledOnly)
                return answer(400, "Missing the BootSourceOverrideTarget and/or BootSourceOverrideMode element");
            if (target == QLatin1String("None") && s.refuseTargetNone)
                return redfishError(400, QStringLiteral("The value None for BootSourceOverrideTarget is not supported"));
            if (!target.isEmpty())
                system.target = target;
            if (boot.contains(QLatin1String("BootSourceOverrideEnabled")))
                system.enabled = boot.value(QLatin1String("BootSourceOverrideEnabled")).toString();
            if (boot.contains(QLatin1String("BootSourceOverrideMode")) && system.mode.isEmpty())
                return redfishError(400, QStringLiteral("The property BootSourceOverrideMode is not in the list of valid "
                                                        "properties for the resource."));
            if (boot.contains(QLatin1String("BootSourceOverrideMode")))
                system.mode = boot.value(QLatin1String("BootSourceOverrideMode")).toString();
            if (system.etag)
                ++system.etag;
            return answer(204, "");
        }
    }
    return redfishError(404, QStringLiteral("No resource %1").arg(path.left(100)));
}
