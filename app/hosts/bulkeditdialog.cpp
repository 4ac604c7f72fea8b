// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkeditdialog.h"

#include "errorlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Crashcart::App {

using namespace Crashcart::Inventory;

BulkEditDialog::BulkEditDialog(int hostCount, const QStringList &profiles, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Edit %n host(s)", nullptr, hostCount));
    auto *form = new QFormLayout;

    m_setProfile = new QCheckBox(tr("Set profile"), this);
    m_profile = new QComboBox(this);
    m_profile->setEditable(true);
    m_profile->addItems(profiles);
    m_profile->setEnabled(false);
    connect(m_setProfile, &QCheckBox::toggled, m_profile, &QWidget::setEnabled);
    form->addRow(m_setProfile, m_profile);

    m_setBmcType = new QCheckBox(tr("Set BMC type"), this);
    m_bmcType = new QComboBox(this);
    m_bmcType->addItem(tr("None"), QString());
    for (const QString &type : bmcTypes())
        m_bmcType->addItem(type, type);
    m_bmcType->setEnabled(false);
    connect(m_setBmcType, &QCheckBox::toggled, m_bmcType, &QWidget::setEnabled);
    form->addRow(m_setBmcType, m_bmcType);

    m_addTags = new QLineEdit(this);
    m_addTags->setPlaceholderText(tr("e.g. rack3, gpu"));
    form->addRow(tr("Add tags"), m_addTags);
    m_removeTags = new QLineEdit(this);
    form->addRow(tr("Remove tags"), m_removeTags);

    m_message = makeErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BulkEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BulkEditDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Only the checked or filled-in fields change."), this));
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void BulkEditDialog::accept()
{
    BulkEdit edit;
    if (m_setProfile->isChecked()) {
        auto name = normalizeProfileName(m_profile->currentText());
        if (!name) {
            setError(m_message, name.error().message);
            return;
        }
        edit.profile = *name;
    }
    if (m_setBmcType->isChecked())
        edit.bmcType = m_bmcType->currentData().toString();
    auto add = parseTags(m_addTags->text());
    auto remove = parseTags(m_removeTags->text());
    if (!add || !remove) {
        setError(m_message, !add ? add.error().message : remove.error().message);
        return;
    }
    edit.addTags = *add;
    edit.removeTags = *remove;
    if (edit.isEmpty()) {
        setError(m_message, tr("Nothing to change: check a field or enter tags."));
        return;
    }
    m_edit = edit;
    QDialog::accept();
}

} // namespace Crashcart::App
