// SPDX-License-Identifier: GPL-3.0-or-later
// An image being edited: the entries after adds, renames and removals, pending files read from
// where they will come from, dependency plans applied, refused edits, and saving.
#include "fixture.h"

#include "initrd/editsession.h"
#include "initrd/elfdeps.h"
#include "initrd/moduledeps.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::Initrd;
using namespace Qt::StringLiterals;

class TestEditSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void effectiveAfterEdits();
    void readsPendingFiles();
    void viewSeesTheEdits();
    void copiesAreSnapshots();
    void undoAndDiscard();
    void appliesBinaryPlan();
    void appliesModulePlan();
    void refusesPlanWithErrors();
    void badInput_data();
    void badInput();
    void nullSession();
    void savesAsPlanned();

private:
    EditSession openSession() const;
    QTemporaryDir m_dir;
    std::optional<Image> m_image;
};

void TestEditSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"initrd.img"_s);
    QVERIFY(Fixture::writeFile(path, Fixture::checkImage()));
    auto image = Image::open(path);
    QVERIFY2(image, qPrintable(image.ok() ? QString() : image.error().message));
    m_image = *image;
}

EditSession TestEditSession::openSession() const
{
    return EditSession(*m_image);
}

void TestEditSession::effectiveAfterEdits()
{
    EditSession session = openSession();
    QCOMPARE(session.effective().size(), m_image->effective().size());
    QVERIFY(!session.hasChanges());
    QVERIFY(session.edit([](ChangeSet &c) { return c.addBytes(u"usr/local/bin/hello"_s, "#!/bin/sh\n", 0755); }));
    QVERIFY(session.edit([](ChangeSet &c) { return c.rename(u"home/user"_s, u"home/someone"_s); }));
    QVERIFY(session.edit([](ChangeSet &c) { return c.remove(u"run"_s); }));
    QCOMPARE(session.changes().size(), 3);

    QCOMPARE(session.find(u"usr/local/bin/hello"_s)->state, EntryState::Added);
    QCOMPARE(session.find(u"usr/local"_s)->type, EntryType::Directory); // parents made
    QVERIFY(!session.find(u"home/user"_s));
    QVERIFY(!session.find(u"home/user/notes"_s));
    QCOMPARE(session.find(u"home/someone/notes"_s)->uid, 1000u);
    QCOMPARE(session.find(u"home/someone/notes"_s)->state, EntryState::Modified);
    QVERIFY(!session.find(u"run"_s));
    QVERIFY(!session.find(u"run/initctl"_s));
    QCOMPARE(session.find(u"bin/busybox"_s)->state, EntryState::Unchanged);

    // One entry per path, and find() agrees with the list.
    QSet<QString> paths;
    for (const Entry &e : session.effective()) {
        QVERIFY2(!paths.contains(e.path), qPrintable(e.path));
        paths.insert(e.path);
    }
    QVERIFY(paths.contains(u"home/someone/notes"_s));
    QVERIFY(!paths.contains(u"run/lock.a"_s));
}

void TestEditSession::readsPendingFiles()
{
    const QString host = m_dir.filePath(u"tool.sh"_s);
    QVERIFY(Fixture::writeFile(host, "#!/bin/sh\necho host\n"));
    EditSession session = openSession();
    QVERIFY(session.edit([&host](ChangeSet &c) { return c.addFile(u"opt/tool"_s, host); }));
    QVERIFY(session.edit([](ChangeSet &c) { return c.addBytes(u"etc/motd"_s, "from memory\n"); }));
    QVERIFY(session.edit([](ChangeSet &c) { return c.rename(u"bin/busybox"_s, u"sbin/busybox"_s); }));
    QVERIFY(session.edit([](ChangeSet &c) { return c.rename(u"etc"_s, u"config"_s); }));

    QCOMPARE(*session.read(u"opt/tool"_s, 1 << 20), QByteArray("#!/bin/sh\necho host\n"));
    // Added to etc/ before etc/ was renamed: found under its new name, from memory.
    QCOMPARE(*session.read(u"config/motd"_s, 1 << 20), QByteArray("from memory\n"));
    // Renamed: read from where the image has it.
    QCOMPARE(*session.read(u"sbin/busybox"_s, 1 << 20), QByteArray(20000, 'b'));
    // A hard link renamed with its folder still reaches the data its group carries.
    QCOMPARE(*session.read(u"config/hosts.link"_s, 1 << 20), QByteArray("127.0.0.1 localhost\n"));
    QCOMPARE(*session.read(u"bin/sh"_s, 1 << 20), QByteArray("busybox")); // a symlink's target
    QCOMPARE(*session.read(u"sbin"_s, 1 << 20), QByteArray()); // a folder has no content

    const auto missing = session.read(u"bin/busybox"_s, 1 << 20);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, u"initrd.not-found"_s);
    QVERIFY(missing.error().message.contains(u"bin/busybox"_s));
    const auto tooLarge = session.read(u"opt/tool"_s, 4);
    QVERIFY(!tooLarge);
    QCOMPARE(tooLarge.error().code, u"initrd.too-large"_s);

    QFile::remove(host); // read when saving or previewing, so a vanished file is an error then
    const auto vanished = session.read(u"opt/tool"_s, 1 << 20);
    QVERIFY(!vanished);
    QCOMPARE(vanished.error().code, u"initrd.io"_s);
    QVERIFY(vanished.error().message.contains(host));
}

