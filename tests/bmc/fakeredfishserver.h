// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>

class QThread;
class QTcpServer;

// A small Redfish service for tests: HTTP/1.1 (one request per connection), plain or TLS, on
// 127.0.0.1 and a thread of its own, so that a blocking client on the test's thread can talk to
// it. It keeps a few ComputerSystems (power, boot override, ETag, one NIC each), a SessionService
// (or none, like sushy-tools), and can misbehave on demand.
class FakeRedfishServer
{
public:
    struct System
    {
        QString id;
        QString uuid;
        QString mac;
        QString power = QStringLiteral("Off");
        QString target = QStringLiteral("None");
        QString enabled = QStringLiteral("Disabled");
        QString mode = QStringLiteral("Legacy"); // empty: not reported, and a PATCH naming it refused (iLO 4)
        QStringList resetTypes { QStringLiteral("On"), QStringLiteral("ForceOff"), QStringLiteral("GracefulShutdown"),
                                 QStringLiteral("ForceRestart") };
        int etag = 0; // 0: the system has no ETag
        bool actionInfo = false; // reset types only behind @Redfish.ActionInfo (Supermicro X11)
    };

    enum class Misbehave {
        No,
        NotHttp,   // bytes that are no HTTP answer
        NotJson,   // 200 with an HTML page
        BadJson,   // 200 with JSON cut short
        Oversized, // a 5 MiB answer
        Silent,    // reads the request, never answers
        Error500,  // 500 with a Redfish error body (iDRAC's "not ready")
        Html500,   // 500 with a web server's HTML page
    };

    struct Request
    {
        QByteArray verb;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    FakeRedfishServer();
    ~FakeRedfishServer();
    FakeRedfishServer(const FakeRedfishServer &) = delete;
    FakeRedfishServer &operator=(const FakeRedfishServer &) = delete;

    // Listens on 127.0.0.1 (port 0: any); TLS when a certificate is given. Returns the port, 0
    // on failure. stop() and start() again keep the state (a BMC that restarts).
    quint16 start(const QString &certFile = {}, const QString &keyFile = {}, quint16 port = 0);
    void stop();

    // The state; change it before the client talks, read it after.
    struct State
    {
        QList<System> systems;
        bool sessions = true;           // a SessionService
        bool rootNeedsAuth = false;     // the service root wants credentials (sushy-tools)
        bool refuseDisabledOnly = false;// 400 to a Boot PATCH without a target (sushy-tools)
        bool refuseTargetNone = false;  // 400 to BootSourceOverrideTarget None
        int fail412 = 0;                // answer this many PATCHes with 412 (and a new ETag)
        int resetStatus = 0;            // the reset action answers this status with resetAnswer
        QByteArray resetAnswer;
        bool silentReset = false;       // the reset action is never answered
        Misbehave misbehave = Misbehave::No;
        QString user = QStringLiteral("admin");
        QString password = QStringLiteral("s3cr\"et");
        QStringList liveSessions;       // tokens
        QList<Request> requests;
    };
    State state() const;
    void setState(const State &state);
    template<typename F>
    void update(F &&change)
    {
        QMutexLocker lock(&m_mutex);
        change(m_state);
    }

private:
    friend class FakeRedfishConnection;
    QByteArray respond(const Request &request, bool *close);

    mutable QMutex m_mutex;
    State m_state;
    int m_nextSession = 1;
    std::unique_ptr<QThread> m_thread;
    QTcpServer *m_server = nullptr; // lives on m_thread
};
