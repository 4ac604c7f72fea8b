// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiletablemodel.h"

#include <QFileInfo>

namespace Crashcart::App {

ProfileTableModel::ProfileTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void ProfileTableModel::setProfiles(const QList<Inventory::Profile> &profiles, const QHash<QString, int> &usage)
{
    beginResetModel();
    m_profiles = profiles;
    m_usage = usage;
    endResetModel();
}

int ProfileTableModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles[i].name == name)
            return i;
    }
    return -1;
}

int ProfileTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

int ProfileTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Inventory::Profile &p = m_profiles.at(index.row());
    // Files show by name; the tooltip has the whole path.
    const auto fileName = [](const QString &path) { return QFileInfo(path).fileName(); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return p.name;
        case Description: return p.description;
        case Kernel:
            if (p.kernel.isEmpty() && !p.distribution.isEmpty())
                return tr("from %1").arg(p.distribution);
            return p.kernel.isEmpty() ? tr("none") : fileName(p.kernel);
        case Initrds: {
            QStringList names;
            for (const QString &i : p.initrds)
                names.append(fileName(i));
            return names.join(QStringLiteral(", "));
        }
        case KernelArgs: return p.kernelArgs;
        case Kickstart: return fileName(p.kickstart);
        case Hosts: return m_usage.value(p.name);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Kernel:
            if (p.kernel.isEmpty() && !p.distribution.isEmpty())
                return tr("The kernel of distribution %1").arg(p.distribution);
            return p.kernel.isEmpty() ? tr("Without a kernel, armed hosts of this profile boot their disks") : p.kernel;
        case Initrds: return p.initrds.join(u'\n');
        case KernelArgs: return p.kernelArgs;
        case Kickstart: return p.kickstart;
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Hosts ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case RawRole:
        switch (index.column()) {
        case Name: return p.name;
        case Description: return p.description;
        case Kernel: return p.kernel;
        case Initrds: return p.initrds;
        case KernelArgs: return p.kernelArgs;
        case Kickstart: return p.kickstart;
        case Hosts: return m_usage.value(p.name);
        }
        return {};
    default:
        return {};
    }
}

QVariant ProfileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Description: return tr("Description");
    case Kernel: return tr("Kernel");
    case Initrds: return tr("Initrds");
    case KernelArgs: return tr("Kernel arguments");
    case Kickstart: return tr("Answer file");
    case Hosts: return tr("Hosts");
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags ProfileTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace Crashcart::App