void TestEditSession::viewSeesTheEdits()
{
    EditSession session = openSession();
    QVERIFY(session.edit([](ChangeSet &c) { return c.addBytes(u"etc/motd"_s, "hello\n"); }));
    QVERIFY(session.edit([](ChangeSet &c) { return c.rename(u"bin/busybox"_s, u"bin/bb"_s); }));
    QVERIFY(session.edit([](ChangeSet &c) { return c.addSymlink(u"bin/ash"_s, u"bb"_s); }));
    const ImageView view = session.view();
    QCOMPARE(view.lookup(u"bin/ash"_s)->type, ImageNode::Type::Symlink);
    QCOMPARE(view.lookup(u"bin/ash"_s)->linkTarget, u"bb"_s);
    QCOMPARE(view.lookup(u"etc"_s)->type, ImageNode::Type::Directory);
    QVERIFY(!view.lookup(u"bin/busybox"_s));
    QStringList bin = view.list(u"bin"_s);
    bin.sort();
    QCOMPARE(bin, QStringList({ u"ash"_s, u"bb"_s, u"sh"_s, u"su"_s }));
    QCOMPARE(*view.read(u"etc/motd"_s), QByteArray("hello\n"));

    // One call copies out what the image holds and what the changes add.
    const QString out = m_dir.filePath(u"extracted"_s);
    QVERIFY(QDir().mkpath(out));
    const QHash<QString, QString> targets { { u"bin/bb"_s, out + u"/bb"_s },
                                            { u"etc/motd"_s, out + u"/motd"_s },
                                            { u"bin/su"_s, out + u"/su"_s } };
    QVERIFY(view.extractTo(targets));
    QCOMPARE(Fixture::readFile(out + u"/bb"_s), QByteArray(20000, 'b'));
    QCOMPARE(Fixture::readFile(out + u"/motd"_s), QByteArray("hello\n"));
    QCOMPARE(Fixture::readFile(out + u"/su"_s), QByteArray(4000, 's'));
}

void TestEditSession::copiesAreSnapshots()
{
    EditSession session = openSession();
    const EditSession before = session;
    const ImageView beforeView = before.view();
    QVERIFY(session.edit([](ChangeSet &c) { return c.addBytes(u"new"_s, "x"); }));
    QVERIFY(session.find(u"new"_s));
    QVERIFY(!before.find(u"new"_s));
    QVERIFY(!beforeView.lookup(u"new"_s));
    QVERIFY(!before.hasChanges());
}

void TestEditSession::undoAndDiscard()
{
    EditSession session = openSession();
    QVERIFY(session.edit([](ChangeSet &c) { return c.addBytes(u"a/x"_s, "x"); }));
    QVERIFY(session.edit([](ChangeSet &c) { return c.rename(u"a/x"_s, u"a/y"_s); }));
    // The rename builds on the add: taking the add back alone is refused, nothing changes.
    const auto refused = session.undo(0);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"initrd.not-found"_s);
    QCOMPARE(session.changes().size(), 2);
    QVERIFY(session.find(u"a/y"_s));
    QVERIFY(!session.undo(2));
    QVERIFY(!session.undo(-1));

    QVERIFY(session.undo(1));
    QCOMPARE(session.changes().size(), 1);
    QVERIFY(session.find(u"a/x"_s));
    QVERIFY(!session.find(u"a/y"_s));

    session.discardChanges();
    QVERIFY(!session.hasChanges());
    QVERIFY(!session.find(u"a"_s));
    QCOMPARE(session.effective().size(), m_image->effective().size());
}

