// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostdialog.h"

#include "errorlabel.h"

#include "inventory/hostrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Crashcart::App {

using namespace Crashcart::Inventory;

HostDialog::HostDialog(HostRepository &repository, const QStringList &profiles, const QString &defaultProfile,
                       QWidget *parent)
    : QDialog(parent), m_repository(repository)
{
    setWindowTitle(tr("Add host"));
    auto *form = new QFormLayout;
    const auto addRow = [&](HostField field, QWidget *widget) {
        form->addRow(fieldLabel(field), widget);
        m_errors[size_t(field)] = makeErrorLabel(this);
        form->addRow(QString(), m_errors[size_t(field)]);
    };
    const auto addEdit = [&](HostField field, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(placeholder);
        m_edits[size_t(field)] = edit;
        addRow(field, edit);
        connect(edit, &QLineEdit::textChanged, this, [this] { validate(false); });
        connect(edit, &QLineEdit::editingFinished, this, [this, field] { touch(field); });
    };
    addEdit(HostField::Mac, tr("e.g. 52:54:00:12:34:56"));
    addEdit(HostField::Hostname, tr("e.g. web01.rack3"));
    addEdit(HostField::Ip, tr("empty or \"dhcp\" for an address from DHCP"));

    m_profile = new QComboBox(this);
    m_profile->setEditable(true);
    m_profile->addItems(profiles);
    m_profile->setCurrentText(defaultProfile);
    addRow(HostField::Profile, m_profile);
    connect(m_profile, &QComboBox::currentTextChanged, this, [this] { touch(HostField::Profile); });

    addEdit(HostField::BmcAddress, tr("IP address or host name of the BMC"));
    m_bmcType = new QComboBox(this);
    m_bmcType->addItem(tr("None"), QString());
    for (const QString &type : bmcTypes())
        m_bmcType->addItem(type, type);
    addRow(HostField::BmcType, m_bmcType);
    addEdit(HostField::Tags, tr("tag names or key=value, separated by commas"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 4);
    addRow(HostField::Notes, m_notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { touch(HostField::Notes); });

    m_message = makeErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_addButton = buttons->button(QDialogButtonBox::Ok);
    m_addButton->setText(tr("Add"));
    m_addButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &HostDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HostDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    // Grows as error lines appear, so they never cover the fields below them.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_profile->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
}

QString HostDialog::text(HostField field) const
{
    switch (field) {
    case HostField::Profile: return m_profile->currentText();
    case HostField::BmcType: return m_bmcType->currentData().toString();
    case HostField::Notes: return m_notes->toPlainText();
    default: return m_edits[size_t(field)]->text();
    }
}

void HostDialog::touch(HostField field)
{
    m_touched[size_t(field)] = true;
    validate(false);
}

bool HostDialog::validate(bool showAll)
{
    Host h;
    bool valid = true;
    for (int i = 0; i < HostFieldCount; ++i) {
        const auto field = HostField(i);
        const auto r = h.setField(field, text(field));
        valid = valid && r.ok();
        setError(m_errors[size_t(i)], !r.ok() && (showAll || m_touched[size_t(i)]) ? r.error().message : QString());
    }
    setError(m_message, QString());
    m_host = h;
    m_addButton->setEnabled(valid);
    return valid;
}

void HostDialog::accept()
{
    if (!validate(true))
        return;
    if (auto r = m_repository.add(m_host); !r) {
        setError(m_message, r.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace Crashcart::App
