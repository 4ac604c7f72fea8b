// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/planapply.h"

#include "initrd/changeset.h"
#include "initrd/image.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <memory>
#include <vector>

namespace Crashcart::Initrd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Initrd::PlanApply)
};

struct Index
{
    QHash<QString, ImageNode> nodes;
    QHash<QString, qint64> sizes;
    QHash<QString, QStringList> children;
};

// One walk over the image copies every requested file out; a file whose bytes the walk did not
// deliver in full (a hard-link member whose data another member carries) is read on its own.
Result<void> extractFiles(const Image &image, const Index &index, const QHash<QString, QString> &targets)
{
    std::vector<std::unique_ptr<QFile>> open;
    Result<void> failure;
    Image::Visitor visitor;
    visitor.entry = [&](const Entry &entry) -> Result<void> {
        open.clear();
        const auto it = targets.constFind(entry.path);
        if (it == targets.cend())
            return {};
        auto file = std::make_unique<QFile>(*it);
        if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate))
            return makeError("initrd.io", Tr::tr("Cannot write %1: %2").arg(*it, file->errorString()));
        open.push_back(std::move(file));
        return {};
    };
    visitor.chunk = [&](const Entry &, QByteArrayView chunk) -> Result<void> {
        for (const auto &file : open) {
            if (file->write(chunk.data(), chunk.size()) != chunk.size())
                return makeError("initrd.io", Tr::tr("Cannot write %1: %2").arg(file->fileName(), file->errorString()));
        }
        return {};
    };
    auto walked = image.walk(visitor);
    open.clear();
    if (!walked)
        return walked;
    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        if (QFileInfo(it.value()).size() == index.sizes.value(it.key(), -1))
            continue;
        QFile file(it.value());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return makeError("initrd.io", Tr::tr("Cannot write %1: %2").arg(it.value(), file.errorString()));
        if (auto read = image.readTo(it.key(), file); !read)
            return read;
    }
    return {};
}

} // namespace

ImageNode nodeOf(const Entry &entry)
{
    switch (entry.type) {
    case EntryType::File:
    case EntryType::HardLink: return { ImageNode::Type::File, {} };
    case EntryType::Directory: return { ImageNode::Type::Directory, {} };
    case EntryType::Symlink: return { ImageNode::Type::Symlink, entry.linkTarget };
    default: return { ImageNode::Type::Other, {} };
    }
}

ImageView imageViewOf(const Image &image)
{
    auto index = std::make_shared<Index>();
    for (const Entry &entry : image.effective()) {
        if (entry.path == QLatin1String("."))
            continue;
        index->nodes.insert(entry.path, nodeOf(entry));
        index->sizes.insert(entry.path, entry.size);
        index->children[parentPath(entry.path)].append(baseName(entry.path));
    }
    ImageView view;
    view.lookup = [index](const QString &path) -> std::optional<ImageNode> {
        const auto it = index->nodes.constFind(path);
        return it == index->nodes.cend() ? std::nullopt : std::optional(*it);
    };
    view.list = [index](const QString &dir) { return index->children.value(dir); };
    view.read = [&image](const QString &path) -> Result<QByteArray> {
        ReadOptions options;
        options.maxBytes = qint64(512) << 20;
        return image.read(path, options);
    };
    view.extractTo = [index, &image](const QHash<QString, QString> &targets) {
        return extractFiles(image, *index, targets);
    };
    return view;
}

Result<void> applyPlan(const DepPlan &plan, ChangeSet &changes)
{
    if (!plan.ok())
        return makeError("initrd.plan", Tr::tr("The plan has errors: %1").arg(plan.errors.join(QStringLiteral("; "))));
    for (const PlanItem &item : plan.toAdd()) {
        Result<void> done;
        switch (item.kind) {
        case PlanItem::Kind::Directory: done = changes.addDirectory(item.imagePath, item.mode ? item.mode : 0755); break;
        case PlanItem::Kind::Symlink: done = changes.addSymlink(item.imagePath, item.linkTarget); break;
        case PlanItem::Kind::File:
            done = item.hostPath.isEmpty() ? changes.addBytes(item.imagePath, item.data, item.mode ? item.mode : 0644)
                                           : changes.addFile(item.imagePath, item.hostPath, item.mode);
            break;
        }
        if (!done)
            return done.error();
    }
    return {};
}

} // namespace Crashcart::Initrd
