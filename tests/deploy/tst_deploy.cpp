// SPDX-License-Identifier: GPL-3.0-or-later
// One-click installs without a BMC on the wire (the protocols are proven against ipmi_sim and
// sushy-tools in the e2e tests): the pre-flight finds each reason a host cannot be installed,
// and the runner arms the rest, sets PXE once in the profile's firmware mode, reads it back,
// powers on or cycles, records each step, and fails (disarms) a host whose BMC misbehaves.
#include "deploy/installplan.h"
#include "deploy/installrunner.h"

#include "install/installrepository.h"
#include "inventory/bmcsettings.h"
#include "inventory/database.h"
#include "inventory/eventlog.h"
#include "inventory/hostrepository.h"
#include "inventory/profile.h"

#include <QFile>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::Deploy;
using namespace Qt::StringLiterals;

namespace {

const MacAddress kA = *MacAddress::parse(u"52:54:00:00:20:01"_s);
const MacAddress kB = *MacAddress::parse(u"52:54:00:00:20:02"_s);
const MacAddress kC = *MacAddress::parse(u"52:54:00:00:20:03"_s);

// A BMC as a script: what each call answers, and a log of the calls, shared by every client
// the factory makes (one per host and worker).
struct FakeBmc
{
    QMutex mutex;
    QStringList calls;
    QHash<QString, Bmc::PowerState> power;       // by endpoint host
    QHash<QString, Bmc::BootOverride> boot;
    QHash<QString, Error> failOn;                // "host/setNextBoot" -> the error
    bool ignoreBootSet = false;                  // accepts the request, keeps its setting
    bool neverValid = false;                     // reads back without the valid mark (ipmi_sim)
};

class FakeClient final : public Bmc::Client
{
public:
    FakeClient(FakeBmc &bmc, Bmc::Settings settings) : m_bmc(bmc), m_settings(std::move(settings)) { }

    Result<Bmc::PowerState> powerState() override
    {
        if (auto e = call(u"powerState"_s))
            return *e;
        return m_bmc.power.value(host(), Bmc::PowerState::Off);
    }
    Result<void> setPower(Bmc::PowerAction action) override
    {
        if (auto e = call(u"setPower "_s + QString::number(int(action))))
            return *e;
        QMutexLocker lock(&m_bmc.mutex);
        m_bmc.power[host()] = action == Bmc::PowerAction::Off || action == Bmc::PowerAction::SoftOff ? Bmc::PowerState::Off
                                                                                                   : Bmc::PowerState::On;
        return {};
    }
    Result<void> setNextBoot(Bmc::BootDevice device, Bmc::BootMode mode, bool once) override
    {
        if (auto e = call(u"setNextBoot %1 %2 %3"_s.arg(Bmc::bootDeviceName(device), Bmc::bootModeName(mode)).arg(once)))
            return *e;
        QMutexLocker lock(&m_bmc.mutex);
        if (!m_bmc.ignoreBootSet)
            m_bmc.boot[host()] = { device, once, mode, !m_bmc.neverValid };
        return {};
    }
    Result<void> clearNextBoot() override
    {
        if (auto e = call(u"clearNextBoot"_s))
            return *e;
        QMutexLocker lock(&m_bmc.mutex);
        m_bmc.boot[host()] = {};
        return {};
    }
    Result<Bmc::BootOverride> nextBoot() override
    {
        if (auto e = call(u"nextBoot"_s))
            return *e;
        QMutexLocker lock(&m_bmc.mutex);
        return m_bmc.boot.value(host());
    }

private:
    QString host() const { return m_settings.endpoint.host; }
    std::optional<Error> call(const QString &what)
    {
        QMutexLocker lock(&m_bmc.mutex);
        m_bmc.calls.append(host() + u' ' + what);
        const QString key = host() + u'/' + what.section(u' ', 0, 0);
        if (m_bmc.failOn.contains(key))
            return m_bmc.failOn.value(key);
        return std::nullopt;
    }

    FakeBmc &m_bmc;
    Bmc::Settings m_settings;
};

} // namespace

