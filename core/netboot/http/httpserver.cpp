// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserver.h"

#include "httprange.h"

#include "../content.h"
#include "../bindhint.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>

#include <algorithm>
#include <arpa/inet.h>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

Q_LOGGING_CATEGORY(lcHttp, "crashcart.netboot.http", QtInfoMsg)

namespace Crashcart::Netboot::Http {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Netboot::Http::Server)
};

const char *contentType(const QByteArray &path)
{
    static const std::pair<const char *, const char *> types[] = {
        { ".ks", "text/plain; charset=utf-8" },    { ".cfg", "text/plain; charset=utf-8" },
        { ".txt", "text/plain; charset=utf-8" },   { ".ipxe", "text/plain; charset=utf-8" },
        { ".json", "application/json" },           { ".xml", "application/xml" },
        { ".html", "text/html; charset=utf-8" },   { ".iso", "application/x-iso9660-image" },
        { ".rpm", "application/x-rpm" },           { ".gz", "application/gzip" },
        { ".xz", "application/x-xz" },             { ".sig", "application/pgp-signature" },
        { ".asc", "application/pgp-signature" },   { ".sh", "text/x-shellscript; charset=utf-8" },
    };
    for (const auto &[suffix, type] : types) {
        if (path.endsWith(suffix))
            return type;
    }
    return "application/octet-stream";
}

// RFC 7231 IMF-fixdate with strftime on a UTC struct tm: QLocale's formatting with a time
// zone conversion cost more than serving a small file. Month and day names are fixed English.
QByteArray formatHttpDate(std::time_t seconds)
{
    std::tm utc {};
    if (!::gmtime_r(&seconds, &utc))
        return QByteArray();
    static const char days[7][4] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    static const char months[12][4] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    char out[40];
    const int n = std::snprintf(out, sizeof out, "%s, %02d %s %04d %02d:%02d:%02d GMT", days[utc.tm_wday % 7], utc.tm_mday,
                                months[utc.tm_mon % 12], utc.tm_year + 1900, utc.tm_hour, utc.tm_min, utc.tm_sec);
    return QByteArray(out, n > 0 ? std::min<int>(n, int(sizeof out) - 1) : 0);
}

QByteArray httpDate(const QDateTime &time)
{
    const std::time_t seconds = std::time_t(time.toSecsSinceEpoch());
    // Most requests ask for the file the one before asked for (per thread, no lock).
    thread_local std::time_t lastSeconds = -1;
    thread_local QByteArray last;
    if (seconds != lastSeconds) {
        last = formatHttpDate(seconds);
        lastSeconds = seconds;
    }
    return last;
}

// Anaconda (inst.ks.sendmac) sends "X-RHN-Provisioning-MAC-0: eth0 52:54:00:12:34:56".
MHD_Result collectMac(void *out, MHD_ValueKind, const char *key, const char *value)
{
    auto *mac = static_cast<MacAddress *>(out);
    if (!mac->isNull() || !key || !value)
        return MHD_YES;
    if (qstrnicmp(key, "X-RHN-Provisioning-MAC-", 23) != 0)
        return MHD_YES;
    const QByteArray text(value);
    const auto parsed = MacAddress::parse(QString::fromLatin1(text.mid(text.lastIndexOf(' ') + 1)));
    if (parsed)
        *mac = *parsed;
    return MHD_YES;
}

MHD_Result queueText(MHD_Connection *connection, unsigned status, const char *text, const char *allow = "GET, HEAD")
{
    MHD_Response *r = MHD_create_response_from_buffer(std::strlen(text), const_cast<char *>(text), MHD_RESPMEM_PERSISTENT);
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, "text/plain; charset=utf-8");
    if (status == MHD_HTTP_METHOD_NOT_ALLOWED)
        MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, allow);
    const MHD_Result result = MHD_queue_response(connection, status, r);
    MHD_destroy_response(r);
    return result;
}

// Content without a descriptor is copied whole up to this size, and streamed beyond it.
constexpr qint64 kCopyLimit = 1 << 20;
// Content up to this size is read into the response even when it has a descriptor.
constexpr qint64 kReadLimit = 16 * 1024;

// Streams content that has no descriptor of its own (a file spread over several extents of a
// disc image) in blocks, holding the content while the response lives.
struct Stream
{
    std::shared_ptr<const Content> content;
    qint64 offset;
};

