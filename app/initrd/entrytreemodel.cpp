// SPDX-License-Identifier: GPL-3.0-or-later
#include "entrytreemodel.h"

#include <QApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QFont>
#include <QLocale>
#include <QMimeData>
#include <QPalette>
#include <QStyle>
#include <QUrl>

namespace Crashcart::App {

using namespace Crashcart::Initrd;

namespace {

const QString uriListType = QStringLiteral("text/uri-list");

bool isDark()
{
    return QApplication::palette().color(QPalette::Base).lightness() < 128;
}

} // namespace

EntryTreeModel::EntryTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
    const QStyle *style = QApplication::style();
    m_icons[size_t(EntryType::File)] = style->standardIcon(QStyle::SP_FileIcon);
    m_icons[size_t(EntryType::Directory)] = style->standardIcon(QStyle::SP_DirIcon);
    m_icons[size_t(EntryType::Symlink)] = style->standardIcon(QStyle::SP_FileLinkIcon);
    m_icons[size_t(EntryType::HardLink)] = QIcon(QStringLiteral(":/initrd/hardlink.svg"));
    m_icons[size_t(EntryType::CharDevice)] = QIcon(QStringLiteral(":/initrd/chardevice.svg"));
    m_icons[size_t(EntryType::BlockDevice)] = QIcon(QStringLiteral(":/initrd/blockdevice.svg"));
    m_icons[size_t(EntryType::Fifo)] = QIcon(QStringLiteral(":/initrd/fifo.svg"));
    m_icons[size_t(EntryType::Socket)] = QIcon(QStringLiteral(":/initrd/socket.svg"));
    clear();
}

void EntryTreeModel::clear()
{
    beginResetModel();
    m_nodes.clear();
    m_byPath.clear();
    Node root;
    root.entry.path = QStringLiteral(".");
    root.entry.type = EntryType::Directory;
    m_nodes.push_back(root);
    m_byPath.insert(root.entry.path, 0);
    endResetModel();
}

int EntryTreeModel::ensureFolder(const QString &path)
{
    if (path.isEmpty() || path == QLatin1String("."))
        return 0;
    if (const auto it = m_byPath.constFind(path); it != m_byPath.cend())
        return *it;
    const int parent = ensureFolder(parentPath(path));
    Node node;
    node.entry.path = path;
    node.entry.type = EntryType::Directory;
    node.entry.mode = 0755;
    node.parent = parent;
    node.row = int(m_nodes[size_t(parent)].children.size());
    const int id = int(m_nodes.size());
    m_nodes.push_back(node);
    m_nodes[size_t(parent)].children.append(id);
    m_byPath.insert(path, id);
    return id;
}

void EntryTreeModel::setEntries(const QList<Entry> &entries)
{
    beginResetModel();
    m_nodes.clear();
    m_byPath.clear();
    m_nodes.reserve(size_t(entries.size()) + 1);
    m_byPath.reserve(entries.size() + 1);
    Node root;
    root.entry.path = QStringLiteral(".");
    root.entry.type = EntryType::Directory;
    root.entry.mode = 0755;
    m_nodes.push_back(root);
    m_byPath.insert(root.entry.path, 0);
    for (const Entry &entry : entries) {
        if (entry.path == QLatin1String(".")) {
            m_nodes[0].entry = entry;
            continue;
        }
        if (const auto it = m_byPath.constFind(entry.path); it != m_byPath.cend()) {
            // A folder made up for an earlier child, or a duplicate: the later metadata wins.
            m_nodes[size_t(*it)].entry = entry;
            continue;
        }
        const int parent = ensureFolder(parentPath(entry.path));
        Node node;
        node.entry = entry;
        node.parent = parent;
        node.row = int(m_nodes[size_t(parent)].children.size());
        const int id = int(m_nodes.size());
        m_nodes.push_back(std::move(node));
        m_nodes[size_t(parent)].children.append(id);
        m_byPath.insert(entry.path, id);
    }
    endResetModel();
}

const Entry *EntryTreeModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_nodes[size_t(index.internalId())].entry;
}

QModelIndex EntryTreeModel::indexOf(const QString &path, int column) const
{
    const int id = m_byPath.value(path, 0);
    if (id == 0)
        return {};
    return createIndex(m_nodes[size_t(id)].row, column, quintptr(id));
}

QString EntryTreeModel::folderFor(const QModelIndex &index) const
{
    const Entry *e = entry(index);
    if (!e)
        return QStringLiteral(".");
    if (e->type == EntryType::Directory)
        return e->path;
    const QString parent = parentPath(e->path);
    return parent.isEmpty() ? QStringLiteral(".") : parent;
}

QModelIndex EntryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Node &node = m_nodes[size_t(nodeOf(parent))];
    if (row >= node.children.size())
        return {};
    return createIndex(row, column, quintptr(node.children[row]));
}

QModelIndex EntryTreeModel::parent(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const int parent = m_nodes[size_t(index.internalId())].parent;
    if (parent <= 0)
        return {};
    return createIndex(m_nodes[size_t(parent)].row, 0, quintptr(parent));
}

int EntryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_nodes[size_t(nodeOf(parent))].children.size());
}

int EntryTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool EntryTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QString EntryTreeModel::modeText(const Entry &entry)
{
    return modeString(entry.type, entry.mode) + u' ' + QString::number(entry.mode, 8).rightJustified(4, u'0');
}

QString EntryTreeModel::ownerText(const Entry &entry)
{
    return QString::number(entry.uid) + u':' + QString::number(entry.gid);
}

QString EntryTreeModel::typeText(const Entry &entry)
{
    if (entry.type == EntryType::CharDevice || entry.type == EntryType::BlockDevice)
        return tr("%1 %2:%3").arg(typeDisplayName(entry.type)).arg(entry.devMajor).arg(entry.devMinor);
    return typeDisplayName(entry.type);
}

QString EntryTreeModel::stateText(EntryState state)
{
    switch (state) {
    case EntryState::Unchanged: return {};
    case EntryState::Added: return tr("added");
    case EntryState::Modified: return tr("modified");
    }
    return {};
}

QVariant EntryTreeModel::display(const Entry &entry, int column) const
{
    switch (Column(column)) {
    case Name: return baseName(entry.path);
    case Type: return typeText(entry);
    case Mode: return modeText(entry);
    case Owner: return ownerText(entry);
    case Size:
        if (entry.type == EntryType::File || entry.type == EntryType::HardLink || entry.type == EntryType::Symlink)
            return QLocale().formattedDataSize(entry.size, 1, QLocale::DataSizeTraditionalFormat);
        return {};
    case Modified: return QDateTime::fromSecsSinceEpoch(entry.mtime).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Segment: return entry.segment >= 0 ? QString::number(entry.segment) : tr("new");
    case Target: return entry.linkTarget;
    case Pending: return stateText(entry.state);
    case ColumnCount: break;
    }
    return {};
}

QVariant EntryTreeModel::sortValue(const Entry &entry, int column) const
{
    switch (Column(column)) {
    case Name: return baseName(entry.path);
    case Type: return int(entry.type);
    case Mode: return entry.mode;
    case Owner: return (qint64(entry.uid) << 32) | entry.gid;
    case Size: return entry.size;
    case Modified: return entry.mtime;
    case Segment: return entry.segment;
    case Target: return entry.linkTarget;
    case Pending: return int(entry.state);
    case ColumnCount: break;
    }
    return {};
}

QIcon EntryTreeModel::icon(const Entry &entry) const
{
    return m_icons[size_t(entry.type)];
}

QVariant EntryTreeModel::data(const QModelIndex &index, int role) const
{
    const Entry *e = entry(index);
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole: return display(*e, index.column());
    case Qt::DecorationRole: return index.column() == Name ? QVariant(icon(*e)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return e->path;
        if (index.column() == Size)
            return tr("%1 bytes").arg(QLocale().toString(e->size));
        if (index.column() == Target)
            return e->linkTarget;
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Size || index.column() == Segment ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                   : QVariant();
    case Qt::FontRole:
        if (e->state != EntryState::Unchanged) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // Pending changes stand out in a colour that reads on light and dark palettes.
        if (e->state == EntryState::Added)
            return isDark() ? QColor(0x81, 0xd4, 0x8a) : QColor(0x1b, 0x6e, 0x2c);
        if (e->state == EntryState::Modified)
            return isDark() ? QColor(0xff, 0xc6, 0x6d) : QColor(0x9a, 0x52, 0x00);
        return {};
    case PathRole: return e->path;
    case SortRole: return sortValue(*e, index.column());
    case IsFolderRole: return e->type == EntryType::Directory;
    default: return {};
    }
}

QVariant EntryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Name");
    case Type: return tr("Type");
    case Mode: return tr("Mode");
    case Owner: return tr("Owner");
    case Size: return tr("Size");
    case Modified: return tr("Modified");
    case Segment: return tr("Segment");
    case Target: return tr("Link target");
    case Pending: return tr("Pending");
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags EntryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // a drop on the empty area lands in the root
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
}

QStringList EntryTreeModel::mimeTypes() const
{
    return { uriListType };
}

Qt::DropActions EntryTreeModel::supportedDropActions() const
{
    // Never Move: a file manager would delete what was dragged in.
    return Qt::CopyAction;
}

QStringList EntryTreeModel::localFiles(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    QStringList files;
    for (const QUrl &url : data->urls()) {
        if (!url.isLocalFile())
            return {};
        QString path = url.toLocalFile();
        while (path.size() > 1 && path.endsWith(u'/'))
            path.chop(1);
        files << path;
    }
    return files;
}

bool EntryTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return action == Qt::CopyAction && !localFiles(data).isEmpty();
}

bool EntryTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    Q_EMIT hostFilesDropped(localFiles(data), folderFor(parent));
    return true;
}

} // namespace Crashcart::App
