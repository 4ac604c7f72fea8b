// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/distribution.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLayout;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace Crashcart::Inventory {
class ProfileRepository;
}

namespace Crashcart::App {

class ProfileTableModel;

// The profiles: what armed hosts install. Lists them with how many hosts use each; adds,
// edits (ProfileEditDialog) and removes them. changed() says the inventory was written.
class ProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesDialog)

public:
    // |usage|: profile name -> hosts that use it.
    ProfilesDialog(Inventory::ProfileRepository &repository, const QString &workspacePath, const QHash<QString, int> &usage,
                   QWidget *parent = nullptr);

    ProfileTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    bool reload();
    // Opens the editor for a new profile, or for the selected one.
    void addProfile();
    void editSelected();
    // Asks first when |ask| (and says how many hosts use it); true when removed.
    bool removeProfile(const QString &name, bool ask = true);
    // Distributions: imported from a disc image (file dialog, or |source| given), removed.
    QTreeWidget *distributionList() const { return m_distributions; }
    void importDistribution(const QString &source = QString());
    bool removeDistribution(const QString &name, bool ask = true);

Q_SIGNALS:
    void changed();

private:
    QString selectedName() const;
    QLayout *buildDistributions();
    void updateButtons();

    Inventory::ProfileRepository &m_repository;
    QString m_workspacePath;
    QHash<QString, int> m_usage;
    ProfileTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QTreeWidget *m_distributions = nullptr;
    QPushButton *m_removeDistribution = nullptr;
    QList<Inventory::Distribution> m_distributionList;
};

} // namespace Crashcart::App