class TestDeploy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void plansFindEveryProblem();
    void detectsDiskWiping();
    void probeAsksKeychainAndBmc();
    void runnerPowersHosts();
    void runnerFailsOnBadReadBack();
    void runnerFailsOnRefusal();
    void runnerNotesUnmarkedOverride();
    void clearsLeftoverOverride();

private:
    void addHost(const MacAddress &mac, const QString &name, const QString &profile, const QString &bmc);
    QString write(const QString &name, const QByteArray &text);
    PlanOptions options() const;
    ProbeOptions probe();
    QStringList kinds(const MacAddress &mac) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Inventory::Database> m_db;
    FakeBmc m_bmc;
};

void TestDeploy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Inventory::Database::openSqlite(m_dir->filePath(u"i.db"_s));
    QVERIFY(db);
    m_db = std::move(*db);
    write(u"vmlinuz"_s, "kernel");
    write(u"initrd.img"_s, "initrd");
    write(u"ok.ks"_s, "text\nreboot\nlang en_US.UTF-8\nkeyboard us\ntimezone UTC\nrootpw --lock\n"
                      "clearpart --all --initlabel\nautopart\n");
    Inventory::Profile p { u"rhel9"_s, {}, u"vmlinuz"_s, { u"initrd.img"_s }, {}, u"ok.ks"_s };
    p.firmware = Inventory::Firmware::Uefi;
    QVERIFY(Inventory::ProfileRepository(*m_db).save(p));
    m_bmc.calls.clear();
    m_bmc.power.clear();
    m_bmc.boot.clear();
    m_bmc.failOn.clear();
    m_bmc.ignoreBootSet = false;
    m_bmc.neverValid = false;
}

void TestDeploy::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestDeploy::addHost(const MacAddress &mac, const QString &name, const QString &profile, const QString &bmc)
{
    Inventory::Host h;
    h.mac = mac;
    h.hostname = name;
    h.profile = profile;
    h.bmcAddress = bmc;
    h.bmcType = bmc.isEmpty() ? QString() : u"ipmi"_s;
    QVERIFY(Inventory::HostRepository(*m_db).add(h));
}

QString TestDeploy::write(const QString &name, const QByteArray &text)
{
    QFile f(m_dir->filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(name));
    return f.fileName();
}

PlanOptions TestDeploy::options() const
{
    PlanOptions o;
    o.fileBase = m_dir->path();
    o.snippetsDir = m_dir->filePath(u"snippets"_s);
    o.server = { u"127.0.0.1"_s, 8080, 6969 };
    return o;
}

ProbeOptions TestDeploy::probe()
{
    ProbeOptions o;
    o.checkServer = false;
    o.credentials = [](const MacAddress &mac) -> Result<Bmc::Credentials> {
        if (mac == kC)
            return Bmc::Credentials {};
        return Bmc::Credentials { u"admin"_s, u"secret"_s };
    };
    o.makeClient = [this](const Bmc::Settings &s) { return std::make_unique<FakeClient>(m_bmc, s); };
    return o;
}

QStringList TestDeploy::kinds(const MacAddress &mac) const
{
    QStringList out;
    auto events = Inventory::EventLog(*m_db).forHost(mac);
    for (const auto &e : events ? *events : QList<Inventory::Event>())
        out.append(e.kind);
    return out;
}

