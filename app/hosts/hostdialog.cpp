// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostdialog.h"

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
    const auto addEdit = [&](HostField field, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(placeholder);
        m_edits[size_t(field)] = edit;
        form->addRow(fieldLabel(field), edit);
        connect(edit, &QLineEdit::textChanged, this, [this] { validate(false); });
    };
    addEdit(HostField::Mac, tr("e.g. 52:54:00:12:34:56"));
    addEdit(HostField::Hostname, tr("e.g. web01.rack3"));
    addEdit(HostField::Ip, tr("empty or \"dhcp\" for an address from DHCP"));

    m_profile = new QComboBox(this);
    m_profile->setEditable(true);
    m_profile->addItems(profiles);
    m_profile->setCurrentText(defaultProfile);
    form->addRow(fieldLabel(HostField::Profile), m_profile);
    connect(m_profile, &QComboBox::currentTextChanged, this, [this] { validate(false); });

    addEdit(HostField::BmcAddress, tr("IP address or host name of the BMC"));
    m_bmcType = new QComboBox(this);
    m_bmcType->addItem(tr("None"), QString());
    for (const QString &type : bmcTypes())
        m_bmcType->addItem(type, type);
    form->addRow(fieldLabel(HostField::BmcType), m_bmcType);
    addEdit(HostField::Tags, tr("words or key=value, separated by commas"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);
    form->addRow(fieldLabel(HostField::Notes), m_notes);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &HostDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HostDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

bool HostDialog::validate(bool showAll)
{
    Host h;
    QStringList problems;
    const auto check = [&](HostField field, const QString &text) {
        if (auto r = h.setField(field, text); !r && (showAll || !text.isEmpty()))
            problems.append(r.error().message);
    };
    for (int i = 0; i < HostFieldCount; ++i) {
        const auto field = HostField(i);
        if (field == HostField::Profile)
            check(field, m_profile->currentText());
        else if (field == HostField::BmcType)
            check(field, m_bmcType->currentData().toString());
        else if (field == HostField::Notes)
            check(field, m_notes->toPlainText());
        else
            check(field, m_edits[size_t(i)]->text());
    }
    m_message->setText(problems.join(u'\n'));
    m_host = h;
    return problems.isEmpty() && !h.mac.isNull();
}

void HostDialog::accept()
{
    if (!validate(true))
        return;
    if (auto r = m_repository.add(m_host); !r) {
        m_message->setText(r.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace Crashcart::App
