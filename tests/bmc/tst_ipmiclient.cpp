// SPDX-License-Identifier: GPL-3.0-or-later
// The IPMI client without a BMC: dead ports, names that do not resolve, refused settings and a
// UDP peer that answers garbage. Every call must end in bounded time with a clear error.
#include "bmc/bmc.h"

#include <QElapsedTimer>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <functional>
#include <thread>

using namespace Crashcart;
using namespace Crashcart::Bmc;

namespace {

const QString Password = QStringLiteral("s3cret-Pw");

// A loopback UDP socket that answers every datagram with what `answer` makes of it.
class GarbagePeer
{
public:
    explicit GarbagePeer(std::function<QByteArray(const QByteArray &)> answer, bool v6 = false)
        : m_answer(std::move(answer))
    {
        sockaddr_storage storage {};
        socklen_t length = 0;
        if (v6) {
            auto *address = reinterpret_cast<sockaddr_in6 *>(&storage);
            address->sin6_family = AF_INET6;
            address->sin6_addr = in6addr_loopback;
            length = sizeof *address;
        } else {
            auto *address = reinterpret_cast<sockaddr_in *>(&storage);
            address->sin_family = AF_INET;
            address->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            length = sizeof *address;
        }
        m_fd = ::socket(storage.ss_family, SOCK_DGRAM, 0);
        auto *address = reinterpret_cast<sockaddr *>(&storage);
        if (m_fd < 0 || ::bind(m_fd, address, length) < 0 || ::getsockname(m_fd, address, &length) < 0)
            return;
        m_port = ntohs(v6 ? reinterpret_cast<sockaddr_in6 *>(&storage)->sin6_port
                          : reinterpret_cast<sockaddr_in *>(&storage)->sin_port);
        m_thread = std::thread([this] { run(); });
    }
    ~GarbagePeer()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Q_DISABLE_COPY_MOVE(GarbagePeer)

    quint16 port() const { return m_port; }
    int received() const { return m_received; }

private:
    void run()
    {
        char buffer[2048];
        while (!m_stop) {
            pollfd p { m_fd, POLLIN, 0 };
            if (::poll(&p, 1, 50) <= 0)
                continue;
            sockaddr_storage from {};
            socklen_t length = sizeof from;
            const ssize_t n = ::recvfrom(m_fd, buffer, sizeof buffer, 0, reinterpret_cast<sockaddr *>(&from), &length);
            if (n < 0)
                continue;
            ++m_received;
            const QByteArray reply = m_answer(QByteArray(buffer, int(n)));
            ::sendto(m_fd, reply.constData(), size_t(reply.size()), 0, reinterpret_cast<sockaddr *>(&from), length);
        }
    }

    std::function<QByteArray(const QByteArray &)> m_answer;
    int m_fd = -1;
    quint16 m_port = 0;
    std::thread m_thread;
    std::atomic_bool m_stop = false;
    std::atomic_int m_received = 0;
};

// A loopback UDP port nobody listens on (bound, then closed again).
quint16 deadPort()
{
    GarbagePeer peer([](const QByteArray &) { return QByteArray(); });
    return peer.port();
}

Settings settingsFor(const QString &host, quint16 port, int timeoutMs = 500, int attempts = 2)
{
    Settings settings;
    settings.endpoint.host = host;
    settings.endpoint.port = port;
    settings.credentials = { QStringLiteral("admin"), Password };
    settings.timeoutMs = timeoutMs;
    settings.attempts = attempts;
    return settings;
}

void checkMessage(const Error &error)
{
    QVERIFY2(!error.message.isEmpty(), qPrintable(error.code));
    QVERIFY2(!error.message.contains(Password), qPrintable(error.message));
}

} // namespace

class TestIpmiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deadPortIsUnreachable();
    void everyCallOnDeadPort();
    void unresolvableName();
    void refusedSettings();
    void otherIsNotSettable();
    void garbagePeer_data();
    void garbagePeer();
    void ipv6Endpoint();
    void factory();
};

void TestIpmiClient::deadPortIsUnreachable()
{
    const quint16 port = deadPort();
    QVERIFY(port);
    auto client = makeIpmiClient(settingsFor(QStringLiteral("127.0.0.1"), port, 1000, 2));
    QElapsedTimer timer;
    timer.start();
    const auto state = client->powerState();
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!state.ok());
    QCOMPARE(state.error().code, QLatin1String(Errors::Unreachable));
    checkMessage(state.error());
    QVERIFY2(state.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(state.error().message));
    // Two attempts of one second each, not FreeIPMI's default 20 s session timeout.
    QVERIFY2(elapsed < 6000, qPrintable(QString::number(elapsed)));
}

void TestIpmiClient::everyCallOnDeadPort()
{
    auto client = makeIpmiClient(settingsFor(QStringLiteral("127.0.0.1"), deadPort(), 300, 1));
    const QList<Error> errors {
        client->setPower(PowerAction::Cycle).error(),
        client->setNextBoot(BootDevice::Pxe, BootMode::Uefi, true).error(),
        client->clearNextBoot().error(),
        client->nextBoot().error(),
    };
    for (const Error &error : errors) {
        QCOMPARE(error.code, QLatin1String(Errors::Unreachable));
        checkMessage(error);
    }
}

