// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/appsettings.h"

#include <QTemporaryDir>
#include <QTest>

using Crashcart::AppSettings;

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAndRoundTrip();
};

void TestAppSettings::defaultsAndRoundTrip()
{
    QTemporaryDir tmp;
    const QString ini = tmp.filePath(QStringLiteral("s.ini"));
    {
        AppSettings settings(ini);
        QCOMPARE(settings.value(AppSettings::Language), QString());
        QCOMPARE(settings.value(AppSettings::WindowGeometry), QByteArray());
        settings.setValue(AppSettings::Language, QStringLiteral("zh_CN"));
        settings.setValue(AppSettings::WindowGeometry, QByteArray("\x01\x02", 2));
        settings.sync();
    }
    AppSettings again(ini);
    QCOMPARE(again.value(AppSettings::Language), QStringLiteral("zh_CN"));
    QCOMPARE(again.value(AppSettings::WindowGeometry), QByteArray("\x01\x02", 2));
    QCOMPARE(again.value(AppSettings::DefaultProfile), QString());
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
