// SPDX-License-Identifier: GPL-3.0-or-later
// Anaconda's log lines that state install progress, and look-alikes that must not.
#include "netboot/syslog/anacondaprogress.h"

#include <QTest>

using namespace Crashcart::Netboot::Syslog;
using namespace Qt::StringLiterals;

class TestAnacondaProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
};

void TestAnacondaProgress::matches_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("stage"); // empty: no progress stated
    QTest::addColumn<int>("percent"); // -1: none

    // Per package, DNF 4: name.arch, or the bare name for noarch packages.
    QTest::newRow("first package") << u"Installing kbd-misc (1/347)"_s << u"install"_s << 0;
    QTest::newRow("package with arch") << u"Installing bash.x86_64 (12/345)"_s << u"install"_s << 3;
    QTest::newRow("half") << u"Installing glibc.x86_64 (150/300)"_s << u"install"_s << 50;
    QTest::newRow("last package") << u"Installing libsysfs.armv7hl (347/347)"_s << u"install"_s << 100;
    QTest::newRow("full NEVRA with counter") << u"Installing foo-1.0-1.el9.x86_64 (12/345)"_s << u"install"_s << 3;
    QTest::newRow("surrounding blanks") << u"  Installing bash.x86_64 (12/345) "_s << u"install"_s << 3;
    // DNF 5: the NEVRA, no counter.
    QTest::newRow("dnf5 NEVRA") << u"Installing bash-5.2.26-4.fc41.x86_64"_s << u"install"_s << -1;

    // Stage messages.
    QTest::newRow("starting") << u"Starting package installation process"_s << u"install"_s << -1;
    QTest::newRow("preparing") << u"Preparing transaction from installation source"_s << u"install"_s << -1;
    QTest::newRow("downloading") << u"Downloading packages"_s << u"install"_s << -1;
    QTest::newRow("payload queue") << u"Installing."_s << u"install"_s << -1;
    QTest::newRow("boot loader") << u"Installing boot loader"_s << u"post"_s << -1;
    QTest::newRow("post setup") << u"Performing post-installation setup tasks"_s << u"post"_s << -1;
    QTest::newRow("dnf post phase") << u"Post installation setup phase started."_s << u"post"_s << -1;
    QTest::newRow("configuring system") << u"Configuring installed system"_s << u"post"_s << -1;
    QTest::newRow("users") << u"Creating users"_s << u"post"_s << -1;
    QTest::newRow("initramfs") << u"Generating initramfs"_s << u"post"_s << -1;
    QTest::newRow("post scripts") << u"Running post-installation scripts"_s << u"post"_s << -1;
    QTest::newRow("storing kickstarts") << u"Storing configuration files and kickstarts"_s << u"post"_s << -1;

    // Not progress, or not progress we can place.
    QTest::newRow("empty") << QString() << QString() << -1;
    QTest::newRow("other line") << u"Task started: Install the payload (12)"_s << QString() << -1;
    QTest::newRow("configuring package") << u"Configuring bash.x86_64"_s << QString() << -1;
    QTest::newRow("configuring storage") << u"Configuring storage"_s << QString() << -1;
    QTest::newRow("verifying") << u"Verifying bash.x86_64 (12/345)"_s << QString() << -1;
    QTest::newRow("pre-install") << u"Running pre-installation scripts"_s << QString() << -1;
    QTest::newRow("phrase inside a line") << u"error: Running post-installation scripts failed"_s << QString() << -1;
    QTest::newRow("prose after Installing") << u"Installing the bootloader failed"_s << QString() << -1;
    QTest::newRow("done over total") << u"Installing bash.x86_64 (346/345)"_s << QString() << -1;
    QTest::newRow("zero total") << u"Installing bash.x86_64 (0/0)"_s << QString() << -1;
    QTest::newRow("negative") << u"Installing bash.x86_64 (-1/345)"_s << QString() << -1;
    QTest::newRow("huge numbers") << u"Installing bash.x86_64 (99999999999/999999999999)"_s << QString() << -1;
    QTest::newRow("no name") << u"Installing  (1/2)"_s << QString() << -1;
    QTest::newRow("no slash") << u"Installing bash.x86_64 (12)"_s << QString() << -1;
    QTest::newRow("unclosed") << u"Installing bash.x86_64 (12/345"_s << QString() << -1;
    QTest::newRow("lower case") << u"installing bash.x86_64 (12/345)"_s << QString() << -1;
}

void TestAnacondaProgress::matches()
{
    QFETCH(QString, line);
    QFETCH(QString, stage);
    QFETCH(int, percent);
    const auto progress = anacondaProgress(line);
    if (stage.isEmpty()) {
        QVERIFY2(!progress, qPrintable(progress ? progress->stage : QString()));
        return;
    }
    QVERIFY(progress);
    QCOMPARE(progress->stage, stage);
    QCOMPARE(progress->percent, percent < 0 ? std::nullopt : std::optional<int>(percent));
}

QTEST_APPLESS_MAIN(TestAnacondaProgress)
#include "tst_anacondaprogress.moc"
