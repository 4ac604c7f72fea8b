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

// What a path walk does at one name: step onto it, or follow the symlink it is.
struct Step
{
    std::optional<QString> follow; // the link text
};

// The one walk behind the host's realPath(), the image's resolveInImage() and the planner's
// imageDir(): name by name from the root ("" here, names joined with '/'), "." skipped, ".."
// up (never above the root), symlinks followed like the kernel does (at most 40; an absolute
// one restarts at the root). `visit` gets each path reached and whether its name is the last
// one, and says what it is there, or why the walk stops.
template<typename Visit>
Result<QString> walkPath(const QString &path, Visit visit)
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
        const Result<Step> step = visit(next, todo.isEmpty());
        if (!step)
            return step.error();
        if (!step->follow) {
            current = next;
            continue;
        }
        if (++hops > MaxSymlinkHops)
            return tooManyLinks(path);
        if (step->follow->startsWith(u'/'))
            current.clear();
        todo = step->follow->split(u'/', Qt::SkipEmptyParts) + todo;
    }
    return current;
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

// A name the image lacks is an answer here, not an error: the walk's errors carry no message.
std::optional<QString> resolveInImage(const ImageView &image, const QString &path)
{
    auto resolved = walkPath(path, [&image](const QString &next, bool last) -> Result<Step> {
        const auto node = image.lookup ? image.lookup(next) : std::nullopt;
        if (!node)
            return makeError("image.missing", QString());
        if (node->type == ImageNode::Type::Symlink)
            return Step { node->linkTarget };
        if (!last && node->type != ImageNode::Type::Directory)
            return makeError("image.notdir", QString());
        return Step {};
    });
    return resolved ? std::optional(*resolved) : std::nullopt;
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

HostFs::Node HostFs::lstatRaw(const QString &resolved) const
{
    const QByteArray path = QFile::encodeName(m_sysroot + resolved);
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
    return lstatRaw((*dir == QLatin1String("/") ? QString() : *dir) + u'/' + nameOf(clean));
}

Result<QString> HostFs::realPath(const QString &path) const
{
    auto resolved = walkPath(path, [this](const QString &next, bool last) -> Result<Step> {
        const QString absolute = u'/' + next;
        const Node node = lstatRaw(absolute);
        if (node.type == Node::Type::Missing)
            return makeError("file.missing", Tr::tr("%1 does not exist").arg(absolute));
        if (node.type == Node::Type::Symlink)
            return Step { node.linkTarget };
        if (!last && node.type != Node::Type::Directory)
            return makeError("file.notdir", Tr::tr("%1 is not a directory").arg(absolute));
        return Step {};
    });
    if (!resolved)
        return resolved.error();
    return QString(u'/' + *resolved);
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
    return walkPath(dir, [this](const QString &path, bool) -> Result<Step> {
        const auto node = lookup(path);
        if (!node) {
            const HostFs::Node host = m_host.lstat(u'/' + path);
            if (host.type == HostFs::Node::Type::Symlink) {
                add({ PlanItem::Kind::Symlink, path, m_host.onDisk(u'/' + path), host.linkTarget, {}, 0777, false, false,
                      Tr::tr("as on the system") });
                return Step { host.linkTarget };
            }
            add({ PlanItem::Kind::Directory, path, {}, {}, {}, 0755, false, false, Tr::tr("parent directory") });
            return Step {};
        }
        if (node->type == ImageNode::Type::Directory)
            return Step {};
        if (node->type == ImageNode::Type::Symlink)
            return Step { node->linkTarget };
        return makeError("image.notdir", Tr::tr("%1 in the image is not a directory").arg(path));
    });
}

Result<ImagePlanner::Placement> ImagePlanner::placement(const QString &name)
{
    auto dir = imageDir(parentOf(name));
    if (!dir)
        return dir.error();
    return Placement { *dir, join(*dir, nameOf(name)) };
}

// The image keeps its own symlink; "../lib/x" and "/lib/x" often name the same file, so only
// a real difference is news.
void ImagePlanner::warnIfLinksDiffer(const Placement &place, const QString &imageTarget, const QString &hostTarget)
{
    if (imageTarget == hostTarget)
        return;
    ImageView planned = m_image;
    planned.lookup = [this](const QString &p) { return lookup(p); };
    const auto theirs = resolveInImage(planned, place.path);
    const auto ours = resolveInImage(planned, hostTarget.startsWith(u'/') ? hostTarget : join(place.dir, hostTarget));
    if (!theirs || theirs != ours) {
        m_plan.warnings.append(Tr::tr("%1 in the image points to %2, on this system to %3; the image's link is kept")
                                   .arg(place.path, imageTarget, hostTarget));
    }
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
        const auto place = placement(imageName);
        if (!place)
            return place.error();
        const QString &path = place->path;
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
        if (existing && existing->type == ImageNode::Type::Symlink)
            warnIfLinksDiffer(*place, existing->linkTarget, host.linkTarget);
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
            imageName = join(place->dir, target); // resolved by imageDir() name by name, ".." included
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
    const auto place = placement(imagePathOf(imagePath));
    if (!place)
        return place.error();
    const QString &path = place->path;
    const bool exists = lookup(path).has_value();
    add({ PlanItem::Kind::File, path, m_host.onDisk(*real), {}, {}, host.mode, exists && !replace, exists && replace,
          reason });
    return path;
}

Result<QString> ImagePlanner::placeData(const QByteArray &data, const QString &imagePath, const QString &reason)
{
    const auto place = placement(imagePathOf(imagePath));
    if (!place)
        return place.error();
    const QString &path = place->path;
    if (const auto it = m_planned.constFind(path); it != m_planned.cend()) {
        m_plan.items[*it].data = data;
        return path;
    }
    const bool replaces = m_image.lookup && m_image.lookup(path).has_value();
    add({ PlanItem::Kind::File, path, {}, {}, data, 0644, false, replaces, reason });
    return path;
}

} // namespace Crashcart::Initrd
