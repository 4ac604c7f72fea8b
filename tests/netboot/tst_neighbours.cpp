// SPDX-License-Identifier: GPL-3.0-or-later
#include "netboot/neighbours.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::Netboot;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kArp = "IP address       HW type     Flags       HW address            Mask     Device\n"
                        "192.168.1.1      0x1         0x2         aa:bb:cc:dd:ee:01     *        eth0\n"
                        "192.168.1.77     0x1         0x0         00:00:00:00:00:00     *        eth0\n"
                        "10.0.0.5         0x1         0x2         52:54:00:12:34:56     *        br0\n"
                        "garbage\n"
                        "not-an-ip        0x1         0x2         52:54:00:12:34:57     *        br0\n";

} // namespace

class TestNeighbours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses();
    void cacheLooksUp();
};

void TestNeighbours::parses()
{
    const auto table = parseArpTable(kArp);
    QCOMPARE(table.size(), 2);
    QCOMPARE(table.value(QHostAddress(u"192.168.1.1"_s).toIPv4Address()).toString(), u"aa:bb:cc:dd:ee:01"_s);
    QCOMPARE(table.value(QHostAddress(u"10.0.0.5"_s).toIPv4Address()).toString(), u"52:54:00:12:34:56"_s);
    QVERIFY(!table.contains(QHostAddress(u"192.168.1.77"_s).toIPv4Address())); // incomplete
    QVERIFY(parseArpTable(QByteArray()).isEmpty());
}

void TestNeighbours::cacheLooksUp()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"arp"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kArp);
    f.close();
    NeighbourCache cache(path);
    QCOMPARE(cache.lookup(QHostAddress(u"10.0.0.5"_s)).toString(), u"52:54:00:12:34:56"_s);
    QVERIFY(cache.lookup(QHostAddress(u"10.0.0.6"_s)).isNull());
    QVERIFY(cache.lookup(QHostAddress::LocalHost).isNull());
    QVERIFY(cache.lookup(QHostAddress(u"::1"_s)).isNull());
}

QTEST_GUILESS_MAIN(TestNeighbours)
#include "tst_neighbours.moc"
