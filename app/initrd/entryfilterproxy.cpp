// SPDX-License-Identifier: GPL-3.0-or-later
#include "entryfilterproxy.h"

#include "entrytreemodel.h"

namespace Crashcart::App {

using namespace Crashcart::Initrd;

EntryFilterProxy::EntryFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    // A match deep down keeps every folder on its way visible.
    setRecursiveFilteringEnabled(true);
    setSortRole(EntryTreeModel::SortRole);
}

void EntryFilterProxy::setPathFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
    m_text = trimmed;
    endFilterChange(Direction::Rows);
#else
    m_text = trimmed;
    invalidateFilter();
#endif
}

const EntryTreeModel *EntryFilterProxy::tree() const
{
    return qobject_cast<const EntryTreeModel *>(sourceModel());
}

bool EntryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const EntryTreeModel *model = tree();
    if (!model)
        return true;
    const Entry *e = model->entry(model->index(sourceRow, 0, sourceParent));
    return e && e->path.contains(m_text, Qt::CaseInsensitive);
}

bool EntryFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const EntryTreeModel *model = tree();
    const Entry *a = model ? model->entry(left) : nullptr;
    const Entry *b = model ? model->entry(right) : nullptr;
    if (!a || !b)
        return QSortFilterProxyModel::lessThan(left, right);
    const bool folderA = a->type == EntryType::Directory;
    const bool folderB = b->type == EntryType::Directory;
    if (left.column() == EntryTreeModel::Name) {
        // Folders first whichever way the column is sorted, as file managers do.
        if (folderA != folderB)
            return (sortOrder() == Qt::AscendingOrder) == folderA;
        const QString nameA = baseName(a->path);
        const QString nameB = baseName(b->path);
        const int folded = nameA.compare(nameB, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : nameA < nameB;
    }
    const QVariant va = left.data(EntryTreeModel::SortRole);
    const QVariant vb = right.data(EntryTreeModel::SortRole);
    const auto order = QVariant::compare(va, vb);
    if (order == QPartialOrdering::Equivalent)
        return baseName(a->path) < baseName(b->path);
    return order == QPartialOrdering::Less;
}

} // namespace Crashcart::App
