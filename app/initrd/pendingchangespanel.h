// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Crashcart::Initrd {
class ChangeSet;
}

namespace Crashcart::App {

// The pending changes of the edited image, one line each, with Undo Change (the selected one,
// or the last) and Discard All, and a note when only a repack can save them.
class PendingChangesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingChangesPanel)

public:
    explicit PendingChangesPanel(QWidget *parent = nullptr);

    void showChanges(const Initrd::ChangeSet &changes);
    void setButtonsEnabled(bool enabled);
    // The change Undo takes back: the selected one, or the last (-1 when there is none).
    int undoRow() const;
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void undoRequested();
    void discardRequested();
    void currentRowChanged();

private:
    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_discardButton = nullptr;
};

} // namespace Crashcart::App
