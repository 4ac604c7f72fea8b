// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/editsession.h"

#include "initrd/planapply.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace Crashcart::Initrd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Initrd::EditSession)
};

constexpr qint64 kViewReadLimit = qint64(512) << 20;

// Where the content of an entry of the edited image comes from.
struct Source
{
    enum class Kind { Image, Host, Bytes, None };
    Kind kind = Kind::Image;
    QString path; // Image: the path in the opened image; Host: the host file
    QByteArray bytes;
};

// Walks the changes backwards: the last one that put something at the path, or through the
// renames, the path the content had in the image.
Source sourceOf(const ChangeSet &changes, const QString &path)
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

Result<QByteArray> readHostFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError("initrd.io", Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > maxBytes)
        return makeError("initrd.too-large", Tr::tr("%1 is larger than %2 bytes.").arg(path).arg(maxBytes));
    return file.readAll();
}

Result<void> writeHostFile(const QString &path, const QByteArray &bytes)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size())
        return makeError("initrd.io", Tr::tr("Cannot write %1: %2").arg(path, out.errorString()));
    return {};
}

} // namespace

struct EditSession::Data
{
    Image image;
    ChangeSet changes;
    QList<Entry> effective;
    QHash<QString, qsizetype> index; // path -> position in `effective`
    QHash<QString, QStringList> children;
    ImageView base; // reads the image itself; refers to `image` above

    std::optional<Entry> find(const QString &path) const
    {
        const auto it = index.constFind(path);
        return it == index.cend() ? std::nullopt : std::optional(effective.at(*it));
    }
    Result<QByteArray> read(const QString &path, qint64 maxBytes) const;
    Result<void> extractTo(const QHash<QString, QString> &targets) const;
};

Result<QByteArray> EditSession::Data::read(const QString &path, qint64 maxBytes) const
{
    const std::optional<Entry> entry = find(path);
    if (!entry)
        return makeError("initrd.not-found", Tr::tr("%1 is not in the image.").arg(path));
    if (entry->type == EntryType::Symlink)
        return entry->linkTarget.toUtf8();
    if (entry->type != EntryType::File && entry->type != EntryType::HardLink)
        return QByteArray();
    const Source source = sourceOf(changes, entry->type == EntryType::HardLink ? entry->linkTarget : path);
    switch (source.kind) {
    case Source::Kind::Bytes: return source.bytes;
    case Source::Kind::None: return QByteArray();
    case Source::Kind::Host: return readHostFile(source.path, maxBytes);
    case Source::Kind::Image: break;
    }
    ReadOptions options;
    options.maxBytes = maxBytes;
    return image.read(source.path, options);
}

// What the image holds goes through one pass over it; the rest is copied on its own.
Result<void> EditSession::Data::extractTo(const QHash<QString, QString> &targets) const
{
    QHash<QString, QString> fromImage;
    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        const Source source = sourceOf(changes, it.key());
        if (source.kind == Source::Kind::Image) {
            fromImage.insert(source.path, it.value());
            continue;
        }
        auto bytes = read(it.key(), kViewReadLimit);
        if (!bytes)
            return bytes.error();
        if (auto written = writeHostFile(it.value(), *bytes); !written)
            return written;
    }
    if (fromImage.isEmpty())
        return {};
    return base.extractTo(fromImage);
}

std::shared_ptr<const EditSession::Data> EditSession::makeData(const Image &image, const ChangeSet &changes,
                                                               QList<Entry> effective)
{
    auto data = std::make_shared<Data>();
    data->image = image;
    data->changes = changes;
    data->effective = std::move(effective);
    for (qsizetype i = 0; i < data->effective.size(); ++i) {
        const Entry &e = data->effective[i];
        if (e.path == QLatin1String("."))
            continue;
        data->index.insert(e.path, i);
        data->children[parentPath(e.path)].append(baseName(e.path));
    }
    data->base = imageViewOf(data->image);
    return data;
}

EditSession::EditSession(const Image &image) : m_data(makeData(image, {}, image.effective())) { }

const Image &EditSession::image() const
{
    static const Image empty;
    return m_data ? m_data->image : empty;
}

const ChangeSet &EditSession::changes() const
{
    static const ChangeSet none;
    return m_data ? m_data->changes : none;
}

const QList<Entry> &EditSession::effective() const
{
    static const QList<Entry> none;
    return m_data ? m_data->effective : none;
}

Result<void> EditSession::edit(const std::function<Result<void>(ChangeSet &)> &change)
{
    if (!m_data)
        return makeError("initrd.no-image", Tr::tr("No image is open."));
    ChangeSet next = m_data->changes;
    if (auto made = change(next); !made)
        return made;
    auto applied = next.apply(m_data->image);
    if (!applied)
        return applied.error();
    m_data = makeData(m_data->image, next, effectiveEntries(*applied));
    return {};
}

Result<void> EditSession::applyPlan(const DepPlan &plan)
{
    return edit([&plan](ChangeSet &changes) { return Initrd::applyPlan(plan, changes); });
}

Result<void> EditSession::undo(int index)
{
    if (index < 0 || index >= changes().size())
        return makeError("initrd.invalid", Tr::tr("There is no change %1 to take back.").arg(index + 1));
    ChangeSet next = m_data->changes;
    next.removeAt(index);
    auto applied = next.apply(m_data->image);
    if (!applied)
        return applied.error();
    m_data = makeData(m_data->image, next, effectiveEntries(*applied));
    return {};
}

void EditSession::discardChanges()
{
    if (m_data && !m_data->changes.isEmpty())
        m_data = makeData(m_data->image, {}, m_data->image.effective());
}

std::optional<Entry> EditSession::find(const QString &path) const
{
    return m_data ? m_data->find(path) : std::nullopt;
}

Result<QByteArray> EditSession::read(const QString &path, qint64 maxBytes) const
{
    if (!m_data)
        return makeError("initrd.not-found", Tr::tr("%1 is not in the image.").arg(path));
    return m_data->read(path, maxBytes);
}

ImageView EditSession::view() const
{
    const std::shared_ptr<const Data> data = m_data ? m_data : makeData(Image(), {}, {});
    ImageView view;
    view.lookup = [data](const QString &path) -> std::optional<ImageNode> {
        const std::optional<Entry> entry = data->find(path);
        return entry ? std::optional(nodeOf(*entry)) : std::nullopt;
    };
    view.list = [data](const QString &dir) { return data->children.value(dir); };
    view.read = [data](const QString &path) { return data->read(path, kViewReadLimit); };
    view.extractTo = [data](const QHash<QString, QString> &targets) { return data->extractTo(targets); };
    return view;
}

SaveKind EditSession::saveKind() const
{
    return changes().needsRepack() ? SaveKind::Repack : SaveKind::Overlay;
}

Compression EditSession::defaultCompression(SaveKind kind) const
{
    return Initrd::defaultCompression(image(), kind);
}

Result<SaveReport> EditSession::save(SaveKind kind, const SaveOptions &options) const
{
    return Initrd::save(image(), changes(), kind, options);
}

} // namespace Crashcart::Initrd
