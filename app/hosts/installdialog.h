// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deploy/installplan.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Crashcart::App {

// The one-click install's pre-flight, shown before anything is armed or powered: each host
// picked, what would happen to it (PXE once then power on or cycle, or armed only), what
// blocks it and why, and which kickstarts erase disks, which the admin confirms. The checks
// that talk to BMCs and the keychain run off the GUI thread; the admin can store a missing BMC
// login or accept a BMC's certificate here and check again.
class InstallDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstallDialog)

public:
    // The whole pre-flight (Deploy::planHosts, then probeHosts), run off the GUI thread: it
    // renders and lints kickstarts and asks the keychain and every BMC.
    using Checker = std::function<QList<Deploy::HostPlan>()>;

    InstallDialog(int hosts, Checker check, QWidget *parent = nullptr);
    ~InstallDialog() override;

    // The plans as last checked; the hosts not blocked are the ones to install.
    const QList<Deploy::HostPlan> &plans() const { return m_plans; }
    int installable() const;

Q_SIGNALS:
    // The admin asks to store a BMC login for these hosts / accept this host's certificate;
    // the owner does it and calls recheck().
    void loginRequested(const QList<Crashcart::MacAddress> &macs);
    void certificateAccepted(const Crashcart::MacAddress &mac, const QString &fingerprint);

public Q_SLOTS:
    void recheck();

private:
    void showPlans();
    void updateButtons();
    void askLogin();
    void askCertificate();

    int m_hosts = 0;
    Checker m_check;
    QList<Deploy::HostPlan> m_plans;
    QFutureWatcher<QList<Deploy::HostPlan>> m_watcher;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QCheckBox *m_eraseConfirm = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_install = nullptr;
    QPushButton *m_login = nullptr;
    QPushButton *m_certificate = nullptr;
    QPushButton *m_again = nullptr;
};

} // namespace Crashcart::App
