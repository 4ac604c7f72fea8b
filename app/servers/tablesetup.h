// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace Crashcart::App {

// The Servers view's tables look alike: whole rows selected, read-only, alternating rows,
// no row numbers, rows one line high, the last column stretched.
void setUpReadOnlyTable(QTableView *table, QAbstractItemModel *model);
QTableView *makeReadOnlyTable(QAbstractItemModel *model, QWidget *parent);
// A width from the text a column or label holds, so that no language's words are cut off.
int widthForText(const QWidget *widget, const QString &sample);

} // namespace Crashcart::App
