// SPDX-License-Identifier: GPL-3.0-or-later
// Arming hosts for install and the profiles they install.
#include "hostsview.h"
#include "hosttimeline.h"

#include "install/installrepository.h"

#include "hostfilterproxy.h"
#include "hosttablemodel.h"
#include "profiles/profilesdialog.h"

#include "common/workspace.h"
#include "inventory/hostrepository.h"
#include "inventory/profile.h"

#include <QItemSelection>
#include <QMessageBox>
#include <QSet>
#include <QTableView>

namespace Crashcart::App {

using namespace Crashcart::Inventory;

QStringList HostsView::profileNames() const
{
    QStringList names = m_model->profiles();
    if (auto defined = m_profiles.all()) {
        for (const Profile &p : std::as_const(*defined)) {
            if (!names.contains(p.name))
                names.append(p.name);
        }
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

Result<QList<MacAddress>> HostsView::armSelected(bool arm)
{
    QList<MacAddress> macs;
    for (int row : selectedRows())
        macs.append(m_model->host(row).mac);
    if (macs.isEmpty())
        return QList<MacAddress>();
    // An install record per armed host (its token reaches the host in its kickstart); disarming
    // cancels the running ones.
    Install::InstallRepository installs(m_repository.database());
    const QString user = Install::currentUser();
    auto changed = arm ? installs.arm(macs, user) : installs.disarm(macs, u"cancelled: " + user);
    if (!changed) {
        QMessageBox::warning(this, arm ? tr("Cannot arm the hosts") : tr("Cannot disarm the hosts"), changed.error().message);
        return changed;
    }
    m_model->refreshHosts(*changed);
    if (!changed->isEmpty())
        Q_EMIT inventoryChanged();
    if (!arm) {
        Q_EMIT statusMessage(changed->isEmpty() ? tr("None of the selected hosts was armed")
                                                : tr("%n host(s) disarmed: they boot their disks", nullptr, int(changed->size())));
        return changed;
    }
    Q_EMIT statusMessage(tr("%n host(s) armed: their next network boot installs them", nullptr, int(changed->size())));
    // Armed, yet nothing to install: the profile is not defined or names no kernel. Said now,
    // not discovered at the rack.
    QSet<QString> used;
    for (const MacAddress &mac : std::as_const(*changed))
        used.insert(m_model->host(m_model->rowOf(mac)).profile);
    QStringList lacking;
    for (const QString &name : std::as_const(used)) {
        auto profile = m_profiles.find(name);
        if (profile && (!*profile || ((*profile)->kernel.isEmpty() && (*profile)->distribution.isEmpty())))
            lacking.append(name);
    }
    if (!lacking.isEmpty()) {
        lacking.sort();
        QMessageBox::information(this, tr("Nothing to install yet"),
                                 tr("The hosts are armed, but these profiles are not defined or name no kernel: %1. "
                                    "Until they do, the hosts boot their disks. Define them under Hosts → Profiles.")
                                     .arg(lacking.join(QStringLiteral(", "))));
    }
    return changed;
}

QHash<QString, int> HostsView::profileUsage() const
{
    QHash<QString, int> usage;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (const QString &p = m_model->host(row).profile; !p.isEmpty())
            ++usage[p];
    }
    return usage;
}

void HostsView::showProfiles()
{
    ProfilesDialog dialog(m_profiles, m_workspace.path(), profileUsage(), this);
    connect(&dialog, &ProfilesDialog::changed, this, &HostsView::inventoryChanged);
    dialog.exec();
    refreshFilters();
}

void HostsView::importDistribution(const QString &image)
{
    ProfilesDialog dialog(m_profiles, m_workspace.path(), profileUsage(), this);
    connect(&dialog, &ProfilesDialog::changed, this, &HostsView::inventoryChanged);
    dialog.show();
    dialog.importDistribution(image);
    dialog.exec();
    refreshFilters();
}

void HostsView::refreshHosts(const QList<MacAddress> &macs)
{
    m_model->refreshHosts(macs);
    m_timeline->refresh(macs);
}

void HostsView::selectHosts(const QList<MacAddress> &macs)
{
    QItemSelection selection;
    for (const MacAddress &mac : macs) {
        const int row = m_model->rowOf(mac);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(HostTableModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace Crashcart::App
