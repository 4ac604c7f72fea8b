// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the tests of the Servers view's parts share: a workspace, settings and the settings
// form in a temporary folder, and event-log entries made up on the spot.

#include "servers/eventlogmodel.h"
#include "servers/serverconfigform.h"

#include "common/appsettings.h"
#include "common/workspace.h"

#include <QTemporaryDir>

namespace ServersTesting {

struct FormFixture
{
    QTemporaryDir dir;
    Crashcart::Result<Crashcart::Workspace> workspace = Crashcart::Workspace::open(dir.filePath(QStringLiteral("ws")));
    Crashcart::AppSettings settings { dir.filePath(QStringLiteral("settings.ini")) };
};

inline Crashcart::App::ServerEvent makeEvent(const QString &host, const QString &mac, const QString &server, const QString &message)
{
    Crashcart::App::ServerEvent e;
    e.time = QDateTime::currentDateTime();
    e.host = QHostAddress(host);
    if (!mac.isEmpty())
        e.mac = *Crashcart::MacAddress::parse(mac);
    e.server = server;
    e.message = message;
    return e;
}

} // namespace ServersTesting
