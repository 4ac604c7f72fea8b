// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/profile.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace Crashcart::App {

// Adds or edits one profile: its name (fixed once it exists: hosts refer to it by name), a
// description, the kernel, the initrds in the order they load, the kernel arguments and the
// kickstart template, or a distribution that gives the kernel, the initrd and the package
// tree, with a kickstart or a preseed. Files are picked or typed; a relative path starts at the workspace,
// and a file that does not exist is refused with its path. Saves through the repository.
class ProfileEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditDialog)

public:
    // |existing| empty: a new profile, whose name must not be one of |takenNames|.
    ProfileEditDialog(Inventory::ProfileRepository &repository, const QString &workspacePath,
                      const std::optional<Inventory::Profile> &existing, const QStringList &takenNames,
                      const QList<Inventory::Distribution> &distributions = {}, QWidget *parent = nullptr);

    Inventory::Profile profile() const { return m_profile; }
    void accept() override;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QLineEdit *kernelEdit() const { return m_kernel; }
    QListWidget *initrdList() const { return m_initrds; }
    QLineEdit *argumentsEdit() const { return m_arguments; }
    QLineEdit *kickstartEdit() const { return m_kickstart; }
    QCheckBox *syslogBox() const { return m_syslog; }
    QComboBox *distributionBox() const { return m_distribution; }
    QComboBox *installerBox() const { return m_installer; }
    QCheckBox *secureBootBox() const { return m_secureBoot; }
    QLabel *messageLabel() const { return m_message; }
    // Appends initrd files, as the Add button does after its file dialog.
    void addInitrds(const QStringList &paths);
    void moveInitrd(int delta);
    void removeInitrd();

private:
    void buildFields(const Inventory::Profile &p);
    void buildLayout();
    void connectFields();
    // Re-checks the fields; shows what is wrong with each (every field with |showAll|).
    bool validate(bool showAll);
    QString absolute(const QString &path) const;
    QString stored(const QString &path) const;
    QString browse(const QString &title, const QString &current, const QString &filter);
    void updateInitrdButtons();
    void distributionChosen();
    const Inventory::Distribution *chosenDistribution() const;

    Inventory::ProfileRepository &m_repository;
    QString m_workspacePath;
    bool m_isNew = true;
    QStringList m_taken;
    Inventory::Profile m_profile;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QLineEdit *m_description = nullptr;
    QLineEdit *m_kernel = nullptr;
    QLabel *m_kernelError = nullptr;
    QPushButton *m_browseKernel = nullptr;
    QPushButton *m_addInitrd = nullptr;
    QPushButton *m_browseKickstart = nullptr;
    QListWidget *m_initrds = nullptr;
    QLabel *m_initrdError = nullptr;
    QPushButton *m_removeInitrd = nullptr;
    QPushButton *m_upInitrd = nullptr;
    QPushButton *m_downInitrd = nullptr;
    QLineEdit *m_arguments = nullptr;
    QCheckBox *m_syslog = nullptr;
    QSpinBox *m_timeout = nullptr;
    QComboBox *m_firmware = nullptr;
    QList<Inventory::Distribution> m_distributions;
    QComboBox *m_distribution = nullptr;
    QLabel *m_distributionInfo = nullptr;
    QComboBox *m_installer = nullptr;
    QCheckBox *m_secureBoot = nullptr;
    QLineEdit *m_kickstart = nullptr;
    QLabel *m_kickstartError = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_saveButton = nullptr;
    bool m_touched = false;
};

} // namespace Crashcart::App
