// SPDX-License-Identifier: GPL-3.0-or-later
// The event log and its filter: batched appends, the bound on its length, and filtering by
// host address, MAC, words and server.
#include "serverstesting.h"

#include "servers/eventfilterproxy.h"
#include "servers/eventlogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::App;
using namespace Qt::StringLiterals;
using ServersTesting::makeEvent;

class TestEventLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchesAppends();
    void keepsTheLastEvents();
    void showsHosts();
    void filters_data();
    void filters();
};

void TestEventLogModel::batchesAppends()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 500; ++i)
        model.append(makeEvent(u"10.0.0.5"_s, {}, u"HTTP"_s, u"GET /%1"_s.arg(i)));
    QCOMPARE(model.rowCount(), 0); // not yet
    QTRY_COMPARE(model.rowCount(), 500);
    QCOMPARE(inserted.size(), 1); // one insertion for the burst
    QCOMPARE(model.data(model.index(499, EventLogModel::Message)).toString(), u"GET /499"_s);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.flush(); // nothing pending: nothing happens
    QCOMPARE(model.rowCount(), 0);
}

void TestEventLogModel::keepsTheLastEvents()
{
    EventLogModel model(100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int batch = 0; batch < 3; ++batch) {
        for (int i = 0; i < 70; ++i)
            model.append(makeEvent(u"10.0.0.5"_s, {}, u"TFTP"_s, QString::number(batch * 70 + i)));
        model.flush();
        QVERIFY(model.rowCount() <= 100);
    }
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.data(model.index(0, EventLogModel::Message)).toString(), u"110"_s);
    QCOMPARE(model.data(model.index(99, EventLogModel::Message)).toString(), u"209"_s);
    // A burst larger than the bound keeps its own tail.
    for (int i = 0; i < 250; ++i)
        model.append(makeEvent(u"10.0.0.5"_s, {}, u"TFTP"_s, u"burst %1"_s.arg(i)));
    model.flush();
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.data(model.index(0, EventLogModel::Message)).toString(), u"burst 150"_s);
}

void TestEventLogModel::showsHosts()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(makeEvent(u"10.0.0.5"_s, u"52:54:00:12:34:56"_s, u"TFTP"_s, u"x"_s));
    model.append(makeEvent(u"10.0.0.6"_s, {}, u"HTTP"_s, u"y"_s));
    ServerEvent dhcp = makeEvent(QString(), u"52:54:00:aa:bb:cc"_s, u"DHCP"_s, u"z"_s);
    dhcp.problem = true;
    model.append(dhcp);
    model.flush();
    QCOMPARE(model.data(model.index(0, EventLogModel::Host)).toString(), EventLogModel::tr("%1 (%2)").arg(u"52:54:00:12:34:56"_s, u"10.0.0.5"_s));
    QCOMPARE(model.data(model.index(1, EventLogModel::Host)).toString(), u"10.0.0.6"_s);
    QCOMPARE(model.data(model.index(2, EventLogModel::Host)).toString(), u"52:54:00:aa:bb:cc"_s);
    QVERIFY(model.data(model.index(2, EventLogModel::Message), Qt::ForegroundRole).isValid());
    QVERIFY(!model.data(model.index(1, EventLogModel::Message), Qt::ForegroundRole).isValid());
    QCOMPARE(model.headerData(EventLogModel::Host, Qt::Horizontal).toString(), EventLogModel::tr("Host"));
}

void TestEventLogModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("server");
    QTest::addColumn<int>("rows");
    QTest::newRow("everything") << QString() << QString() << 4;
    QTest::newRow("by address") << u"10.0.0.5"_s << QString() << 2;
    QTest::newRow("by MAC, any case") << u"52:54:00:AA"_s << QString() << 1;
    QTest::newRow("by MAC prefix") << u"52:54:00"_s << QString() << 3;
    QTest::newRow("words narrow") << u"52:54:00 vmlinuz"_s << QString() << 1;
    QTest::newRow("by message") << u"REFUSED"_s << QString() << 1;
    QTest::newRow("by server") << QString() << u"DHCP"_s << 1;
    QTest::newRow("server and text") << u"10.0.0.5"_s << u"HTTP"_s << 1;
    QTest::newRow("no match") << u"nothing-like-this"_s << QString() << 0;
}

void TestEventLogModel::filters()
{
    QFETCH(QString, text);
    QFETCH(QString, server);
    QFETCH(int, rows);
    EventLogModel model;
    EventFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(makeEvent(u"10.0.0.5"_s, u"52:54:00:12:34:56"_s, u"TFTP"_s, u"Sending pxelinux.0"_s));
    model.append(makeEvent(u"10.0.0.5"_s, u"52:54:00:12:34:56"_s, u"HTTP"_s, u"GET /vmlinuz"_s));
    model.append(makeEvent(u"10.0.0.9"_s, {}, u"TFTP"_s, u"Refused ../etc/passwd"_s));
    model.append(makeEvent(QString(), u"52:54:00:aa:bb:cc"_s, u"DHCP"_s, u"Offered boot file snponly.efi"_s));
    model.flush();
    proxy.setText(text);
    proxy.setServer(server);
    QCOMPARE(proxy.rowCount(), rows);
    // New events are filtered as they come.
    model.append(makeEvent(u"10.0.0.5"_s, u"52:54:00:12:34:56"_s, u"HTTP"_s, u"GET /vmlinuz again"_s));
    model.flush();
    const bool matches = (text.isEmpty() || !text.contains(u"REFUSED"_s)) && !text.contains(u"nothing"_s)
        && (server.isEmpty() || server == u"HTTP"_s) && !text.contains(u"52:54:00:AA"_s);
    QCOMPARE(proxy.rowCount(), rows + (matches ? 1 : 0));
}

QTEST_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
