// SPDX-License-Identifier: GPL-3.0-or-later
#include "bmc/bmc.h"
#include "bmc/redfishclient.h"
#include "fakeredfishserver.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTest>

using namespace Crashcart::Bmc;
using namespace Qt::StringLiterals;
using Server = FakeRedfishServer;

namespace {

const QString uuid1 = u"11111111-2222-3333-4444-555555555555"_s;
const QString uuid2 = u"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"_s;

Server::System system(const QString &id, const QString &uuid, const QString &mac)
{
    Server::System s;
    s.id = id;
    s.uuid = uuid;
    s.mac = mac;
    return s;
}

QString fingerprintOfFile(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QSslCertificate(f.readAll()).digest(QCryptographicHash::Sha256).toHex());
}

int count(const Server &server, const QByteArray &verb, const QString &pathPart = {})
{
    int n = 0;
    const auto requests = server.state().requests;
    for (const auto &r : requests)
        n += r.verb == verb && QString::fromLatin1(r.path).contains(pathPart);
    return n;
}

} // namespace

class TestRedfishClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sessionAuth();
    void sessionExpired();
    void basicFallback();
    void basicForTheRoot();
    void wrongPassword_data();
    void wrongPassword();
    void systemChoice_data();
    void systemChoice();
    void bootWithEtag();
    void bootEtagChangedTwice();
    void bootTargetNotOffered();
    void bootWithoutMode();
    void clearNextBoot();
    void clearNextBootSushyStyle();
    void resetTypes();
    void tlsUnknownThenPinned();
    void tlsChanged();
    void tlsTrustedCertificate();
    void unreachable();
    void silentBmc();
    void garbage_data();
    void garbage();
    void serverError_data();
    void serverError();
    void resetRefused_data();
    void resetRefused();
    void silentReset();
    void resetTypesFromActionInfo();
    void softOffWithPowerButton();

private:
    Settings settings(quint16 port, bool tls = false) const;
    std::unique_ptr<Server> m_server;
    quint16 m_port = 0;
};

Settings TestRedfishClient::settings(quint16 port, bool tls) const
{
    Settings s;
    s.protocol = Protocol::Redfish;
    s.endpoint.host = u"127.0.0.1"_s;
    s.endpoint.port = port;
    s.credentials = { u"admin"_s, u"s3cr\"et"_s };
    s.timeoutMs = 3000;
    s.attempts = 2;
    s.plainHttp = !tls;
    return s;
}

void TestRedfishClient::init()
{
    m_server = std::make_unique<Server>();
    Server::State state;
    state.systems = { system(u"1"_s, uuid1, u"52:54:00:00:00:01"_s) };
    m_server->setState(state);
    m_port = m_server->start();
    QVERIFY(m_port);
}

void TestRedfishClient::sessionAuth()
{
    {
        auto client = makeRedfishClient(settings(m_port));
        auto power = client->powerState();
        QVERIFY2(power, qPrintable(power ? QString() : power.error().message));
        QCOMPARE(*power, PowerState::Off);
        QVERIFY(client->setPower(PowerAction::On));
        QCOMPARE(*client->powerState(), PowerState::On);
        QCOMPARE(m_server->state().liveSessions.size(), 1);
    }
    // One session, its token on every request, no password after the login; deleted at the end.
    const Server::State state = m_server->state();
    QCOMPARE(count(*m_server, "POST", u"/Sessions"_s), 1);
    QCOMPARE(count(*m_server, "DELETE", u"/Sessions/1"_s), 1);
    QVERIFY(state.liveSessions.isEmpty());
    for (const auto &r : state.requests) {
        QVERIFY2(!r.headers.contains("authorization"), r.path.constData());
        if (r.path != "/redfish/v1/" && r.path != "/redfish/v1/SessionService/Sessions")
            QCOMPARE(r.headers.value("x-auth-token"), QByteArray("token-1"));
    }
}

