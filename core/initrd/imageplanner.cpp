// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/imageplanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <sys/stat.h>
#include <unistd.h>

#include <climits>

namespace Crashcart::Initrd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Initrd::ImagePlanner)
};

constexpr int MaxSymlinkHops = 40;

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

QString nameOf(const QString &path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

QString join(const QString &dir, const QString &name)
{
    return dir.isEmpty() ? name : name.isEmpty() ? dir : dir + u'/' + name;
}

Error tooManyLinks(const QString &path)
{
    return makeError("path.loop", Tr::tr("Too many symbolic links resolving %1").arg(path));
}

} // namespace

QString imagePathOf(const QString &path)
{
    QStringList parts;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        if (part != QLatin1String("."))
            parts.append(part);
    }
    return parts.join(u'/');
}

std::optional<QString> resolveInImage(const ImageView &image, const QString &path)
{
    QStringList todo = path.split(u'/', Qt::SkipEmptyParts);
    QString current;
    int hops = 0;
    while (!todo.isEmpty()) {
        const QString name = todo.takeFirst();
        if (name == QLatin1String("."))
            continue;
        if (name == QLatin1String("..")) {
            current = parentOf(current);
            continue;
        }
        const QString next = join(current, name);
        const auto node = image.lookup ? image.lookup(next) : std::nullopt;
        if (!node)
            return std::nullopt;
        if (node->type == ImageNode::Type::Symlink) {
            if (++hops > MaxSymlinkHops)
                return std::nullopt;
            if (node->linkTarget.startsWith(u'/'))
                current.clear();
            todo = node->linkTarget.split(u'/', Qt::SkipEmptyParts) + todo;
            continue;
        }
        if (!todo.isEmpty() && node->type != ImageNode::Type::Directory)
            return std::nullopt;
        current = next;
    }
    return current;
}

QStringList listImageFiles(const ImageView &image, const QString &dir)
{
    constexpr int MaxDepth = 32;
    constexpr qsizetype MaxFiles = 200000;
    QStringList files;
    QList<std::pair<QString, int>> todo { { QString(), 0 } };
    while (!todo.isEmpty() && files.size() < MaxFiles && image.list) {
        const auto [relative, depth] = todo.takeLast();
        for (const QString &name : image.list(join(dir, relative))) {
            const QString child = join(relative, name);
            const auto node = image.lookup(join(dir, child));
            if (!node)
                continue;
            if (node->type == ImageNode::Type::File)
                files.append(child);
            else if (node->type == ImageNode::Type::Directory && depth < MaxDepth)
                todo.append({ child, depth + 1 });
        }
    }
    files.sort();
    return files;
}

HostFs::HostFs(QString sysroot) : m_sysroot(std::move(sysroot))
{
    while (m_sysroot.endsWith(u'/'))
        m_sysroot.chop(1);
}

HostFs::Node HostFs::lstatRaw(const QString &resolvedDir, const QString &name) const
{
    const QByteArray path = QFile::encodeName(m_sysroot + resolvedDir + u'/' + name);
    struct stat st {};
    Node node;
    if (::lstat(path.constData(), &st) != 0)
        return node;
    node.mode = st.st_mode & 07777;
    if (S_ISLNK(st.st_mode)) {
        char buffer[PATH_MAX];
        const ssize_t n = ::readlink(path.constData(), buffer, sizeof buffer);
        if (n <= 0 || n >= ssize_t(sizeof buffer))
            return Node { Node::Type::Other, {}, node.mode };
        node.type = Node::Type::Symlink;
        node.linkTarget = QFile::decodeName(QByteArray(buffer, n));
    } else if (S_ISREG(st.st_mode)) {
        node.type = Node::Type::File;
    } else if (S_ISDIR(st.st_mode)) {
        node.type = Node::Type::Directory;
    } else {
        node.type = Node::Type::Other;
    }
    return node;
}

HostFs::Node HostFs::lstat(const QString &path) const
{
    const QString clean = QDir::cleanPath(path);
    if (clean == QLatin1String("/"))
        return Node { Node::Type::Directory, {}, 0755 };
    const auto dir = realPath(parentOf(clean));
    if (!dir)
        return {};
    return lstatRaw(*dir == QLatin1String("/") ? QString() : *dir, nameOf(clean));
}

