// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Crashcart::Netboot {

// What to do when a server cannot bind |port|: the capability to grant for a privileged
// port, or how to find who holds a taken one and which option picks another.
QString bindFailureHint(quint16 port, const QString &option);

} // namespace Crashcart::Netboot