void TestEditSession::appliesBinaryPlan()
{
    EditSession session = openSession();
    auto plan = planBinary(u"/usr/bin/true"_s, session.view());
    QVERIFY2(plan, qPrintable(plan.ok() ? QString() : plan.error().message));
    QVERIFY2(plan->ok(), qPrintable(plan->errors.join(u'\n')));
    QVERIFY(session.applyPlan(*plan));
    QCOMPARE(session.changes().size(), int(plan->toAdd().size()));
    QCOMPARE(session.find(u"usr/bin/true"_s)->state, EntryState::Added);
    QCOMPARE(*session.read(u"usr/bin/true"_s, qint64(64) << 20), Fixture::readFile(u"/usr/bin/true"_s));
    const auto libc = std::find_if(plan->items.cbegin(), plan->items.cend(),
                                   [](const PlanItem &item) { return item.imagePath.endsWith(u"/libc.so.6"_s); });
    QVERIFY(libc != plan->items.cend());
    QVERIFY(session.find(libc->imagePath));

    // Planned again on the edited image, everything is already there.
    auto again = planBinary(u"/usr/bin/true"_s, session.view());
    QVERIFY(again);
    QVERIFY(again->toAdd().isEmpty());
}

void TestEditSession::appliesModulePlan()
{
    QString version;
    for (const QString &v : QDir(u"/lib/modules"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo::exists(u"/lib/modules/%1/kernel/fs/fat/vfat.ko"_s.arg(v)))
            version = v;
    }
    QVERIFY2(!version.isEmpty(), "no /lib/modules/<version> with fs/fat/vfat.ko (package linux-image-amd64)");
    const QByteArray base = "lib/modules/" + version.toUtf8();
    const QByteArray archive = Fixture::newc({ Fixture::dir("lib"), Fixture::dir("lib/modules"),
                                               Fixture::dir(base.constData()),
                                               Fixture::file(QByteArray(base + "/modules.order").constData(), {}) });
    const QString path = m_dir.filePath(u"modules.img"_s);
    QVERIFY(Fixture::writeFile(path, Fixture::run(Fixture::compressor(u"gzip"_s), archive)));
    auto image = Image::open(path);
    QVERIFY(image);
    EditSession session(*image);

    auto plan = planModule(u"/lib/modules/%1/kernel/fs/fat/vfat.ko"_s.arg(version), session.view());
    QVERIFY2(plan, qPrintable(plan.ok() ? QString() : plan.error().message));
    QVERIFY2(plan->ok(), qPrintable(plan->errors.join(u'\n')));
    QVERIFY(session.applyPlan(*plan));
    const QString moduleDir = QString::fromUtf8(base);
    QCOMPARE(session.find(moduleDir + u"/kernel/fs/fat/vfat.ko"_s)->state, EntryState::Added);
    QVERIFY(session.find(moduleDir + u"/kernel/fs/fat/fat.ko"_s)); // its dependency
    // The indexes depmod generated are read from memory; modules.order replaced the image's.
    const auto dep = session.read(moduleDir + u"/modules.dep"_s, 1 << 20);
    QVERIFY(dep);
    QVERIFY2(dep->contains("kernel/fs/fat/vfat.ko: kernel/fs/fat/fat.ko"), dep->constData());
    QCOMPARE(session.find(moduleDir + u"/modules.order"_s)->state, EntryState::Modified);
    QVERIFY(session.read(moduleDir + u"/modules.order"_s, 1 << 20)->contains("vfat.ko"));
}

void TestEditSession::refusesPlanWithErrors()
{
    EditSession session = openSession();
    DepPlan plan;
    plan.items.append({ PlanItem::Kind::Directory, u"opt"_s, {}, {}, {}, 0755, false, false, {} });
    plan.errors.append(u"libmissing.so.1 not found"_s);
    const auto applied = session.applyPlan(plan);
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, u"initrd.plan"_s);
    QVERIFY(applied.error().message.contains(u"libmissing.so.1"_s));
    QVERIFY(!session.hasChanges());
    QVERIFY(!session.find(u"opt"_s));
}

