// SPDX-License-Identifier: GPL-3.0-or-later
// The event log panel: the count says how many events the filters show, the server box
// filters by server, a double-click on a row shows only its host's events (by MAC when it is
// known, else by address), and clearing empties the log and the count.
#include "serverstesting.h"

#include "servers/eventfilterproxy.h"
#include "servers/eventlogmodel.h"
#include "servers/eventlogpanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::App;
using namespace Qt::StringLiterals;
using ServersTesting::makeEvent;

namespace {


void fill(EventLogPanel &panel)
{
    panel.log()->append(makeEvent(u"10.0.0.5"_s, u"52:54:00:00:00:01"_s, u"DHCP"_s, u"Offered boot file ipxe.efi"_s));
    panel.log()->append(makeEvent(u"10.0.0.5"_s, QString(), u"TFTP"_s, u"Sending ipxe.efi"_s));
    panel.log()->append(makeEvent(u"10.0.0.6"_s, QString(), u"HTTP"_s, u"GET /vmlinuz"_s));
    panel.log()->append(makeEvent(QString(), QString(), u"HTTP"_s, u"Listening on 0.0.0.0 port 8080"_s));
    panel.log()->flush();
}

void doubleClickRow(EventLogPanel &panel, int row)
{
    QTableView *table = panel.table();
    const QModelIndex index = table->model()->index(row, EventLogModel::Message);
    table->scrollTo(index);
    const QPoint where = table->visualRect(index).center();
    // The first click of a double-click is sent on its own, as a real mouse does.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, where);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, where);
}

} // namespace

class TestEventLogPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsWhatTheFiltersShow();
    void doubleClickShowsOneHost();
    void clearEmptiesTheLog();
};

void TestEventLogPanel::countsWhatTheFiltersShow()
{
    EventLogPanel panel;
    QCOMPARE(panel.countLabel()->text(), u"0 event(s)"_s);
    fill(panel);
    QCOMPARE(panel.countLabel()->text(), u"4 event(s)"_s);

    QComboBox *server = panel.serverFilterBox();
    QCOMPARE(server->count(), 5); // all, TFTP, HTTP, DHCP, syslog
    server->setCurrentIndex(server->findData(u"HTTP"_s));
    QCOMPARE(panel.logFilter()->rowCount(), 2);
    QCOMPARE(panel.countLabel()->text(), u"2 of 4 events"_s);

    panel.filterEdit()->setText(u"vmlinuz"_s);
    QCOMPARE(panel.logFilter()->rowCount(), 1);
    QCOMPARE(panel.countLabel()->text(), u"1 of 4 events"_s);

    server->setCurrentIndex(0);
    panel.filterEdit()->clear();
    QCOMPARE(panel.countLabel()->text(), u"4 event(s)"_s);
    QVERIFY(panel.countLabel()->toolTip().contains(QLocale().toString(10000)));
}

void TestEventLogPanel::doubleClickShowsOneHost()
{
    EventLogPanel panel;
    panel.resize(900, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    fill(panel);

    doubleClickRow(panel, 3); // about a server, not a host: nothing to filter by
    QCOMPARE(panel.filterEdit()->text(), QString());
    doubleClickRow(panel, 0);
    QCOMPARE(panel.filterEdit()->text(), u"52:54:00:00:00:01"_s);
    QCOMPARE(panel.logFilter()->rowCount(), 1);

    panel.filterEdit()->clear();
    doubleClickRow(panel, 2); // no MAC known: the address
    QCOMPARE(panel.filterEdit()->text(), u"10.0.0.6"_s);
    QCOMPARE(panel.countLabel()->text(), u"1 of 4 events"_s);
}

void TestEventLogPanel::clearEmptiesTheLog()
{
    EventLogPanel panel;
    fill(panel);
    panel.clear();
    QCOMPARE(panel.log()->rowCount(), 0);
    QCOMPARE(panel.countLabel()->text(), u"0 event(s)"_s);
}

QTEST_MAIN(TestEventLogPanel)
#include "tst_eventlogpanel.moc"
