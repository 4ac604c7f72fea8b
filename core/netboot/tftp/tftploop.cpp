// SPDX-License-Identifier: GPL-3.0-or-later
#include "tftploop.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Crashcart::Netboot::Tftp {

namespace {

constexpr qint64 kProgressEveryMs = 250;
constexpr int kEventsPerWait = 64;

socklen_t fillAddress(sockaddr_storage *a, bool v6, const QHostAddress &address, quint16 port)
{
    *a = {};
    if (v6) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(a);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        if (!address.isNull()) {
            const Q_IPV6ADDR ip = address.toIPv6Address();
            std::memcpy(&in6->sin6_addr, ip.c, 16);
        }
        return sizeof *in6;
    }
    auto *in = reinterpret_cast<sockaddr_in *>(a);
    in->sin_family = AF_INET;
    in->sin_port = htons(port);
    in->sin_addr.s_addr = address.isNull() ? htonl(INADDR_ANY) : htonl(address.toIPv4Address());
    return sizeof *in;
}

} // namespace

TransferSocket::~TransferSocket()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool TransferSocket::open(const QHostAddress &local, const QHostAddress &peer, quint16 peerPort)
{
    const bool v6 = peer.protocol() == QAbstractSocket::IPv6Protocol;
    m_fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return false;
    sockaddr_storage a {};
    socklen_t len = fillAddress(&a, v6, local.isNull() || local.protocol() != peer.protocol() ? QHostAddress() : local, 0);
    if (::bind(m_fd, reinterpret_cast<sockaddr *>(&a), len) != 0)
        return false;
    len = fillAddress(&a, v6, peer, peerPort);
    if (::connect(m_fd, reinterpret_cast<sockaddr *>(&a), len) != 0)
        return false;
    len = sizeof a;
    if (::getsockname(m_fd, reinterpret_cast<sockaddr *>(&a), &len) == 0)
        m_local.setAddress(reinterpret_cast<sockaddr *>(&a));
    return true;
}

void TransferSocket::send(const QList<QByteArray> &packets) const
{
    if (packets.size() == 1) {
        [[maybe_unused]] const ssize_t n = ::send(m_fd, packets.front().constData(), size_t(packets.front().size()), MSG_NOSIGNAL);
        return;
    }
    // A window in as few system calls as the kernel takes.
    constexpr int kBatch = 64;
    iovec iov[kBatch];
    mmsghdr messages[kBatch];
    for (qsizetype first = 0; first < packets.size(); first += kBatch) {
        const int count = int(std::min<qsizetype>(kBatch, packets.size() - first));
        for (int i = 0; i < count; ++i) {
            const QByteArray &p = packets[first + i];
            iov[i] = { const_cast<char *>(p.constData()), size_t(p.size()) };
            messages[i] = {};
            messages[i].msg_hdr.msg_iov = &iov[i];
            messages[i].msg_hdr.msg_iovlen = 1;
        }
        if (::sendmmsg(m_fd, messages, unsigned(count), MSG_NOSIGNAL) < count)
            return; // the rest of the window goes again on the client's ACK or the timeout
    }
}

TransferLoop::TransferLoop(LoopListener &listener, const QElapsedTimer &clock)
    : m_listener(listener), m_clock(clock)
{
}

TransferLoop::~TransferLoop()
{
    stop();
    if (m_epoll >= 0)
        ::close(m_epoll);
    if (m_wake >= 0)
        ::close(m_wake);
}

bool TransferLoop::start()
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    m_wake = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_epoll < 0 || m_wake < 0)
        return false;
    epoll_event ev {};
    ev.events = EPOLLIN;
    ev.data.ptr = nullptr; // the wake-up descriptor
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &ev) != 0)
        return false;
    m_thread = std::thread([this] { run(); });
    return true;
}

void TransferLoop::add(std::unique_ptr<ActiveTransfer> active)
{
    m_load.fetch_add(1, std::memory_order_relaxed);
    {
        const std::lock_guard lock(m_mutex);
        m_incoming.push_back(std::move(active));
    }
    wake();
}

void TransferLoop::supersede(const QHostAddress &client, quint16 port, const QString &file)
{
    if (m_load.load(std::memory_order_relaxed) == 0)
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_newRequests.push_back({ client, port, file });
    }
    wake();
}

void TransferLoop::wake()
{
    const uint64_t one = 1;
    [[maybe_unused]] const ssize_t n = ::write(m_wake, &one, sizeof one);
}

