// SPDX-License-Identifier: GPL-3.0-or-later
#include "servers/transfermodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::App;
using namespace Qt::StringLiterals;

namespace {

Netboot::Tftp::TransferInfo info(quint64 id, const QString &file, qint64 size)
{
    Netboot::Tftp::TransferInfo i;
    i.id = id;
    i.client = QHostAddress(u"10.0.0.5"_s);
    i.clientPort = 2070;
    i.file = file;
    i.size = size;
    i.blockSize = 1468;
    return i;
}

QVariant cell(const TransferModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.data(m.index(row, column), role);
}

} // namespace

class TestTransferModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void progressAndRate();
    void finishedRowsFadeAndGo();
    void boundedRows();
    void unknownIdsAreIgnored();
};

void TestTransferModel::progressAndRate()
{
    TransferModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    qint64 now = 0;
    model.setClock([&now] { return now; });
    const MacAddress mac = *MacAddress::parse(u"52:54:00:12:34:56"_s);
    model.start(info(1, u"pxelinux.0"_s, 4'000'000), mac);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(TransferModel::ColumnCount));
    QCOMPARE(cell(model, 0, TransferModel::File).toString(), u"pxelinux.0"_s);
    QCOMPARE(cell(model, 0, TransferModel::Client).toString(), u"10.0.0.5:2070"_s);
    QCOMPARE(cell(model, 0, TransferModel::Mac).toString(), u"52:54:00:12:34:56"_s);
    QCOMPARE(cell(model, 0, TransferModel::Progress, TransferModel::ProgressRole).toDouble(), 0.0);

    now = 500;
    model.progress(1, 1'000'000, 4'000'000, 0);
    QCOMPARE(cell(model, 0, TransferModel::Progress).toString(), u"25 %"_s);
    QCOMPARE(cell(model, 0, TransferModel::Rate, TransferModel::RawRole).toDouble(), 2e6); // 1 MB in 0.5 s
    QCOMPARE(cell(model, 0, TransferModel::Rate).toString(), TransferModel::formatRate(2e6));
    now = 1000;
    model.progress(1, 3'000'000, 4'000'000, 2);
    QCOMPARE(cell(model, 0, TransferModel::Retransmits).toInt(), 2);
    const double smoothed = cell(model, 0, TransferModel::Rate, TransferModel::RawRole).toDouble();
    QVERIFY(smoothed > 2e6 && smoothed < 4e6); // between the old and the instant rate
    QCOMPARE(model.runningCount(), 1);

    model.finish(1, true, QString(), 4'000'000, 2000);
    QCOMPARE(cell(model, 0, TransferModel::Progress, TransferModel::ProgressRole).toDouble(), 1.0);
    QCOMPARE(cell(model, 0, TransferModel::Rate, TransferModel::RawRole).toDouble(), 2e6); // the average
    QCOMPARE(cell(model, 0, TransferModel::State).toString(), TransferModel::tr("Done"));
    QCOMPARE(model.runningCount(), 0);

    model.start(info(2, u"empty"_s, 0), {});
    QCOMPARE(cell(model, 1, TransferModel::Progress, TransferModel::ProgressRole).toDouble(), -1.0);
    model.finish(2, false, u"client gave up"_s, 0, 10);
    QVERIFY(cell(model, 1, TransferModel::State).toString().contains(u"client gave up"_s));
    QCOMPARE(cell(model, 1, TransferModel::State, Qt::ToolTipRole).toString(), u"client gave up"_s);
}

void TestTransferModel::finishedRowsFadeAndGo()
{
    TransferModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    qint64 now = 0;
    model.setClock([&now] { return now; });
    model.setLimits(100, 30000);
    model.start(info(1, u"a"_s, 10), {});
    model.start(info(2, u"b"_s, 10), {});
    model.finish(1, true, QString(), 10, 5);
    QCOMPARE(cell(model, 0, 0, TransferModel::OpacityRole).toDouble(), 1.0);
    now = 27500; // in the last five seconds: half faded
    model.prune();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, 0, TransferModel::OpacityRole).toDouble(), 0.5);
    QVERIFY(cell(model, 0, 0, Qt::ForegroundRole).isValid());
    QCOMPARE(cell(model, 1, 0, TransferModel::OpacityRole).toDouble(), 1.0); // running: never fades
    now = 30000;
    model.prune();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, TransferModel::File).toString(), u"b"_s);
    now = 1'000'000;
    model.prune();
    QCOMPARE(model.rowCount(), 1); // still running
}

void TestTransferModel::boundedRows()
{
    TransferModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLimits(3, 3'600'000);
    for (quint64 id = 1; id <= 5; ++id)
        model.start(info(id, u"f%1"_s.arg(id), 10), {});
    QCOMPARE(model.rowCount(), 5); // running transfers are never dropped
    for (quint64 id = 1; id <= 5; ++id)
        model.finish(id, true, QString(), 10, 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 0, TransferModel::File).toString(), u"f3"_s); // the oldest went first
    model.start(info(6, u"f6"_s, 10), {});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 2, TransferModel::File).toString(), u"f6"_s);
}

void TestTransferModel::unknownIdsAreIgnored()
{
    TransferModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.progress(42, 1, 2, 0);
    model.finish(42, true, QString(), 1, 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.transfer(42));
    model.start(info(1, u"a"_s, 10), {});
    model.start(info(1, u"a"_s, 10), {}); // reported twice: one row
    QCOMPARE(model.rowCount(), 1);
}

QTEST_MAIN(TestTransferModel)
#include "tst_transfermodel.moc"
