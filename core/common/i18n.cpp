// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Crashcart::I18n {

QStringList availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("zh_CN") };
}

QString install(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // The .qm files are compiled into the binary by translations/CMakeLists.txt. English
    // has one too, for its plural forms; it is the fallback for languages we lack.
    const QString dir = QStringLiteral(":/i18n");
    auto *own = new QTranslator(&app);
    QString effective = locale.name();
    if (!own->load(locale, QStringLiteral("crashcart"), QStringLiteral("_"), dir)) {
        effective = QStringLiteral("en");
        if (!own->load(QStringLiteral("crashcart_en"), dir)) {
            delete own;
            return effective;
        }
    }
    QCoreApplication::installTranslator(own);
    if (effective != QLatin1String("en") && !effective.startsWith(QLatin1String("en_"))) {
        auto *qt = new QTranslator(&app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
        QLocale::setDefault(locale);
    }
    return effective;
}

} // namespace Crashcart::I18n