void TestRedfishClient::sessionExpired()
{
    {
        auto client = makeRedfishClient(settings(m_port));
        QVERIFY(client->powerState());
        m_server->update([](Server::State &s) { s.liveSessions.clear(); }); // the BMC rebooted
        auto power = client->powerState();
        QVERIFY2(power, qPrintable(power ? QString() : power.error().message));
        QCOMPARE(count(*m_server, "POST", u"/Sessions"_s), 2);
    }
    QCOMPARE(count(*m_server, "DELETE", u"/Sessions/2"_s), 1);
    QVERIFY(m_server->state().liveSessions.isEmpty());
}

void TestRedfishClient::basicFallback()
{
    m_server->update([](Server::State &s) { s.sessions = false; });
    auto client = makeRedfishClient(settings(m_port));
    auto power = client->powerState();
    QVERIFY2(power, qPrintable(power ? QString() : power.error().message));
    QCOMPARE(count(*m_server, "POST", u"/Sessions"_s), 0);
    const auto requests = m_server->state().requests;
    QVERIFY(requests.last().headers.value("authorization").startsWith("Basic "));
}

void TestRedfishClient::basicForTheRoot()
{
    // sushy-tools with an auth file: even the service root wants credentials, and no sessions.
    m_server->update([](Server::State &s) {
        s.sessions = false;
        s.rootNeedsAuth = true;
    });
    auto client = makeRedfishClient(settings(m_port));
    auto boot = client->nextBoot();
    QVERIFY2(boot, qPrintable(boot ? QString() : boot.error().message));
    QCOMPARE(boot->device, BootDevice::None);
}

void TestRedfishClient::wrongPassword_data()
{
    QTest::addColumn<bool>("sessions");
    QTest::newRow("session") << true;
    QTest::newRow("basic") << false;
}

void TestRedfishClient::wrongPassword()
{
    QFETCH(bool, sessions);
    m_server->update([sessions](Server::State &s) { s.sessions = sessions; });
    Settings s = settings(m_port);
    s.credentials.password = u"wrong-password-42"_s;
    auto client = makeRedfishClient(s);
    auto power = client->powerState();
    QVERIFY(!power);
    QCOMPARE(power.error().code, QString::fromLatin1(Errors::Auth));
    QVERIFY2(power.error().message.contains(u"127.0.0.1:"_s), qPrintable(power.error().message));
    QVERIFY(power.error().message.contains(u"admin"_s));
    QVERIFY(!power.error().message.contains(u"wrong-password-42"_s));
}

void TestRedfishClient::systemChoice_data()
{
    QTest::addColumn<QString>("hint");
    QTest::addColumn<QString>("expected"); // the system's id; empty: refused
    QTest::newRow("no hint") << QString() << QString();
    QTest::newRow("MAC") << u"52:54:00:00:00:02"_s << u"2"_s;
    QTest::newRow("MAC, upper case with dashes") << u"52-54-00-00-00-03"_s.toUpper() << u"3"_s;
    QTest::newRow("UUID") << uuid2.toUpper() << u"2"_s;
    QTest::newRow("unknown") << u"52:54:00:00:00:99"_s << QString();
}

void TestRedfishClient::systemChoice()
{
    QFETCH(QString, hint);
    QFETCH(QString, expected);
    m_server->update([](Server::State &s) {
        s.systems = { system(u"1"_s, uuid1, u"52:54:00:00:00:01"_s), system(u"2"_s, uuid2, u"52:54:00:00:00:02"_s),
                      system(u"3"_s, u"33333333-2222-3333-4444-555555555555"_s, u"52:54:00:00:00:03"_s) };
    });
    Settings s = settings(m_port);
    s.systemHint = hint;
    auto client = makeRedfishClient(s);
    auto result = client->setPower(PowerAction::On);
    if (expected.isEmpty()) {
        QVERIFY(!result);
        QCOMPARE(result.error().code, QString::fromLatin1(Redfish::SystemChoice));
        // The message lists the systems so that the admin can pick one.
        for (const char *id : { "/Systems/1", "/Systems/2", "/Systems/3" })
            QVERIFY2(result.error().message.contains(QLatin1String(id)), qPrintable(result.error().message));
        QCOMPARE(count(*m_server, "POST", u"Reset"_s), 0);
        return;
    }
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    const auto systems = m_server->state().systems;
    for (const auto &sys : systems)
        QCOMPARE(sys.power, sys.id == expected ? u"On"_s : u"Off"_s);
}

