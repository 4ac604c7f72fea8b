// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingimage.h"

#include "initrd/planapply.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace Crashcart::App {

using namespace Crashcart::Initrd;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::App::PendingImage)
};

// Where the content of an entry of the edited view comes from.
struct Source
{
    enum class Kind { Image, Host, Bytes, None };
    Kind kind = Kind::Image;
    QString path; // Image: the path in the opened image; Host: the host file
    QByteArray bytes;
};

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

} // namespace

struct PendingImage::Data
{
    Image image;
    ChangeSet changes;
    QList<Entry> effective;
    QHash<QString, qsizetype> index;
    QHash<QString, QStringList> children;
    ImageView base; // reads the image itself; refers to `image` above

    // Walks the changes backwards: the last one that put something at the path, or through
    // the renames, the path the content had in the image.
    Source sourceOf(const QString &path) const
    {
        QString p = path;
        const QList<Change> &list = changes.changes();
        for (qsizetype i = list.size() - 1; i >= 0; --i) {
            const Change &c = list[i];
            switch (c.kind) {
            case Change::Kind::Rename:
                if (isSameOrBelow(p, c.newPath))
                    p = c.path + p.mid(c.newPath.size());
                break;
            case Change::Kind::AddFile:
                if (c.path == p)
                    return c.hostPath.isEmpty() ? Source { Source::Kind::Bytes, {}, c.bytes }
                                                : Source { Source::Kind::Host, c.hostPath, {} };
                break;
            case Change::Kind::AddDirectory:
            case Change::Kind::AddSymlink:
            case Change::Kind::AddDevice:
                if (c.path == p)
                    return { Source::Kind::None, {}, {} };
                break;
            default: break;
            }
        }
        return { Source::Kind::Image, p, {} };
    }
};

PendingImage::PendingImage(const Image &image, const ChangeSet &changes, const QList<Entry> &effective)
{
    auto data = std::make_shared<Data>();
    data->image = image;
    data->changes = changes;
    data->effective = effective;
    for (qsizetype i = 0; i < effective.size(); ++i) {
        const Entry &e = effective[i];
        if (e.path == QLatin1String("."))
            continue;
        data->index.insert(e.path, i);
        data->children[parentPath(e.path)].append(baseName(e.path));
    }
    data->base = imageViewOf(data->image);
    m_data = std::move(data);
}

const Image &PendingImage::image() const
{
    static const Image empty;
    return m_data ? m_data->image : empty;
}

QList<Entry> PendingImage::effective() const
{
    return m_data ? m_data->effective : QList<Entry>();
}

std::optional<Entry> PendingImage::find(const QString &path) const
{
    if (!m_data)
        return std::nullopt;
    const auto it = m_data->index.constFind(path);
    if (it == m_data->index.cend())
        return std::nullopt;
    return m_data->effective.at(*it);
}

Result<QByteArray> PendingImage::read(const QString &path, qint64 maxBytes) const
{
    const std::optional<Entry> entry = find(path);
    if (!entry)
        return makeError("initrd.not-found", Tr::tr("%1 is not in the image.").arg(path));
    if (entry->type == EntryType::Symlink)
        return entry->linkTarget.toUtf8();
    if (entry->type != EntryType::File && entry->type != EntryType::HardLink)
        return QByteArray();
    const Source source = m_data->sourceOf(entry->type == EntryType::HardLink ? entry->linkTarget : path);
    switch (source.kind) {
    case Source::Kind::Bytes: return source.bytes;
    case Source::Kind::None: return QByteArray();
    case Source::Kind::Host: {
        QFile file(source.path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError("initrd.io", Tr::tr("Cannot read %1: %2").arg(source.path, file.errorString()));
        if (file.size() > maxBytes)
            return makeError("initrd.too-large", Tr::tr("%1 is larger than %2 bytes.").arg(source.path).arg(maxBytes));
        return file.readAll();
    }
    case Source::Kind::Image: break;
    }
    ReadOptions options;
    options.maxBytes = maxBytes;
    return m_data->image.read(source.path, options);
}

ImageView PendingImage::view() const
{
    const std::shared_ptr<const Data> data = m_data ? m_data : PendingImage(Image(), {}, {}).m_data;
    ImageView view;
    view.lookup = [data](const QString &path) -> std::optional<ImageNode> {
        const auto it = data->index.constFind(path);
        return it == data->index.cend() ? std::nullopt : std::optional(nodeOf(data->effective.at(*it)));
    };
    view.list = [data](const QString &dir) { return data->children.value(dir); };
    const PendingImage self = *this;
    view.read = [self](const QString &path) { return self.read(path, qint64(512) << 20); };
    view.extractTo = [data, self](const QHash<QString, QString> &targets) -> Result<void> {
        // What the image holds goes through one pass over it; the rest is copied on its own.
        QHash<QString, QString> fromImage;
        for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
            const Source source = data->sourceOf(it.key());
            if (source.kind == Source::Kind::Image) {
                fromImage.insert(source.path, it.value());
                continue;
            }
            auto bytes = self.read(it.key(), qint64(512) << 20);
            if (!bytes)
                return bytes.error();
            QFile out(it.value());
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(*bytes) != bytes->size())
                return makeError("initrd.io", Tr::tr("Cannot write %1: %2").arg(it.value(), out.errorString()));
        }
        if (fromImage.isEmpty())
            return {};
        return data->base.extractTo(fromImage);
    };
    return view;
}

} // namespace Crashcart::App
