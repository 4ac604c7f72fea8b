// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "initrd/writer.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Crashcart::App {

// Where and how to save an edited image: as an overlay segment or fully repacked, the
// compression, and whether the file it replaces is kept.
class SaveDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveDialog)

public:
    using Kind = Initrd::SaveKind;

    // `current`: the compression the save uses when the user keeps the default.
    SaveDialog(Kind kind, const QString &suggested, Initrd::Compression current, int changeCount,
               QWidget *parent = nullptr);

    QString output() const;
    std::optional<Initrd::Compression> compression() const; // nullopt: keep the default
    bool keepOriginal() const;

    QLineEdit *outputEdit() const { return m_output; }
    QComboBox *compressionBox() const { return m_compression; }
    QCheckBox *keepOriginalBox() const { return m_keep; }

private:
    void browse();

    QLineEdit *m_output = nullptr;
    QComboBox *m_compression = nullptr;
    QCheckBox *m_keep = nullptr;
};

} // namespace Crashcart::App
