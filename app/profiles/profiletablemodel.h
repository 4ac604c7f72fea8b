// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/profile.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Crashcart::App {

// The profiles as a table, with how many hosts use each. Read-only: the profiles dialog edits
// them through ProfileEditDialog and hands the model the new list.
class ProfileTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileTableModel)

public:
    enum Column { Name, Description, Kernel, Initrds, KernelArgs, Kickstart, Hosts, ColumnCount };
    enum Role {
        RawRole = Qt::UserRole + 1, // comparable value for sorting
    };

    explicit ProfileTableModel(QObject *parent = nullptr);

    // |usage|: profile name -> hosts that use it.
    void setProfiles(const QList<Inventory::Profile> &profiles, const QHash<QString, int> &usage);
    const Inventory::Profile &profile(int row) const { return m_profiles.at(row); }
    int rowOf(const QString &name) const;
    int usage(const QString &name) const { return m_usage.value(name); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<Inventory::Profile> m_profiles;
    QHash<QString, int> m_usage;
};

} // namespace Crashcart::App
