// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventrecorder.h"

#include "snapshot.h"

#include "inventory/database.h"
#include "inventory/eventlog.h"
#include "netboot/syslog/anacondaprogress.h"

#include <QRegularExpression>
#include <QSet>

namespace Crashcart::BootConfig {

namespace {

constexpr int kMaxPending = 10000; // a flood of requests cannot grow memory without bound
constexpr int kMaxLearned = 4096;
constexpr int kSyslogRecorded = 5; // notice: lines this severe or worse are recorded

// A MAC named in a file: pxelinux.cfg/01-aa-bb-..., grub.cfg-01-aa:bb:..., ipxe/<mac>.ipxe,
// ks/<mac>.cfg.
MacAddress macInName(const QString &file)
{
    static const QRegularExpression re(QStringLiteral("(?:^|[/-])(?:01-)?((?:[0-9A-Fa-f]{2}[-:]){5}[0-9A-Fa-f]{2})(?:\\.|$)"));
    const auto m = re.match(file);
    if (!m.hasMatch())
        return {};
    auto mac = MacAddress::parse(m.captured(1));
    return mac ? *mac : MacAddress();
}

// A loader config made for one host: what a host that is not armed gets to boot its disk.
bool isHostLoaderConfig(const QString &file)
{
    const QString name = file.startsWith(u'/') ? file.mid(1) : file;
    return name.startsWith(QLatin1String("pxelinux.cfg/01-")) || name.section(u'/', -1).startsWith(QLatin1String("grub.cfg-01-"))
        || (name.startsWith(QLatin1String("ipxe/")) && name.endsWith(QLatin1String(".ipxe")));
}

QString key(const QHostAddress &a)
{
    bool v4 = false;
    const quint32 ip = a.toIPv4Address(&v4);
    return v4 ? QHostAddress(ip).toString() : a.toString();
}

} // namespace

EventRecorder::EventRecorder(Inventory::Database &db, const SnapshotHolder &snapshots, QObject *parent)
    : QObject(parent), m_db(db), m_snapshots(snapshots), m_neighbours([this](const QHostAddress &a) { return m_arp.lookup(a); })
{
    m_flush.setInterval(250);
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &EventRecorder::flush);
}

EventRecorder::~EventRecorder()
{
    flush();
}

MacAddress EventRecorder::resolve(const QHostAddress &client, const QString &file)
{
    MacAddress mac = macInName(file);
    const QString k = key(client);
    if (!mac.isNull()) {
        if (m_learned.size() < kMaxLearned || m_learned.contains(k))
            m_learned.insert(k, mac);
        return mac;
    }
    mac = m_learned.value(k);
    if (mac.isNull())
        mac = m_snapshots.get()->macForAddress(client);
    if (mac.isNull() && m_neighbours)
        mac = m_neighbours(client);
    if (!mac.isNull() && m_learned.size() < kMaxLearned)
        m_learned.insert(k, mac);
    return mac;
}

void EventRecorder::noteLocalBoot(const MacAddress &mac, const QString &file)
{
    if (mac.isNull() || !isHostLoaderConfig(file))
        return;
    const auto snapshot = m_snapshots.get();
    const Inventory::Host *host = snapshot->host(mac);
    if (!host || host->state == Inventory::HostState::Ready || host->state == Inventory::HostState::Installing)
        return;
    // Boot-once made visible: after an install (or for a host never armed) the config said "local disk".
    add(mac, QStringLiteral("boot.local"), Inventory::stateName(host->state));
}

void EventRecorder::add(const MacAddress &mac, const QString &kind, const QString &message)
{
    Q_EMIT recorded(mac, kind, message);
    if (mac.isNull() || m_pending.size() >= kMaxPending)
        return; // an event needs a host; the live log still showed it
    m_pending.append({ mac, kind, message, QDateTime::currentDateTimeUtc() });
    if (!m_flush.isActive())
        m_flush.start();
}

void EventRecorder::dhcpAnswered(const MacAddress &mac, int architecture, const QByteArray &file, bool pxePort)
{
    add(mac, QStringLiteral("boot.dhcp"),
        QStringLiteral("%1 arch %2 %3").arg(pxePort ? QStringLiteral("ack") : QStringLiteral("offer")).arg(architecture)
            .arg(QString::fromLatin1(file)));
}

