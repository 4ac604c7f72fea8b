// SPDX-License-Identifier: GPL-3.0-or-later
// The "add a binary with its libraries" dialog on an image made in the test: the plan lists
// the program, its interpreter and libc as to add, and a missing program is an error.
#include "initrd/binarydialog.h"
#include "initrd/depplanview.h"
#include "initrd/fixture.h"

#include "initrd/editsession.h"
#include "initrd/image.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::App;
using namespace Crashcart::Initrd;
using namespace Qt::StringLiterals;

class TestBinaryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plansLibraries();
    void missingProgram();

private:
    EditSession openImage(const QString &path);
    QTemporaryDir m_dir;
};

EditSession TestBinaryDialog::openImage(const QString &path)
{
    if (!Fixture::writeFile(path, Fixture::checkImage()))
        return {};
    auto image = Image::open(path);
    if (!image)
        return {};
    return EditSession(*image);
}

void TestBinaryDialog::plansLibraries()
{
    const EditSession image = openImage(m_dir.filePath(u"a.img"_s));
    QVERIFY(!image.isNull());
    BinaryDialog dialog(image);
    QSignalSpy planned(&dialog, &BinaryDialog::planned);
    dialog.setBinary(u"/usr/bin/true"_s);
    QVERIFY(!dialog.applyButton()->isEnabled());
    dialog.plan();
    QVERIFY(planned.wait(20000));
    QVERIFY2(dialog.outcome().ok, qPrintable(dialog.outcome().error));
    const DepPlan &plan = dialog.outcome().plan;
    QVERIFY2(plan.ok(), qPrintable(plan.errors.join(u'\n')));
    QStringList added;
    for (const PlanItem &item : plan.toAdd())
        added << item.imagePath;
    QVERIFY2(added.contains(u"usr/bin/true"_s), qPrintable(added.join(u' ')));
    QVERIFY(std::any_of(added.cbegin(), added.cend(), [](const QString &p) { return p.endsWith(u"/libc.so.6"_s); }));
    QVERIFY(std::any_of(added.cbegin(), added.cend(), [](const QString &p) { return p.contains(u"ld-linux-x86-64"_s); }));
    QCOMPARE(dialog.planView()->topLevelItemCount(), int(plan.items.size() + plan.warnings.size()));
    QVERIFY(dialog.applyButton()->isEnabled());

    // Applied to the session, the plan's files are in the edited view.
    EditSession after = image;
    QVERIFY(after.applyPlan(plan).ok());
    QVERIFY(after.find(u"usr/bin/true"_s).has_value());
    QCOMPARE(after.find(u"usr/bin/true"_s)->state, EntryState::Added);
    // Planned again on the edited image, there is nothing left to add.
    BinaryDialog again(after);
    QSignalSpy plannedAgain(&again, &BinaryDialog::planned);
    again.setBinary(u"/usr/bin/true"_s);
    again.plan();
    QVERIFY(plannedAgain.wait(20000));
    QVERIFY(again.outcome().ok);
    QVERIFY(again.outcome().plan.toAdd().isEmpty());
    QVERIFY(!again.applyButton()->isEnabled());
}

void TestBinaryDialog::missingProgram()
{
    const EditSession image = openImage(m_dir.filePath(u"b.img"_s));
    QVERIFY(!image.isNull());
    BinaryDialog dialog(image);
    QSignalSpy planned(&dialog, &BinaryDialog::planned);
    dialog.setBinary(m_dir.filePath(u"no-such-program"_s));
    dialog.plan();
    QVERIFY(planned.wait(20000));
    QVERIFY(!dialog.outcome().ok);
    QVERIFY(!dialog.outcome().error.isEmpty());
    QVERIFY(!dialog.applyButton()->isEnabled());
}

QTEST_MAIN(TestBinaryDialog)
#include "tst_binarydialog.moc"
