// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;
class QTableView;

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

Q_SIGNALS:
    void changed();

private:
    QString selectedName() const;
    void updateButtons();

    Inventory::ProfileRepository &m_repository;
    QString m_workspacePath;
    QHash<QString, int> m_usage;
    ProfileTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace Crashcart::App
