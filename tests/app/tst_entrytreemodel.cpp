// SPDX-License-Identifier: GPL-3.0-or-later
// The entry tree over a real image made in the test (an early segment and an xz segment with
// every entry type): structure, columns, icons, pending marks, and drops of local files.
#include "initrd/entrytreemodel.h"
#include "initrd/fixture.h"

#include "initrd/image.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Crashcart;
using namespace Crashcart::App;
using namespace Crashcart::Initrd;
using namespace Qt::StringLiterals;

class TestEntryTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelTester();
    void structure();
    void columns_data();
    void columns();
    void iconsPerType();
    void implicitFolders();
    void pendingMarked();
    void drop_data();
    void drop();

private:
    QTemporaryDir m_dir;
    QList<Entry> m_entries;
};

void TestEntryTreeModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"check.img"_s);
    const QByteArray image = Fixture::checkImage();
    QVERIFY(image.size() > 512);
    QVERIFY(Fixture::writeFile(path, image));
    auto opened = Image::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    m_entries = opened->effective();
}

void TestEntryTreeModel::modelTester()
{
    EntryTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(m_entries);
    model.clear();
    model.setEntries(m_entries);
    QVERIFY(model.rowCount() > 0);
}

void TestEntryTreeModel::structure()
{
    EntryTreeModel model;
    model.setEntries(m_entries);
    // The root "." is the invisible root, not a row.
    QVERIFY(!model.indexOf(u"."_s).isValid());
    QStringList top;
    for (int row = 0; row < model.rowCount(); ++row)
        top << model.index(row, 0).data().toString();
    top.sort();
    QCOMPARE(top, QStringList({ u"bin"_s, u"dev"_s, u"early_cpio"_s, u"etc"_s, u"home"_s, u"kernel"_s, u"run"_s }));
    const QModelIndex dev = model.indexOf(u"dev"_s);
    QCOMPARE(model.rowCount(dev), 3);
    const QModelIndex sda = model.indexOf(u"dev/sda"_s);
    QCOMPARE(sda.parent(), dev);
    QCOMPARE(sda.data(EntryTreeModel::PathRole).toString(), u"dev/sda"_s);
    QCOMPARE(model.entry(sda)->type, EntryType::BlockDevice);
    QCOMPARE(model.entryCount(), int(m_entries.size()) - 1); // without "."
    QCOMPARE(model.folderFor(sda), u"dev"_s);
    QCOMPARE(model.folderFor(dev), u"dev"_s);
    QCOMPARE(model.folderFor(model.indexOf(u"early_cpio"_s)), u"."_s);
    QCOMPARE(model.folderFor({}), u"."_s);
}

void TestEntryTreeModel::columns_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::newRow("setuid mode") << u"bin/su"_s << int(EntryTreeModel::Mode) << u"-rwsr-xr-x 4755"_s;
    QTest::newRow("folder mode") << u"home/user"_s << int(EntryTreeModel::Mode) << u"drwx------ 0700"_s;
    QTest::newRow("owner") << u"home/user/notes"_s << int(EntryTreeModel::Owner) << u"1000:1000"_s;
    QTest::newRow("group of tty") << u"dev/tty0"_s << int(EntryTreeModel::Owner) << u"0:5"_s;
    QTest::newRow("char device") << u"dev/tty0"_s << int(EntryTreeModel::Type)
                                 << EntryTreeModel::tr("%1 %2:%3").arg(typeDisplayName(EntryType::CharDevice)).arg(4).arg(0);
    QTest::newRow("block device") << u"dev/sda"_s << int(EntryTreeModel::Type)
                                  << EntryTreeModel::tr("%1 %2:%3").arg(typeDisplayName(EntryType::BlockDevice)).arg(8).arg(0);
    QTest::newRow("symlink target") << u"bin/sh"_s << int(EntryTreeModel::Target) << u"busybox"_s;
    QTest::newRow("hard link target") << u"etc/hosts.link"_s << int(EntryTreeModel::Target) << u"etc/hosts"_s;
    QTest::newRow("early segment") << u"early_cpio"_s << int(EntryTreeModel::Segment) << u"0"_s;
    QTest::newRow("main segment") << u"bin/busybox"_s << int(EntryTreeModel::Segment) << u"1"_s;
    QTest::newRow("name") << u"kernel/x86/microcode/GenuineIntel.bin"_s << int(EntryTreeModel::Name)
                          << u"GenuineIntel.bin"_s;
    QTest::newRow("unchanged") << u"bin/busybox"_s << int(EntryTreeModel::Pending) << QString();
}

void TestEntryTreeModel::columns()
{
    QFETCH(QString, path);
    QFETCH(int, column);
    QFETCH(QString, text);
    EntryTreeModel model;
    model.setEntries(m_entries);
    const QModelIndex index = model.indexOf(path, column);
    QVERIFY(index.isValid());
    QCOMPARE(index.data().toString(), text);
}