void TestEditSession::badInput_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    QTest::newRow("add escaping with ..") << u"add"_s << u"../etc/passwd"_s << u"initrd.path.escape"_s;
    QTest::newRow("add below, escaping") << u"add"_s << u"bin/../../x"_s << u"initrd.path.escape"_s;
    QTest::newRow("add the root") << u"add"_s << u"/"_s << u"initrd.path.root"_s;
    QTest::newRow("add an empty name") << u"add"_s << QString() << u"initrd.path.empty"_s;
    QTest::newRow("add below a file") << u"add"_s << u"bin/busybox/x"_s << u"initrd.not-a-folder"_s;
    QTest::newRow("add from a missing host file") << u"host"_s << u"/nonexistent/crashcart/file"_s << u"initrd.io"_s;
    QTest::newRow("remove a missing path") << u"remove"_s << u"no/such/thing"_s << u"initrd.not-found"_s;
    QTest::newRow("remove escaping") << u"remove"_s << u"../bin"_s << u"initrd.path.escape"_s;
    QTest::newRow("rename a missing path") << u"rename"_s << u"nothing-here"_s << u"initrd.not-found"_s;
    QTest::newRow("rename out of the image") << u"rename-to"_s << u"../../tmp/x"_s << u"initrd.path.escape"_s;
    QTest::newRow("rename onto an existing path") << u"rename-to"_s << u"etc"_s << u"initrd.exists"_s;
    QTest::newRow("mode of a missing path") << u"mode"_s << u"missing"_s << u"initrd.not-found"_s;
}

void TestEditSession::badInput()
{
    QFETCH(QString, edit);
    QFETCH(QString, path);
    QFETCH(QString, code);
    EditSession session = openSession();
    QVERIFY(session.edit([](ChangeSet &c) { return c.addBytes(u"kept"_s, "k"); }));
    const auto result = session.edit([&](ChangeSet &c) -> Result<void> {
        if (edit == u"add")
            return c.addBytes(path, "x");
        if (edit == u"host")
            return c.addFile(u"opt/x"_s, path);
        if (edit == u"remove")
            return c.remove(path);
        if (edit == u"rename")
            return c.rename(path, u"elsewhere"_s);
        if (edit == u"rename-to")
            return c.rename(u"bin/busybox"_s, path);
        return c.setMode(path, 0700);
    });
    QVERIFY(!result);
    QCOMPARE(result.error().code, code);
    QVERIFY(!result.error().message.isEmpty());
    // Refused edits leave the session as it was.
    QCOMPARE(session.changes().size(), 1);
    QVERIFY(session.find(u"kept"_s));
    QVERIFY(session.find(u"bin/busybox"_s));
}

void TestEditSession::nullSession()
{
    EditSession session;
    QVERIFY(session.isNull());
    QVERIFY(session.effective().isEmpty());
    QVERIFY(!session.find(u"bin"_s));
    QCOMPARE(session.read(u"bin"_s, 10).error().code, u"initrd.not-found"_s);
    QCOMPARE(session.edit([](ChangeSet &c) { return c.addBytes(u"x"_s, "x"); }).error().code, u"initrd.no-image"_s);
    QVERIFY(!session.view().lookup(u"bin"_s));
}

void TestEditSession::savesAsPlanned()
{
    EditSession session = openSession();
    QVERIFY(session.edit([](ChangeSet &c) { return c.addBytes(u"etc/motd"_s, "saved\n"); }));
    QCOMPARE(session.saveKind(), SaveKind::Overlay);
    QCOMPARE(session.defaultCompression(SaveKind::Overlay), Compression::Xz); // the image's main segment
    SaveOptions options;
    options.output = m_dir.filePath(u"overlay.img"_s);
    auto report = session.save(session.saveKind(), options);
    QVERIFY2(report, qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->segmentsWritten.last().compression, Compression::Xz);
    auto saved = Image::open(options.output);
    QVERIFY(saved);
    QCOMPARE(*saved->read(u"etc/motd"_s), QByteArray("saved\n"));

    QVERIFY(session.edit([](ChangeSet &c) { return c.remove(u"home"_s); }));
    QCOMPARE(session.saveKind(), SaveKind::Repack);
    QCOMPARE(session.save(SaveKind::Overlay, options).error().code, u"initrd.overlay.remove"_s);
}

QTEST_GUILESS_MAIN(TestEditSession)
#include "tst_editsession.moc"
