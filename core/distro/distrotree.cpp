// SPDX-License-Identifier: GPL-3.0-or-later
#include "distrotree.h"

#include "isoimage.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace Crashcart::Distro {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Distro::DistroTree)
};

constexpr qint64 kMetadataLimit = 1 << 20;

// A requested name as a clean '/'-separated path, or why it is refused (the same rules as
// ServedRoot: no "..", backslashes or control characters).
Result<QString> cleanName(QStringView name)
{
    if (name.isEmpty() || name.size() > 1024)
        return makeError("path.invalid", Tr::tr("The requested name is empty or too long"));
    QStringList parts;
    for (QStringView part : name.split(u'/', Qt::SkipEmptyParts)) {
        for (QChar c : part) {
            if (c.unicode() < 0x20 || c == u'\x7f' || c == u'\\')
                return makeError("path.invalid", Tr::tr("The requested name contains a control character or a backslash"));
        }
        if (part == u"..")
            return makeError("path.traversal", Tr::tr("The requested name climbs out with '..'"));
        if (part != u".")
            parts.append(part.toString());
    }
    if (parts.isEmpty())
        return makeError("path.notfile", Tr::tr("The requested name is the root folder"));
    return QString(u'/' + parts.join(u'/'));
}

// Case-insensitive lookup in a folder, one component at a time (small metadata files only).
QString findInFolder(const QString &root, const QString &path)
{
    QString current = root;
    QString spelled;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        const QStringList names = QDir(current).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        auto it = std::find_if(names.cbegin(), names.cend(),
                               [&](const QString &n) { return n.compare(part, Qt::CaseInsensitive) == 0; });
        if (names.contains(part))
            it = std::find(names.cbegin(), names.cend(), part);
        if (it == names.cend())
            return {};
        current += u'/' + *it;
        spelled += u'/' + *it;
    }
    return QFileInfo(current).isFile() ? spelled : QString();
}

} // namespace

Result<std::shared_ptr<DistroTree>> DistroTree::open(const QString &source)
{
    const QFileInfo info(source);
    std::shared_ptr<DistroTree> tree(new DistroTree);
    tree->m_source = info.absoluteFilePath();
    tree->m_modifiedMs = info.lastModified().toMSecsSinceEpoch();
    if (info.isDir()) {
        tree->m_folder = std::make_unique<Netboot::ServedRoot>(tree->m_source);
        return tree;
    }
    if (!info.exists())
        return makeError("distro.missing", Tr::tr("%1 does not exist").arg(source));
    auto image = IsoImage::open(tree->m_source);
    if (!image)
        return image.error();
    tree->m_image = *image;
    return tree;
}

TreeAccess DistroTree::access() const
{
    TreeAccess access;
    if (m_image) {
        access.findFile = [image = m_image](const QString &path) {
            const IsoEntry *e = image->find(path, Qt::CaseInsensitive);
            return e && !e->directory ? e->path : QString();
        };
        access.read = [image = m_image](const QString &path) { return image->readFile(path, kMetadataLimit); };
        return access;
    }
    access.findFile = [root = m_source](const QString &path) { return findInFolder(root, path); };
    access.read = [root = m_source](const QString &path) -> Result<QByteArray> {
        QFile file(root + path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError("distro.unreadable", Tr::tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString()));
        return file.read(kMetadataLimit);
    };
    return access;
}

Result<std::shared_ptr<const Netboot::Content>> DistroTree::content(QStringView path) const
{
    auto name = cleanName(path);
    if (!name)
        return name.error();
    if (m_image) {
        auto exact = m_image->content(*name);
        if (exact || exact.error().code != QLatin1String("path.notfound"))
            return exact;
        // Plain ISO 9660 names are upper case; shim asks for "grubx64.efi" all the same.
        const IsoEntry *e = m_image->find(*name, Qt::CaseInsensitive);
        return e ? m_image->content(e->path) : exact;
    }
    auto file = m_folder->resolve(name->toUtf8());
    if (!file)
        return file.error();
    auto opened = m_cache.open(*file);
    if (!opened)
        return opened.error();
    return std::shared_ptr<const Netboot::Content>(*opened);
}

qint64 DistroTree::imageSize() const
{
    return m_image ? m_image->imageSize() : 0;
}

Result<void> checkSource(const Inventory::Distribution &d)
{
    const QFileInfo info(d.source);
    if (!info.exists()) {
        return makeError("distro.missing", Tr::tr("The image of distribution %1 is gone: %2 was moved or deleted")
                                               .arg(d.name, d.source));
    }
    if (!info.isReadable())
        return makeError("distro.unreadable", Tr::tr("The image of distribution %1 cannot be read: %2").arg(d.name, d.source));
    if (!d.isImage())
        return {};
    if (info.size() != d.size || info.lastModified().toMSecsSinceEpoch() != d.modifiedMs) {
        return makeError("distro.changed", Tr::tr("The image of distribution %1 (%2) changed since it was imported (size "
                                                  "or time differ): import it again")
                                               .arg(d.name, d.source));
    }
    return {};
}

Result<std::shared_ptr<DistroTree>> DistroTrees::tree(const Inventory::Distribution &d)
{
    if (auto ok = checkSource(d); !ok)
        return ok.error();
    QMutexLocker lock(&m_mutex);
    if (auto it = m_trees.constFind(d.source); it != m_trees.cend()) {
        if (!(*it)->isImage() || (*it)->modifiedMs() == d.modifiedMs)
            return *it;
    }
    auto opened = DistroTree::open(d.source);
    if (!opened)
        return opened.error();
    m_trees.insert(d.source, *opened);
    return *opened;
}

} // namespace Crashcart::Distro
