// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "initrd/entry.h"

#include <QModelIndex>
#include <QWidget>

#include <optional>

namespace Crashcart::App {

class EntryFilterProxy;
class EntryTreeModel;
class EntryTreeView;

// The entries of the edited image as a sorted, filterable tree. A new listing keeps what was
// expanded, selected and scrolled to; columns are sized for their values and deep folders
// widen the name column as they open.
class EntryBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryBrowser)

public:
    explicit EntryBrowser(QWidget *parent = nullptr);

    void setEntries(const QList<Initrd::Entry> &entries);
    // Shows the matches of a path filter, expanded.
    void setPathFilter(const QString &text);
    void selectPath(const QString &path);
    QString currentPath() const;
    std::optional<Initrd::Entry> currentEntry() const;
    // The folder new entries go to: the current row if a folder, else its parent.
    QString targetFolder() const;
    // The selected paths without those below another selected folder (a removal takes them along).
    QStringList selectedPaths() const;
    // Wide enough for the longest value each short column can hold, in the current font and language.
    void fitColumns();

    EntryTreeModel *model() const { return m_model; }
    EntryFilterProxy *proxy() const { return m_proxy; }
    EntryTreeView *tree() const { return m_tree; }

Q_SIGNALS:
    void currentChanged();
    void selectionChanged();
    void contextMenuRequested(const QPoint &globalPos);
    void hostFilesDropped(const QStringList &hostPaths, const QString &folder);

private:
    QStringList expandedPaths(const QModelIndex &parent = {}) const;
    void widenNameColumn(const QModelIndex &parent);

    EntryTreeModel *m_model = nullptr;
    EntryFilterProxy *m_proxy = nullptr;
    EntryTreeView *m_tree = nullptr;
};

} // namespace Crashcart::App
