// SPDX-License-Identifier: GPL-3.0-or-later
// The IPMI client against OpenIPMI's ipmi_sim powering a QEMU VM through
// tests/e2e/bmc/chassis-control.sh. Run by tests/e2e/ipmi_sim_e2e.sh, which starts the lab and
// passes it in the environment (IPMILAB_PORT, IPMILAB_USER, IPMILAB_PASSWORD, IPMILAB_STATE).
// The slots run in order and each builds on the machine state the one before left.
#include "bmc/bmc.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTest>
#include <QThread>

using namespace Crashcart;
using namespace Crashcart::Bmc;

namespace {

QString stateFile(const QString &name)
{
    QFile file(qEnvironmentVariable("IPMILAB_STATE") + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

// For QVERIFY2, which builds its message whether the check holds or not.
template<typename T>
QByteArray why(const Result<T> &result)
{
    return result ? QByteArray() : (result.error().code + QLatin1String(": ") + result.error().message).toUtf8();
}

} // namespace

class TestIpmiSim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wrongPassword();
    void cipherSuites();
    void startsOff();
    void powerOn();
    void nextBootPxe();
    void cycleBootsFromNetwork();
    void clearNextBoot();
    void reset();
    void softOff();
    void powerOff();

private:
    Result<PowerState> waitForPower(PowerState wanted, int seconds);
    static void letTheVmLinkUp();

    Settings m_settings;
    std::unique_ptr<Client> m_client;
};

void TestIpmiSim::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("IPMILAB_PORT"))
        QSKIP("run by tests/e2e/ipmi_sim_e2e.sh, which starts ipmi_sim (IPMILAB_PORT not set)");
    m_settings.protocol = Protocol::Ipmi;
    m_settings.endpoint.host = QStringLiteral("127.0.0.1");
    m_settings.endpoint.port = quint16(qEnvironmentVariableIntValue("IPMILAB_PORT"));
    m_settings.credentials = { qEnvironmentVariable("IPMILAB_USER"), qEnvironmentVariable("IPMILAB_PASSWORD") };
    m_settings.timeoutMs = 3000;
    m_settings.attempts = 2;
    m_client = makeClient(m_settings);
    QVERIFY(m_client);
}

// ipmi_sim stops answering (20 s and more) when the VM it powers is killed before the VM's
// ipmi-bmc-extern link is up (seen: a power off or a soft off 0.15-0.2 s after the VM started).
// A real machine takes longer than that to power on: every test that stops or restarts the VM
// gives the one the previous test started the second it needs to connect.
void TestIpmiSim::letTheVmLinkUp()
{
    QThread::sleep(1);
}

Result<PowerState> TestIpmiSim::waitForPower(PowerState wanted, int seconds)
{
    QDeadlineTimer deadline(seconds * 1000);
    for (;;) {
        auto state = m_client->powerState();
        // ipmi_sim answers nothing while its chassis program runs (a VM being stopped, slow
        // on a loaded machine): unreachable for a moment is asked again until the deadline.
        const bool busy = !state && state.error().code == QLatin1String(Errors::Unreachable);
        if ((!state && !busy) || (state && *state == wanted) || deadline.hasExpired())
            return state;
        QThread::msleep(200);
    }
}

void TestIpmiSim::wrongPassword()
{
    Settings wrong = m_settings;
    wrong.credentials.password = QStringLiteral("not-the-Password");
    const auto state = makeIpmiClient(wrong)->powerState();
    QVERIFY(!state.ok());
    QCOMPARE(state.error().code, QLatin1String(Errors::Auth));
    QVERIFY2(state.error().message.contains(m_settings.endpoint.toString()), qPrintable(state.error().message));
    QVERIFY(!state.error().message.contains(wrong.credentials.password));
    QVERIFY(!state.error().message.contains(m_settings.credentials.password));
    qInfo().noquote() << "wrong password:" << state.error().message;

    Settings unknown = m_settings;
    unknown.credentials.user = QStringLiteral("nobody");
    const auto refused = makeIpmiClient(unknown)->powerState();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QLatin1String(Errors::Auth));
    qInfo().noquote() << "unknown user:" << refused.error().message;
}

void TestIpmiSim::cipherSuites()
{
    // ipmi_sim offers 1-3 and 6 (besides 0, which the client refuses); FreeIPMI's
    // suite 17 (HMAC-SHA256) fails against it with an "internal IPMI error".
    for (int suite : { 1, 2, 6 }) {
        Settings settings = m_settings;
        settings.ipmiCipherSuite = suite;
        const auto state = makeIpmiClient(settings)->powerState();
        QVERIFY2(state.ok(), why(state).constData());
    }
    Settings sha256 = m_settings;
    sha256.ipmiCipherSuite = 17;
    sha256.attempts = 1;
    const auto state = makeIpmiClient(sha256)->powerState();
    QVERIFY(!state.ok());
    QVERIFY2(state.error().code == QLatin1String(Errors::Protocol) || state.error().code == QLatin1String(Errors::Unsupported),
             why(state).constData());
    qInfo().noquote() << "cipher suite 17:" << state.error().message;
}

void TestIpmiSim::startsOff()
{
    const auto state = m_client->powerState();
    QVERIFY2(state.ok(), why(state).constData());
    QCOMPARE(*state, PowerState::Off);
}

