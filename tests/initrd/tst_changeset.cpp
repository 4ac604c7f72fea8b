// SPDX-License-Identifier: GPL-3.0-or-later
// Pending edits as a listing shows them, diffs between listings, and extraction that never
// writes outside its folder.
#include "fixture.h"

#include "initrd/changeset.h"
#include "initrd/diff.h"
#include "initrd/extract.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Crashcart;
using namespace Crashcart::Initrd;
using namespace Qt::StringLiterals;

class TestChangeSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void applyShowsPendingChanges();
    void applyErrors_data();
    void applyErrors();
    void pathsAreChecked();
    void addTree();
    void describe();
    void diffListings();
    void extractTree();
    void extractRefusesEscapes();

private:
    QTemporaryDir m_dir;
    std::optional<Image> m_image;
};

void TestChangeSet::initTestCase()
{
    const QString path = m_dir.filePath(u"initrd.img"_s);
    QVERIFY(Fixture::writeFile(path, Fixture::checkImage()));
    auto image = Image::open(path);
    QVERIFY(image);
    m_image = *image;
}

void TestChangeSet::applyShowsPendingChanges()
{
    ChangeSet changes;
    QVERIFY(changes.addBytes(u"usr/local/bin/hello"_s, "#!/bin/sh\n", 0755));
    QVERIFY(changes.setMode(u"bin/busybox"_s, 0700));
    QVERIFY(changes.remove(u"home"_s));
    QVERIFY(changes.addBytes(u"bin/busybox"_s, "replaced"));
    QCOMPARE(changes.size(), 4);
    QVERIFY(changes.needsRepack());
    auto entries = changes.apply(*m_image);
    QVERIFY2(entries, qPrintable(entries.ok() ? QString() : entries.error().message));
    QHash<QString, Entry> byPath;
    for (const Entry &e : *entries)
        byPath.insert(e.path, e);
    QCOMPARE(byPath.value(u"usr"_s).state, EntryState::Added);
    QCOMPARE(byPath.value(u"usr/local/bin"_s).type, EntryType::Directory);
    QCOMPARE(byPath.value(u"usr/local/bin/hello"_s).state, EntryState::Added);
    QCOMPARE(byPath.value(u"usr/local/bin/hello"_s).size, 10);
    QCOMPARE(byPath.value(u"usr/local/bin/hello"_s).segment, -1);
    QCOMPARE(byPath.value(u"bin/busybox"_s).state, EntryState::Modified);
    QCOMPARE(byPath.value(u"bin/busybox"_s).size, 8);
    QCOMPARE(byPath.value(u"bin/busybox"_s).segment, 1); // replaced where it was
    QVERIFY(!byPath.contains(u"home"_s));
    QVERIFY(!byPath.contains(u"home/user/notes"_s));
    QCOMPARE(byPath.value(u"etc/hosts"_s).state, EntryState::Unchanged);
    // Parents come before children in the new order.
    QStringList seen;
    for (const Entry &e : *entries) {
        const QString parent = parentPath(e.path);
        QVERIFY2(parent.isEmpty() || seen.contains(parent), qPrintable(e.path));
        seen << e.path;
    }
    changes.removeAt(2);
    QVERIFY(!changes.needsRepack());
    QVERIFY(changes.apply(*m_image)->size() > entries->size());
}

void TestChangeSet::applyErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    QTest::newRow("below a file") << u"add"_s << u"bin/busybox/x"_s << u"initrd.not-a-folder"_s;
    QTest::newRow("over a full folder") << u"add"_s << u"etc"_s << u"initrd.not-empty"_s;
    QTest::newRow("remove missing") << u"rm"_s << u"no/such"_s << u"initrd.not-found"_s;
    QTest::newRow("chmod missing") << u"chmod"_s << u"no/such"_s << u"initrd.not-found"_s;
    QTest::newRow("rename onto existing") << u"mv"_s << u"bin"_s << u"initrd.exists"_s;
}

void TestChangeSet::applyErrors()
{
    QFETCH(QString, kind);
    QFETCH(QString, path);
    QFETCH(QString, code);
    ChangeSet changes;
    if (kind == u"add")
        QVERIFY(changes.addBytes(path, "x"));
    else if (kind == u"rm")
        QVERIFY(changes.remove(path));
    else if (kind == u"chmod")
        QVERIFY(changes.setMode(path, 0644));
    else
        QVERIFY(changes.rename(u"etc"_s, path));
    auto applied = changes.apply(*m_image);
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, code);
}

void TestChangeSet::pathsAreChecked()
{
    ChangeSet changes;
    QCOMPARE(changes.addBytes(u"../etc/passwd"_s, "x").error().code, u"initrd.path.escape"_s);
    QCOMPARE(changes.addBytes(u"a/../../b"_s, "x").error().code, u"initrd.path.escape"_s);
    QCOMPARE(changes.addBytes(u"/"_s, "x").error().code, u"initrd.path.root"_s);
    QCOMPARE(changes.remove(u"."_s).error().code, u"initrd.path.root"_s);
    QCOMPARE(changes.rename(u"etc"_s, u"etc/inside"_s).error().code, u"initrd.invalid"_s);
    QCOMPARE(changes.addFile(u"x"_s, m_dir.filePath(u"missing"_s)).error().code, u"initrd.io"_s);
    QVERIFY(changes.addBytes(u"//usr/./bin//x"_s, "x"));
    QCOMPARE(changes.changes().last().path, u"usr/bin/x"_s);
    QVERIFY(changes.isEmpty() == false);
}