MHD_Response *streamedResponse(std::shared_ptr<const Content> content, qint64 offset, qint64 length)
{
    auto *stream = new Stream { std::move(content), offset };
    const auto read = [](void *cls, uint64_t pos, char *buf, size_t max) -> ssize_t {
        const auto *s = static_cast<Stream *>(cls);
        const qint64 n = s->content->read(s->offset + qint64(pos), buf, qint64(max));
        return n > 0 ? ssize_t(n) : MHD_CONTENT_READER_END_WITH_ERROR;
    };
    const auto release = [](void *cls) { delete static_cast<Stream *>(cls); };
    MHD_Response *r = MHD_create_response_from_callback(uint64_t(length), 64 * 1024, read, stream, release);
    if (!r)
        delete stream;
    return r;
}

QHostAddress clientAddress(MHD_Connection *connection)
{
    const MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    QHostAddress address;
    if (info && info->client_addr)
        address.setAddress(info->client_addr);
    return address;
}

// A GET or HEAD needs no state of its own between libmicrohttpd's calls: this marks it.
char s_plainRequest = 0;

} // namespace

// A POST's body as it arrives, bounded by the handler's limit for its path.
struct PostBody
{
    qint64 limit = 0;
    QByteArray data;
    bool tooLarge = false;
};

struct Dispatch
{
    // libmicrohttpd's own unescaping turns "%00" into a NUL that silently cuts the path
    // short ("/a.bin%00.txt" would serve /a.bin). Decode everything but NUL, which stays
    // "%00" and so names no file.
    static size_t unescape(void *, MHD_Connection *, char *s)
    {
        char *out = s;
        for (char *in = s; *in;) {
            if (in[0] == '%' && std::isxdigit(uchar(in[1])) && std::isxdigit(uchar(in[2]))) {
                const int v = QByteArray(in + 1, 2).toInt(nullptr, 16);
                if (v != 0) {
                    *out++ = char(v);
                    in += 3;
                    continue;
                }
            }
            *out++ = *in++;
        }
        *out = '\0';
        return size_t(out - s);
    }

    static MHD_Result access(void *cls, MHD_Connection *connection, const char *url, const char *method, const char *,
                             const char *uploadData, size_t *uploadSize, void **context)
    {
        auto *server = static_cast<Server *>(cls);
        // The first call only announces the request; answer once the body is in. A body on
        // GET/HEAD is read and dropped; a POST's is kept up to its handler's limit.
        if (!*context) {
            if (std::strcmp(method, MHD_HTTP_METHOD_POST) == 0) {
                auto *body = new PostBody;
                body->limit = server->m_post ? server->m_post->maxBody(QString::fromUtf8(url)) : 0;
                *context = body;
            } else {
                *context = &s_plainRequest;
            }
            return MHD_YES;
        }
        if (*context != &s_plainRequest) {
            auto *body = static_cast<PostBody *>(*context);
            if (*uploadSize) {
                if (!body->tooLarge && body->data.size() + qint64(*uploadSize) <= body->limit) {
                    body->data.append(uploadData, qsizetype(*uploadSize));
                } else {
                    body->tooLarge = true;
                    body->data.clear();
                }
                *uploadSize = 0;
                return MHD_YES;
            }
            return server->respondPost(connection, url, *body) ? MHD_YES : MHD_NO;
        }
        if (*uploadSize) {
            *uploadSize = 0;
            return MHD_YES;
        }
        return server->respond(connection, url, method) ? MHD_YES : MHD_NO;
    }

    static void completed(void *, MHD_Connection *, void **context, MHD_RequestTerminationCode)
    {
        if (*context && *context != &s_plainRequest)
            delete static_cast<PostBody *>(*context);
        *context = nullptr;
    }
};

Server::Server(ContentProvider &provider, ServerConfig config, QObject *parent)
    : QObject(parent), m_provider(provider), m_config(std::move(config))
{
    qRegisterMetaType<Access>();
}

Server::~Server()
{
    stop();
}

