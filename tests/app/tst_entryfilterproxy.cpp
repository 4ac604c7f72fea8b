// SPDX-License-Identifier: GPL-3.0-or-later
// Filtering the entry tree by a path substring keeps the folders leading to each match;
// sorting puts folders first.
#include "initrd/entryfilterproxy.h"
#include "initrd/entrytreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::App;
using namespace Crashcart::Initrd;
using namespace Qt::StringLiterals;

namespace {

Entry make(const QString &path, EntryType type = EntryType::File, qint64 size = 0)
{
    Entry e;
    e.path = path;
    e.type = type;
    e.size = size;
    return e;
}

QList<Entry> sample()
{
    return { make(u"."_s, EntryType::Directory),
             make(u"usr"_s, EntryType::Directory),
             make(u"usr/lib"_s, EntryType::Directory),
             make(u"usr/lib/modules"_s, EntryType::Directory),
             make(u"usr/lib/modules/6.1.0/kernel/drivers/md/raid1.ko"_s, EntryType::File, 300),
             make(u"usr/lib/libc.so.6"_s, EntryType::File, 2000),
             make(u"usr/bin"_s, EntryType::Directory),
             make(u"usr/bin/mdadm"_s, EntryType::File, 100),
             make(u"etc"_s, EntryType::Directory),
             make(u"etc/mdadm.conf"_s, EntryType::File, 50),
             make(u"init"_s, EntryType::File, 10),
             make(u"Zeta"_s, EntryType::File, 1) };
}

QStringList visibleRows(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList paths;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        paths << index.data(EntryTreeModel::PathRole).toString();
        paths << visibleRows(model, index);
    }
    return paths;
}

} // namespace

class TestEntryFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsParents_data();
    void keepsParents();
    void sortsFoldersFirst();
    void sortsBySize();
};

void TestEntryFilterProxy::keepsParents_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("visible");
    QTest::newRow("empty shows all") << QString() << QStringList();
    QTest::newRow("deep file keeps its folders")
        << u"raid1"_s
        << QStringList({ u"usr"_s, u"usr/lib"_s, u"usr/lib/modules"_s, u"usr/lib/modules/6.1.0"_s,
                         u"usr/lib/modules/6.1.0/kernel"_s, u"usr/lib/modules/6.1.0/kernel/drivers"_s,
                         u"usr/lib/modules/6.1.0/kernel/drivers/md"_s,
                         u"usr/lib/modules/6.1.0/kernel/drivers/md/raid1.ko"_s });
    QTest::newRow("case-insensitive, two places")
        << u"MDADM"_s << QStringList({ u"usr"_s, u"usr/bin"_s, u"usr/bin/mdadm"_s, u"etc"_s, u"etc/mdadm.conf"_s });
    QTest::newRow("path with a slash") << u"bin/md"_s << QStringList({ u"usr"_s, u"usr/bin"_s, u"usr/bin/mdadm"_s });
    QTest::newRow("no match") << u"nothing-here"_s << QStringList();
}

void TestEntryFilterProxy::keepsParents()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, visible);
    EntryTreeModel model;
    model.setEntries(sample());
    EntryFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setPathFilter(filter);
    QCOMPARE(proxy.pathFilter(), filter);
    QStringList shown = visibleRows(proxy);
    if (filter.isEmpty()) {
        QCOMPARE(shown.size(), model.entryCount());
        return;
    }
    shown.sort();
    visible.sort();
    QCOMPARE(shown, visible);
    proxy.setPathFilter(QString()); // and back
    QCOMPARE(visibleRows(proxy).size(), model.entryCount());
}

void TestEntryFilterProxy::sortsFoldersFirst()
{
    EntryTreeModel model;
    model.setEntries(sample());
    EntryFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(EntryTreeModel::Name, Qt::AscendingOrder);
    QStringList top;
    for (int row = 0; row < proxy.rowCount(); ++row)
        top << proxy.index(row, 0).data().toString();
    QCOMPARE(top, QStringList({ u"etc"_s, u"usr"_s, u"init"_s, u"Zeta"_s }));
    proxy.sort(EntryTreeModel::Name, Qt::DescendingOrder);
    top.clear();
    for (int row = 0; row < proxy.rowCount(); ++row)
        top << proxy.index(row, 0).data().toString();
    QCOMPARE(top, QStringList({ u"usr"_s, u"etc"_s, u"Zeta"_s, u"init"_s }));
}

void TestEntryFilterProxy::sortsBySize()
{
    EntryTreeModel model;
    model.setEntries(sample());
    EntryFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(EntryTreeModel::Size, Qt::DescendingOrder);
    const QModelIndex lib = proxy.mapFromSource(model.indexOf(u"usr/lib"_s));
    QCOMPARE(proxy.index(0, 0, lib).data().toString(), u"libc.so.6"_s); // 2000 bytes before the 0-byte folder
}

QTEST_MAIN(TestEntryFilterProxy)
#include "tst_entryfilterproxy.moc"
