// SPDX-License-Identifier: GPL-3.0-or-later
#include "netboot/http/httprange.h"

#include <QTest>

using namespace Crashcart::Netboot::Http;

class TestHttpRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data();
    void decide();
};

void TestHttpRange::decide_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    const qint64 end = 999; // size 1000
    QTest::newRow("first ten") << QByteArray("bytes=0-9") << int(RangeDecision::Partial) << qint64(0) << qint64(9);
    QTest::newRow("middle") << QByteArray("bytes=10-19") << int(RangeDecision::Partial) << qint64(10) << qint64(19);
    QTest::newRow("open end") << QByteArray("bytes=990-") << int(RangeDecision::Partial) << qint64(990) << end;
    QTest::newRow("suffix") << QByteArray("bytes=-10") << int(RangeDecision::Partial) << qint64(990) << end;
    QTest::newRow("suffix larger than file") << QByteArray("bytes=-5000") << int(RangeDecision::Partial) << qint64(0) << end;
    QTest::newRow("last past end is clipped") << QByteArray("bytes=900-5000") << int(RangeDecision::Partial) << qint64(900) << end;
    QTest::newRow("blanks") << QByteArray(" bytes= 1 - 2 ") << int(RangeDecision::Partial) << qint64(1) << qint64(2);
    QTest::newRow("start at end") << QByteArray("bytes=1000-") << int(RangeDecision::Unsatisfiable) << qint64(0) << qint64(-1);
    QTest::newRow("start past end") << QByteArray("bytes=5000-6000") << int(RangeDecision::Unsatisfiable) << qint64(0) << qint64(-1);
    QTest::newRow("zero suffix") << QByteArray("bytes=-0") << int(RangeDecision::Unsatisfiable) << qint64(0) << qint64(-1);
    QTest::newRow("several ranges: whole") << QByteArray("bytes=0-1,5-6") << int(RangeDecision::Whole) << qint64(0) << end;
    QTest::newRow("other unit") << QByteArray("items=0-1") << int(RangeDecision::Whole) << qint64(0) << end;
    QTest::newRow("reversed") << QByteArray("bytes=9-1") << int(RangeDecision::Whole) << qint64(0) << end;
    QTest::newRow("garbage") << QByteArray("bytes=a-b") << int(RangeDecision::Whole) << qint64(0) << end;
    QTest::newRow("no dash") << QByteArray("bytes=5") << int(RangeDecision::Whole) << qint64(0) << end;
    QTest::newRow("negative") << QByteArray("bytes=--5") << int(RangeDecision::Whole) << qint64(0) << end;
    QTest::newRow("overflow") << QByteArray("bytes=99999999999999999999999-") << int(RangeDecision::Whole) << qint64(0) << end;
    QTest::newRow("empty") << QByteArray() << int(RangeDecision::Whole) << qint64(0) << end;
}

void TestHttpRange::decide()
{
    QFETCH(QByteArray, header);
    QFETCH(int, kind);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    const RangeDecision d = decideRange(header, 1000);
    QCOMPARE(int(d.kind), kind);
    if (d.kind != RangeDecision::Unsatisfiable) {
        QCOMPARE(d.first, first);
        QCOMPARE(d.last, last);
    }
}

QTEST_APPLESS_MAIN(TestHttpRange)
#include "tst_httprange.moc"
