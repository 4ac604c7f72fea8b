// SPDX-License-Identifier: GPL-3.0-or-later
// The profile editor refuses what would fail at boot time (a bad name, a name taken, a file
// that is not there) and saves the rest, with workspace paths kept relative and the initrds
// in the order arranged; the profiles dialog lists, edits and removes them.
#include "profiles/profileeditdialog.h"
#include "profiles/profilesdialog.h"
#include "profiles/profiletablemodel.h"

#include "inventory/database.h"
#include "inventory/profile.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::App;
using namespace Crashcart::Inventory;
using namespace Qt::StringLiterals;

namespace {

bool touch(const QString &path)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write("x") == 1;
}

QStringList visibleErrors(const QWidget &dialog)
{
    QStringList out;
    for (const QLabel *l : dialog.findChildren<QLabel *>()) {
        if (l->isVisibleTo(&dialog) && !l->text().isEmpty() && l->buddy() == nullptr && l->textInteractionFlags() & Qt::TextSelectableByMouse)
            out.append(l->text());
    }
    return out;
}

} // namespace

class TestProfilesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusesBadNames_data();
    void refusesBadNames();
    void refusesMissingFiles();
    void savesWithRelativePathsInOrder();
    void editKeepsTheName();
    void listsAndRemoves();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProfileRepository> m_repo;
    QString m_ws;
};

void TestProfilesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = m_dir->filePath(u"ws"_s);
    auto db = Database::openSqlite(m_dir->filePath(u"i.db"_s));
    QVERIFY(db.ok());
    m_db = std::move(*db);
    m_repo = std::make_unique<ProfileRepository>(*m_db);
    QVERIFY(touch(m_ws + u"/images/vmlinuz"_s));
    QVERIFY(touch(m_ws + u"/images/initrd.img"_s));
    QVERIFY(touch(m_ws + u"/images/overlay.img"_s));
    QVERIFY(touch(m_ws + u"/ks/rhel9.ks"_s));
    QVERIFY(touch(m_dir->filePath(u"elsewhere/vmlinuz"_s)));
    QVERIFY(m_repo->save({ u"existing"_s, {}, {}, {}, {}, {} }).ok());
}

void TestProfilesDialog::cleanup()
{
    m_repo.reset();
    m_db.reset();
    m_dir.reset();
}

void TestProfilesDialog::refusesBadNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << u"is not a profile name"_s;
    QTest::newRow("slash") << u"rhel/9"_s << u"is not a profile name"_s;
    QTest::newRow("dot dot") << u"..x"_s << u"is not a profile name"_s;
    QTest::newRow("space") << u"rhel 9"_s << u"is not a profile name"_s;
    QTest::newRow("taken") << u"existing"_s << u"already a profile named existing"_s;
}

void TestProfilesDialog::refusesBadNames()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    ProfileEditDialog dialog(*m_repo, m_ws, std::nullopt, { u"existing"_s });
    dialog.nameEdit()->setText(name);
    dialog.kernelEdit()->setText(u"images/vmlinuz"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
    const QString errors = visibleErrors(dialog).join(u'\n');
    QVERIFY2(errors.contains(expected), qPrintable(errors));
    QCOMPARE(m_repo->all()->size(), 1);
}

void TestProfilesDialog::refusesMissingFiles()
{
    ProfileEditDialog dialog(*m_repo, m_ws, std::nullopt, { u"existing"_s });
    dialog.show();
    dialog.nameEdit()->setText(u"rhel9"_s);
    dialog.kernelEdit()->setText(u"images/vmlinuz-typo"_s);
    dialog.addInitrds({ u"images/initrd.img"_s, m_dir->filePath(u"gone.img"_s) });
    dialog.kickstartEdit()->setText(u"ks/nope.ks"_s);
    // Said as the files are typed, with the path that was looked for.
    QString errors = visibleErrors(dialog).join(u'\n');
    QVERIFY2(errors.contains(QDir::toNativeSeparators(m_ws + u"/images/vmlinuz-typo"_s)), qPrintable(errors));
    QVERIFY2(errors.contains(QDir::toNativeSeparators(m_dir->filePath(u"gone.img"_s))), qPrintable(errors));
    QVERIFY2(errors.contains(QDir::toNativeSeparators(m_ws + u"/ks/nope.ks"_s)), qPrintable(errors));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!m_repo->find(u"rhel9"_s)->has_value());

    dialog.kernelEdit()->setText(u"images/vmlinuz"_s);
    dialog.kickstartEdit()->setText(u"ks/rhel9.ks"_s);
    dialog.initrdList()->setCurrentRow(1);
    dialog.removeInitrd();
    QVERIFY(visibleErrors(dialog).isEmpty());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(m_repo->find(u"rhel9"_s)->has_value());
}