void TestRedfishClient::bootWithEtag()
{
    m_server->update([](Server::State &s) {
        s.systems[0].etag = 7;
        s.fail412 = 1; // someone else changed the system between our GET and our PATCH
    });
    auto client = makeRedfishClient(settings(m_port));
    auto set = client->setNextBoot(BootDevice::Pxe, BootMode::Uefi, true);
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    QCOMPARE(count(*m_server, "PATCH"), 2);
    const auto requests = m_server->state().requests;
    QByteArrayList ifMatch;
    for (const auto &r : requests) {
        if (r.verb == "PATCH")
            ifMatch << r.headers.value("if-match");
    }
    QCOMPARE(ifMatch, (QByteArrayList { "W/\"7\"", "W/\"8\"" }));
    auto boot = client->nextBoot();
    QVERIFY(boot);
    QCOMPARE(*boot, (BootOverride { BootDevice::Pxe, true, BootMode::Uefi }));

    QVERIFY(client->setNextBoot(BootDevice::Pxe, BootMode::Legacy, false));
    QCOMPARE(*client->nextBoot(), (BootOverride { BootDevice::Pxe, false, BootMode::Legacy }));
}

void TestRedfishClient::bootEtagChangedTwice()
{
    m_server->update([](Server::State &s) {
        s.systems[0].etag = 1;
        s.fail412 = 2;
    });
    auto client = makeRedfishClient(settings(m_port));
    auto set = client->setNextBoot(BootDevice::Pxe, BootMode::Uefi, true);
    QVERIFY(!set);
    QCOMPARE(set.error().code, QString::fromLatin1(Errors::Refused));
    QVERIFY2(set.error().message.contains(u"412"_s), qPrintable(set.error().message));
    QVERIFY(set.error().message.contains(u"The resource has changed"_s));
    QCOMPARE(count(*m_server, "PATCH"), 2);
}

void TestRedfishClient::bootTargetNotOffered()
{
    auto client = makeRedfishClient(settings(m_port));
    auto set = client->setNextBoot(BootDevice::BiosSetup, BootMode::Unknown, true);
    QVERIFY(!set);
    QCOMPARE(set.error().code, QString::fromLatin1(Errors::Unsupported));
    QCOMPARE(count(*m_server, "PATCH"), 0);
}

void TestRedfishClient::bootWithoutMode()
{
    // iLO 4: no BootSourceOverrideMode reported, and a PATCH naming one refused.
    m_server->update([](Server::State &s) { s.systems[0].mode.clear(); });
    auto client = makeRedfishClient(settings(m_port));
    auto set = client->setNextBoot(BootDevice::Pxe, BootMode::Uefi, true);
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    // Asked with the mode first (refused), then without.
    QCOMPARE(count(*m_server, "PATCH"), 2);
    QCOMPARE(m_server->state().requests.last().body,
             QByteArray(R"({"Boot":{"BootSourceOverrideEnabled":"Once","BootSourceOverrideTarget":"Pxe"}})"));
    QCOMPARE(*client->nextBoot(), (BootOverride { BootDevice::Pxe, true, BootMode::Unknown }));
}

