// SPDX-License-Identifier: GPL-3.0-or-later
#include "symlinkdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Crashcart::App {

SymlinkDialog::SymlinkDialog(const QString &folder, QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_target(new QLineEdit(this))
{
    setWindowTitle(tr("New Symlink"));
    auto *where = new QLabel(tr("In /%1").arg(folder == QLatin1String(".") ? QString() : folder), this);
    where->setWordWrap(true);
    m_target->setPlaceholderText(tr("e.g. ../lib/libc.so.6 or /bin/busybox"));
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Target:"), m_target);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    auto update = [this, ok] { ok->setEnabled(!name().isEmpty() && !target().isEmpty()); };
    connect(m_name, &QLineEdit::textChanged, this, update);
    connect(m_target, &QLineEdit::textChanged, this, update);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(sizeHint().width() * 3 / 2, sizeHint().height());
}

QString SymlinkDialog::name() const { return m_name->text().trimmed(); }
QString SymlinkDialog::target() const { return m_target->text(); }

} // namespace Crashcart::App
