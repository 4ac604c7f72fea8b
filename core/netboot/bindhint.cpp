// SPDX-License-Identifier: GPL-3.0-or-later
#include "bindhint.h"

#include <QAbstractSocket>
#include <QCoreApplication>

#include <cerrno>

namespace Crashcart::Netboot {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Netboot::BindHint)
};

} // namespace

BindFailure bindFailureFromErrno(int error)
{
    switch (error) {
    case EADDRINUSE: return BindFailure::InUse;
    case EADDRNOTAVAIL: return BindFailure::AddressNotHere;
    case EACCES:
    case EPERM: return BindFailure::Denied;
    default: return BindFailure::Other;
    }
}

BindFailure bindFailureFromSocket(int socketError)
{
    switch (QAbstractSocket::SocketError(socketError)) {
    case QAbstractSocket::AddressInUseError: return BindFailure::InUse;
    case QAbstractSocket::SocketAddressNotAvailableError: return BindFailure::AddressNotHere;
    case QAbstractSocket::SocketAccessError: return BindFailure::Denied;
    default: return BindFailure::Other;
    }
}

QString bindFailureHint(quint16 port, const QString &option, BindFailure why)
{
    if (why == BindFailure::AddressNotHere)
        return Tr::tr("That address is not one of this machine's: choose one of its addresses, or 0.0.0.0 for all of them.");
    if (why == BindFailure::Other)
        return QString();
    if (port < 1024 || why == BindFailure::Denied) {
        return Tr::tr("Port %1 is privileged. Either allow this program to bind it "
                      "(sudo setcap cap_net_bind_service=+ep %2) or choose a port above 1023 with %3.")
            .arg(port)
            .arg(QCoreApplication::applicationFilePath(), option);
    }
    return Tr::tr("Port %1 is taken by another program (see: ss -lunp 'sport = :%1'); stop it or choose another port with %2.")
        .arg(port)
        .arg(option);
}

} // namespace Crashcart::Netboot
