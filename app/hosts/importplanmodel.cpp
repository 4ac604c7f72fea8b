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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::ToolTipRole && m_kind == Kind::Problems)
        return m_problems.at(index.row()).reason;
    if (role != Qt::DisplayRole)
        return {};
    if (m_kind == Kind::Problems) {
        const CsvProblem &p = m_problems.at(index.row());
        switch (index.column()) {
        case 0: return p.line;
        case 1: return p.row;
        default: return p.reason;
        }
    }
    const ImportRow &r = m_rows.at(index.row());
    if (index.column() == 0)
        return r.line;
    const auto field = HostField(index.column() - 1);
    if (field == HostField::Ip && r.host.ip.isEmpty())
        return tr("DHCP");
    return r.host.field(field);
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Line");
    if (m_kind == Kind::Problems)
        return section == 1 ? tr("Row") : tr("Reason");
    return fieldLabel(HostField(section - 1));
}

} // namespace Crashcart::App