void TestRedfishClient::clearNextBoot()
{
    auto client = makeRedfishClient(settings(m_port));
    QVERIFY(client->setNextBoot(BootDevice::Pxe, BootMode::Legacy, true));
    QVERIFY(client->clearNextBoot());
    QCOMPARE(count(*m_server, "PATCH"), 2);
    QCOMPARE(client->nextBoot()->device, BootDevice::None);
}

void TestRedfishClient::clearNextBootSushyStyle()
{
    // Refuses a Boot without target and the target None: the disk is what is left.
    m_server->update([](Server::State &s) {
        s.refuseDisabledOnly = true;
        s.refuseTargetNone = true;
    });
    auto client = makeRedfishClient(settings(m_port));
    QVERIFY(client->setNextBoot(BootDevice::Pxe, BootMode::Legacy, false));
    auto cleared = client->clearNextBoot();
    QVERIFY2(cleared, qPrintable(cleared ? QString() : cleared.error().message));
    QCOMPARE(count(*m_server, "PATCH"), 4);
    QCOMPARE(m_server->state().systems[0].target, u"Hdd"_s);
}

void TestRedfishClient::resetTypes()
{
    auto resetBodies = [this] {
        QStringList out;
        const auto requests = m_server->state().requests;
        for (const auto &r : requests) {
            if (r.verb == "POST" && r.path.endsWith("ComputerSystem.Reset"))
                out << QString::fromLatin1(r.body);
        }
        return out;
    };
    auto client = makeRedfishClient(settings(m_port));
    QVERIFY(client->setPower(PowerAction::Cycle));   // no PowerCycle offered: ForceRestart
    QVERIFY(client->setPower(PowerAction::Off));
    QVERIFY(client->setPower(PowerAction::SoftOff));
    QVERIFY(client->setPower(PowerAction::Reset));
    QCOMPARE(resetBodies(),
             (QStringList { uR"({"ResetType":"ForceRestart"})"_s, uR"({"ResetType":"ForceOff"})"_s,
                            uR"({"ResetType":"GracefulShutdown"})"_s, uR"({"ResetType":"ForceRestart"})"_s }));

    m_server->update([](Server::State &s) { s.systems[0].resetTypes = { u"On"_s, u"PowerCycle"_s }; });
    QVERIFY(client->setPower(PowerAction::Cycle));
    QCOMPARE(resetBodies().last(), uR"({"ResetType":"PowerCycle"})"_s);
    auto off = client->setPower(PowerAction::Off);
    QVERIFY(!off);
    QCOMPARE(off.error().code, QString::fromLatin1(Errors::Unsupported));
    QCOMPARE(resetBodies().size(), 5);
}

void TestRedfishClient::tlsUnknownThenPinned()
{
    const QString cert = QFINDTESTDATA("data/tls/a.crt");
    const QString fingerprint = fingerprintOfFile(cert);
    QCOMPARE(fingerprint.size(), 64);
    m_server->stop();
    const quint16 port = m_server->start(cert, QFINDTESTDATA("data/tls/a.key"));
    QVERIFY(port);

    auto client = makeRedfishClient(settings(port, true));
    auto power = client->powerState();
    QVERIFY(!power);
    QCOMPARE(power.error().code, QString::fromLatin1(Errors::TlsUnknown));
    QVERIFY2(power.error().message.contains(fingerprint), qPrintable(power.error().message));
    QCOMPARE(client->presentedFingerprint(), fingerprint);
    QCOMPARE(count(*m_server, "GET"), 0); // nothing was sent over the unaccepted connection

    Settings pinned = settings(port, true);
    pinned.tlsFingerprint = fingerprint.toUpper(); // as an admin may paste it
    auto accepted = makeRedfishClient(pinned);
    power = accepted->powerState();
    QVERIFY2(power, qPrintable(power ? QString() : power.error().message));
    QCOMPARE(*power, PowerState::Off);
}

