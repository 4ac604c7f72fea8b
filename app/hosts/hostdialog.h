// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/host.h"

#include <QDialog>

#include <array>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Crashcart::Inventory {
class HostRepository;
}

namespace Crashcart::App {

// Adds one host. Each field says under itself what is wrong with it once the user has left
// it; Add stays disabled until the host is valid; duplicates are refused with the name of
// the host that holds the value.
class HostDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostDialog)

public:
    HostDialog(Inventory::HostRepository &repository, const QStringList &profiles, const QString &defaultProfile,
               QWidget *parent = nullptr);

    Inventory::Host host() const { return m_host; }
    void accept() override;

private:
    QString text(Inventory::HostField field) const;
    // Re-checks every field; shows the errors of the touched ones (all, with |showAll|).
    bool validate(bool showAll);
    void touch(Inventory::HostField field);

    Inventory::HostRepository &m_repository;
    Inventory::Host m_host;
    std::array<QLineEdit *, Inventory::HostFieldCount> m_edits {};
    std::array<QLabel *, Inventory::HostFieldCount> m_errors {};
    std::array<bool, Inventory::HostFieldCount> m_touched {};
    QComboBox *m_profile = nullptr;
    QComboBox *m_bmcType = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_addButton = nullptr;
};

} // namespace Crashcart::App
