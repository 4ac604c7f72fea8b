// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/profiletablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::App;
using namespace Qt::StringLiterals;

class TestProfileTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTester();
    void displayRawAndUsage();
};

namespace {

QList<Inventory::Profile> profiles()
{
    return { { u"debian12"_s, u"Debian bookworm"_s, u"/srv/images/debian/linux"_s, { u"/srv/images/debian/initrd.gz"_s }, u"auto=true"_s, {} },
             { u"rhel9"_s, {}, u"images/vmlinuz"_s, { u"images/initrd.img"_s, u"images/overlay.img"_s }, u"console=ttyS0"_s,
               u"ks/rhel9.ks"_s },
             { u"empty"_s, {}, {}, {}, {}, {} } };
}

} // namespace

void TestProfileTableModel::modelTester()
{
    ProfileTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setProfiles(profiles(), { { u"rhel9"_s, 12 } });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ProfileTableModel::ColumnCount));
    model.setProfiles({}, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestProfileTableModel::displayRawAndUsage()
{
    ProfileTableModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setProfiles(profiles(), { { u"rhel9"_s, 12 } });
    QCOMPARE(reset.size(), 1);
    const int rhel = model.rowOf(u"rhel9"_s);
    QCOMPARE(rhel, 1);
    QCOMPARE(model.rowOf(u"nope"_s), -1);
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    QCOMPARE(cell(rhel, ProfileTableModel::Kernel).toString(), u"vmlinuz"_s); // the name; the path in the tooltip
    QCOMPARE(cell(rhel, ProfileTableModel::Kernel, Qt::ToolTipRole).toString(), u"images/vmlinuz"_s);
    QCOMPARE(cell(rhel, ProfileTableModel::Initrds).toString(), u"initrd.img, overlay.img"_s);
    QCOMPARE(cell(rhel, ProfileTableModel::Initrds, ProfileTableModel::RawRole).toStringList(),
             (QStringList { u"images/initrd.img"_s, u"images/overlay.img"_s }));
    QCOMPARE(cell(rhel, ProfileTableModel::Hosts).toInt(), 12);
    QCOMPARE(cell(0, ProfileTableModel::Hosts).toInt(), 0);
    QCOMPARE(cell(2, ProfileTableModel::Kernel).toString(), ProfileTableModel::tr("none"));
    QVERIFY(!cell(2, ProfileTableModel::Kernel, Qt::ToolTipRole).toString().isEmpty()); // says what a missing kernel means
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
    QCOMPARE(model.headerData(ProfileTableModel::KernelArgs, Qt::Horizontal).toString(), ProfileTableModel::tr("Kernel arguments"));
}

QTEST_MAIN(TestProfileTableModel)
#include "tst_profiletablemodel.moc"