void TestChangeSet::addTree()
{
    QTemporaryDir host;
    QVERIFY(QDir(host.path()).mkpath(u"lib/firmware"_s));
    QVERIFY(Fixture::writeFile(host.filePath(u"lib/firmware/blob.bin"_s), "blob"));
    QVERIFY(QFile::link(u"blob.bin"_s, host.filePath(u"lib/firmware/alias.bin"_s)));
    ChangeSet changes;
    QVERIFY(changes.addTree(u"opt/pkg"_s, host.path()));
    auto entries = changes.apply(*m_image);
    QVERIFY(entries);
    QStringList added;
    for (const Entry &e : *entries) {
        if (e.state == EntryState::Added)
            added << e.path + u' ' + typeName(e.type);
    }
    QCOMPARE(added, QStringList({ u"opt dir"_s, u"opt/pkg dir"_s, u"opt/pkg/lib dir"_s, u"opt/pkg/lib/firmware dir"_s,
                                  u"opt/pkg/lib/firmware/alias.bin symlink"_s, u"opt/pkg/lib/firmware/blob.bin file"_s }));
}

void TestChangeSet::describe()
{
    ChangeSet changes;
    QVERIFY(changes.addSymlink(u"bin/ash"_s, u"busybox"_s));
    QVERIFY(changes.setOwner(u"etc"_s, 0, 42));
    QCOMPARE(ChangeSet::describe(changes.changes()[0]), u"Add symlink bin/ash -> busybox"_s);
    QCOMPARE(ChangeSet::describe(changes.changes()[1]), u"Change the owner of etc to 0:42"_s);
}

void TestChangeSet::diffListings()
{
    ChangeSet changes;
    QVERIFY(changes.addBytes(u"new"_s, "n"));
    QVERIFY(changes.remove(u"bin/su"_s));
    QVERIFY(changes.setMode(u"dev/sda"_s, 0600));
    QVERIFY(changes.addSymlink(u"bin/sh"_s, u"/bin/busybox"_s));
    auto after = changes.apply(*m_image);
    QVERIFY(after);
    const QList<DiffItem> items = diff(m_image->entries(), *after);
    QCOMPARE(items.size(), 4);
    QCOMPARE(items[0].path, u"bin/sh"_s);
    QCOMPARE(items[0].kind, DiffItem::Kind::Modified);
    QVERIFY(items[0].fields.contains(u"target"_s));
    QCOMPARE(items[1].path, u"bin/su"_s);
    QCOMPARE(items[1].kind, DiffItem::Kind::Removed);
    QCOMPARE(items[2].path, u"dev/sda"_s);
    QCOMPARE(items[2].fields, QStringList { u"mode"_s });
    QCOMPARE(items[3].path, u"new"_s);
    QCOMPARE(items[3].kind, DiffItem::Kind::Added);
    QCOMPARE(diffKindName(items[3].kind), u"added"_s);
    QVERIFY(diff(m_image->entries(), m_image->entries()).isEmpty());
}

void TestChangeSet::extractTree()
{
    QTemporaryDir out;
    auto report = extract(*m_image, out.path());
    QVERIFY2(report, qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(Fixture::readFile(out.filePath(u"bin/busybox"_s)), QByteArray(20000, 'b'));
    QCOMPARE(QFileInfo(out.filePath(u"bin/sh"_s)).symLinkTarget(), out.filePath(u"bin/busybox"_s));
    struct stat su {}, a {}, b {}, fifo {}, home {};
    QCOMPARE(::stat(QFile::encodeName(out.filePath(u"bin/su"_s)).constData(), &su), 0);
    QCOMPARE(su.st_mode & 07777, 04755u);
    QCOMPARE(::stat(QFile::encodeName(out.filePath(u"etc/hosts"_s)).constData(), &a), 0);
    QCOMPARE(::stat(QFile::encodeName(out.filePath(u"etc/hosts.link"_s)).constData(), &b), 0);
    QCOMPARE(a.st_ino, b.st_ino);
    QCOMPARE(a.st_size, 20);
    QCOMPARE(::lstat(QFile::encodeName(out.filePath(u"run/initctl"_s)).constData(), &fifo), 0);
    QVERIFY(S_ISFIFO(fifo.st_mode));
    QCOMPARE(::stat(QFile::encodeName(out.filePath(u"home/user"_s)).constData(), &home), 0);
    QCOMPARE(home.st_mode & 07777, 0700u);
    QCOMPARE(home.st_mtime, 1700000000);
    // Device nodes need root; without it they are reported, not faked.
    struct stat console {};
    const bool made = ::lstat(QFile::encodeName(out.filePath(u"dev/console"_s)).constData(), &console) == 0;
    if (::geteuid() == 0)
        QVERIFY(made && S_ISCHR(console.st_mode));
    else
        QCOMPARE(report->skipped.size(), 3);
}

void TestChangeSet::extractRefusesEscapes()
{
    QTemporaryDir outside;
    QTemporaryDir out;
    const QString path = m_dir.filePath(u"evil.img"_s);
    QVERIFY(Fixture::writeFile(path, Fixture::newc({ Fixture::symlink("evil", outside.path().toUtf8()), Fixture::dir("evil/sub"),
                                                     Fixture::file("evil/sub/pwned", "gotcha") })));
    auto image = Image::open(path);
    QVERIFY(image);
    auto report = extract(*image, out.path());
    QVERIFY(!report);
    QCOMPARE(report.error().code, u"initrd.path.escape"_s);
    QVERIFY(QDir(outside.path()).isEmpty());
    QVERIFY(!QFile::exists(outside.filePath(u"sub"_s)));
}

QTEST_GUILESS_MAIN(TestChangeSet)
#include "tst_changeset.moc"
