// SPDX-License-Identifier: GPL-3.0-or-later
#include "bmclogindialog.h"

#include "errorlabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace Crashcart::App {

BmcLoginDialog::BmcLoginDialog(const QStringList &hosts, Store store, QWidget *parent)
    : QDialog(parent), m_store(std::move(store))
{
    setWindowTitle(tr("BMC Login"));
    auto *intro = new QLabel(tr("The BMC user and password of %n host(s): %1.\nKept in the system keychain only, never in "
                                "the inventory, a file or a command line.", nullptr, int(hosts.size()))
                                 .arg(hosts.mid(0, 6).join(QStringLiteral(", ")) + (hosts.size() > 6 ? QStringLiteral(", …") : QString())),
                             this);
    intro->setWordWrap(true);
    m_user = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_error = makeErrorLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("&Store"), QDialogButtonBox::AcceptRole);
    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_error);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BmcLoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Result<void>>::finished, this, [this] {
        m_buttons->setEnabled(true);
        const Result<void> stored = m_watcher.result();
        if (stored) {
            QDialog::accept();
            return;
        }
        setError(m_error, stored.error().message);
    });
    resize(460, sizeHint().height());
}

BmcLoginDialog::~BmcLoginDialog()
{
    m_watcher.waitForFinished();
}

void BmcLoginDialog::accept()
{
    if (m_user->text().isEmpty() || m_password->text().isEmpty()) {
        setError(m_error, tr("Both the user and the password are needed."));
        return;
    }
    m_buttons->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run(m_store, Bmc::Credentials { m_user->text(), m_password->text() }));
}

} // namespace Crashcart::App
