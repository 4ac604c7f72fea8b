// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablesetup.h"

#include <QHeaderView>
#include <QTableView>

namespace Crashcart::App {

void setUpReadOnlyTable(QTableView *table, QAbstractItemModel *model)
{
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
}

QTableView *makeReadOnlyTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    setUpReadOnlyTable(table, model);
    return table;
}

int widthForText(const QWidget *widget, const QString &sample)
{
    return widget->fontMetrics().horizontalAdvance(sample) + 24;
}

} // namespace Crashcart::App
