// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace Crashcart::App {

// The entry tree. Files dragged in from a file manager are always copied: accepting the Move
// a file manager may propose would make it delete what was dragged.
class EntryTreeView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryTreeView)

public:
    explicit EntryTreeView(QWidget *parent = nullptr);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

} // namespace Crashcart::App
