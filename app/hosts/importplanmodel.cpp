// SPDX-License-Identifier: GPL-3.0-or-later
#include "importplanmodel.h"

namespace Crashcart::App {

using namespace Crashcart::Inventory;

ImportPlanModel::ImportPlanModel(Kind kind, QObject *parent) : QAbstractTableModel(parent), m_kind(kind) { }

void ImportPlanModel::setPlan(const ImportPlan &plan)
{
    beginResetModel();
    m_rows = plan.rows;
    m_problems = plan.problems;
    endResetModel();
}

int ImportPlanModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_kind == Kind::Rows ? m_rows.size() : m_problems.size());
}

int ImportPlanModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_kind == Kind::Rows ? 1 + HostFieldCount : 3;
}

QVariant ImportPlanModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_kind == Kind::Problems) {
        const CsvProblem &p = m_problems.at(index.row());
        switch (index.column()) {
        case 0: return p.line;
        case 1: return p.reason;
        default: return p.row;
        }
    }
    const ImportRow &r = m_rows.at(index.row());
    if (index.column() == 0)
        return r.line;
    return r.host.field(HostField(index.column() - 1));
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Line");
    if (m_kind == Kind::Problems)
        return section == 1 ? tr("Reason") : tr("Row");
    return fieldLabel(HostField(section - 1));
}

} // namespace Crashcart::App
