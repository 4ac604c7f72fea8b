// SPDX-License-Identifier: GPL-3.0-or-later
#include "hosts/hostfilterproxy.h"
#include "hosts/hosttablemodel.h"

#include "inventory/database.h"
#include "inventory/hostrepository.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::App;
using namespace Crashcart::Inventory;
using namespace Qt::StringLiterals;

class TestHostFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filterAndSort();
};

void TestHostFilterProxy::filterAndSort()
{
    QTemporaryDir dir;
    auto db = std::move(*Database::openSqlite(dir.filePath(u"i.db"_s)));
    HostRepository repo(*db);
    const struct { const char *mac, *name, *ip, *profile, *tags; } rows[] = {
        { "52:54:00:00:00:01", "web10", "10.0.0.10", "rhel9", "rack3,web" },
        { "52:54:00:00:00:02", "web9", "10.0.0.9", "rhel9", "rack4,web" },
        { "52:54:00:00:00:03", "db1", "", "fedora", "rack3,db" },
        { "52:54:00:00:00:04", "spare", "", "", "" },
    };
    for (const auto &r : rows) {
        Host h;
        QVERIFY(h.setField(HostField::Mac, QString::fromLatin1(r.mac)).ok());
        QVERIFY(h.setField(HostField::Hostname, QString::fromLatin1(r.name)).ok());
        QVERIFY(h.setField(HostField::Ip, QString::fromLatin1(r.ip)).ok());
        QVERIFY(h.setField(HostField::Profile, QString::fromLatin1(r.profile)).ok());
        QVERIFY(h.setField(HostField::Tags, QString::fromLatin1(r.tags)).ok());
        QVERIFY(repo.add(h).ok());
    }
    HostTableModel model(repo);
    QVERIFY(model.reload());
    HostFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const auto names = [&] {
        QStringList out;
        for (int i = 0; i < proxy.rowCount(); ++i)
            out.append(proxy.index(i, HostTableModel::Hostname).data().toString());
        return out;
    };

    proxy.sort(HostTableModel::Ip, Qt::AscendingOrder);
    QCOMPARE(names(), (QStringList { u"db1"_s, u"spare"_s, u"web9"_s, u"web10"_s }));
    proxy.sort(HostTableModel::Hostname, Qt::DescendingOrder);
    QCOMPARE(names().first(), u"web9"_s);

    proxy.sort(HostTableModel::Hostname, Qt::AscendingOrder);
    proxy.setText(u"RACK3"_s);
    QCOMPARE(names(), (QStringList { u"db1"_s, u"web10"_s }));
    proxy.setText(u"rack3 web"_s); // every word must match
    QCOMPARE(names(), (QStringList { u"web10"_s }));
    proxy.setText(u"dhcp"_s);
    QCOMPARE(names(), (QStringList { u"db1"_s, u"spare"_s }));
    proxy.setText(QString());
    proxy.setProfile(u"rhel9"_s);
    QCOMPARE(names(), (QStringList { u"web10"_s, u"web9"_s }));
    proxy.setProfile(HostFilterProxy::NoProfile);
    QCOMPARE(names(), (QStringList { u"spare"_s }));
    proxy.setProfile(QString());
    proxy.setState(int(HostState::Installed));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setState(-1);
    QCOMPARE(proxy.rowCount(), 4);
}

QTEST_GUILESS_MAIN(TestHostFilterProxy)
#include "tst_hostfilterproxy.moc"