void TestDeploy::plansFindEveryProblem()
{
    addHost(kA, u"good"_s, u"rhel9"_s, u"10.0.0.1"_s);
    addHost(kB, u"noprofile"_s, {}, u"10.0.0.2"_s);
    addHost(kC, u"ghost-profile"_s, u"nope"_s, {});
    const MacAddress unknown = *MacAddress::parse(u"52:54:00:00:20:99"_s);
    const auto plans = planHosts(*m_db, { kA, kB, kC, unknown }, options());
    QCOMPARE(plans.size(), 4);
    QVERIFY2(!plans[0].blocked(), qPrintable(plans[0].problems().value(0).message));
    QVERIFY(plans[0].bmc);
    QCOMPARE(plans[0].bmc->endpoint.host, u"10.0.0.1"_s);
    QCOMPARE(plans[0].bmc->systemHint, kA.toString());
    QCOMPARE(plans[1].problems().value(0).code, u"profile.none"_s);
    QStringList codes;
    for (const auto &f : plans[2].problems())
        codes.append(f.code);
    QCOMPARE(codes, (QStringList { u"profile.missing"_s, u"bmc.none"_s }));
    QCOMPARE(plans[3].problems().value(0).code, u"host.unknown"_s);

    // A missing kernel, a kickstart with errors, a bad BMC address.
    QVERIFY(QFile::remove(m_dir->filePath(u"vmlinuz"_s)));
    write(u"ok.ks"_s, "text\nbogus-command --x\nautopart\n");
    Inventory::Host h = *Inventory::HostRepository(*m_db).find(kA).value();
    h.bmcAddress = u"[fe80::1"_s;
    QVERIFY(Inventory::HostRepository(*m_db).update(kA, h));
    const auto again = planHosts(*m_db, { kA }, options());
    codes.clear();
    for (const auto &f : again[0].problems())
        codes.append(f.code);
    QVERIFY2(codes.contains(u"profile.file"_s), qPrintable(codes.join(u',')));
    QVERIFY2(codes.contains(u"kickstart.lint"_s), qPrintable(codes.join(u',')));
    QVERIFY2(codes.contains(u"bmc.address"_s), qPrintable(codes.join(u',')));
}

void TestDeploy::detectsDiskWiping()
{
    addHost(kA, u"a"_s, u"rhel9"_s, u"10.0.0.1"_s);
    auto plans = planHosts(*m_db, { kA }, options());
    QVERIFY(plans[0].erasesDisks);
    QVERIFY2(plans[0].eraseReasons.value(0).contains(u"clearpart --all --initlabel"_s), qPrintable(plans[0].eraseReasons.join(u';')));
    QCOMPARE(erasingHosts(plans), QStringList { u"a"_s });

    write(u"ok.ks"_s, "text\nclearpart --none\nignoredisk --only-use=sda\npart / --fstype=xfs --grow\n"
                      "%pre\n# mdadm --create is only a comment here\necho hello\n%end\n");
    plans = planHosts(*m_db, { kA }, options());
    QVERIFY2(!plans[0].erasesDisks, qPrintable(plans[0].eraseReasons.join(u';')));

    write(u"ok.ks"_s, "text\nautopart\n%pre\nmdadm --create /dev/md0 --level=1 --raid-devices=2 /dev/sda /dev/sdb\n%end\n");
    plans = planHosts(*m_db, { kA }, options());
    QVERIFY(plans[0].erasesDisks);
    QVERIFY2(plans[0].eraseReasons.value(0).startsWith(u"%pre"_s), qPrintable(plans[0].eraseReasons.join(u';')));
}

void TestDeploy::probeAsksKeychainAndBmc()
{
    addHost(kA, u"a"_s, u"rhel9"_s, u"10.0.0.1"_s);
    addHost(kB, u"b"_s, u"rhel9"_s, u"10.0.0.2"_s);
    addHost(kC, u"c"_s, u"rhel9"_s, u"10.0.0.3"_s);
    m_bmc.power[u"10.0.0.1"_s] = Bmc::PowerState::On;
    m_bmc.failOn[u"10.0.0.2/powerState"_s] = makeError(Bmc::Errors::Auth, u"BMC 10.0.0.2 refused user admin"_s);
    auto plans = planHosts(*m_db, { kA, kB, kC }, options());
    probeHosts(plans, options(), probe());
    QVERIFY(!plans[0].blocked());
    QCOMPARE(plans[0].power, Bmc::PowerState::On);
    QCOMPARE(plans[0].bmc->credentials.user, u"admin"_s);
    QCOMPARE(plans[1].problems().value(0).code, u"bmc.auth"_s);
    QCOMPARE(plans[2].problems().value(0).code, u"bmc.credentials"_s);

    // Nothing on the HTTP port: every host is blocked, the message says what to do.
    ProbeOptions o = probe();
    o.checkServer = true;
    PlanOptions po = options();
    po.server.httpPort = 1; // nothing listens on tcp/1 here
    plans = planHosts(*m_db, { kA }, po);
    probeHosts(plans, po, o);
    QCOMPARE(plans[0].problems().value(0).code, u"server.down"_s);
}

