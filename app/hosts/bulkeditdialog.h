// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/bulkedit.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Crashcart::App {

// Collects one change for every selected host: profile, BMC type, tags to add or remove.
class BulkEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkEditDialog)

public:
    BulkEditDialog(int hostCount, const QStringList &profiles, QWidget *parent = nullptr);

    Inventory::BulkEdit edit() const { return m_edit; }
    void accept() override;

private:
    Inventory::BulkEdit m_edit;
    QCheckBox *m_setProfile = nullptr;
    QComboBox *m_profile = nullptr;
    QCheckBox *m_setBmcType = nullptr;
    QComboBox *m_bmcType = nullptr;
    QLineEdit *m_addTags = nullptr;
    QLineEdit *m_removeTags = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Crashcart::App
