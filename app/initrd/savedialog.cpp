// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedialog.h"

#include "segmentmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Crashcart::App {

using namespace Crashcart::Initrd;

SaveDialog::SaveDialog(Kind kind, const QString &suggested, Compression current, int changeCount, QWidget *parent)
    : QDialog(parent), m_output(new QLineEdit(suggested, this)), m_compression(new QComboBox(this)),
      m_keep(new QCheckBox(tr("Keep the file it replaces, as NAME.orig beside it"), this))
{
    const bool overlay = kind == Kind::Overlay;
    setWindowTitle(overlay ? tr("Save as Overlay") : tr("Save Repacked"));
    auto *intro = new QLabel(
        overlay ? tr("The original bytes stay exactly as they are; %n change(s) go into a new compressed segment "
                     "appended after them, which the kernel unpacks over the original at boot.",
                     nullptr, changeCount)
                : tr("Every segment is rewritten with %n change(s) applied. Early uncompressed segments (microcode, "
                     "firmware) are copied as they are; ownership and device nodes are kept.",
                     nullptr, changeCount),
        this);
    intro->setWordWrap(true);

    m_compression->addItem(tr("Same as the image (%1)").arg(SegmentModel::compressionText(current)), -1);
    for (const Compression c : { Compression::Gzip, Compression::Xz, Compression::Zstd, Compression::Lz4,
                                 Compression::Bzip2, Compression::None })
        m_compression->addItem(SegmentModel::compressionText(c), int(c));
    m_compression->setToolTip(tr("xz is written with the CRC32 check and lz4 in the legacy format, as the kernel needs."));
    m_keep->setChecked(true);

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Save to:"), outputRow);
    form->addRow(overlay ? tr("New segment's compression:") : tr("Compression:"), m_compression);
    form->addRow(QString(), m_keep);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    auto update = [this, buttons] {
        const QString name = QFileInfo(output()).fileName();
        m_keep->setText(tr("Keep the file it replaces, as %1 beside it").arg(name + QStringLiteral(".orig")));
        buttons->button(QDialogButtonBox::Save)->setEnabled(!output().isEmpty());
    };
    connect(m_output, &QLineEdit::textChanged, this, update);
    connect(browse, &QPushButton::clicked, this, &SaveDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    const QFontMetrics metrics(font());
    resize(metrics.averageCharWidth() * 90, sizeHint().height());
}

QString SaveDialog::output() const
{
    return m_output->text().trimmed();
}

std::optional<Compression> SaveDialog::compression() const
{
    const int value = m_compression->currentData().toInt();
    if (value < 0)
        return std::nullopt;
    return Compression(value);
}

bool SaveDialog::keepOriginal() const
{
    return m_keep->isChecked();
}

void SaveDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Image As"), output());
    if (!path.isEmpty())
        m_output->setText(path);
}

} // namespace Crashcart::App
