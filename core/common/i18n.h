// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Crashcart::I18n {

// The UI languages shipped (English is the source language).
QStringList availableLanguages();

// Installs Crashcart's and Qt's translators for |language| (e.g. "zh_CN"), or for the system
// locale when it is empty. Returns the language in effect ("en" when none applies).
QString install(QCoreApplication &app, const QString &language);

} // namespace Crashcart::I18n
