// SPDX-License-Identifier: GPL-3.0-or-later
// The initrd workbench driven like a user: an image opened in the background, a file dropped
// on a folder becomes a pending change, saved as an overlay that the core reads back, a
// repack after a removal, undo, the preview, and a broken image reported without a crash.
#include "initrd/entryfilterproxy.h"
#include "initrd/entrypropertiespane.h"
#include "initrd/entrytreemodel.h"
#include "initrd/fixture.h"
#include "initrd/initrdview.h"
#include "initrd/segmentmodel.h"
#include "initrd/taskprogress.h"

#include "common/appsettings.h"
#include "initrd/image.h"

#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

using namespace Crashcart;
using namespace Crashcart::App;
using namespace Crashcart::Initrd;
using namespace Qt::StringLiterals;

class TestInitrdView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void opensInBackground();
    void dropAddsPendingChange();
    void saveOverlayReadsBack();
    void repackAfterRemove();
    void undoAndRefusals();
    void previewOfTextFile();
    void brokenImageShowsError_data();
    void brokenImageShowsError();
    void cancelOpening();

private:
    bool open(InitrdView &view, const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    QString m_image;
};

void TestInitrdView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(u"settings.ini"_s));
    m_image = m_dir->filePath(u"initrd.img"_s);
    QVERIFY(Fixture::writeFile(m_image, Fixture::checkImage()));
}

bool TestInitrdView::open(InitrdView &view, const QString &path)
{
    if (!view.openImage(path))
        return false;
    return QTest::qWaitFor([&view] { return !view.isBusy(); }, 20000);
}

void TestInitrdView::opensInBackground()
{
    InitrdView view(*m_settings);
    view.resize(1200, 800);
    view.show();
    QVERIFY(!view.hasImage());
    QVERIFY(view.openImage(m_image));
    QVERIFY(view.isBusy());
    QVERIFY(!view.openImage(m_image)); // one job at a time
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
    QVERIFY2(view.hasImage(), qPrintable(view.errorText()));
    QCOMPARE(view.segmentModel()->rowCount(), 2);
    QCOMPARE(view.segmentModel()->index(0, SegmentModel::Compression).data().toString(), SegmentModel::tr("none"));
    QCOMPARE(view.segmentModel()->index(1, SegmentModel::Compression).data().toString(), u"xz"_s);
    QCOMPARE(view.treeModel()->entryCount(), int(view.image().effective().size()) - 1);
    QCOMPARE(view.recentFiles(), QStringList { m_image });
    view.saveState();
    QCOMPARE(m_settings->value(SettingKey<QStringList> { "initrd/recent", {} }), QStringList { m_image });

    // Selecting shows the properties; the filter keeps the folders on the way.
    view.selectPath(u"dev/sda"_s);
    QCOMPARE(view.currentPath(), u"dev/sda"_s);
    QCOMPARE(view.properties()->value(EntryPropertiesPane::tr("Device (major:minor)")), u"8:0"_s);
    view.filterEdit()->setText(u"tty"_s);
    QCOMPARE(view.filterProxy()->rowCount(), 1);
    view.filterEdit()->clear();
    QVERIFY(view.filterProxy()->rowCount() > 1);
}

void TestInitrdView::dropAddsPendingChange()
{
    InitrdView view(*m_settings);
    view.show();
    QVERIFY(open(view, m_image));
    const QString host = m_dir->filePath(u"mdadm.conf"_s);
    QVERIFY(Fixture::writeFile(host, "ARRAY /dev/md0 metadata=1.2\n"));

    // What the tree view does with a drop from a file manager onto the "etc" folder.
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(host) });
    const QModelIndex etc = view.filterProxy()->mapFromSource(view.treeModel()->indexOf(u"etc"_s));
    QVERIFY(etc.isValid());
    QVERIFY(view.filterProxy()->dropMimeData(&mime, Qt::CopyAction, -1, -1, etc));

    QCOMPARE(view.changes().size(), 1);
    QCOMPARE(view.changes().changes().at(0).kind, Change::Kind::AddFile);
    QCOMPARE(view.changes().changes().at(0).path, u"etc/mdadm.conf"_s);
    QCOMPARE(view.pendingList()->count(), 1);
    const QModelIndex added = view.treeModel()->indexOf(u"etc/mdadm.conf"_s, EntryTreeModel::Pending);
    QVERIFY(added.isValid());
    QCOMPARE(added.data().toString(), EntryTreeModel::tr("added"));
    QCOMPARE(view.currentPath(), u"etc/mdadm.conf"_s); // selected after the drop

    // A folder dropped on the root comes with everything below it.
    QDir(m_dir->path()).mkpath(u"extra/sub"_s);
    QVERIFY(Fixture::writeFile(m_dir->filePath(u"extra/sub/a.txt"_s), "a"));
    QVERIFY(view.addHostFiles({ m_dir->filePath(u"extra"_s) }, u"."_s));
    QVERIFY(view.treeModel()->indexOf(u"extra/sub/a.txt"_s).isValid());
    QVERIFY(view.changes().size() >= 4);
}

