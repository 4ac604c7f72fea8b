// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Crashcart::App {

// Desktop notifications through the freedesktop service (org.freedesktop.Notifications on
// the session bus), for what an admin wants to hear about while looking elsewhere: an install
// that finished or failed. Without a notification service it says nothing (the hosts table and
// the status bar still show it) and notify() returns false.
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    explicit Notifier(QObject *parent = nullptr);

    bool isAvailable() const;
    // |urgent|: a failure, shown until dismissed where the desktop allows.
    bool notify(const QString &summary, const QString &body, bool urgent);
};

} // namespace Crashcart::App
