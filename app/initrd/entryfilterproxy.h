// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Crashcart::App {

class EntryTreeModel;

// Filters the tree by a path substring, keeping the folders that lead to a match, and sorts
// folders before everything else by name, other columns by their raw value.
class EntryFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryFilterProxy)

public:
    explicit EntryFilterProxy(QObject *parent = nullptr);

    void setPathFilter(const QString &text);
    QString pathFilter() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const EntryTreeModel *tree() const;

    QString m_text;
};

} // namespace Crashcart::App