void TestIpmiClient::unresolvableName()
{
    auto client = makeIpmiClient(settingsFor(QStringLiteral("no-such-bmc.invalid"), 0));
    const auto state = client->powerState();
    QVERIFY(!state.ok());
    QCOMPARE(state.error().code, QLatin1String(Errors::Unreachable));
    QVERIFY2(state.error().message.contains(QLatin1String("no-such-bmc.invalid:623")), qPrintable(state.error().message));
    checkMessage(state.error());
}

void TestIpmiClient::refusedSettings()
{
    Settings settings = settingsFor(QStringLiteral("127.0.0.1"), deadPort());
    settings.endpoint.host.clear();
    auto noHost = makeIpmiClient(settings)->powerState();
    QVERIFY(!noHost.ok());
    QCOMPARE(noHost.error().code, QLatin1String("bmc.address"));

    settings = settingsFor(QStringLiteral("127.0.0.1"), deadPort());
    settings.credentials.password = QString(21, QLatin1Char('p'));
    auto longPassword = makeIpmiClient(settings)->powerState();
    QVERIFY(!longPassword.ok());
    QCOMPARE(longPassword.error().code, QLatin1String(Errors::Auth));
    QVERIFY(!longPassword.error().message.contains(settings.credentials.password));

    settings = settingsFor(QStringLiteral("127.0.0.1"), deadPort());
    settings.credentials.user = QString(17, QLatin1Char('u'));
    auto longUser = makeIpmiClient(settings)->powerState();
    QVERIFY(!longUser.ok());
    QCOMPARE(longUser.error().code, QLatin1String(Errors::Auth));

    settings = settingsFor(QStringLiteral("127.0.0.1"), deadPort());
    settings.ipmiCipherSuite = 5;
    auto suite = makeIpmiClient(settings)->powerState();
    QVERIFY(!suite.ok());
    QCOMPARE(suite.error().code, QLatin1String(Errors::Unsupported));
    QVERIFY(suite.error().message.contains(QLatin1String("5")));

    settings.ipmiCipherSuite = 0; // no authentication at all: refused before anything is sent
    auto none = makeIpmiClient(settings)->powerState();
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, QLatin1String(Errors::Unsupported));
}

void TestIpmiClient::otherIsNotSettable()
{
    auto client = makeIpmiClient(settingsFor(QStringLiteral("127.0.0.1"), deadPort()));
    const auto result = client->setNextBoot(BootDevice::Other, BootMode::Legacy, true);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QLatin1String(Errors::Unsupported));
}

void TestIpmiClient::garbagePeer_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("empty datagram") << QByteArray();
    QTest::newRow("one byte") << QByteArray(1, '\x06');
    QTest::newRow("random bytes") << QByteArray::fromHex("deadbeef00112233445566778899aabbccddeeff");
    // RMCP header (version 6, class IPMI) and an RMCP+ open session response with nonsense.
    QTest::newRow("rmcp+ truncated") << QByteArray::fromHex("0600ff07061100000000000000000800");
    QTest::newRow("rmcp+ long nonsense") << QByteArray::fromHex("0600ff0706110000000000000000ff00") + QByteArray(300, '\xa5');
    // The request echoed back: right framing, wrong direction.
    QTest::newRow("echo") << QByteArray("echo");
}

void TestIpmiClient::garbagePeer()
{
    QFETCH(QByteArray, reply);
    const bool echo = reply == "echo";
    GarbagePeer peer([&](const QByteArray &request) { return echo ? request : reply; });
    QVERIFY(peer.port());
    auto client = makeIpmiClient(settingsFor(QStringLiteral("127.0.0.1"), peer.port(), 400, 1));
    QElapsedTimer timer;
    timer.start();
    const auto state = client->powerState();
    QVERIFY(!state.ok());
    QVERIFY2(state.error().code == QLatin1String(Errors::Protocol) || state.error().code == QLatin1String(Errors::Unreachable),
             qPrintable(state.error().code + QLatin1String(": ") + state.error().message));
    checkMessage(state.error());
    QVERIFY(peer.received() > 0);
    QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
}

void TestIpmiClient::ipv6Endpoint()
{
    // FreeIPMI (1.6.1 on) takes "[v6]:port": the request must reach a peer on ::1.
    GarbagePeer peer([](const QByteArray &) { return QByteArray(); }, true);
    if (!peer.port())
        QSKIP("no IPv6 loopback here");
    auto client = makeIpmiClient(settingsFor(QStringLiteral("::1"), peer.port(), 400, 1));
    const auto state = client->powerState();
    QVERIFY(!state.ok());
    QCOMPARE(state.error().code, QLatin1String(Errors::Unreachable));
    QVERIFY2(state.error().message.contains(QStringLiteral("[::1]:%1").arg(peer.port())), qPrintable(state.error().message));
    QVERIFY(peer.received() > 0);
}

void TestIpmiClient::factory()
{
    Settings settings = settingsFor(QStringLiteral("127.0.0.1"), deadPort());
    settings.protocol = Protocol::Ipmi;
    auto client = makeClient(settings);
    QVERIFY(client);
    QVERIFY(client->presentedFingerprint().isEmpty());
}

QTEST_GUILESS_MAIN(TestIpmiClient)
#include "tst_ipmiclient.moc"