void TestDeploy::runnerPowersHosts()
{
    addHost(kA, u"a"_s, u"rhel9"_s, u"10.0.0.1"_s);
    addHost(kB, u"b"_s, u"rhel9"_s, u"10.0.0.2"_s);
    addHost(kC, u"c"_s, u"rhel9"_s, u"10.0.0.3"_s); // no credentials: blocked, left alone
    m_bmc.power[u"10.0.0.2"_s] = Bmc::PowerState::On;
    auto plans = planHosts(*m_db, { kA, kB, kC }, options());
    probeHosts(plans, options(), probe());
    InstallRunner runner(*m_db);
    runner.setClientFactory([this](const Bmc::Settings &s) { return std::make_unique<FakeClient>(m_bmc, s); });
    QSignalSpy finished(&runner, &InstallRunner::hostFinished);
    QSignalSpy idle(&runner, &InstallRunner::idle);
    auto armed = runner.start(plans, u"tester"_s);
    QVERIFY(armed);
    QCOMPARE(*armed, (QList<MacAddress> { kA, kB }));
    QVERIFY(idle.wait(5000));
    QCOMPARE(finished.size(), 2);
    for (const auto &args : finished)
        QVERIFY(args.at(1).toBool());
    // UEFI profile: the EFI mode; off -> on, on -> cycle (PowerAction::Cycle == 2).
    QVERIFY(m_bmc.calls.contains(u"10.0.0.1 setNextBoot pxe uefi 1"_s));
    QVERIFY(m_bmc.calls.contains(u"10.0.0.1 setPower 0"_s));
    QVERIFY(m_bmc.calls.contains(u"10.0.0.2 setPower 2"_s));
    QVERIFY(!m_bmc.calls.join(u'\n').contains(u"10.0.0.3"_s));
    const QStringList newestFirst = kinds(kA);
    QVERIFY2(newestFirst.indexOf(u"bmc.power"_s) >= 0 && newestFirst.indexOf(u"bmc.power"_s) < newestFirst.indexOf(u"bmc.boot"_s),
             qPrintable(newestFirst.join(u',')));
    QVERIFY(newestFirst.indexOf(u"bmc.boot"_s) < newestFirst.indexOf(u"inventory.armed"_s));
    QCOMPARE(Inventory::BmcSettingsRepository(*m_db).find(kA)->powerState, u"on"_s);
    auto install = Install::InstallRepository(*m_db).latest(kA);
    QVERIFY(install && *install);
    QCOMPARE((*install)->state, Install::InstallState::Ready);
    auto none = Install::InstallRepository(*m_db).latest(kC);
    QVERIFY(none && !*none);
}

void TestDeploy::runnerFailsOnBadReadBack()
{
    addHost(kA, u"a"_s, u"rhel9"_s, u"10.0.0.1"_s);
    m_bmc.ignoreBootSet = true;
    auto plans = planHosts(*m_db, { kA }, options());
    probeHosts(plans, options(), probe());
    InstallRunner runner(*m_db);
    runner.setClientFactory([this](const Bmc::Settings &s) { return std::make_unique<FakeClient>(m_bmc, s); });
    QSignalSpy finished(&runner, &InstallRunner::hostFinished);
    QVERIFY(runner.start(plans, u"tester"_s));
    QVERIFY(finished.wait(5000));
    QVERIFY(!finished.first().at(1).toBool());
    QVERIFY2(finished.first().at(2).toString().contains(u"none"_s), qPrintable(finished.first().at(2).toString()));
    // Never powered: a host that would not boot from the network is not switched on.
    QVERIFY(!m_bmc.calls.join(u'\n').contains(u"setPower"_s));
    auto install = Install::InstallRepository(*m_db).latest(kA);
    QVERIFY(install && *install);
    QCOMPARE((*install)->state, Install::InstallState::Failed);
    QVERIFY2((*install)->outcome.startsWith(u"bmc: "_s), qPrintable((*install)->outcome));
    QVERIFY(kinds(kA).contains(u"bmc.failed"_s));
    auto host = Inventory::HostRepository(*m_db).find(kA);
    QVERIFY(host && *host);
    QVERIFY((*host)->state != Inventory::HostState::Ready); // disarmed
}