Result<QString> HostFs::realPath(const QString &path) const
{
    QStringList todo = path.split(u'/', Qt::SkipEmptyParts);
    QString current; // "" is the root, otherwise "/a/b"
    int hops = 0;
    while (!todo.isEmpty()) {
        const QString name = todo.takeFirst();
        if (name == QLatin1String("."))
            continue;
        if (name == QLatin1String("..")) {
            current = parentOf(current);
            continue;
        }
        const Node node = lstatRaw(current, name);
        switch (node.type) {
        case Node::Type::Missing:
            return makeError("file.missing", Tr::tr("%1 does not exist").arg(current + u'/' + name));
        case Node::Type::Symlink:
            if (++hops > MaxSymlinkHops)
                return tooManyLinks(path);
            if (node.linkTarget.startsWith(u'/'))
                current.clear();
            todo = node.linkTarget.split(u'/', Qt::SkipEmptyParts) + todo;
            break;
        default:
            if (!todo.isEmpty() && node.type != Node::Type::Directory)
                return makeError("file.notdir", Tr::tr("%1 is not a directory").arg(current + u'/' + name));
            current += u'/' + name;
        }
    }
    return current.isEmpty() ? QStringLiteral("/") : current;
}

ImagePlanner::ImagePlanner(const ImageView &image, const HostFs &host) : m_image(image), m_host(host) { }

std::optional<ImageNode> ImagePlanner::lookup(const QString &path) const
{
    if (path.isEmpty())
        return ImageNode { ImageNode::Type::Directory, {} };
    if (const auto it = m_planned.constFind(path); it != m_planned.cend() && !m_plan.items.at(*it).alreadyInImage) {
        const PlanItem &item = m_plan.items.at(*it);
        switch (item.kind) {
        case PlanItem::Kind::Directory: return ImageNode { ImageNode::Type::Directory, {} };
        case PlanItem::Kind::Symlink: return ImageNode { ImageNode::Type::Symlink, item.linkTarget };
        case PlanItem::Kind::File: return ImageNode { ImageNode::Type::File, {} };
        }
    }
    return m_image.lookup ? m_image.lookup(path) : std::nullopt;
}

void ImagePlanner::add(PlanItem item)
{
    if (m_planned.contains(item.imagePath))
        return;
    m_planned.insert(item.imagePath, m_plan.items.size());
    m_plan.items.append(std::move(item));
}

// The image directory that the name `dir` reaches, following the image's symlinks; what the
// image lacks is created as the host has it at the same name (a symlink or a directory).
Result<QString> ImagePlanner::imageDir(const QString &dir)
{
    QStringList todo = dir.split(u'/', Qt::SkipEmptyParts);
    QString current;
    int hops = 0;
    while (!todo.isEmpty()) {
        const QString name = todo.takeFirst();
        if (name == QLatin1String("."))
            continue;
        if (name == QLatin1String("..")) {
            current = parentOf(current);
            continue;
        }
        const QString path = join(current, name);
        auto node = lookup(path);
        if (!node) {
            const HostFs::Node host = m_host.lstat(u'/' + path);
            if (host.type == HostFs::Node::Type::Symlink) {
                add({ PlanItem::Kind::Symlink, path, m_host.onDisk(u'/' + path), host.linkTarget, {}, 0777, false, false,
                      Tr::tr("as on the system") });
                node = ImageNode { ImageNode::Type::Symlink, host.linkTarget };
            } else {
                add({ PlanItem::Kind::Directory, path, {}, {}, {}, 0755, false, false, Tr::tr("parent directory") });
                current = path;
                continue;
            }
        }
        if (node->type == ImageNode::Type::Directory) {
            current = path;
        } else if (node->type == ImageNode::Type::Symlink) {
            if (++hops > MaxSymlinkHops)
                return tooManyLinks(dir);
            if (node->linkTarget.startsWith(u'/'))
                current.clear();
            todo = node->linkTarget.split(u'/', Qt::SkipEmptyParts) + todo;
        } else {
            return makeError("image.notdir", Tr::tr("%1 in the image is not a directory").arg(path));
        }
    }
    return current;
}