void TestEntryTreeModel::iconsPerType()
{
    EntryTreeModel model;
    model.setEntries(m_entries);
    QHash<EntryType, qint64> keys;
    for (const QString &path : { u"bin"_s, u"bin/busybox"_s, u"bin/sh"_s, u"etc/hosts.link"_s, u"dev/tty0"_s,
                                 u"dev/sda"_s, u"run/initctl"_s }) {
        const QModelIndex index = model.indexOf(path);
        const auto icon = index.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY2(!icon.isNull(), qPrintable(path));
        QVERIFY2(!icon.pixmap(16, 16).isNull(), qPrintable(path));
        keys.insert(model.entry(index)->type, icon.cacheKey());
        QVERIFY(!model.indexOf(path, EntryTreeModel::Type).data(Qt::DecorationRole).isValid());
    }
    QCOMPARE(keys.size(), 7);
    QCOMPARE(QSet<qint64>(keys.cbegin(), keys.cend()).size(), 7); // one icon each
}

void TestEntryTreeModel::implicitFolders()
{
    // A child listed without its parents still hangs under folders.
    Entry deep;
    deep.path = u"usr/lib/modules/6.1/kernel/x.ko"_s;
    deep.size = 10;
    Entry top;
    top.path = u"init"_s;
    EntryTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({ deep, top });
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex lib = model.indexOf(u"usr/lib"_s);
    QVERIFY(lib.isValid());
    QCOMPARE(model.entry(lib)->type, EntryType::Directory);
    QVERIFY(lib.data(EntryTreeModel::IsFolderRole).toBool());
    QCOMPARE(model.indexOf(u"usr/lib/modules/6.1/kernel/x.ko"_s).parent(), model.indexOf(u"usr/lib/modules/6.1/kernel"_s));
}

void TestEntryTreeModel::pendingMarked()
{
    QList<Entry> entries = m_entries;
    Entry added;
    added.path = u"bin/mdadm"_s;
    added.state = EntryState::Added;
    entries.append(added);
    for (Entry &e : entries) {
        if (e.path == u"bin/su"_s)
            e.state = EntryState::Modified;
    }
    EntryTreeModel model;
    model.setEntries(entries);
    const QModelIndex mdadm = model.indexOf(u"bin/mdadm"_s);
    QCOMPARE(model.indexOf(u"bin/mdadm"_s, EntryTreeModel::Pending).data().toString(), EntryTreeModel::tr("added"));
    QCOMPARE(model.indexOf(u"bin/mdadm"_s, EntryTreeModel::Segment).data().toString(), EntryTreeModel::tr("new"));
    QCOMPARE(model.indexOf(u"bin/su"_s, EntryTreeModel::Pending).data().toString(), EntryTreeModel::tr("modified"));
    QVERIFY(mdadm.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(mdadm.data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.indexOf(u"bin/busybox"_s).data(Qt::FontRole).isValid());
    QVERIFY(!model.indexOf(u"bin/busybox"_s).data(Qt::ForegroundRole).isValid());
}

void TestEntryTreeModel::drop_data()
{
    QTest::addColumn<QList<QUrl>>("urls");
    QTest::addColumn<QString>("onto");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("folder");
    const QList<QUrl> local = { QUrl::fromLocalFile(u"/usr/sbin/mdadm"_s), QUrl::fromLocalFile(u"/etc/mdadm/"_s) };
    QTest::newRow("onto a folder") << local << u"etc"_s << true << u"etc"_s;
    QTest::newRow("onto a file lands beside it") << local << u"bin/busybox"_s << true << u"bin"_s;
    QTest::newRow("onto the empty area") << local << QString() << true << u"."_s;
    QTest::newRow("remote refused") << QList<QUrl> { QUrl(u"https://example.org/x"_s) } << u"etc"_s << false
                                    << QString();
    QTest::newRow("nothing refused") << QList<QUrl>() << u"etc"_s << false << QString();
}

void TestEntryTreeModel::drop()
{
    QFETCH(QList<QUrl>, urls);
    QFETCH(QString, onto);
    QFETCH(bool, accepted);
    QFETCH(QString, folder);
    EntryTreeModel model;
    model.setEntries(m_entries);
    QSignalSpy spy(&model, &EntryTreeModel::hostFilesDropped);
    QMimeData mime;
    mime.setUrls(urls);
    const QModelIndex target = onto.isEmpty() ? QModelIndex() : model.indexOf(onto);
    QVERIFY(model.mimeTypes().contains(u"text/uri-list"_s));
    QCOMPARE(model.supportedDropActions(), Qt::DropActions(Qt::CopyAction));
    QVERIFY(!model.canDropMimeData(&mime, Qt::MoveAction, -1, -1, target));
    QCOMPARE(model.canDropMimeData(&mime, Qt::CopyAction, -1, -1, target), accepted);
    QCOMPARE(model.dropMimeData(&mime, Qt::CopyAction, -1, -1, target), accepted);
    QCOMPARE(spy.size(), accepted ? 1 : 0);
    if (accepted) {
        QCOMPARE(spy.at(0).at(0).toStringList(), QStringList({ u"/usr/sbin/mdadm"_s, u"/etc/mdadm"_s }));
        QCOMPARE(spy.at(0).at(1).toString(), folder);
    }
}

QTEST_MAIN(TestEntryTreeModel)
#include "tst_entrytreemodel.moc"
