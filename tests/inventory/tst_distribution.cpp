// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/database.h"
#include "inventory/distribution.h"
#include "inventory/profile.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart::Inventory;
using namespace Qt::StringLiterals;

class TestDistribution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTrip();
    void sameImageFoundByHash();
    void namesAreUniqueAndChecked();
    void removeRefusedWhileProfilesUseIt();
    void profilesNameOnlyDistributionsThatExist();

private:
    Distribution sample(const QString &name) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

Distribution TestDistribution::sample(const QString &name) const
{
    Distribution d;
    d.name = name;
    d.family = u"rhel"_s;
    d.product = u"AlmaLinux"_s;
    d.version = u"9.4"_s;
    d.release = u"RHEL9"_s;
    d.arch = u"x86_64"_s;
    d.source = m_dir.filePath(name + u".iso"_s);
    d.sha256 = QString(64, u'a');
    d.size = 123456789012;
    d.modifiedMs = 1733400000123;
    d.kernel = u"/images/pxeboot/vmlinuz"_s;
    d.initrd = u"/images/pxeboot/initrd.img"_s;
    d.shim = u"/EFI/BOOT/BOOTX64.EFI"_s;
    d.grub = u"/EFI/BOOT/grubx64.efi"_s;
    d.repo = u"/"_s;
    d.stage2 = u"/images/install.img"_s;
    d.importedAt = QDateTime::fromMSecsSinceEpoch(1733400001000, Qt::UTC);
    return d;
}

void TestDistribution::init()
{
    m_db.reset();
    auto db = Crashcart::Test::openDatabase(m_dir.filePath(u"t%1.sqlite"_s.arg(QDateTime::currentMSecsSinceEpoch())));
    QVERIFY(db);
    m_db = std::move(*db);
}

void TestDistribution::roundTrip()
{
    DistributionRepository repo(*m_db);
    const Distribution d = sample(u"alma-9.4"_s);
    QVERIFY(repo.add(d));
    auto found = repo.find(d.name);
    QVERIFY(found && *found);
    QCOMPARE(**found, d);
    QCOMPARE((*found)->installer(), InstallerKind::Kickstart);
    Distribution debian = sample(u"debian-12"_s);
    debian.family = u"debian"_s;
    debian.sha256.clear();
    QVERIFY(repo.add(debian));
    QCOMPARE(repo.find(u"debian-12"_s).value()->installer(), InstallerKind::Preseed);
    QCOMPARE(repo.all().value().size(), 2);
}

void TestDistribution::sameImageFoundByHash()
{
    DistributionRepository repo(*m_db);
    QVERIFY(repo.add(sample(u"alma"_s)));
    auto same = repo.findBySha256(QString(64, u'A')); // any case
    QVERIFY(same && *same);
    QCOMPARE((*same)->name, u"alma"_s);
    QVERIFY(!repo.findBySha256(QString(64, u'b')).value());
    QVERIFY(!repo.findBySha256(QString()).value()); // folders have no hash
}

void TestDistribution::namesAreUniqueAndChecked()
{
    DistributionRepository repo(*m_db);
    QVERIFY(repo.add(sample(u"alma"_s)));
    auto again = repo.add(sample(u"alma"_s));
    QVERIFY(!again);
    QCOMPARE(again.error().code, u"distro.exists"_s);
    auto bad = repo.add(sample(u"../etc"_s));
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, u"distro.name"_s);
}

void TestDistribution::removeRefusedWhileProfilesUseIt()
{
    DistributionRepository repo(*m_db);
    QVERIFY(repo.add(sample(u"alma"_s)));
    Profile p;
    p.name = u"web"_s;
    p.distribution = u"alma"_s;
    QVERIFY(ProfileRepository(*m_db).save(p));
    auto refused = repo.remove(u"alma"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"distro.inuse"_s);
    QVERIFY(refused.error().message.contains(u"web"_s));
    QVERIFY(repo.find(u"alma"_s).value());
    QVERIFY(ProfileRepository(*m_db).remove(u"web"_s));
    QVERIFY(repo.remove(u"alma"_s));
    auto gone = repo.remove(u"alma"_s);
    QCOMPARE(gone.error().code, u"distro.notfound"_s);
}

void TestDistribution::profilesNameOnlyDistributionsThatExist()
{
    Profile p;
    p.name = u"web"_s;
    p.distribution = u"nope"_s;
    auto refused = ProfileRepository(*m_db).save(p);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"profile.distribution"_s);
    QVERIFY(DistributionRepository(*m_db).add(sample(u"nope"_s)));
    p.installer = InstallerKind::Preseed;
    p.secureBoot = true;
    QVERIFY(ProfileRepository(*m_db).save(p));
    const Profile back = ProfileRepository(*m_db).find(u"web"_s).value().value();
    QCOMPARE(back, p);
}

QTEST_GUILESS_MAIN(TestDistribution)
#include "tst_distribution.moc"