void TestRedfishClient::tlsChanged()
{
    m_server->stop();
    const quint16 port = m_server->start(QFINDTESTDATA("data/tls/b.crt"), QFINDTESTDATA("data/tls/b.key"));
    QVERIFY(port);
    const QString accepted = fingerprintOfFile(QFINDTESTDATA("data/tls/a.crt"));
    const QString presented = fingerprintOfFile(QFINDTESTDATA("data/tls/b.crt"));
    Settings s = settings(port, true);
    s.tlsFingerprint = accepted;
    auto client = makeRedfishClient(s);
    auto power = client->powerState();
    QVERIFY(!power);
    QCOMPARE(power.error().code, QString::fromLatin1(Errors::TlsChanged));
    QVERIFY2(power.error().message.contains(accepted) && power.error().message.contains(presented),
             qPrintable(power.error().message));
    QCOMPARE(client->presentedFingerprint(), presented);
    QCOMPARE(count(*m_server, "GET"), 0);
}

void TestRedfishClient::tlsTrustedCertificate()
{
    // The system trusts the certificate (here: the test CA is added to the defaults): taken
    // without a pin, refused with the pin of another one.
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = saved;
    trusting.addCaCertificates(QFINDTESTDATA("data/tls/ca.crt"));
    QSslConfiguration::setDefaultConfiguration(trusting);
    m_server->stop();
    const quint16 port = m_server->start(QFINDTESTDATA("data/tls/trusted.crt"), QFINDTESTDATA("data/tls/trusted.key"));
    QVERIFY(port);

    auto client = makeRedfishClient(settings(port, true));
    auto power = client->powerState();
    const QString error = power ? QString() : power.error().message;

    Settings s = settings(port, true);
    s.tlsFingerprint = fingerprintOfFile(QFINDTESTDATA("data/tls/a.crt"));
    auto pinnedOther = makeRedfishClient(s);
    auto refused = pinnedOther->powerState();
    QSslConfiguration::setDefaultConfiguration(saved);

    QVERIFY2(power, qPrintable(error));
    QCOMPARE(client->presentedFingerprint(), fingerprintOfFile(QFINDTESTDATA("data/tls/trusted.crt")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QString::fromLatin1(Errors::TlsChanged));
}

void TestRedfishClient::unreachable()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 dead = probe.serverPort();
    probe.close();
    for (bool tls : { false, true }) {
        QElapsedTimer timer;
        timer.start();
        auto client = makeRedfishClient(settings(dead, tls));
        auto power = client->powerState();
        QVERIFY(!power);
        QCOMPARE(power.error().code, QString::fromLatin1(Errors::Unreachable));
        QVERIFY2(power.error().message.contains(u"127.0.0.1:"_s + QString::number(dead)), qPrintable(power.error().message));
        QVERIFY(timer.elapsed() < 2 * 3000);
    }
}

void TestRedfishClient::silentBmc()
{
    // Accepts, reads, never answers: each attempt ends at the timeout.
    m_server->update([](Server::State &s) { s.misbehave = Server::Misbehave::Silent; });
    Settings s = settings(m_port);
    s.timeoutMs = 300;
    s.attempts = 2;
    QElapsedTimer timer;
    timer.start();
    auto client = makeRedfishClient(s);
    auto power = client->powerState();
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!power);
    QCOMPARE(power.error().code, QString::fromLatin1(Errors::Unreachable));
    QCOMPARE(count(*m_server, "GET"), 2);
    QVERIFY2(elapsed >= 2 * 300 && elapsed < 2 * 300 + 2000, qPrintable(QString::number(elapsed)));
}

void TestRedfishClient::garbage_data()
{
    QTest::addColumn<int>("misbehave");
    QTest::addColumn<QString>("says"); // a part of the message
    QTest::newRow("not HTTP") << int(Server::Misbehave::NotHttp) << u"BMC 127.0.0.1:"_s;
    QTest::newRow("not JSON") << int(Server::Misbehave::NotJson) << u"the service root: The service root is not JSON"_s;
    QTest::newRow("JSON cut short") << int(Server::Misbehave::BadJson) << u"The service root is not JSON"_s;
    QTest::newRow("5 MiB") << int(Server::Misbehave::Oversized) << u"with more than 4 MiB"_s;
}

