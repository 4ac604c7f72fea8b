// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/host.h"

#include <QDialog>

#include <array>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Crashcart::Inventory {
class HostRepository;
}

namespace Crashcart::App {

// Adds one host: every field validated as typed, the MAC required, duplicates refused
// with the name of the host that holds the value.
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
    bool validate(bool showAll);

    Inventory::HostRepository &m_repository;
    Inventory::Host m_host;
    std::array<QLineEdit *, Inventory::HostFieldCount> m_edits {};
    QComboBox *m_profile = nullptr;
    QComboBox *m_bmcType = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Crashcart::App