void TestIpmiSim::powerOn()
{
    const auto on = m_client->setPower(PowerAction::On);
    QVERIFY2(on.ok(), why(on).constData());
    const auto state = waitForPower(PowerState::On, 10);
    QVERIFY2(state.ok(), why(state).constData());
    QCOMPARE(*state, PowerState::On);
    QTRY_VERIFY_WITH_TIMEOUT(stateFile(QStringLiteral("vm-starts.log")).contains(QLatin1String("BOOTOPT=order=c")), 5000);
}

void TestIpmiSim::nextBootPxe()
{
    const auto set = m_client->setNextBoot(BootDevice::Pxe, BootMode::Legacy, true);
    QVERIFY2(set.ok(), why(set).constData());
    // What reached the chassis: the device ipmi_sim handed chassis-control.sh.
    QCOMPARE(stateFile(QStringLiteral("boot")), QStringLiteral("pxe"));
    const auto next = m_client->nextBoot();
    QVERIFY2(next.ok(), why(next).constData());
    // ipmi_sim (OpenIPMI 2.0.33) keeps the device but answers parameter 5 without the valid bit
    // (00 04 00 00 00); real BMCs report it set (until they clear it themselves, about 60 s
    // later or at the boot). The client reads the device back, marked not valid. ipmi_sim also
    // drops the EFI and persistent bits, so mode and once are not checked against it.
    QCOMPARE(next->device, BootDevice::Pxe);
    QEXPECT_FAIL("", "ipmi_sim reports boot flags without the valid bit", Continue);
    QVERIFY(next->valid);
}

void TestIpmiSim::cycleBootsFromNetwork()
{
    letTheVmLinkUp();
    const int startsBefore = stateFile(QStringLiteral("vm-starts.log")).count(QLatin1Char('\n')) + 1;
    const auto cycle = m_client->setPower(PowerAction::Cycle);
    QVERIFY2(cycle.ok(), why(cycle).constData());
    // A new VM, started with the one-time network boot; the chassis then forgets the override.
    QTRY_VERIFY_WITH_TIMEOUT(stateFile(QStringLiteral("vm-starts.log")).count(QLatin1Char('\n')) + 1 > startsBefore, 10000);
    const QStringList starts = stateFile(QStringLiteral("vm-starts.log")).split(QLatin1Char('\n'));
    QVERIFY2(starts.last().endsWith(QLatin1String("BOOTOPT=once=n,order=c")), qPrintable(starts.last()));
    QCOMPARE(starts.size(), startsBefore + 1); // one cycle ran once, not twice
    const auto state = waitForPower(PowerState::On, 10);
    QVERIFY2(state.ok(), why(state).constData());
    QCOMPARE(*state, PowerState::On);
}

void TestIpmiSim::clearNextBoot()
{
    QVERIFY(m_client->setNextBoot(BootDevice::Disk, BootMode::Legacy, true).ok());
    const auto cleared = m_client->clearNextBoot();
    QVERIFY2(cleared.ok(), why(cleared).constData());
    const auto next = m_client->nextBoot();
    QVERIFY2(next.ok(), why(next).constData());
    QCOMPARE(next->device, BootDevice::None);
    // All-zero boot flags reach the chassis as "no device".
    QCOMPARE(stateFile(QStringLiteral("boot")), QStringLiteral("none"));
}

void TestIpmiSim::reset()
{
    letTheVmLinkUp();
    const int startsBefore = stateFile(QStringLiteral("vm-starts.log")).count(QLatin1Char('\n')) + 1;
    const auto reset = m_client->setPower(PowerAction::Reset);
    QVERIFY2(reset.ok(), why(reset).constData());
    // A new VM, this time from its own boot order: the one-time override was used by the cycle.
    QTRY_VERIFY_WITH_TIMEOUT(stateFile(QStringLiteral("vm-starts.log")).count(QLatin1Char('\n')) + 1 > startsBefore, 10000);
    QVERIFY(stateFile(QStringLiteral("vm-starts.log")).endsWith(QLatin1String("BOOTOPT=order=c")));
    const auto state = waitForPower(PowerState::On, 10);
    QVERIFY2(state.ok(), why(state).constData());
    QCOMPARE(*state, PowerState::On);
}

void TestIpmiSim::softOff()
{
    letTheVmLinkUp();
    const auto soft = m_client->setPower(PowerAction::SoftOff);
    QVERIFY2(soft.ok(), why(soft).constData());
    // chassis-control.sh has no guest to ask: it powers off at once.
    const auto state = waitForPower(PowerState::Off, 10);
    QVERIFY2(state.ok(), why(state).constData());
    QCOMPARE(*state, PowerState::Off);
    const auto on = m_client->setPower(PowerAction::On);
    QVERIFY2(on.ok(), why(on).constData());
    QCOMPARE(*waitForPower(PowerState::On, 10), PowerState::On);
}

void TestIpmiSim::powerOff()
{
    letTheVmLinkUp(); // softOff() just powered it on again
    const auto off = m_client->setPower(PowerAction::Off);
    QVERIFY2(off.ok(), why(off).constData());
    const auto state = waitForPower(PowerState::Off, 20);
    QVERIFY2(state.ok(), why(state).constData());
    QCOMPARE(*state, PowerState::Off);
}

QTEST_GUILESS_MAIN(TestIpmiSim)
#include "e2e_ipmi_sim.moc"
