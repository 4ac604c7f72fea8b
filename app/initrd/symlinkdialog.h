// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

namespace Crashcart::App {

// Asks for a new symlink's name (in a given folder) and its target.
class SymlinkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SymlinkDialog)

public:
    explicit SymlinkDialog(const QString &folder, QWidget *parent = nullptr);

    QString name() const;
    QString target() const;

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_target = nullptr;
};

} // namespace Crashcart::App
