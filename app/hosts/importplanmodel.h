// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/hostcsv.h"

#include <QAbstractTableModel>

namespace Crashcart::App {

// Shows either the rows an import will add or the rows it refuses, with their lines.
class ImportPlanModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPlanModel)

public:
    enum class Kind { Rows, Problems };
    explicit ImportPlanModel(Kind kind, QObject *parent = nullptr);

    void setPlan(const Inventory::ImportPlan &plan);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Kind m_kind;
    QList<Inventory::ImportRow> m_rows;
    QList<Inventory::CsvProblem> m_problems;
};

} // namespace Crashcart::App
