// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace Crashcart {
class AppSettings;
}

namespace Crashcart::App {

// Language, workspace and the profile new hosts get. Language and workspace apply at the
// next start (the open database and the translated widgets stay as they are).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // |workspaceInUse| is the workspace this session runs on (it may come from --workspace).
    SettingsDialog(AppSettings &settings, const QString &workspaceInUse, QWidget *parent = nullptr);
    void accept() override;

private:
    AppSettings &m_settings;
    QComboBox *m_language = nullptr;
    QLineEdit *m_workspace = nullptr;
    QLineEdit *m_defaultProfile = nullptr;
};

} // namespace Crashcart::App
