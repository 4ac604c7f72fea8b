// SPDX-License-Identifier: GPL-3.0-or-later
#include "netboot/bootloaders.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart::Netboot;
using namespace Qt::StringLiterals;

class TestBootloaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsWhatIsMissingAndWhatToDo();
};

void TestBootloaders::reportsWhatIsMissingAndWhatToDo()
{
    QTemporaryDir root, system;
    // The TFTP root has pxelinux.0; the "system" has ldlinux.c32 but no shim or GRUB.
    QFile present(root.filePath(u"pxelinux.0"_s));
    QVERIFY(present.open(QIODevice::WriteOnly));
    present.close();
    QVERIFY(QDir().mkpath(system.filePath(u"usr/lib/syslinux/modules/bios"_s)));
    QFile ld(system.filePath(u"usr/lib/syslinux/modules/bios/ldlinux.c32"_s));
    QVERIFY(ld.open(QIODevice::WriteOnly));
    ld.close();

    const auto missing = missingBootloaders(root.path(), UefiChain::ShimGrub, system.path());
    QStringList files;
    for (const auto &m : missing)
        files.append(m.loader.file);
    QCOMPARE(files, (QStringList { u"ldlinux.c32"_s, u"bootx64.efi"_s, u"grubx64.efi"_s }));
    QVERIFY(missing[0].installed);
    QVERIFY(adviceFor(missing[0], root.path()).contains(u"cp /usr/lib/syslinux/modules/bios/ldlinux.c32"_s));
    QVERIFY(!missing[1].installed);
    QVERIFY(adviceFor(missing[1], root.path()).contains(u"shim-signed"_s));

    // The iPXE chain needs snponly.efi instead of shim and GRUB.
    files.clear();
    for (const auto &m : missingBootloaders(root.path(), UefiChain::Ipxe, system.path()))
        files.append(m.loader.file);
    QCOMPARE(files, (QStringList { u"ldlinux.c32"_s, u"snponly.efi"_s }));
}

QTEST_GUILESS_MAIN(TestBootloaders)
#include "tst_bootloaders.moc"
