// SPDX-License-Identifier: GPL-3.0-or-later
#include "servelog.h"

#include "bootconfig/eventrecorder.h"
#include "bootconfig/inventoryboot.h"
#include "netboot/netbootservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

namespace Crashcart::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Cli::Serve)
};

QString rate(qint64 bytes, qint64 ms)
{
    return ms > 0 ? QString::number(double(bytes) / 1e3 / double(ms), 'f', 1) : QStringLiteral("-");
}

} // namespace

ServeLog::ServeLog(Netboot::NetbootService &service, const Netboot::ServiceConfig &config, Roots roots, QTextStream &out,
                   QTextStream &err, QObject *parent)
    : QObject(parent), m_config(config), m_roots(std::move(roots)), m_out(out), m_err(err)
{
    connectServers(service);
    connectTraffic(service);
    connect(&m_flush, &QTimer::timeout, this, [this] { m_out.flush(); });
    m_flush.start(200);
}

ServeLog::~ServeLog()
{
    m_out.flush();
}

QString ServeLog::stamp()
{
    // QDateTime::toString() per line cost more than answering a small HTTP request: the text
    // up to the second is made once a second, the milliseconds appended.
    thread_local qint64 second = -1;
    thread_local QString prefix;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 s = now / 1000;
    if (s != second) {
        second = s;
        prefix = QDateTime::fromSecsSinceEpoch(s, Qt::UTC).toString(Qt::ISODate); // ...T02:47:18Z
        prefix.chop(1);
        prefix += u'.';
    }
    const int ms = int(now % 1000);
    const char16_t digits[] = { char16_t(u'0' + ms / 100), char16_t(u'0' + ms / 10 % 10), char16_t(u'0' + ms % 10), u'Z' };
    return prefix + QStringView(digits, 4);
}

void ServeLog::connectServers(Netboot::NetbootService &service)
{
    using Netboot::NetbootService;
    using Netboot::ServerKind;
    connect(&service, &NetbootService::started, this, [this](ServerKind server, quint16 port) {
        if (server == ServerKind::Dhcp)
            return; // dhcpListening says more
        if (server == ServerKind::Syslog) {
            m_out << stamp() << " syslog listening on " << m_config.listen.toString() << ':' << port << " (udp and tcp)" << Qt::endl;
            return;
        }
        const bool tftp = server == ServerKind::Tftp;
        m_out << stamp() << (tftp ? " tftp" : " http") << " listening on " << m_config.listen.toString() << ':' << port
              << " serving " << (tftp ? m_roots.tftp : m_roots.http) << Qt::endl;
    });
    connect(&service, &NetbootService::dhcpListening, this, [this](quint16 dhcpPort, quint16 pxePort, const QHostAddress &boot) {
        m_out << stamp()
              << (m_config.dhcpMode == Netboot::DhcpMode::Full ? " dhcp (full) listening on ports " : " proxydhcp listening on ports ")
              << dhcpPort << " and " << pxePort << ", boot server " << boot.toString() << Qt::endl;
    });
    connect(&service, &NetbootService::warning, this, [this](ServerKind, const QString &message) {
        m_err << Tr::tr("warning: %1").arg(message) << Qt::endl;
    });
}

void ServeLog::connectTraffic(Netboot::NetbootService &service)
{
    using Netboot::NetbootService;
    connect(&service, &NetbootService::transferStarted, this, [this](const Netboot::Tftp::TransferInfo &t, const MacAddress &) {
        m_out << stamp() << " tftp " << t.client.toString() << ':' << t.clientPort << " #" << t.id << " send " << t.file << " ("
              << t.size << " bytes, blksize " << t.blockSize << ", windowsize " << t.windowSize << ")";
        // What the client was told: RFC 2347's OACK as sent (a client that asked for nothing gets none).
        if (!t.oack.isEmpty()) {
            m_out << " oack";
            for (const auto &[name, value] : t.oack)
                m_out << ' ' << QString::fromLatin1(name) << '=' << QString::fromLatin1(value);
        }
        m_out << '\n';
    });
    connect(&service, &NetbootService::transferFinished, this,
            [this](quint64 id, bool ok, const QString &message, qint64 bytes, qint64 ms, int retransmits, qint64 windows) {
                m_out << stamp() << " tftp #" << id << (ok ? " done " : " failed ") << bytes << " bytes in " << ms << " ms ("
                      << rate(bytes, ms) << " MB/s, " << windows << " windows, " << retransmits << " retransmits)"
                      << (message.isEmpty() ? QString() : QStringLiteral(": ") + message) << '\n';
            });
    connect(&service, &NetbootService::requestRefused, this,
            [this](const QHostAddress &client, const MacAddress &, const QString &file, const QString &reason) {
                m_out << stamp() << " tftp " << client.toString() << " refused " << file << ": " << reason << '\n';
            });
    connect(&service, &NetbootService::httpAccessed, this, [this](const Netboot::Http::Access &a) {
        m_out << stamp() << " http " << a.client.toString() << ' ' << a.method << ' ' << a.path << ' ' << a.status << ' '
              << a.bytes << (a.mac.isNull() ? QString() : QStringLiteral(" mac ") + a.mac.toString()) << '\n';
    });
    connect(&service, &NetbootService::dhcpAnswered, this,
            [this](const MacAddress &mac, int architecture, const QByteArray &file, bool pxePort) {
                m_out << stamp() << " dhcp " << mac.toString() << (pxePort ? " ack" : " offer") << " arch " << architecture << ' '
                      << file << '\n';
            });
    connect(&service, &NetbootService::syslogReceived, this,
            [this](const QHostAddress &from, const MacAddress &, const Netboot::Syslog::Message &m) {
                m_out << stamp() << " syslog " << from.toString() << ' ' << m.severityName() << ' '
                      << (m.app.isEmpty() ? QStringLiteral("-") : m.app) << ": " << m.text << '\n';
            });
    connect(&service, &NetbootService::syslogIgnored, this, [this](const QHostAddress &from, const QString &reason) {
        m_out << stamp() << " syslog " << from.toString() << " ignored: " << reason << '\n';
    });
    connect(&service, &NetbootService::dhcpIgnored, this, [this](const QHostAddress &from, const QString &reason) {
        m_out << stamp() << " dhcp " << from.toString() << " ignored: " << reason << '\n';
    });
    connect(&service, &NetbootService::dhcpLeased, this, [this](const MacAddress &mac, const QHostAddress &address, bool ack) {
        m_out << stamp() << " dhcp " << mac.toString() << (ack ? " lease " : " offer-address ") << address.toString() << '\n';
    });
}

void ServeLog::watch(BootConfig::InventoryBoot &boot)
{
    connect(&boot, &BootConfig::InventoryBoot::reloadFailed, this, [this](const QString &message) {
        m_err << Tr::tr("warning: the inventory cannot be read: %1").arg(message) << Qt::endl;
    });
    connect(boot.recorder(), &BootConfig::EventRecorder::writeFailed, this, [this](const QString &message) {
        m_err << Tr::tr("warning: events not recorded: %1").arg(message) << Qt::endl;
    });
}

} // namespace Crashcart::Cli
