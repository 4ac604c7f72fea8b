// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QVariantMap>

namespace Crashcart::App {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
}

Notifier::Notifier(QObject *parent) : QObject(parent) { }

bool Notifier::isAvailable() const
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(kService);
}

bool Notifier::notify(const QString &summary, const QString &body, bool urgent)
{
    if (!isAvailable())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(kService, QStringLiteral("/org/freedesktop/Notifications"), kService,
                                                       QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(urgent ? 2 : 1)));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral(CRASHCART_APP_ID));
    call << QStringLiteral("Crashcart") << uint(0) << QStringLiteral(CRASHCART_APP_ID) << summary << body << QStringList() << hints
         << int(urgent ? 0 : -1);
    return QDBusConnection::sessionBus().send(call); // asynchronous: the GUI never waits for the desktop
}

} // namespace Crashcart::App