void TestRedfishClient::garbage()
{
    QFETCH(int, misbehave);
    QFETCH(QString, says);
    m_server->update([misbehave](Server::State &s) { s.misbehave = Server::Misbehave(misbehave); });
    auto client = makeRedfishClient(settings(m_port));
    auto power = client->powerState();
    QVERIFY(!power);
    QVERIFY2(power.error().code == QLatin1String(Errors::Protocol), qPrintable(power.error().code + u' ' + power.error().message));
    QVERIFY(power.error().message.contains(u"127.0.0.1:"_s));
    QVERIFY2(power.error().message.contains(says), qPrintable(power.error().message));
    QVERIFY(power.error().message.size() < 1000);
}

void TestRedfishClient::serverError_data()
{
    QTest::addColumn<int>("misbehave");
    QTest::addColumn<QString>("says");
    QTest::newRow("Redfish error body") << int(Server::Misbehave::Error500)
                                        << u"Base.1.8.GeneralError: iDRAC is not ready. The configuration values cannot be accessed."_s;
    QTest::newRow("HTML page") << int(Server::Misbehave::Html500)
                               << u"HTTP 500: 500 Internal Server Error Internal Server Error The server encountered an internal error."_s;
}

void TestRedfishClient::serverError()
{
    // The BMC's web server fails the service root.
    QFETCH(int, misbehave);
    QFETCH(QString, says);
    m_server->update([misbehave](Server::State &s) { s.misbehave = Server::Misbehave(misbehave); });
    auto client = makeRedfishClient(settings(m_port));
    auto power = client->powerState();
    QVERIFY(!power);
    const QString message = power.error().message;
    QCOMPARE(power.error().code, QString::fromLatin1(Errors::Refused));
    QVERIFY2(message.startsWith(u"BMC 127.0.0.1:"_s) && message.contains(u"the service root: HTTP 500: "_s), qPrintable(message));
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY2(!message.contains(u'<') && !message.contains(u"session"_s) && message.size() < 400, qPrintable(message));
    QCOMPARE(count(*m_server, "GET"), 1); // an answer, even a bad one, is not retried
}

void TestRedfishClient::resetRefused_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("file"); // an answer in data/redfish; empty: an HTML page
    QTest::addColumn<QString>("says");
    QTest::newRow("iDRAC, 500 not ready")
        << 500 << u"idrac-error-notready.json"_s
        << u"HTTP 500: IDRAC.2.8.SWC0700: iDRAC is not ready. The configuration values cannot be accessed."_s;
    QTest::newRow("iLO, 400 power state") << 400 << u"ilo5-error-systemstate.json"_s
                                          << u"HTTP 400: iLO.2.14.InvalidOperationForSystemState: Power is off"_s;
    QTest::newRow("XCC, 400 not in list") << 400 << u"xcc-error-notinlist.json"_s
                                          << u"HTTP 400: Base.1.8.PropertyValueNotInList: The value Floppy"_s;
    QTest::newRow("500, HTML") << 500 << QString() << u"HTTP 500: 503 Service Unavailable"_s;
}

