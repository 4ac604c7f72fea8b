// SPDX-License-Identifier: GPL-3.0-or-later
#include "distro/isoimage.h"

#include <QTest>

class TstIsoImage : public QObject
{
    Q_OBJECT
private slots:
    void missing();
};

void TstIsoImage::missing()
{
    const auto image = Crashcart::Distro::IsoImage::open(QStringLiteral("/nonexistent.iso"));
    QVERIFY(!image);
    QCOMPARE(image.error().code, QStringLiteral("iso.missing"));
}

QTEST_GUILESS_MAIN(TstIsoImage)
#include "tst_isoimage.moc"
