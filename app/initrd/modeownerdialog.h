// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <array>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace Crashcart::App {

// Permission bits as boxes and as octal (kept in step), and the numeric owner of an entry.
class ModeOwnerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModeOwnerDialog)

public:
    ModeOwnerDialog(const QString &path, quint32 mode, uint uid, uint gid, QWidget *parent = nullptr);

    quint32 mode() const { return m_mode; }
    uint uid() const;
    uint gid() const;
    void setMode(quint32 mode);
    QLineEdit *octalEdit() const { return m_octal; }

private:
    void boxesChanged();
    void octalChanged(const QString &text);

    quint32 m_mode = 0;
    std::array<QCheckBox *, 12> m_bits {}; // bit i of the mode
    QLineEdit *m_octal = nullptr;
    QSpinBox *m_uid = nullptr;
    QSpinBox *m_gid = nullptr;
};

} // namespace Crashcart::App