Result<void> Server::start()
{
    stop();
    // Bind the socket ourselves: libmicrohttpd would only say "failed", and the user needs
    // to know whether the port is privileged or taken.
    const bool v6 = m_config.address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return makeError("http.bind", Tr::tr("Cannot create a socket: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_storage storage {};
    socklen_t length = 0;
    if (v6) {
        auto *a = reinterpret_cast<sockaddr_in6 *>(&storage);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(m_config.port);
        const Q_IPV6ADDR ip = m_config.address.toIPv6Address();
        std::memcpy(&a->sin6_addr, ip.c, 16);
        length = sizeof *a;
    } else {
        auto *a = reinterpret_cast<sockaddr_in *>(&storage);
        a->sin_family = AF_INET;
        a->sin_port = htons(m_config.port);
        a->sin_addr.s_addr = htonl(m_config.address.toIPv4Address());
        length = sizeof *a;
    }
    if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0 || ::listen(fd, 128) != 0) {
        const int error = errno;
        const QString why = QString::fromLocal8Bit(std::strerror(error));
        ::close(fd);
        return makeError("http.bind", Tr::tr("The HTTP server cannot listen on %1 port %2: %3. %4")
                                          .arg(m_config.address.toString())
                                          .arg(m_config.port)
                                          .arg(why, bindFailureHint(m_config.port, QStringLiteral("--http-port"), bindFailureFromErrno(error))));
    }
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&storage), &length);
    m_port = ntohs(v6 ? reinterpret_cast<sockaddr_in6 *>(&storage)->sin6_port
                      : reinterpret_cast<sockaddr_in *>(&storage)->sin_port);

    // Each thread waits on its own epoll set and answers its connections whole, so a thread
    // per core keeps every core answering; sendfile does the copying of large files.
    const int threads = m_config.threads > 0 ? m_config.threads : std::clamp(QThread::idealThreadCount(), 2, 8);
    const unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_TURBO | (v6 ? MHD_USE_IPv6 : 0);
    m_daemon = MHD_start_daemon(flags, 0, nullptr, nullptr, &Dispatch::access, this,
                                MHD_OPTION_LISTEN_SOCKET, fd,
                                MHD_OPTION_THREAD_POOL_SIZE, unsigned(threads),
                                MHD_OPTION_CONNECTION_LIMIT, unsigned(m_config.maxConnections),
                                MHD_OPTION_CONNECTION_TIMEOUT, unsigned(m_config.idleTimeoutSeconds),
                                MHD_OPTION_UNESCAPE_CALLBACK, &Dispatch::unescape, nullptr,
                                MHD_OPTION_NOTIFY_COMPLETED, &Dispatch::completed, nullptr,
                                MHD_OPTION_END);
    if (!m_daemon) {
        ::close(fd);
        m_port = 0;
        return makeError("http.start", Tr::tr("The HTTP server could not start (libmicrohttpd refused the settings)"));
    }
    qCDebug(lcHttp) << "listening on" << m_config.address << m_port;
    return {};
}

void Server::stop()
{
    if (m_daemon) {
        MHD_stop_daemon(m_daemon); // closes the listening socket it was given
        m_daemon = nullptr;
    }
    m_port = 0;
}

void Server::record(Access access)
{
    bool first = false;
    {
        QMutexLocker lock(&m_accessMutex);
        m_accesses.append(std::move(access));
        first = m_accesses.size() == 1;
    }
    if (first)
        Q_EMIT accessesPending();
}

QList<Access> Server::takeAccesses()
{
    QMutexLocker lock(&m_accessMutex);
    return std::exchange(m_accesses, {});
}