void TestInitrdView::saveOverlayReadsBack()
{
    InitrdView view(*m_settings);
    view.show();
    QVERIFY(open(view, m_image));
    const QString host = m_dir->filePath(u"hello"_s);
    QVERIFY(Fixture::writeFile(host, "hello from the workbench\n"));
    QVERIFY(view.addHostFiles({ host }, u"bin"_s));
    QVERIFY(view.edit([](ChangeSet &c) { return c.addSymlink(u"bin/hi"_s, u"hello"_s); }));
    QCOMPARE(view.changes().size(), 2);

    const QString out = m_dir->filePath(u"overlay.img"_s);
    QVERIFY(view.save(SaveDialog::Kind::Overlay, out, Compression::Gzip, true));
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000); // saving, then opening what was saved
    QVERIFY2(view.errorText().isEmpty(), qPrintable(view.errorText()));
    QVERIFY(view.resultText().contains(out));
    QVERIFY(view.changes().isEmpty());
    QCOMPARE(view.image().path(), out);
    QCOMPARE(view.segmentModel()->rowCount(), 3); // the new segment on top

    // The original bytes are untouched at the start, and the core reads the added entries.
    const QByteArray original = Fixture::readFile(m_image);
    QVERIFY(Fixture::readFile(out).startsWith(original));
    auto image = Image::open(out);
    QVERIFY(image.ok());
    const auto hello = image->find(u"bin/hello"_s);
    QVERIFY(hello.has_value());
    QCOMPARE(hello->segment, 2);
    QCOMPARE(image->segments().at(2).compression, Compression::Gzip);
    QCOMPARE(*image->read(u"bin/hello"_s), QByteArray("hello from the workbench\n"));
    QCOMPARE(image->find(u"bin/hi"_s)->linkTarget, u"hello"_s);
    QVERIFY(image->find(u"dev/sda"_s).has_value());
}

void TestInitrdView::repackAfterRemove()
{
    InitrdView view(*m_settings);
    view.show();
    QVERIFY(open(view, m_image));
    QVERIFY(view.edit([](ChangeSet &c) { return c.remove(u"home"_s); }));
    QVERIFY(view.edit([](ChangeSet &c) { return c.setMode(u"bin/busybox"_s, 0700); }));
    QVERIFY(view.changes().needsRepack());
    QVERIFY(!view.treeModel()->indexOf(u"home/user/notes"_s).isValid());
    QCOMPARE(view.treeModel()->indexOf(u"bin/busybox"_s, EntryTreeModel::Pending).data().toString(),
             EntryTreeModel::tr("modified"));

    // In place, the original kept beside it.
    QVERIFY(view.save(SaveDialog::Kind::Repack, m_image, std::nullopt, true));
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
    QVERIFY2(view.errorText().isEmpty(), qPrintable(view.errorText()));
    QVERIFY(QFile::exists(m_image + u".orig"_s));
    QVERIFY(view.resultText().contains(m_image + u".orig"_s));
    auto image = Image::open(m_image);
    QVERIFY(image.ok());
    QVERIFY(!image->find(u"home"_s).has_value());
    QCOMPARE(image->find(u"bin/busybox"_s)->mode, 0700u);
    QCOMPARE(image->segments().size(), 2);
    QCOMPARE(image->segments().at(0).compression, Compression::None); // the early segment is kept
    QCOMPARE(image->segments().at(1).compression, Compression::Xz);
}

