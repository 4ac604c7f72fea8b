// SPDX-License-Identifier: GPL-3.0-or-later
#include "entrybrowser.h"

#include "entryfilterproxy.h"
#include "entrytreemodel.h"
#include "entrytreeview.h"

#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>

namespace Crashcart::App {

using namespace Crashcart::Initrd;

EntryBrowser::EntryBrowser(QWidget *parent)
    : QWidget(parent), m_model(new EntryTreeModel(this)), m_proxy(new EntryFilterProxy(this)), m_tree(new EntryTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(EntryTreeModel::Name, Qt::AscendingOrder);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->resizeSection(EntryTreeModel::Name, fontMetrics().averageCharWidth() * 30);
    m_tree->header()->resizeSection(EntryTreeModel::Target, fontMetrics().averageCharWidth() * 24);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &EntryBrowser::currentChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EntryBrowser::selectionChanged);
    connect(m_tree, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { Q_EMIT contextMenuRequested(m_tree->viewport()->mapToGlobal(pos)); });
    connect(m_tree, &QTreeView::expanded, this, &EntryBrowser::widenNameColumn);
    connect(m_model, &EntryTreeModel::hostFilesDropped, this, &EntryBrowser::hostFilesDropped);
}

QStringList EntryBrowser::expandedPaths(const QModelIndex &parent) const
{
    QStringList expanded;
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        if (m_tree->isExpanded(index))
            expanded << index.data(EntryTreeModel::PathRole).toString() << expandedPaths(index);
    }
    return expanded;
}

void EntryBrowser::setEntries(const QList<Entry> &entries)
{
    // A reset loses what was expanded and selected: remember it by path.
    const QStringList expanded = expandedPaths();
    const QString current = currentPath();
    const int scroll = m_tree->verticalScrollBar()->value();
    m_model->setEntries(entries);
    for (const QString &path : expanded)
        m_tree->expand(m_proxy->mapFromSource(m_model->indexOf(path)));
    if (!current.isEmpty())
        selectPath(current);
    m_tree->verticalScrollBar()->setValue(scroll);
}

void EntryBrowser::setPathFilter(const QString &text)
{
    m_proxy->setPathFilter(text);
    if (!text.trimmed().isEmpty())
        m_tree->expandAll(); // show where the matches are
}

void EntryBrowser::selectPath(const QString &path)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(path));
    if (!index.isValid())
        return;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void EntryBrowser::widenNameColumn(const QModelIndex &parent)
{
    // Deep folders push names to the right: keep the children of a folder just opened
    // readable, up to about half the tree's width.
    int depth = 1;
    for (QModelIndex p = parent; p.isValid(); p = p.parent())
        ++depth;
    QFont bold = m_tree->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    const int rows = std::min(m_proxy->rowCount(parent), 500);
    for (int row = 0; row < rows; ++row)
        widest = std::max(widest, metrics.horizontalAdvance(m_proxy->index(row, 0, parent).data().toString()));
    const int icon = m_tree->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_tree);
    const int needed = m_tree->indentation() * depth + icon + widest + metrics.averageCharWidth() * 3;
    const int width = std::min(needed, m_tree->viewport()->width() / 2);
    if (width > m_tree->header()->sectionSize(EntryTreeModel::Name))
        m_tree->header()->resizeSection(EntryTreeModel::Name, width);
}

QString EntryBrowser::currentPath() const
{
    const Entry *e = m_model->entry(m_proxy->mapToSource(m_tree->currentIndex()));
    return e ? e->path : QString();
}

std::optional<Entry> EntryBrowser::currentEntry() const
{
    const Entry *e = m_model->entry(m_proxy->mapToSource(m_tree->currentIndex()));
    return e ? std::optional(*e) : std::nullopt;
}

QString EntryBrowser::targetFolder() const
{
    return m_model->folderFor(m_proxy->mapToSource(m_tree->currentIndex()));
}

QStringList EntryBrowser::selectedPaths() const
{
    QStringList paths;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows())
        paths << index.data(EntryTreeModel::PathRole).toString();
    QStringList top;
    for (const QString &path : std::as_const(paths)) {
        const bool covered = std::any_of(paths.cbegin(), paths.cend(), [&path](const QString &other) {
            return other != path && isSameOrBelow(path, other);
        });
        if (!covered)
            top << path;
    }
    return top;
}

void EntryBrowser::fitColumns()
{
    // The name and the link target keep the width the user gave them.
    const QFontMetrics metrics = m_tree->fontMetrics();
    const int margin = metrics.averageCharWidth() * 3;
    QStringList types;
    for (const EntryType type : { EntryType::File, EntryType::Directory, EntryType::Symlink, EntryType::HardLink,
                                  EntryType::Fifo, EntryType::Socket })
        types << typeDisplayName(type);
    types << EntryTreeModel::tr("%1 %2:%3").arg(typeDisplayName(EntryType::BlockDevice)).arg(8).arg(0)
          << EntryTreeModel::tr("%1 %2:%3").arg(typeDisplayName(EntryType::CharDevice)).arg(5).arg(1);
    const QLocale locale;
    const QHash<int, QStringList> samples = {
        { EntryTreeModel::Type, types },
        { EntryTreeModel::Mode, { QStringLiteral("drwxrwxrwx 7777"), QStringLiteral("-rwsrwsrwt 7777") } },
        { EntryTreeModel::Owner, { QStringLiteral("65534:65534") } },
        { EntryTreeModel::Size, { locale.formattedDataSize(1023 * 1024 + 1000, 1, QLocale::DataSizeTraditionalFormat),
                                  locale.formattedDataSize(1000, 1, QLocale::DataSizeTraditionalFormat) } },
        { EntryTreeModel::Modified, { QStringLiteral("2088-08-28 08:28") } },
        { EntryTreeModel::Segment, { EntryTreeModel::tr("new"), QStringLiteral("88") } },
        { EntryTreeModel::Pending, { EntryTreeModel::stateText(EntryState::Added), EntryTreeModel::stateText(EntryState::Modified) } },
    };
    for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
        int width = m_tree->header()->sectionSizeHint(it.key());
        for (const QString &text : it.value())
            width = std::max(width, metrics.horizontalAdvance(text) + margin);
        m_tree->header()->resizeSection(it.key(), width);
    }
}

} // namespace Crashcart::App