int Server::respond(MHD_Connection *connection, const char *url, const char *method)
{
    Access access;
    access.client = clientAddress(connection);
    access.method = QByteArray(method);
    access.path = QString::fromUtf8(QByteArray(url).left(512));
    MHD_get_connection_values(connection, MHD_HEADER_KIND, &collectMac, &access.mac);

    const auto done = [&](MHD_Result result) {
        record(std::move(access));
        return result == MHD_YES;
    };
    const bool head = std::strcmp(method, MHD_HTTP_METHOD_HEAD) == 0;
    if (!head && std::strcmp(method, MHD_HTTP_METHOD_GET) != 0) {
        access.status = MHD_HTTP_METHOD_NOT_ALLOWED;
        return done(queueText(connection, MHD_HTTP_METHOD_NOT_ALLOWED, "Only GET and HEAD are served.\n"));
    }
    if (m_post && m_post->maxBody(access.path) > 0) {
        access.path = m_post->redacted(access.path);
        access.status = MHD_HTTP_METHOD_NOT_ALLOWED;
        return done(queueText(connection, MHD_HTTP_METHOD_NOT_ALLOWED, "This address takes POST only.\n", "POST"));
    }
    // libmicrohttpd has percent-decoded the path already, so "%2e%2e" arrives as "..".
    auto content = m_provider.open({ QByteArray(url), access.client, access.mac });
    if (!content) {
        const bool missing = content.error().code == QLatin1String("path.notfound")
            || content.error().code == QLatin1String("path.notfile");
        access.status = missing ? MHD_HTTP_NOT_FOUND : MHD_HTTP_FORBIDDEN;
        return done(queueText(connection, access.status, missing ? "Not found.\n" : "Forbidden.\n"));
    }
    const Content &c = **content;
    const qint64 size = c.size();
    const char *rangeHeader = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_RANGE);
    const RangeDecision range = rangeHeader ? decideRange(rangeHeader, size) : RangeDecision { RangeDecision::Whole, 0, size - 1 };
    if (range.kind == RangeDecision::Unsatisfiable) {
        MHD_Response *r = MHD_create_response_from_buffer(0, nullptr, MHD_RESPMEM_PERSISTENT);
        const QByteArray contentRange = "bytes */" + QByteArray::number(size);
        MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_RANGE, contentRange.constData());
        access.status = MHD_HTTP_RANGE_NOT_SATISFIABLE;
        const MHD_Result result = MHD_queue_response(connection, MHD_HTTP_RANGE_NOT_SATISFIABLE, r);
        MHD_destroy_response(r);
        return done(result);
    }
    const qint64 offset = range.kind == RangeDecision::Partial ? range.first : 0;
    const qint64 length = range.kind == RangeDecision::Partial ? range.length() : size;

    MHD_Response *r = nullptr;
    if (length == 0) {
        r = MHD_create_response_from_buffer(0, nullptr, MHD_RESPMEM_PERSISTENT);
    } else if (length <= kReadLimit || (c.descriptor() < 0 && length <= kCopyLimit)) {
        // A small file is read into the response: libmicrohttpd then sends the header and
        // the body in one call, where a descriptor costs a dup, a sendfile and a close.
        // Content without a descriptor is read so up to kCopyLimit.
        auto *bytes = static_cast<char *>(std::malloc(size_t(length)));
        if (bytes && c.read(offset, bytes, length) == length)
            r = MHD_create_response_from_buffer(size_t(length), bytes, MHD_RESPMEM_MUST_FREE);
        if (!r)
            std::free(bytes);
    } else if (c.descriptor() >= 0) {
        // libmicrohttpd closes the descriptor it is given: hand it a duplicate of the shared one.
        const int fd = ::fcntl(c.descriptor(), F_DUPFD_CLOEXEC, 0);
        if (fd >= 0)
            r = MHD_create_response_from_fd_at_offset64(uint64_t(length), fd, uint64_t(c.descriptorOffset() + offset));
    } else {
        r = streamedResponse(*content, offset, length);
    }
    if (!r) {
        access.status = MHD_HTTP_INTERNAL_SERVER_ERROR;
        return done(queueText(connection, MHD_HTTP_INTERNAL_SERVER_ERROR, "The file could not be read.\n"));
    }
    const QByteArray name(url);
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, contentType(name));
    MHD_add_response_header(r, MHD_HTTP_HEADER_ACCEPT_RANGES, "bytes");
    const QByteArray modified = httpDate(c.modified());
    MHD_add_response_header(r, MHD_HTTP_HEADER_LAST_MODIFIED, modified.constData());
    unsigned status = MHD_HTTP_OK;
    if (range.kind == RangeDecision::Partial) {
        status = MHD_HTTP_PARTIAL_CONTENT;
        const QByteArray contentRange = "bytes " + QByteArray::number(range.first) + '-' + QByteArray::number(range.last)
            + '/' + QByteArray::number(size);
        MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_RANGE, contentRange.constData());
    }
    access.status = int(status);
    access.bytes = head ? 0 : length;
    const MHD_Result result = MHD_queue_response(connection, status, r);
    MHD_destroy_response(r);
    return done(result);
}

int Server::respondPost(MHD_Connection *connection, const char *url, const PostBody &body)
{
    Access access;
    access.client = clientAddress(connection);
    access.method = QByteArrayLiteral("POST");
    access.path = QString::fromUtf8(QByteArray(url).left(512));
    const auto done = [&](MHD_Result result) {
        record(std::move(access));
        return result == MHD_YES;
    };
    if (body.limit <= 0) {
        access.status = MHD_HTTP_METHOD_NOT_ALLOWED;
        return done(queueText(connection, MHD_HTTP_METHOD_NOT_ALLOWED, "Only GET and HEAD are served.\n"));
    }
    PostRequest request;
    request.client = access.client;
    request.path = access.path;
    request.contentType = QByteArray(MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE));
    request.body = body.data;
    request.tooLarge = body.tooLarge;
    access.path = m_post->redacted(access.path);
    Q_EMIT accessesDue();
    const PostReply reply = m_post->post(request);
    MHD_Response *r = MHD_create_response_from_buffer(size_t(reply.body.size()), const_cast<char *>(reply.body.constData()),
                                                      MHD_RESPMEM_MUST_COPY);
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, reply.contentType.constData());
    access.status = reply.status;
    access.bytes = reply.body.size();
    const MHD_Result result = MHD_queue_response(connection, unsigned(reply.status), r);
    MHD_destroy_response(r);
    return done(result);
}

} // namespace Crashcart::Netboot::Http
