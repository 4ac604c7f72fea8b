// SPDX-License-Identifier: GPL-3.0-or-later
// The "add a kernel module" dialog with the installed Debian kernel's vfat.ko (package
// linux-image-amd64): its vermagic checked against the image's lib/modules/, its dependency
// fat.ko and the regenerated modules.dep in the plan; another kernel's image refuses it.
#include "initrd/depplanview.h"
#include "initrd/fixture.h"
#include "initrd/moduledialog.h"

#include "initrd/editsession.h"
#include "initrd/image.h"

#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Crashcart::App;
using namespace Crashcart::Initrd;
using namespace Qt::StringLiterals;

class TestModuleDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchingKernel();
    void otherKernel();

private:
    EditSession imageWithModulesFor(const QString &version, const QString &name);
    QTemporaryDir m_dir;
    QString m_version;
};

void TestModuleDialog::initTestCase()
{
    for (const QString &v : QDir(u"/lib/modules"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo::exists(u"/lib/modules/%1/kernel/fs/fat/vfat.ko"_s.arg(v)))
            m_version = v;
    }
    QVERIFY2(!m_version.isEmpty(), "no /lib/modules/<version> with fs/fat/vfat.ko (package linux-image-amd64)");
}

EditSession TestModuleDialog::imageWithModulesFor(const QString &version, const QString &name)
{
    const QByteArray base = "lib/modules/" + version.toUtf8();
    const QByteArray archive = Fixture::newc({ Fixture::dir("lib"), Fixture::dir("lib/modules"),
                                               Fixture::dir(base.constData()),
                                               Fixture::file(QByteArray(base + "/modules.order").constData(), {}) });
    const QString path = m_dir.filePath(name);
    if (!Fixture::writeFile(path, Fixture::run(Fixture::compressor(u"gzip"_s), archive)))
        return {};
    auto image = Image::open(path);
    if (!image)
        return {};
    return EditSession(*image);
}

void TestModuleDialog::matchingKernel()
{
    const EditSession image = imageWithModulesFor(m_version, u"match.img"_s);
    QVERIFY(!image.isNull());
    ModuleDialog dialog(image);
    QSignalSpy planned(&dialog, &ModuleDialog::planned);
    dialog.setModule(u"/lib/modules/%1/kernel/fs/fat/vfat.ko"_s.arg(m_version));
    dialog.plan();
    QVERIFY(planned.wait(60000));
    QVERIFY2(dialog.outcome().ok, qPrintable(dialog.outcome().error));
    const DepPlan &plan = dialog.outcome().plan;
    QVERIFY2(plan.ok(), qPrintable(plan.errors.join(u'\n')));
    QVERIFY(dialog.vermagicText().contains(m_version));
    QCOMPARE(dialog.vermagicText(), ModuleDialog::tr("vermagic matches: the image carries modules for %1.").arg(m_version));
    QStringList added;
    for (const PlanItem &item : plan.toAdd())
        added << item.imagePath;
    const QString base = u"lib/modules/"_s + m_version;
    QVERIFY2(added.contains(base + u"/kernel/fs/fat/vfat.ko"_s), qPrintable(added.join(u' ')));
    QVERIFY2(added.contains(base + u"/kernel/fs/fat/fat.ko"_s), qPrintable(added.join(u' ')));
    QVERIFY2(added.contains(base + u"/modules.dep"_s), qPrintable(added.join(u' ')));
    QVERIFY(dialog.applyButton()->isEnabled());
    QVERIFY(dialog.planView()->topLevelItemCount() >= added.size());
}

void TestModuleDialog::otherKernel()
{
    const EditSession image = imageWithModulesFor(u"5.10.0-99-amd64"_s, u"other.img"_s);
    QVERIFY(!image.isNull());
    ModuleDialog dialog(image);
    QSignalSpy planned(&dialog, &ModuleDialog::planned);
    dialog.setModule(u"/lib/modules/%1/kernel/fs/fat/vfat.ko"_s.arg(m_version));
    dialog.plan();
    QVERIFY(planned.wait(60000));
    QVERIFY(dialog.outcome().ok); // a plan, with the mismatch as its error
    QVERIFY(!dialog.outcome().plan.ok());
    QCOMPARE(dialog.vermagicText(), ModuleDialog::tr("vermagic does not match: built for %1, the image carries %2.")
                                        .arg(m_version, u"5.10.0-99-amd64"_s));
    QVERIFY(!dialog.applyButton()->isEnabled());
    // The refusal is listed as a missing row.
    QCOMPARE(dialog.planView()->topLevelItem(0)->text(DepPlanView::Status), DepPlanView::tr("missing"));
}

QTEST_MAIN(TestModuleDialog)
#include "tst_moduledialog.moc"
