// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/i18n.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

// Each language in its own test function, which removes the translators it installed.
class TestI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chinese();
    void englishPlurals();
    void unknownLanguageFallsBackToEnglish();

private:
    void removeTranslators();
};

void TestI18n::removeTranslators()
{
    const QObjectList children = QCoreApplication::instance()->children();
    for (QObject *child : children) {
        if (auto *t = qobject_cast<QTranslator *>(child)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
}

void TestI18n::chinese()
{
    QCOMPARE(Crashcart::I18n::install(*QCoreApplication::instance(), u"zh_CN"_s), u"zh_CN"_s);
    QCOMPARE(QCoreApplication::translate("Crashcart::App::HostsView", "Hosts"), QString::fromUtf8("主机"));
    QCOMPARE(QCoreApplication::translate("Crashcart::App::HostsView", "%n host(s)", nullptr, 3), QString::fromUtf8("3 台主机"));
    removeTranslators();
}

void TestI18n::englishPlurals()
{
    QVERIFY(Crashcart::I18n::install(*QCoreApplication::instance(), u"en"_s).startsWith(u"en"_s));
    QCOMPARE(QCoreApplication::translate("Crashcart::App::HostsView", "%n host(s)", nullptr, 1), u"1 host"_s);
    QCOMPARE(QCoreApplication::translate("Crashcart::App::HostsView", "%n host(s)", nullptr, 2), u"2 hosts"_s);
    removeTranslators();
}

void TestI18n::unknownLanguageFallsBackToEnglish()
{
    QCOMPARE(Crashcart::I18n::install(*QCoreApplication::instance(), u"de_DE"_s), u"en"_s);
    QCOMPARE(QCoreApplication::translate("Crashcart::App::HostsView", "%n host(s)", nullptr, 2), u"2 hosts"_s);
    removeTranslators();
}

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
