// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "initrd/entry.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>

#include <array>
#include <vector>

namespace Crashcart::App {

// The entries of an image (as the kernel will see them, pending changes applied) as a tree.
// Folders the archive never names are shown as folders all the same. Dropping local files on
// a row asks, through hostFilesDropped(), to add them to the row's folder.
class EntryTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryTreeModel)

public:
    enum Column { Name, Type, Mode, Owner, Size, Modified, Segment, Target, Pending, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // the entry path ("usr/bin/sh")
        SortRole, // a comparable raw value for the column
        IsFolderRole,
    };

    explicit EntryTreeModel(QObject *parent = nullptr);

    // `entries`: one per path (effectiveEntries()), parents before children or not.
    void setEntries(const QList<Initrd::Entry> &entries);
    void clear();
    int entryCount() const { return int(m_nodes.size()) - 1; }

    // nullptr for the invisible root.
    const Initrd::Entry *entry(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &path, int column = Name) const;
    // The folder a drop on `index` lands in: the row itself if a folder, else its parent ("." for the root).
    QString folderFor(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    static QString modeText(const Initrd::Entry &entry); // "-rwxr-xr-x 0755"
    static QString ownerText(const Initrd::Entry &entry); // "0:0"
    static QString typeText(const Initrd::Entry &entry); // with major:minor for devices
    static QString stateText(Initrd::EntryState state);
    // Local files named by a drop (text/uri-list), or empty when it carries anything else.
    static QStringList localFiles(const QMimeData *data);

Q_SIGNALS:
    // `folder` is an entry path ("." for the root).
    void hostFilesDropped(const QStringList &hostPaths, const QString &folder);

private:
    struct Node
    {
        Initrd::Entry entry;
        int parent = -1;
        int row = 0;
        QList<int> children;
    };

    int nodeOf(const QModelIndex &index) const { return index.isValid() ? int(index.internalId()) : 0; }
    int ensureFolder(const QString &path);
    QVariant display(const Initrd::Entry &entry, int column) const;
    QVariant sortValue(const Initrd::Entry &entry, int column) const;
    QIcon icon(const Initrd::Entry &entry) const;

    std::vector<Node> m_nodes; // [0] is the root "."
    QHash<QString, int> m_byPath;
    std::array<QIcon, 8> m_icons;
};

} // namespace Crashcart::App
