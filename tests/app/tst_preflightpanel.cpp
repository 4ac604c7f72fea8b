// SPDX-License-Identifier: GPL-3.0-or-later
// The pre-flight panel: findings worst first with their server and advice, "nothing in the
// way" only when there is neither a problem nor a warning, a configuration that cannot be
// used reported as a problem without checking, and the check button locked while it runs.
#include "serverstesting.h"

#include "servers/preflightpanel.h"
#include "servers/serverconfigform.h"

#include "common/appsettings.h"
#include "common/workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::App;
using namespace Crashcart::Netboot;
using namespace Qt::StringLiterals;

namespace {

struct Fixture : ServersTesting::FormFixture
{
    ServerConfigForm form { settings };
};

} // namespace

class TestPreflightPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void worstFirst();
    void nothingInTheWay();
    void noticesAloneAreNothingInTheWay();
    void unusableConfigIsAProblem();
    void checkButtonLockedWhileRunning();
};

void TestPreflightPanel::worstFirst()
{
    Fixture f;
    QVERIFY(f.workspace.ok());
    PreflightPanel panel(f.form, *f.workspace);
    panel.showFindings({
        { Finding::Severity::Notice, std::nullopt, u"notice"_s, QString() },
        { Finding::Severity::Warning, ServerKind::Http, u"warning"_s, u"do this"_s },
        { Finding::Severity::Problem, ServerKind::Tftp, u"problem"_s, u"do that"_s },
    });
    QCOMPARE(panel.findingTexts(), QStringList({ u"TFTP: problem\ndo that"_s, u"HTTP: warning\ndo this"_s, u"notice"_s }));
    QVERIFY2(panel.statusLabel()->text().endsWith(u": 1 problem(s), 1 warning(s)"_s), qPrintable(panel.statusLabel()->text()));
}

void TestPreflightPanel::nothingInTheWay()
{
    Fixture f;
    QVERIFY(f.workspace.ok());
    PreflightPanel panel(f.form, *f.workspace);
    panel.showFindings({ { Finding::Severity::Problem, std::nullopt, u"problem"_s, QString() } });
    panel.showFindings({}); // the rows of the last check go
    QCOMPARE(panel.findingTexts(), QStringList({ u"Nothing in the way: the servers can start."_s }));
    QVERIFY2(panel.statusLabel()->text().endsWith(u": 0 problem(s), 0 warning(s)"_s), qPrintable(panel.statusLabel()->text()));
}

void TestPreflightPanel::noticesAloneAreNothingInTheWay()
{
    Fixture f;
    QVERIFY(f.workspace.ok());
    PreflightPanel panel(f.form, *f.workspace);
    panel.showFindings({ { Finding::Severity::Notice, ServerKind::Dhcp, u"notice"_s, QString() } });
    QCOMPARE(panel.findingTexts(), QStringList({ u"Nothing in the way: the servers can start."_s, u"DHCP: notice"_s }));
}

void TestPreflightPanel::unusableConfigIsAProblem()
{
    Fixture f;
    QVERIFY(f.workspace.ok());
    PreflightPanel panel(f.form, *f.workspace);
    f.form.listenBox()->setEditText(u"nonsense"_s);
    panel.run();
    QVERIFY(!panel.isRunning());
    QCOMPARE(panel.findingTexts().size(), 1);
    QVERIFY2(panel.findingTexts().first().contains(u"“nonsense” is not an IP address"_s), qPrintable(panel.findingTexts().first()));
    QVERIFY(panel.checkButton()->isEnabled());
}

void TestPreflightPanel::checkButtonLockedWhileRunning()
{
    Fixture f;
    QVERIFY(f.workspace.ok());
    PreflightPanel panel(f.form, *f.workspace);
    QSignalSpy running(&panel, &PreflightPanel::runningChanged);
    f.form.listenBox()->setEditText(u"127.0.0.1"_s); // DHCP is off: local checks only
    panel.run();
    QVERIFY(panel.isRunning());
    QVERIFY(!panel.checkButton()->isEnabled());
    QCOMPARE(panel.statusLabel()->text(), u"Checking…"_s);
    QCOMPARE(running.size(), 1);
    QCOMPARE(running.at(0).at(0).toBool(), true);
    panel.run(); // ignored while a check runs
    QCOMPARE(running.size(), 1);

    QTRY_VERIFY(panel.checkButton()->isEnabled());
    QVERIFY(!panel.isRunning());
    QCOMPARE(running.size(), 2);
    QCOMPARE(running.at(1).at(0).toBool(), false);
    QVERIFY(panel.findingTexts().join(u'\n').contains(u"pxelinux.0"_s)); // the workspace has no loaders
}

QTEST_MAIN(TestPreflightPanel)
#include "tst_preflightpanel.moc"
