// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeownerdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <climits>

namespace Crashcart::App {

ModeOwnerDialog::ModeOwnerDialog(const QString &path, quint32 mode, uint uid, uint gid, QWidget *parent)
    : QDialog(parent), m_octal(new QLineEdit(this)), m_uid(new QSpinBox(this)), m_gid(new QSpinBox(this))
{
    setWindowTitle(tr("Mode and Owner"));
    auto *heading = new QLabel(tr("Permissions and owner of /%1").arg(path), this);
    heading->setWordWrap(true);

    auto *permissions = new QGroupBox(tr("Permissions"), this);
    auto *grid = new QGridLayout(permissions);
    const QStringList columns = { tr("Read"), tr("Write"), tr("Execute") };
    const QStringList rows = { tr("Owner"), tr("Group"), tr("Others") };
    for (int c = 0; c < 3; ++c)
        grid->addWidget(new QLabel(columns[c], permissions), 0, c + 1, Qt::AlignHCenter);
    for (int r = 0; r < 3; ++r) {
        grid->addWidget(new QLabel(rows[r], permissions), r + 1, 0);
        for (int c = 0; c < 3; ++c) {
            auto *box = new QCheckBox(permissions);
            box->setAccessibleName(tr("%1: %2").arg(rows[r], columns[c]));
            m_bits[size_t((2 - r) * 3 + (2 - c))] = box;
            grid->addWidget(box, r + 1, c + 1, Qt::AlignHCenter);
        }
    }
    const QStringList special = { tr("Sticky"), tr("Set group ID"), tr("Set user ID") };
    auto *specialRow = new QHBoxLayout;
    for (int i = 2; i >= 0; --i) {
        auto *box = new QCheckBox(special[i], permissions);
        m_bits[size_t(9 + i)] = box;
        specialRow->addWidget(box);
    }
    specialRow->addStretch();
    grid->addLayout(specialRow, 4, 0, 1, 4);

    m_octal->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-7]{1,4}")), m_octal));
    m_octal->setMaxLength(4);
    m_uid->setRange(0, INT_MAX);
    m_gid->setRange(0, INT_MAX);
    m_uid->setValue(int(std::min<uint>(uid, INT_MAX)));
    m_gid->setValue(int(std::min<uint>(gid, INT_MAX)));
    auto *form = new QFormLayout;
    form->addRow(tr("Octal mode:"), m_octal);
    form->addRow(tr("Owner (uid):"), m_uid);
    form->addRow(tr("Group (gid):"), m_gid);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(permissions);
    layout->addLayout(form);
    layout->addWidget(buttons);

    for (QCheckBox *box : m_bits)
        connect(box, &QCheckBox::toggled, this, &ModeOwnerDialog::boxesChanged);
    connect(m_octal, &QLineEdit::textEdited, this, &ModeOwnerDialog::octalChanged);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMode(mode);
}

uint ModeOwnerDialog::uid() const { return uint(m_uid->value()); }
uint ModeOwnerDialog::gid() const { return uint(m_gid->value()); }

void ModeOwnerDialog::setMode(quint32 mode)
{
    m_mode = mode & 07777;
    for (size_t i = 0; i < m_bits.size(); ++i) {
        const QSignalBlocker block(m_bits[i]);
        m_bits[i]->setChecked(m_mode & (1u << i));
    }
    m_octal->setText(QString::number(m_mode, 8).rightJustified(4, u'0'));
}

void ModeOwnerDialog::boxesChanged()
{
    quint32 mode = 0;
    for (size_t i = 0; i < m_bits.size(); ++i) {
        if (m_bits[i]->isChecked())
            mode |= 1u << i;
    }
    m_mode = mode;
    m_octal->setText(QString::number(m_mode, 8).rightJustified(4, u'0'));
}

void ModeOwnerDialog::octalChanged(const QString &text)
{
    bool ok = false;
    const quint32 mode = text.toUInt(&ok, 8);
    if (!ok)
        return;
    m_mode = mode & 07777;
    for (size_t i = 0; i < m_bits.size(); ++i) {
        const QSignalBlocker block(m_bits[i]);
        m_bits[i]->setChecked(m_mode & (1u << i));
    }
}

} // namespace Crashcart::App
