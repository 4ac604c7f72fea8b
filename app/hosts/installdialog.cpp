// SPDX-License-Identifier: GPL-3.0-or-later
#include "installdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Crashcart::App {

using Deploy::Finding;
using Deploy::HostPlan;

namespace {

QString hostLabel(const HostPlan &plan)
{
    return plan.host.hostname.isEmpty() ? plan.host.mac.toString()
                                        : QStringLiteral("%1 (%2)").arg(plan.host.hostname, plan.host.mac.toString());
}

bool hasCode(const HostPlan &plan, QStringView prefix)
{
    return std::any_of(plan.findings.cbegin(), plan.findings.cend(), [prefix](const Finding &f) { return f.code.startsWith(prefix); });
}

} // namespace

InstallDialog::InstallDialog(int hosts, Checker check, QWidget *parent)
    : QDialog(parent), m_hosts(hosts), m_check(std::move(check))
{
    setWindowTitle(tr("Install Hosts"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Host"), tr("What happens") });
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setWordWrap(true);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setUniformRowHeights(false);
    m_eraseConfirm = new QCheckBox(this);
    m_eraseConfirm->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_install = m_buttons->addButton(tr("Install"), QDialogButtonBox::AcceptRole);
    m_install->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
    m_login = m_buttons->addButton(tr("BMC &Login…"), QDialogButtonBox::ActionRole);
    m_login->setToolTip(tr("Store the BMC user and password of the hosts that lack one, in the system keychain"));
    m_certificate = m_buttons->addButton(tr("Trust &Certificate…"), QDialogButtonBox::ActionRole);
    m_again = m_buttons->addButton(tr("Check &Again"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_eraseConfirm);
    layout->addWidget(m_buttons);
    resize(1000, 520);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_again, &QPushButton::clicked, this, &InstallDialog::recheck);
    connect(m_login, &QPushButton::clicked, this, &InstallDialog::askLogin);
    connect(m_certificate, &QPushButton::clicked, this, &InstallDialog::askCertificate);
    connect(m_eraseConfirm, &QCheckBox::toggled, this, &InstallDialog::updateButtons);
    connect(&m_watcher, &QFutureWatcher<QList<HostPlan>>::finished, this, [this] {
        m_plans = m_watcher.result();
        showPlans();
    });
    recheck();
}

InstallDialog::~InstallDialog()
{
    m_watcher.waitForFinished(); // each BMC call is bounded: seconds at most
}

int InstallDialog::installable() const
{
    return int(std::count_if(m_plans.cbegin(), m_plans.cend(), [](const HostPlan &p) { return !p.blocked(); }));
}

void InstallDialog::recheck()
{
    if (m_watcher.isRunning())
        return;
    m_plans.clear();
    m_tree->clear();
    m_summary->setText(tr("Checking %n host(s): profiles, kickstarts, BMCs and servers…", nullptr, m_hosts));
    m_install->setEnabled(false);
    m_again->setEnabled(false);
    m_login->setEnabled(false);
    m_certificate->setEnabled(false);
    m_eraseConfirm->hide();
    m_watcher.setFuture(QtConcurrent::run(m_check));
}

void InstallDialog::showPlans()
{
    m_tree->clear();
    const QIcon ok = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon warn = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon bad = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (const HostPlan &plan : std::as_const(m_plans)) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, hostLabel(plan));
        QString how;
        if (plan.blocked())
            how = tr("Blocked: not installed");
        else if (!plan.bmc)
            how = tr("Armed only: boot it by hand");
        else if (plan.power == Bmc::PowerState::On)
            how = tr("Running: network boot once, then power cycle");
        else
            how = tr("Off: network boot once, then power on");
        item->setText(1, how);
        const bool warned = std::any_of(plan.findings.cbegin(), plan.findings.cend(),
                                        [](const Finding &f) { return f.severity == Finding::Severity::Warning; });
        item->setIcon(0, plan.blocked() ? bad : (warned || plan.erasesDisks) ? warn : ok);
        for (const Finding &f : plan.findings) {
            auto *child = new QTreeWidgetItem(item);
            child->setIcon(0, f.severity == Finding::Severity::Problem ? bad : warn);
            child->setText(0, f.severity == Finding::Severity::Problem ? tr("Problem")
                               : f.severity == Finding::Severity::Warning ? tr("Warning")
                                                                          : tr("Note"));
            child->setText(1, f.message);
            child->setToolTip(1, f.message);
        }
        for (const QString &reason : plan.eraseReasons) {
            auto *child = new QTreeWidgetItem(item);
            child->setIcon(0, warn);
            child->setText(0, tr("Erases disks"));
            child->setText(1, reason);
        }
        item->setExpanded(plan.blocked() || plan.erasesDisks || warned);
    }
    const int ready = installable();
    const int blocked = int(m_plans.size()) - ready;
    m_summary->setText(blocked == 0 ? tr("All %n host(s) can be installed.", nullptr, ready)
                                    : tr("%1 of %n host(s) can be installed; the blocked ones are left as they are.", nullptr,
                                         int(m_plans.size()))
                                          .arg(ready));
    const QStringList erasing = Deploy::erasingHosts(m_plans);
    m_eraseConfirm->setVisible(!erasing.isEmpty());
    m_eraseConfirm->setChecked(false);
    m_eraseConfirm->setText(tr("I &understand that this erases the disks of %n host(s): %1", nullptr, int(erasing.size()))
                                .arg(erasing.mid(0, 8).join(QStringLiteral(", ")) + (erasing.size() > 8 ? QStringLiteral(", …") : QString())));
    m_install->setText(tr("&Install %n Host(s)", nullptr, ready));
    m_again->setEnabled(true);
    m_login->setEnabled(std::any_of(m_plans.cbegin(), m_plans.cend(), [](const HostPlan &p) {
        return hasCode(p, u"bmc.credentials") || hasCode(p, u"bmc.auth");
    }));
    m_certificate->setEnabled(std::any_of(m_plans.cbegin(), m_plans.cend(), [](const HostPlan &p) {
        return hasCode(p, u"bmc.tls") && !p.presentedFingerprint.isEmpty();
    }));
    updateButtons();
}