std::vector<std::unique_ptr<ActiveTransfer>> TransferLoop::stop()
{
    if (!m_thread.joinable())
        return {};
    {
        const std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    wake();
    m_thread.join();
    std::vector<std::unique_ptr<ActiveTransfer>> left;
    for (auto &[fd, active] : m_active) {
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        left.push_back(std::move(active));
    }
    m_active.clear();
    const std::lock_guard lock(m_mutex);
    for (auto &active : m_incoming)
        left.push_back(std::move(active));
    m_incoming.clear();
    m_load.store(0, std::memory_order_relaxed);
    return left;
}

void TransferLoop::run()
{
    epoll_event events[kEventsPerWait];
    for (;;) {
        int wait = -1;
        if (m_nextDue >= 0)
            wait = int(std::clamp<qint64>(m_nextDue - m_clock.elapsed(), 0, 60'000));
        const int n = ::epoll_wait(m_epoll, events, kEventsPerWait, wait);
        if (n < 0 && errno != EINTR)
            return; // cannot happen with a valid set; the server's stop() collects what is left
        for (int i = 0; i < n; ++i) {
            if (!events[i].data.ptr) {
                uint64_t count;
                [[maybe_unused]] const ssize_t r = ::read(m_wake, &count, sizeof count);
                {
                    const std::lock_guard lock(m_mutex);
                    if (m_quit)
                        return;
                }
                markSuperseded();
                adopt();
                continue;
            }
            readable(static_cast<ActiveTransfer *>(events[i].data.ptr));
        }
        const qint64 now = m_clock.elapsed();
        if (m_nextDue >= 0 && now >= m_nextDue)
            timeouts(now);
    }
}

void TransferLoop::adopt()
{
    std::vector<std::unique_ptr<ActiveTransfer>> incoming;
    {
        const std::lock_guard lock(m_mutex);
        incoming.swap(m_incoming);
    }
    for (auto &owned : incoming) {
        ActiveTransfer *active = owned.get();
        const int fd = active->socket.fd();
        epoll_event ev {};
        ev.events = EPOLLIN;
        ev.data.ptr = active;
        m_active.emplace(fd, std::move(owned));
        if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev) != 0) {
            // Cannot watch it: it can only time out. Say so the way a silent client ends.
            end(active);
            continue;
        }
        const qint64 now = m_clock.elapsed();
        sent(active, active->transfer->start(now), now);
    }
}

void TransferLoop::markSuperseded()
{
    std::vector<NewRequest> requests;
    {
        const std::lock_guard lock(m_mutex);
        requests.swap(m_newRequests);
    }
    // Marked only: a transfer ends in sent() or timeouts(), never while the events of this
    // wake-up (which point at transfers) are being handled.
    for (const NewRequest &request : requests) {
        for (const auto &[fd, active] : m_active) {
            const TransferInfo &info = active->info;
            if (info.clientPort != request.port && info.file == request.file && info.client.isEqual(request.client))
                active->transfer->supersede();
        }
    }
}

void TransferLoop::readable(ActiveTransfer *active)
{
    char buffer[2048]; // clients send ACKs and ERRORs; anything longer is not for us
    // In lock-step (window 1) only one ACK can be waiting, and not reading on to EAGAIN saves
    // a system call per block; with windows a few at most per wake-up (level-triggered: the
    // set reports the socket again if more wait).
    const int rounds = active->info.windowSize > 1 ? 8 : 1;
    for (int round = 0; round < rounds; ++round) {
        const ssize_t n = ::recv(active->socket.fd(), buffer, sizeof buffer, MSG_TRUNC);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        if (n < 0)
            continue; // e.g. ICMP port unreachable: the retransmit timer decides
        if (n > ssize_t(sizeof buffer))
            continue;
        auto packet = parse(QByteArrayView(buffer, n));
        if (!packet)
            continue;
        const qint64 now = m_clock.elapsed();
        if (!sent(active, active->transfer->onPacket(*packet, now), now))
            return; // ended, and |active| is gone
    }
}

void TransferLoop::timeouts(qint64 now)
{
    // Collected first: ending a transfer changes the map.
    std::vector<ActiveTransfer *> due;
    m_nextDue = -1;
    for (const auto &[fd, active] : m_active) {
        const qint64 deadline = active->transfer->deadline();
        if (deadline >= 0 && deadline <= now)
            due.push_back(active.get());
        else if (deadline >= 0 && (m_nextDue < 0 || deadline < m_nextDue))
            m_nextDue = deadline;
    }
    for (ActiveTransfer *active : due)
        sent(active, active->transfer->onTimeout(now), now);
}

bool TransferLoop::sent(ActiveTransfer *active, const QList<QByteArray> &packets, qint64 now)
{
    if (!packets.isEmpty())
        active->socket.send(packets);
    if (active->transfer->finished()) {
        end(active);
        return false;
    }
    if (now - active->lastProgressMs >= kProgressEveryMs) {
        active->lastProgressMs = now;
        m_listener.transferProgressed(*active);
    }
    // The wait ends no later than this deadline. Deadlines move later as ACKs arrive, so a
    // wake-up may find nothing due: the scan then finds the true earliest one.
    const qint64 deadline = active->transfer->deadline();
    if (deadline >= 0 && (m_nextDue < 0 || deadline < m_nextDue))
        m_nextDue = deadline;
    return true;
}

void TransferLoop::end(ActiveTransfer *active)
{
    const int fd = active->socket.fd();
    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
    auto node = m_active.extract(fd);
    m_load.fetch_sub(1, std::memory_order_relaxed);
    m_listener.transferEnded(*active);
    // |node| closes the socket as it goes.
}

} // namespace Crashcart::Netboot::Tftp
