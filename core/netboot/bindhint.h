// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Crashcart::Netboot {

// What to do when a server cannot bind |port|: the capability to grant for a privileged
// port, or how to find who holds a taken one and which option picks another.
// Why a bind failed, as far as the advice goes.
enum class BindFailure { InUse, AddressNotHere, Denied, Other };
BindFailure bindFailureFromErrno(int error);
BindFailure bindFailureFromSocket(int socketError); // a QAbstractSocket::SocketError

// What to do about it, naming the setting (|option|, as the command line spells it).
QString bindFailureHint(quint16 port, const QString &option, BindFailure why = BindFailure::InUse);

} // namespace Crashcart::Netboot
