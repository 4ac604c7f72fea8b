// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "common/appsettings.h"
#include "common/workspace.h"
#include "inventory/host.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Crashcart::App {

SettingsDialog::SettingsDialog(AppSettings &settings, const QString &workspaceInUse, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox(this);
    m_language->addItem(tr("System default"), QString());
    // Each language is named in itself, so anyone can find their own.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    const int index = m_language->findData(settings.value(AppSettings::Language));
    m_language->setCurrentIndex(index < 0 ? 0 : index);

    m_workspace = new QLineEdit(settings.value(AppSettings::WorkspacePath), this);
    m_workspace->setPlaceholderText(Workspace::defaultPath());
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Workspace folder"), m_workspace->text());
        if (!dir.isEmpty())
            m_workspace->setText(dir);
    });
    auto *workspaceRow = new QHBoxLayout;
    workspaceRow->addWidget(m_workspace, 1);
    workspaceRow->addWidget(browse);

    m_defaultProfile = new QLineEdit(settings.value(AppSettings::DefaultProfile), this);
    m_defaultProfile->setPlaceholderText(tr("none"));

    auto *form = new QFormLayout;
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Workspace"), workspaceRow);
    form->addRow(tr("Default profile"), m_defaultProfile);
    auto *inUse = new QLabel(tr("In use now: %1").arg(workspaceInUse), this);
    inUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    inUse->setWordWrap(true);
    form->addRow(QString(), inUse);
    auto *note = new QLabel(tr("Language and workspace changes take effect the next time Crashcart starts."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void SettingsDialog::accept()
{
    auto profile = Inventory::normalizeProfileName(m_defaultProfile->text());
    if (!profile) {
        QMessageBox::warning(this, tr("Settings"), profile.error().message);
        return;
    }
    const QString workspace = m_workspace->text().trimmed();
    if (!workspace.isEmpty()) {
        auto opened = Workspace::open(workspace);
        if (!opened) {
            QMessageBox::warning(this, tr("Settings"), opened.error().message);
            return;
        }
    }
    m_settings.setValue(AppSettings::Language, m_language->currentData().toString());
    m_settings.setValue(AppSettings::WorkspacePath, workspace);
    m_settings.setValue(AppSettings::DefaultProfile, *profile);
    m_settings.sync();
    QDialog::accept();
}

} // namespace Crashcart::App
