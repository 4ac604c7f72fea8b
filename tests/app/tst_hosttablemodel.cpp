// SPDX-License-Identifier: GPL-3.0-or-later
#include "hosts/hosttablemodel.h"

#include "inventory/database.h"
#include "inventory/hostrepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::App;
using namespace Crashcart::Inventory;
using namespace Qt::StringLiterals;

class TestHostTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelTester();
    void displayAndRaw();
    void editValidates();
    void editRefusesDuplicate();
    void editPersists();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HostRepository> m_repo;
    std::unique_ptr<HostTableModel> m_model;
};

void TestHostTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::move(*Database::openSqlite(m_dir->filePath(u"i.db"_s)));
    m_repo = std::make_unique<HostRepository>(*m_db);
    for (int i = 1; i <= 20; ++i) {
        Host h;
        QVERIFY(h.setField(HostField::Mac, QStringLiteral("52:54:00:00:00:%1").arg(i, 2, 16, QLatin1Char('0'))).ok());
        QVERIFY(h.setField(HostField::Hostname, QStringLiteral("node%1").arg(i)).ok());
        if (i % 2)
            QVERIFY(h.setField(HostField::Ip, QStringLiteral("10.0.0.%1").arg(i)).ok());
        h.profile = i % 3 ? u"rhel9"_s : u"fedora"_s;
        QVERIFY(m_repo->add(h).ok());
    }
    m_model = std::make_unique<HostTableModel>(*m_repo);
    QVERIFY(m_model->reload());
}

void TestHostTableModel::cleanup()
{
    m_model.reset();
    m_repo.reset();
    m_db.reset();
    m_dir.reset();
}

void TestHostTableModel::modelTester()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_model->rowCount(), 20);
    QCOMPARE(m_model->columnCount(), int(HostTableModel::ColumnCount));
    QVERIFY(m_model->setData(m_model->index(0, HostTableModel::Notes), u"hello"_s));
    QVERIFY(m_model->reload());
    QVERIFY(!m_model->setData(m_model->index(0, HostTableModel::Mac), u"junk"_s));
}

void TestHostTableModel::displayAndRaw()
{
    const int row = m_model->rowOf(*MacAddress::parse(u"52:54:00:00:00:02"));
    QVERIFY(row >= 0);
    QCOMPARE(m_model->data(m_model->index(row, HostTableModel::Ip)).toString(), HostTableModel::tr("DHCP"));
    QCOMPARE(m_model->data(m_model->index(row, HostTableModel::Ip), Qt::EditRole).toString(), QString());
    QVERIFY(!m_model->data(m_model->index(row, HostTableModel::LastEvent)).toString().isEmpty());
    QCOMPARE(m_model->data(m_model->index(row, HostTableModel::State), HostTableModel::RawRole).toInt(), int(HostState::New));
    // IPs compare by value through the raw role.
    const int r9 = m_model->rowOf(*MacAddress::parse(u"52:54:00:00:00:09"));
    const int r11 = m_model->rowOf(*MacAddress::parse(u"52:54:00:00:00:0b"));
    QVERIFY(m_model->data(m_model->index(r9, HostTableModel::Ip), HostTableModel::RawRole).toString()
            < m_model->data(m_model->index(r11, HostTableModel::Ip), HostTableModel::RawRole).toString());
    QVERIFY(m_model->flags(m_model->index(0, HostTableModel::Hostname)) & Qt::ItemIsEditable);
    QVERIFY(!(m_model->flags(m_model->index(0, HostTableModel::State)) & Qt::ItemIsEditable));
    QCOMPARE(m_model->profiles(), (QStringList { u"fedora"_s, u"rhel9"_s }));
}

void TestHostTableModel::editValidates()
{
    QSignalSpy failed(m_model.get(), &HostTableModel::editFailed);
    const QModelIndex name = m_model->index(0, HostTableModel::Hostname);
    const QString before = name.data().toString();
    QVERIFY(!m_model->setData(name, u"bad_name"_s));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(name.data().toString(), before);
}

void TestHostTableModel::editRefusesDuplicate()
{
    QSignalSpy failed(m_model.get(), &HostTableModel::editFailed);
    const int row = m_model->rowOf(*MacAddress::parse(u"52:54:00:00:00:02"));
    QVERIFY(!m_model->setData(m_model->index(row, HostTableModel::Hostname), u"node1"_s));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(u"52:54:00:00:00:01"_s));
}

void TestHostTableModel::editPersists()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const int row = m_model->rowOf(*MacAddress::parse(u"52:54:00:00:00:02"));
    QVERIFY(m_model->setData(m_model->index(row, HostTableModel::Ip), u"10.0.0.102"_s));
    QCOMPARE(changed.size(), 1);
    QCOMPARE((**m_repo->find(*MacAddress::parse(u"52:54:00:00:00:02"))).ip, u"10.0.0.102"_s);
    QCOMPARE(m_model->host(row).lastEvent, u"inventory.edited"_s);
}

QTEST_GUILESS_MAIN(TestHostTableModel)
#include "tst_hosttablemodel.moc"