void TestInitrdView::undoAndRefusals()
{
    InitrdView view(*m_settings);
    view.show();
    QVERIFY(open(view, m_image));
    QVERIFY(view.edit([](ChangeSet &c) { return c.addDirectory(u"opt"_s); }));
    QVERIFY(view.edit([](ChangeSet &c) { return c.addSymlink(u"opt/sh"_s, u"/bin/sh"_s); }));
    QVERIFY(view.edit([](ChangeSet &c) { return c.rename(u"etc"_s, u"etc2"_s); }));
    QCOMPARE(view.changes().size(), 3);

    // Refused edits leave the changes alone and say why.
    QVERIFY(!view.edit([](ChangeSet &c) { return c.remove(u"no/such/thing"_s); }));
    QVERIFY(!view.errorText().isEmpty());
    QVERIFY(!view.edit([](ChangeSet &c) { return c.addFile(u"bin/busybox/x"_s, u"/etc/passwd"_s); }));
    QCOMPARE(view.changes().size(), 3);

    QVERIFY(view.treeModel()->indexOf(u"etc2/hosts"_s).isValid());
    QVERIFY(view.undoChange(2));
    QVERIFY(view.errorText().isEmpty());
    QVERIFY(view.treeModel()->indexOf(u"etc/hosts"_s).isValid());
    QVERIFY(!view.treeModel()->indexOf(u"etc2"_s).isValid());
    QCOMPARE(view.pendingList()->count(), 2);
    view.discardChanges();
    QVERIFY(view.changes().isEmpty());
    QVERIFY(!view.treeModel()->indexOf(u"opt"_s).isValid());
    QVERIFY(view.maybeClose()); // nothing to lose: no question asked
}

void TestInitrdView::previewOfTextFile()
{
    InitrdView view(*m_settings);
    view.show();
    QVERIFY(open(view, m_image));
    view.selectPath(u"etc/hosts.link"_s); // a hard link: its content lives with the group
    QTRY_COMPARE(view.properties()->previewText(), u"127.0.0.1 localhost\n"_s);
    view.selectPath(u"bin/sh"_s);
    QCOMPARE(view.properties()->value(EntryPropertiesPane::tr("Link target")), u"busybox"_s);
    QVERIFY(view.properties()->previewText().isEmpty());

    // A pending file is previewed from where it will come from.
    const QString host = m_dir->filePath(u"motd"_s);
    QVERIFY(Fixture::writeFile(host, "welcome\n"));
    QVERIFY(view.addHostFiles({ host }, u"etc"_s));
    QTRY_COMPARE(view.properties()->previewText(), u"welcome\n"_s);
    QVERIFY(view.edit([](ChangeSet &c) { return c.rename(u"etc"_s, u"conf"_s); }));
    view.selectPath(u"conf/hosts.link"_s);
    QTRY_COMPARE(view.properties()->previewText(), u"127.0.0.1 localhost\n"_s);
    view.selectPath(u"conf/motd"_s);
    QTRY_COMPARE(view.properties()->previewText(), u"welcome\n"_s);
}

void TestInitrdView::brokenImageShowsError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QByteArray good = Fixture::checkImage();
    QTest::newRow("truncated") << good.left(good.size() - 200) << u"segment 1"_s;
    QTest::newRow("wrong magic") << QByteArray("this is not an initramfs at all, just text\n") << u"offset 0"_s;
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestInitrdView::brokenImageShowsError()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString broken = m_dir->filePath(u"broken.img"_s);
    QVERIFY(Fixture::writeFile(broken, bytes));
    InitrdView view(*m_settings);
    view.show();
    QSignalSpy status(&view, &View::statusMessage);
    QVERIFY(open(view, broken));
    QVERIFY(!view.hasImage());
    const QString error = view.errorText();
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(broken), qPrintable(error));
    if (!expected.isEmpty())
        QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(!status.isEmpty());

    // A good image afterwards clears the message.
    QVERIFY(open(view, m_image));
    QVERIFY(view.hasImage());
    QVERIFY(view.errorText().isEmpty());
}

void TestInitrdView::cancelOpening()
{
    // Large enough that the open is still running when Cancel is pressed.
    QList<Fixture::Record> records;
    QByteArray noise(1 << 20, Qt::Uninitialized);
    quint32 x = 12345;
    for (char &c : noise) {
        x = x * 1103515245u + 12345u;
        c = char(x >> 24);
    }
    for (int i = 0; i < 16; ++i)
        records << Fixture::file(QByteArray("big/f" + QByteArray::number(i)).constData(), noise);
    QByteArray archive = Fixture::newc(records);
    const QString big = m_dir->filePath(u"big.img"_s);
    QVERIFY(Fixture::writeFile(big, Fixture::run(Fixture::compressor(u"bzip2"_s), archive)));
    archive.clear();

    InitrdView view(*m_settings);
    view.show();
    QVERIFY(view.openImage(big));
    QVERIFY(view.task()->isVisible());
    QTest::mouseClick(view.task()->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 30000);
    QVERIFY(!view.hasImage());
    QVERIFY(!view.task()->isVisible());
}

QTEST_MAIN(TestInitrdView)
#include "tst_initrdview.moc"