void TestRedfishClient::resetRefused()
{
    QFETCH(int, status);
    QFETCH(QString, file);
    QFETCH(QString, says);
    QByteArray body = "<html><head><title>503 Service Unavailable</title></head><body>" + QByteArray(4000, 'x')
        + "</body></html>";
    if (!file.isEmpty()) {
        QFile f(QFINDTESTDATA(u"data/redfish/"_s + file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        body = f.readAll();
    }
    m_server->update([status, body](Server::State &s) {
        s.resetStatus = status;
        s.resetAnswer = body;
    });
    auto client = makeRedfishClient(settings(m_port));
    auto reset = client->setPower(PowerAction::Off);
    QVERIFY(!reset);
    const QString message = reset.error().message;
    QCOMPARE(reset.error().code, QString::fromLatin1(Errors::Refused));
    QVERIFY2(message.contains(u"refused the reset ForceOff: "_s + says), qPrintable(message));
    QVERIFY2(!message.contains(u'<') && !message.contains(u'\n') && message.size() < 500, qPrintable(message));
    QCOMPARE(count(*m_server, "POST", u"Reset"_s), 1);
}

void TestRedfishClient::silentReset()
{
    // The reset is taken but never answered: not sent again (it is no GET), bounded by the timeout.
    m_server->update([](Server::State &s) { s.silentReset = true; });
    Settings s = settings(m_port);
    s.timeoutMs = 300;
    QElapsedTimer timer;
    timer.start();
    auto client = makeRedfishClient(s);
    auto reset = client->setPower(PowerAction::Cycle);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!reset);
    QCOMPARE(reset.error().code, QString::fromLatin1(Errors::Unreachable));
    QVERIFY2(reset.error().message.contains(u"did not answer POST /redfish/v1/Systems/1/Actions/ComputerSystem.Reset within 300 ms"_s),
             qPrintable(reset.error().message));
    QCOMPARE(count(*m_server, "POST", u"Reset"_s), 1);
    QVERIFY2(elapsed >= 300 && elapsed < 300 + 2000, qPrintable(QString::number(elapsed)));
}

void TestRedfishClient::resetTypesFromActionInfo()
{
    // Supermicro X11: the types only behind @Redfish.ActionInfo; without PowerCycle among them a
    // cycle is a ForceRestart, not the standard name the BMC would refuse.
    m_server->update([](Server::State &s) { s.systems[0].actionInfo = true; });
    auto client = makeRedfishClient(settings(m_port));
    auto cycle = client->setPower(PowerAction::Cycle);
    QVERIFY2(cycle, qPrintable(cycle ? QString() : cycle.error().message));
    QCOMPARE(count(*m_server, "GET", u"/ResetActionInfo"_s), 1);
    const auto requests = m_server->state().requests;
    QCOMPARE(requests.last().body, QByteArray(R"({"ResetType":"ForceRestart"})"));

    // An ActionInfo that cannot be read leaves the standard names.
    m_server->update([](Server::State &s) { s.systems[0].resetTypes = { u"On"_s, u"PowerCycle"_s }; });
    QVERIFY(client->setPower(PowerAction::Cycle));
    QCOMPARE(m_server->state().requests.last().body, QByteArray(R"({"ResetType":"PowerCycle"})"));
}

void TestRedfishClient::softOffWithPowerButton()
{
    // iLO: no GracefulShutdown, the power button instead; pressed only while the machine is on.
    m_server->update([](Server::State &s) {
        s.systems[0].resetTypes = { u"On"_s, u"ForceOff"_s, u"ForceRestart"_s, u"Nmi"_s, u"PushPowerButton"_s };
        s.systems[0].power = u"On"_s;
    });
    auto client = makeRedfishClient(settings(m_port));
    QVERIFY(client->setPower(PowerAction::SoftOff));
    QCOMPARE(count(*m_server, "POST", u"Reset"_s), 1);
    QCOMPARE(m_server->state().requests.last().body, QByteArray(R"({"ResetType":"PushPowerButton"})"));
    QCOMPARE(*client->powerState(), PowerState::Off);
    QVERIFY(client->setPower(PowerAction::SoftOff)); // already off: the button would switch it on
    QCOMPARE(count(*m_server, "POST", u"Reset"_s), 1);
    QCOMPARE(*client->powerState(), PowerState::Off);
}

QTEST_GUILESS_MAIN(TestRedfishClient)
#include "tst_redfishclient.moc"