void EventRecorder::dhcpLeased(const MacAddress &mac, const QHostAddress &address)
{
    add(mac, QStringLiteral("boot.lease"), address.toString());
}

void EventRecorder::tftpStarted(quint64 id, const QHostAddress &client, const QString &file)
{
    if (m_transfers.size() < kMaxPending)
        m_transfers.insert(id, { client, file, resolve(client, file) });
}

void EventRecorder::tftpFinished(quint64 id, bool ok, const QString &message, qint64 bytes, qint64 elapsedMs, int retransmits)
{
    const Transfer t = m_transfers.take(id);
    if (t.file.isEmpty())
        return;
    if (ok && bytes == 0 && !message.isEmpty())
        return; // firmware asking a file's size before fetching it: not an event of its own
    if (ok) {
        // Resent blocks say the link (or the client) loses packets: worth seeing on the timeline.
        QString what = QStringLiteral("%1 %2 bytes %3 ms").arg(t.file).arg(bytes).arg(elapsedMs);
        if (retransmits > 0)
            what += QStringLiteral(", %1 retransmits").arg(retransmits);
        if (!message.isEmpty())
            what += QStringLiteral(" (%1)").arg(message); // done, but the last ACK never came
        add(t.mac, QStringLiteral("boot.tftp"), what);
        noteLocalBoot(t.mac, t.file);
    }
    else
        add(t.mac, QStringLiteral("boot.tftp-failed"), QStringLiteral("%1: %2").arg(t.file, message));
}

void EventRecorder::tftpRefused(const QHostAddress &client, const QString &file, const QString &reason)
{
    add(resolve(client, file), QStringLiteral("boot.refused"), QStringLiteral("tftp %1: %2").arg(file, reason));
}

void EventRecorder::httpAccessed(const QHostAddress &client, const MacAddress &mac, const QByteArray &method,
                                 const QString &path, int status, qint64 bytes)
{
    // An installer's callbacks are recorded by the install tracker, with what they said.
    if (method == "POST")
        return;
    MacAddress who = mac;
    if (!who.isNull()) {
        if (m_learned.size() < kMaxLearned)
            m_learned.insert(key(client), who);
    } else {
        who = resolve(client, path);
    }
    add(who, QStringLiteral("boot.http"),
        QStringLiteral("%1 %2 %3 %4 bytes").arg(QString::fromLatin1(method), path).arg(status).arg(bytes));
    if (status == 200 && method == "GET")
        noteLocalBoot(who, path);
}

MacAddress EventRecorder::syslogReceived(const QHostAddress &from, const MacAddress &mac, const Netboot::Syslog::Message &message)
{
    MacAddress who = resolve(from);
    if (who.isNull())
        who = mac;
    const auto progress = Netboot::Syslog::anacondaProgress(message.text);
    if (message.severity > kSyslogRecorded && !progress)
        return who;
    add(who, QStringLiteral("install.syslog"),
        QStringLiteral("%1 %2: %3").arg(message.severityName(), message.app.isEmpty() ? QStringLiteral("-") : message.app, message.text));
    if (progress && !who.isNull())
        Q_EMIT syslogProgress(who, progress->stage, progress->percent);
    return who;
}

void EventRecorder::flush()
{
    if (m_pending.isEmpty())
        return;
    const QList<Pending> batch = std::exchange(m_pending, {});
    Inventory::Transaction tx(m_db);
    auto r = tx.begin();
    Inventory::EventLog log(m_db);
    for (const Pending &p : batch) {
        if (!r)
            break;
        r = log.append(p.mac, p.kind, p.message, p.at);
    }
    if (r)
        r = tx.commit();
    if (!r) {
        Q_EMIT writeFailed(r.error().message);
        return;
    }
    QList<MacAddress> macs;
    QSet<MacAddress> seen;
    for (const Pending &p : batch) {
        if (!seen.contains(p.mac)) {
            seen.insert(p.mac);
            macs.append(p.mac);
        }
    }
    Q_EMIT written(macs);
}

} // namespace Crashcart::BootConfig
