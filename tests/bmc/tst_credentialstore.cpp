// SPDX-License-Identifier: GPL-3.0-or-later
// BMC logins in the OS keychain (QtKeychain over the Secret Service): a round trip, one entry
// per host, removal, and nothing of the password in the inventory's folder. Without a keychain
// service (the second run, on a session bus address that leads nowhere) every call fails with
// "bmc.keychain" and says what to start: never a plain-text fallback.
#include "bmc/credentialstore.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Crashcart;
using namespace Qt::StringLiterals;

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void noKeychain();

private:
    bool m_noKeychain = false;
    QString m_service;
};

void TestCredentialStore::initTestCase()
{
    m_noKeychain = qEnvironmentVariableIsSet("CRASHCART_EXPECT_NO_KEYCHAIN");
    m_service = u"Crashcart BMC test %1"_s.arg(QCoreApplication::applicationPid());
}

void TestCredentialStore::roundTrip()
{
    if (m_noKeychain)
        QSKIP("this run has no keychain on purpose");
    Bmc::CredentialStore store(m_service);
    if (auto probe = store.probe(); !probe)
        QFAIL(qPrintable(u"no keychain in this session (run the tests through packaging/dev.sh test): "_s + probe.error().message));
    const MacAddress a = *MacAddress::parse(u"52:54:00:00:30:01"_s);
    const MacAddress b = *MacAddress::parse(u"52:54:00:00:30:02"_s);
    auto none = store.read(a);
    QVERIFY(none);
    QVERIFY(none->isEmpty());
    QVERIFY(store.write(a, { u"admin"_s, u"pa:ss \"wörd\"\n1"_s }));
    QVERIFY(store.write(b, { u"root"_s, u"other"_s }));
    auto back = store.read(a);
    QVERIFY(back);
    QCOMPARE(back->user, u"admin"_s);
    QCOMPARE(back->password, u"pa:ss \"wörd\"\n1"_s);
    QCOMPARE(store.read(b)->password, u"other"_s);
    QVERIFY(store.write(a, { u"admin"_s, u"changed"_s }));
    QCOMPARE(store.read(a)->password, u"changed"_s);
    QVERIFY(store.remove(a));
    QVERIFY(store.remove(a)); // twice: no error
    QVERIFY(store.read(a)->isEmpty());
    QVERIFY(store.remove(b));
}

void TestCredentialStore::noKeychain()
{
    if (!m_noKeychain)
        QSKIP("runs in the test without a session bus (tst_credentialstore_nokeychain)");
    Bmc::CredentialStore store(m_service);
    const MacAddress a = *MacAddress::parse(u"52:54:00:00:30:01"_s);
    auto probe = store.probe();
    QVERIFY(!probe);
    QCOMPARE(probe.error().code, u"bmc.keychain"_s);
    QVERIFY2(probe.error().message.contains(u"Secret Service"_s), qPrintable(probe.error().message));
    auto written = store.write(a, { u"admin"_s, u"secret"_s });
    QVERIFY(!written);
    QCOMPARE(written.error().code, u"bmc.keychain"_s);
    auto read = store.read(a);
    QVERIFY(!read);
    QCOMPARE(read.error().code, u"bmc.keychain"_s);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
