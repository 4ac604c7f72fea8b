// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace Crashcart::Netboot::Http {

// A POST the HTTP server received whole (or cut short at the handler's limit).
struct PostRequest
{
    QHostAddress client;
    QString path;
    QByteArray contentType;
    QByteArray body;
    bool tooLarge = false; // the body went past maxBody(path): |body| is empty
};

struct PostReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
};

// What answers POST requests: the installers' callbacks (core/install). The HTTP server never
// interprets a body itself; paths this handler does not take get 405.
class PostHandler
{
public:
    virtual ~PostHandler() = default;
    // The largest body taken at |path|; 0 when |path| takes no POST. Any thread.
    virtual qint64 maxBody(const QString &path) const = 0;
    // Called on libmicrohttpd's threads once the body is in; may wait a few seconds (for the
    // inventory to record what was posted before saying 200).
    virtual PostReply post(const PostRequest &request) = 0;
    // What logs and timelines may show of |path| (a token in it is a secret). Any thread.
    virtual QString redacted(const QString &path) const { return path; }
};

} // namespace Crashcart::Netboot::Http