void InstallDialog::updateButtons()
{
    const bool erasing = m_eraseConfirm->isVisible();
    m_install->setEnabled(!m_watcher.isRunning() && installable() > 0 && (!erasing || m_eraseConfirm->isChecked()));
}

void InstallDialog::askLogin()
{
    QList<MacAddress> macs;
    for (const HostPlan &p : std::as_const(m_plans)) {
        if (hasCode(p, u"bmc.credentials") || hasCode(p, u"bmc.auth"))
            macs.append(p.host.mac);
    }
    if (!macs.isEmpty())
        Q_EMIT loginRequested(macs);
}

void InstallDialog::askCertificate()
{
    for (const HostPlan &p : std::as_const(m_plans)) {
        if (!hasCode(p, u"bmc.tls") || p.presentedFingerprint.isEmpty())
            continue;
        const bool changed = hasCode(p, u"bmc.tls.changed");
        QString fingerprint;
        for (int i = 0; i < p.presentedFingerprint.size(); i += 2)
            fingerprint += p.presentedFingerprint.mid(i, 2).toUpper() + (i + 2 < p.presentedFingerprint.size() ? QStringLiteral(":") : QString());
        QMessageBox box(changed ? QMessageBox::Warning : QMessageBox::Question, tr("Trust the BMC's Certificate?"),
                        (changed ? tr("The BMC of %1 presents a different certificate than the one accepted before. "
                                      "Someone may be in between, or the BMC's certificate was renewed.")
                                 : tr("The BMC of %1 presents a certificate this system does not trust."))
                                .arg(hostLabel(p)),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("SHA-256 fingerprint:\n%1\n\nCompare it with the one the BMC shows (its web page or "
                                  "console) before you trust it.")
                                   .arg(fingerprint));
        auto *trust = box.addButton(tr("&Trust This Certificate"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == trust)
            Q_EMIT certificateAccepted(p.host.mac, p.presentedFingerprint);
    }
}

} // namespace Crashcart::App
