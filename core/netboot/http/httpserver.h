// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/macaddress.h"
#include "common/result.h"
#include "posthandler.h"

#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QObject>

struct MHD_Daemon;
struct MHD_Connection;

namespace Crashcart::Netboot {
class ContentProvider;
}

namespace Crashcart::Netboot::Http {

struct PostBody; // a POST's body as it arrives (httpserver.cpp)

struct ServerConfig
{
    QHostAddress address = QHostAddress::AnyIPv4;
    quint16 port = 80;
    int threads = 0;           // libmicrohttpd's polling threads; 0: one per core (2..8)
    int maxConnections = 1024;
    int idleTimeoutSeconds = 60;
};

struct Access
{
    QHostAddress client;
    MacAddress mac; // from Anaconda's X-RHN-Provisioning-MAC-N headers, when sent
    QByteArray method;
    QString path;
    int status = 0;
    qint64 bytes = 0;
};

// GET and HEAD over libmicrohttpd: files stream with sendfile() (a 4 GiB ISO costs no 4 GiB
// of memory), single byte ranges answer 206/416, keep-alive is libmicrohttpd's. What to
// send comes from the ContentProvider, with the requesting host's MAC when it is known.
class Server final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Server)

public:
    Server(ContentProvider &provider, ServerConfig config, QObject *parent = nullptr);
    ~Server() override;

    Result<void> start();
    void stop();
    quint16 port() const { return m_port; }
    // Who answers POST (set before start(); null: every POST gets 405). Must outlive the server.
    void setPostHandler(PostHandler *handler) { m_post = handler; }
    // The requests answered since the last call, in the order they were answered (so in order
    // per connection). Each is in before its answer is sent. Any thread.
    QList<Access> takeAccesses();

Q_SIGNALS:
    // Both from libmicrohttpd's threads (connect with a queued connection).
    // A request was answered and none waited in takeAccesses() before: one notice per batch,
    // not per request (a queued signal per request cost more than answering it).
    void accessesPending();
    // A POST is about to reach its handler: what was answered before it is wanted now.
    void accessesDue();

private:
    friend struct Dispatch; // libmicrohttpd's C callbacks
    int respond(MHD_Connection *connection, const char *url, const char *method);
    int respondPost(MHD_Connection *connection, const char *url, const PostBody &body);
    void record(Access access);

    ContentProvider &m_provider;
    PostHandler *m_post = nullptr;
    ServerConfig m_config;
    MHD_Daemon *m_daemon = nullptr;
    quint16 m_port = 0;
    QMutex m_accessMutex;
    QList<Access> m_accesses; // under m_accessMutex
};

} // namespace Crashcart::Netboot::Http

Q_DECLARE_METATYPE(Crashcart::Netboot::Http::Access)
