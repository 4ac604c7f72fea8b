// SPDX-License-Identifier: GPL-3.0-or-later
#include "bindhint.h"

#include <QCoreApplication>

namespace Crashcart::Netboot {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Netboot::BindHint)
};

} // namespace

QString bindFailureHint(quint16 port, const QString &option)
{
    if (port < 1024) {
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