Result<QString> ImagePlanner::placeAsOnHost(const QString &hostPath, const QString &reason)
{
    // The host and the image follow the same link texts but may resolve them differently (the
    // image's lib/ may be a real directory where the host has a symlink), so each keeps its name.
    QString hostName = QDir::cleanPath(hostPath);
    if (!hostName.startsWith(u'/'))
        return makeError("path.relative", Tr::tr("%1 is not an absolute path").arg(hostName));
    QString imageName = hostName.mid(1);
    for (int hops = 0; hops <= MaxSymlinkHops; ++hops) {
        const auto dir = imageDir(parentOf(imageName));
        if (!dir)
            return dir.error();
        const QString path = join(*dir, nameOf(imageName));
        const HostFs::Node host = m_host.lstat(hostName);
        const auto existing = lookup(path);
        if (existing && existing->type == ImageNode::Type::Directory)
            return makeError("image.isdir", Tr::tr("%1 is a directory in the image").arg(path));
        if (host.type == HostFs::Node::Type::File) {
            const auto real = m_host.realPath(hostName);
            if (!real)
                return real.error();
            add({ PlanItem::Kind::File, path, m_host.onDisk(*real), {}, {}, host.mode, existing.has_value(), false, reason });
            return path;
        }
        if (host.type != HostFs::Node::Type::Symlink) {
            return makeError(host.type == HostFs::Node::Type::Missing ? "file.missing" : "file.notfile",
                             Tr::tr("%1 is not a regular file or symbolic link").arg(m_host.onDisk(hostName)));
        }
        add({ PlanItem::Kind::Symlink, path, m_host.onDisk(hostName), host.linkTarget, {}, 0777, existing.has_value(),
              false, reason });
        if (existing && existing->type == ImageNode::Type::Symlink && existing->linkTarget != host.linkTarget) {
            // "../lib/x" and "/lib/x" often name the same file; only a real difference is news.
            ImageView planned = m_image;
            planned.lookup = [this](const QString &p) { return lookup(p); };
            const auto theirs = resolveInImage(planned, path);
            const auto ours = resolveInImage(planned, host.linkTarget.startsWith(u'/') ? host.linkTarget
                                                                                         : join(*dir, host.linkTarget));
            if (!theirs || theirs != ours) {
                m_plan.warnings.append(Tr::tr("%1 in the image points to %2, on this system to %3; the image's link is kept")
                                           .arg(path, existing->linkTarget, host.linkTarget));
            }
        }
        if (existing && existing->type != ImageNode::Type::Symlink)
            return path; // the image provides the name itself
        const QString target = host.linkTarget;
        if (target.startsWith(u'/')) {
            hostName = QDir::cleanPath(target);
            imageName = hostName.mid(1);
        } else {
            const auto parent = m_host.realPath(parentOf(hostName));
            if (!parent)
                return parent.error();
            hostName = QDir::cleanPath(*parent + u'/' + target);
            imageName = join(*dir, target); // resolved by imageDir() name by name, ".." included
        }
    }
    return tooManyLinks(hostPath);
}

Result<QString> ImagePlanner::placeFile(const QString &hostPath, const QString &imagePath, const QString &reason,
                                        bool replace)
{
    const auto real = m_host.realPath(hostPath);
    if (!real)
        return real.error();
    const HostFs::Node host = m_host.lstat(*real);
    if (host.type != HostFs::Node::Type::File)
        return makeError("file.notfile", Tr::tr("%1 is not a regular file").arg(m_host.onDisk(*real)));
    const QString clean = imagePathOf(imagePath);
    const auto dir = imageDir(parentOf(clean));
    if (!dir)
        return dir.error();
    const QString path = join(*dir, nameOf(clean));
    const bool exists = lookup(path).has_value();
    add({ PlanItem::Kind::File, path, m_host.onDisk(*real), {}, {}, host.mode, exists && !replace, exists && replace,
          reason });
    return path;
}

Result<QString> ImagePlanner::placeData(const QByteArray &data, const QString &imagePath, const QString &reason)
{
    const QString clean = imagePathOf(imagePath);
    const auto dir = imageDir(parentOf(clean));
    if (!dir)
        return dir.error();
    const QString path = join(*dir, nameOf(clean));
    if (const auto it = m_planned.constFind(path); it != m_planned.cend()) {
        m_plan.items[*it].data = data;
        return path;
    }
    const bool replaces = m_image.lookup && m_image.lookup(path).has_value();
    add({ PlanItem::Kind::File, path, {}, {}, data, 0644, false, replaces, reason });
    return path;
}

} // namespace Crashcart::Initrd
