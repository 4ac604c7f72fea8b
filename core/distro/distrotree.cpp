// SPDX-License-Identifier: GPL-3.0-or-later
#include "distrotree.h"

#include "isoimage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Crashcart::Distro {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Distro::DistroTree)
};

constexpr qint64 kMetadataLimit = 1 << 20;

// |path| in a folder as the folder spells it, each component found without regard to case
// when it is not there as given (small metadata files only); empty when there is none.
QString findInFolder(const QString &root, const QString &path)
{
    QString spelled;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        QString found = part;
        if (!QFileInfo::exists(root + spelled + u'/' + part)) {
            const QStringList names = QDir(root + spelled).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
            const auto it = std::find_if(names.cbegin(), names.cend(),
                                         [&](const QString &n) { return n.compare(part, Qt::CaseInsensitive) == 0; });
            if (it == names.cend())
                return {};
            found = *it;
        }
        spelled += u'/' + found;
    }
    return QFileInfo(root + spelled).isFile() ? spelled : QString();
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
    auto parts = Netboot::ServedRoot::cleanName(path.toUtf8());
    if (!parts)
        return parts.error();
    const QString name = u'/' + parts->join(u'/');
    if (m_image) {
        auto exact = m_image->content(name);
        if (exact || exact.error().code != QLatin1String("path.notfound"))
            return exact;
        // Plain ISO 9660 names are upper case; shim asks for "grubx64.efi" all the same.
        const IsoEntry *e = m_image->find(name, Qt::CaseInsensitive);
        return e ? m_image->content(e->path) : exact;
    }
    auto file = m_folder->resolve(name.toUtf8());
    if (!file)
        return file.error();
    auto opened = m_cache.open(*file);
    if (!opened)
        return opened.error();
    return std::shared_ptr<const Netboot::Content>(*opened);
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
