// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Crashcart::App {

// Draws a progress bar from a model's progress role (0..1; below 0 means unknown: the plain
// text is shown instead), faded by its opacity role when it has one.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressDelegate)

public:
    ProgressDelegate(int progressRole, int opacityRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_progressRole;
    int m_opacityRole;
};

} // namespace Crashcart::App