void TestProfilesDialog::savesWithRelativePathsInOrder()
{
    ProfileEditDialog dialog(*m_repo, m_ws, std::nullopt, { u"existing"_s });
    dialog.nameEdit()->setText(u"rhel9"_s);
    dialog.descriptionEdit()->setText(u"RHEL 9 web"_s);
    // As the file dialog returns them: absolute. Inside the workspace they are kept relative.
    dialog.kernelEdit()->setText(m_dir->filePath(u"elsewhere/vmlinuz"_s));
    dialog.addInitrds({ m_ws + u"/images/overlay.img"_s, m_ws + u"/images/initrd.img"_s });
    QCOMPARE(dialog.initrdList()->item(0)->text(), u"images/overlay.img"_s);
    dialog.initrdList()->setCurrentRow(1);
    dialog.moveInitrd(-1); // the vendor's image first
    dialog.moveInitrd(-1); // already first: nothing
    dialog.argumentsEdit()->setText(u"  inst.repo=http://mirror/rhel9 console=ttyS0 "_s);
    dialog.kickstartEdit()->setText(u"ks/rhel9.ks"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto saved = m_repo->find(u"rhel9"_s);
    QVERIFY(saved.ok() && saved->has_value());
    const Profile p = **saved;
    QCOMPARE(p.description, u"RHEL 9 web"_s);
    QCOMPARE(p.kernel, QFileInfo(m_dir->filePath(u"elsewhere/vmlinuz"_s)).absoluteFilePath()); // outside: absolute
    QCOMPARE(p.initrds, (QStringList { u"images/initrd.img"_s, u"images/overlay.img"_s }));
    QCOMPARE(p.kernelArgs, u"inst.repo=http://mirror/rhel9 console=ttyS0"_s);
    QCOMPARE(p.kickstart, u"ks/rhel9.ks"_s);
}

void TestProfilesDialog::editKeepsTheName()
{
    Profile p { u"rhel9"_s, {}, u"images/vmlinuz"_s, { u"images/initrd.img"_s }, {}, {} };
    p.installTimeoutMinutes = 90;
    QVERIFY(m_repo->save(p).ok());
    ProfileEditDialog dialog(*m_repo, m_ws, p, {});
    QVERIFY(dialog.nameEdit()->isReadOnly());
    QCOMPARE(dialog.initrdList()->count(), 1);
    dialog.argumentsEdit()->setText(u"quiet"_s);
    QVERIFY(!dialog.syslogBox()->isChecked());
    dialog.syslogBox()->setChecked(true);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE((*m_repo->find(u"rhel9"_s))->kernelArgs, u"quiet"_s);
    QVERIFY((*m_repo->find(u"rhel9"_s))->syslog);
    QCOMPARE((*m_repo->find(u"rhel9"_s))->installTimeoutMinutes, 90); // an edit keeps what it did not show changed
    ProfileEditDialog again(*m_repo, m_ws, *m_repo->find(u"rhel9"_s).value(), {});
    QVERIFY(again.syslogBox()->isChecked()); // shown as saved
    QCOMPARE(m_repo->all()->size(), 2);
}

void TestProfilesDialog::listsAndRemoves()
{
    QVERIFY(m_repo->save({ u"rhel9"_s, u"web"_s, u"images/vmlinuz"_s, {}, {}, {} }).ok());
    ProfilesDialog dialog(*m_repo, m_ws, { { u"rhel9"_s, 3 } });
    QSignalSpy changed(&dialog, &ProfilesDialog::changed);
    QCOMPARE(dialog.model()->rowCount(), 2);
    const int row = dialog.model()->rowOf(u"rhel9"_s);
    QCOMPARE(dialog.model()->index(row, ProfileTableModel::Hosts).data().toInt(), 3);
    QVERIFY(dialog.removeProfile(u"rhel9"_s, false));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(dialog.model()->rowCount(), 1);
    QVERIFY(!m_repo->find(u"rhel9"_s)->has_value());
}

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