void TestDeploy::runnerFailsOnRefusal()
{
    addHost(kA, u"a"_s, u"rhel9"_s, u"10.0.0.1"_s);
    m_bmc.failOn[u"10.0.0.1/setPower"_s] = makeError(Bmc::Errors::Refused, u"BMC 10.0.0.1 answered 0xd5"_s);
    auto plans = planHosts(*m_db, { kA }, options());
    probeHosts(plans, options(), probe());
    InstallRunner runner(*m_db);
    runner.setClientFactory([this](const Bmc::Settings &s) { return std::make_unique<FakeClient>(m_bmc, s); });
    QSignalSpy finished(&runner, &InstallRunner::hostFinished);
    QVERIFY(runner.start(plans, u"tester"_s));
    QVERIFY(finished.wait(5000));
    QVERIFY(!finished.first().at(1).toBool());
    QVERIFY2(finished.first().at(2).toString().contains(u"0xd5"_s), qPrintable(finished.first().at(2).toString()));
    QCOMPARE(Install::InstallRepository(*m_db).latest(kA)->value().state, Install::InstallState::Failed);
}

void TestDeploy::runnerNotesUnmarkedOverride()
{
    addHost(kA, u"a"_s, u"rhel9"_s, u"10.0.0.1"_s);
    m_bmc.neverValid = true;
    auto plans = planHosts(*m_db, { kA }, options());
    probeHosts(plans, options(), probe());
    InstallRunner runner(*m_db);
    runner.setClientFactory([this](const Bmc::Settings &s) { return std::make_unique<FakeClient>(m_bmc, s); });
    QSignalSpy steps(&runner, &InstallRunner::stepDone);
    QSignalSpy idle(&runner, &InstallRunner::idle);
    QVERIFY(runner.start(plans, u"tester"_s));
    QVERIFY(idle.wait(5000));
    QVERIFY(m_bmc.calls.contains(u"10.0.0.1 setPower 0"_s)); // powered all the same
    QCOMPARE(steps.first().at(1).toString(), u"bmc.boot"_s);
    QVERIFY2(steps.first().at(2).toString().contains(u"valid"_s), qPrintable(steps.first().at(2).toString()));
    // Nothing valid to clear after the install.
    runner.clearOverride(kA, *plans[0].bmc);
    QVERIFY(idle.wait(5000));
    QVERIFY(!m_bmc.calls.contains(u"10.0.0.1 clearNextBoot"_s));
}

void TestDeploy::clearsLeftoverOverride()
{
    addHost(kA, u"a"_s, u"rhel9"_s, u"10.0.0.1"_s);
    addHost(kB, u"b"_s, u"rhel9"_s, u"10.0.0.2"_s);
    m_bmc.boot[u"10.0.0.1"_s] = { Bmc::BootDevice::Pxe, true, Bmc::BootMode::Uefi }; // a BMC that keeps it
    auto plans = planHosts(*m_db, { kA, kB }, options());
    probeHosts(plans, options(), probe());
    InstallRunner runner(*m_db);
    runner.setClientFactory([this](const Bmc::Settings &s) { return std::make_unique<FakeClient>(m_bmc, s); });
    QSignalSpy idle(&runner, &InstallRunner::idle);
    runner.clearOverride(kA, *plans[0].bmc);
    runner.clearOverride(kB, *plans[1].bmc);
    QVERIFY(idle.wait(5000));
    QCOMPARE(m_bmc.boot.value(u"10.0.0.1"_s).device, Bmc::BootDevice::None);
    QVERIFY(m_bmc.calls.contains(u"10.0.0.1 clearNextBoot"_s));
    QVERIFY(!m_bmc.calls.contains(u"10.0.0.2 clearNextBoot"_s)); // nothing left to clear
    QVERIFY(kinds(kA).contains(u"bmc.cleared"_s));
}

QTEST_GUILESS_MAIN(TestDeploy)
#include "tst_deploy.moc"
