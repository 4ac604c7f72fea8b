// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

namespace Crashcart {

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString &iniFile) : m_settings(iniFile, QSettings::IniFormat) { }

} // namespace Crashcart
