// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bmc/bmc.h"
#include "common/result.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Crashcart::App {

// Asks once for a BMC user and password and stores them in the system keychain (never in the
// inventory or a file). The store runs off the GUI thread; a keychain that is not there is
// said, and the dialog stays open with what was typed.
class BmcLoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BmcLoginDialog)

public:
    using Store = std::function<Result<void>(const Bmc::Credentials &)>;

    BmcLoginDialog(const QStringList &hosts, Store store, QWidget *parent = nullptr);
    ~BmcLoginDialog() override;

    void accept() override;

private:
    Store m_store;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<Result<void>> m_watcher;
};

} // namespace Crashcart::App
