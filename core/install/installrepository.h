// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "install.h"

#include "common/macaddress.h"
#include "common/result.h"

#include <QHash>
#include <QList>

#include <optional>

namespace Crashcart::Inventory {
class Database;
}

namespace Crashcart::Install {

// What a callback did, for the HTTP answer: 200 when recorded (or a replay, acknowledged),
// 404 when the token names no running install.
struct Verdict
{
    int status = 200;
    QString message;   // for the body of a 4xx
    MacAddress mac;    // the host, when the token named one
    bool ended = false; // this callback ended the install (done or failed)
};

// The installs table, and the host state that follows it. Every write is one transaction
// with its timeline events. Lives on the database's thread.
class InstallRepository
{
public:
    explicit InstallRepository(Inventory::Database &db) : m_db(db) { }

    // Arms the hosts (HostRepository::setArmed) and starts an install for each, ending the
    // attempt each may still have running (as cancelled: "re-armed"). |armedBy| is the OS user.
    Result<QList<MacAddress>> arm(const QList<MacAddress> &macs, const QString &armedBy);
    // Disarms the hosts: their running installs end cancelled (or |endAs|: Failed when the BMC
    // could not boot them), they boot their disks again.
    Result<QList<MacAddress>> disarm(const QList<MacAddress> &macs, const QString &reason,
                                     InstallState endAs = InstallState::Cancelled);
    // Armed hosts without a running install (armed before installs were recorded) get one.
    Result<int> adoptArmedHosts();

    Result<std::optional<Install>> latest(const MacAddress &mac) const;
    Result<QList<Install>> forHost(const MacAddress &mac) const;
    Result<QList<Install>> running() const;
    // Each host's latest install (one query, for a table of every host).
    Result<QHash<MacAddress, Install>> latestForAll() const;
    Result<QByteArray> report(qint64 installId) const;
    Result<QString> log(qint64 installId) const;

    // The callbacks, each applied whole or not at all.
    Result<Verdict> progress(const QString &token, const Progress &progress);
    Result<Verdict> storeReport(const QString &token, const QByteArray &json);
    Result<Verdict> storeLog(const QString &token, const QString &text);

    // What Anaconda's syslog says of the host's running install (Syslog::anacondaProgress):
    // the stage and, when given, the percent, which never goes down (a line may arrive late);
    // a Ready install becomes Installing and its timeout starts again. No event of its own:
    // the syslog line is on the timeline already. 404 when |mac| has no running install.
    Result<Verdict> syslogProgress(const MacAddress &mac, const QString &stage, std::optional<int> percent);

    // A callback refused before it could be applied (bad JSON, too large): on the timeline of
    // the host whose token it carried, when the token names one. Returns that host, or null.
    Result<MacAddress> noteRefused(const QString &token, const QString &what, const QString &reason);

    // The boot chain was heard from these hosts (the event recorder wrote their events): a
    // Ready install becomes Installing, and every running one's timeout starts again. Returns the
    // hosts whose install started just now.
    Result<QList<MacAddress>> noteActivity(const QList<MacAddress> &macs, const QDateTime &at);
    // Installs silent for longer than their profile's timeout end Failed ("stalled after ...").
    Result<QList<MacAddress>> failStalled(const QDateTime &now);

private:
    Result<std::optional<Install>> byToken(const QString &token) const;
    Result<QString> text(qint64 installId, const QString &column) const; // report or log
    Result<void> end(const Install &install, InstallState state, const QString &outcome, const QDateTime &at);
    Result<void> startFor(const MacAddress &mac, const QString &profile, const QString &armedBy, const QDateTime &at);
    // The running install |token| names; else the refusal to answer with (its event written,
    // when the token names a host).
    struct Lookup
    {
        std::optional<Install> install;
        Verdict refusal;
    };
    Result<Lookup> runningInstall(const QString &token, const QString &what);
    // Ready -> Installing for the host, with an install.started event saying |how| it was heard.
    Result<void> markStarted(const Install &install, const QString &how, const QDateTime &at);
    // Keeps |value| in |column| (report, log) of the install |token| names, with an event.
    Result<Verdict> store(const QString &token, const QString &what, const QString &column, const QString &value,
                          const QString &summary);

    Inventory::Database &m_db;
};

} // namespace Crashcart::Install
