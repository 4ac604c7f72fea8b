// SPDX-License-Identifier: GPL-3.0-or-later
#include "isoimage.h"

#include "isocontent.h"
#include "isowalker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTimeZone>

#include <cdio/iso9660.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Crashcart::Distro {

Q_LOGGING_CATEGORY(lcIso, "crashcart.distro.isoimage", QtInfoMsg)

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Distro::IsoImage)
};

constexpr qint64 kPvdOffset = 16 * Iso::kBlock;
constexpr int kMaxDescriptors = 64;

struct IsoCloser
{
    void operator()(iso9660_t *iso) const { iso9660_close(iso); }
};
using IsoHandle = std::unique_ptr<iso9660_t, IsoCloser>;

Error notIso(const QString &path, const QString &why)
{
    return makeError("iso.notiso", Tr::tr("%1 is not a readable ISO 9660 disc image: %2").arg(path, why));
}

Error systemError(const QString &path, int error)
{
    const QString why = QString::fromLocal8Bit(std::strerror(error));
    if (error == ENOENT)
        return makeError("iso.missing", Tr::tr("The disc image %1 is gone: %2").arg(path, why));
    return makeError("iso.unreadable", Tr::tr("Cannot read the disc image %1: %2").arg(path, why));
}

qint64 mtimeNs(const struct stat &st)
{
    return qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
}

// The root record of the Joliet tree: the supplementary descriptor whose escape sequence
// names UCS-2 (libiso9660 keeps its copy private).
std::optional<Iso::Record> jolietRoot(const Iso::Walker &walker)
{
    QByteArray vd(Iso::kBlock, '\0');
    for (int i = 1; i < kMaxDescriptors; ++i) {
        if (!walker.readAt(kPvdOffset + i * Iso::kBlock, vd.data(), Iso::kBlock) || !vd.sliced(1, 5).startsWith("CD001"))
            return std::nullopt;
        if (quint8(vd[0]) == ISO_VD_END)
            return std::nullopt;
        const QByteArray escape = vd.sliced(offsetof(iso9660_svd_t, escape_sequences), 3);
        if (quint8(vd[0]) == ISO_VD_SUPPLEMENTARY && (escape == "%/@" || escape == "%/C" || escape == "%/E")) {
            Iso::Record root;
            if (Iso::parseRecord(QByteArrayView(vd).sliced(offsetof(iso9660_svd_t, root_directory_record), 34), root))
                return std::nullopt;
            return root;
        }
    }
    return std::nullopt;
}

} // namespace

IsoImage::~IsoImage()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<std::shared_ptr<const IsoImage>> IsoImage::open(const QString &path)
{
    std::shared_ptr<IsoImage> image(new IsoImage);
    image->m_path = path;
    image->m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (image->m_fd < 0)
        return systemError(path, errno);
    struct stat st {};
    if (::fstat(image->m_fd, &st) != 0)
        return systemError(path, errno);
    if (!S_ISREG(st.st_mode))
        return makeError("iso.unreadable", Tr::tr("The disc image %1 is not a regular file").arg(path));
    image->m_device = st.st_dev;
    image->m_inode = st.st_ino;
    image->m_size = st.st_size;
    image->m_mtimeNs = mtimeNs(st);
    image->m_modified = QDateTime::fromMSecsSinceEpoch(image->m_mtimeNs / 1'000'000, Qt::UTC);
    QElapsedTimer timer;
    timer.start();
    if (auto loaded = image->load(); !loaded)
        return loaded.error();
    qCDebug(lcIso) << "indexed" << path << image->entryCount() << "entries in" << timer.elapsed() << "ms";
    return std::shared_ptr<const IsoImage>(std::move(image));
}

Result<void> IsoImage::load()
{
    Iso::Walker walker(m_fd, m_size, m_path);
    QByteArray pvd(Iso::kBlock, '\0');
    if (!walker.readAt(kPvdOffset, pvd.data(), Iso::kBlock) || quint8(pvd[0]) != ISO_VD_PRIMARY || !pvd.sliced(1, 5).startsWith("CD001"))
        return notIso(m_path, Tr::tr("no ISO 9660 volume descriptor"));
    // libiso9660 reads the volume descriptors of the very file opened here (not a file that
    // replaced it since), and says which extensions it finds.
    const QString self = QStringLiteral("/proc/self/fd/%1").arg(m_fd);
    IsoHandle iso(iso9660_open_ext(QFile::encodeName(self).constData(), ISO_EXTENSION_ALL));
    iso9660_pvd_t descriptor;
    if (!iso || !iso9660_ifs_read_pvd(iso.get(), &descriptor))
        return notIso(m_path, Tr::tr("libiso9660 cannot read its volume descriptors"));
    if (iso9660_get_pvd_block_size(&descriptor) != Iso::kBlock)
        return notIso(m_path, Tr::tr("its logical blocks are not 2048 bytes"));
    const qint64 declared = qint64(quint32(iso9660_get_pvd_space_size(&descriptor))) * Iso::kBlock;
    if (declared > m_size)
        return notIso(m_path, Tr::tr("it is truncated (%1 of %2 bytes)").arg(m_size).arg(declared));
    char *volumeId = nullptr;
    if (iso9660_ifs_get_volume_id(iso.get(), &volumeId) && volumeId)
        m_volumeId = QString::fromUtf8(volumeId).trimmed();
    std::free(volumeId);
    const bool joliet = iso9660_ifs_get_joliet_level(iso.get()) > 0;
    iso.reset();

    Iso::Record root;
    if (Iso::parseRecord(QByteArrayView(pvd).sliced(offsetof(iso9660_pvd_t, root_directory_record), 34), root))
        return notIso(m_path, Tr::tr("its root folder record is invalid"));
    Iso::Names names = Iso::Names::Iso9660;
    int skip = 0;
    if (const auto rr = walker.rockRidgeSkip(root)) {
        names = Iso::Names::RockRidge;
        skip = *rr;
    } else if (const auto jroot = joliet ? jolietRoot(walker) : std::nullopt) {
        names = Iso::Names::Joliet;
        root = *jroot;
    }
    auto tree = walker.walk(root, names, skip);
    if (!tree)
        return tree.error();
    m_tree = std::make_unique<Iso::Tree>(std::move(tree).value());
    return {};
}

int IsoImage::entryCount() const
{
    return int(m_tree->entries.size() - 1);
}

const IsoEntry *IsoImage::find(QStringView path, Qt::CaseSensitivity cs) const
{
    while (path.endsWith(u'/'))
        path.chop(1);
    while (path.startsWith(u'/'))
        path = path.sliced(1);
    const QString key = u'/' + path.toString();
    if (cs == Qt::CaseSensitive) {
        const qsizetype i = m_tree->index.value(key, -1);
        return i < 0 ? nullptr : &m_tree->entries.at(i);
    }
    for (const IsoEntry &entry : m_tree->entries) {
        if (entry.path.compare(key, Qt::CaseInsensitive) == 0)
            return &entry;
    }
    return nullptr;
}

QList<const IsoEntry *> IsoImage::children(QStringView dir) const
{
    QList<const IsoEntry *> out;
    const IsoEntry *entry = find(dir);
    if (!entry || !entry->directory)
        return out;
    const auto [first, count] = m_tree->children.at(entry - m_tree->entries.constData());
    out.reserve(count);
    for (qsizetype i = first; i < first + count; ++i)
        out.append(&m_tree->entries.at(i));
    return out;
}

Result<void> IsoImage::checkUnchanged() const
{
    struct stat now {};
    if (::stat(QFile::encodeName(m_path).constData(), &now) != 0)
        return systemError(m_path, errno);
    struct stat held {};
    if (::fstat(m_fd, &held) != 0)
        return systemError(m_path, errno);
    const bool same = now.st_dev == m_device && now.st_ino == m_inode && held.st_size == m_size
        && now.st_size == m_size && mtimeNs(held) == m_mtimeNs && mtimeNs(now) == m_mtimeNs;
    if (!same) {
        return makeError("iso.changed", Tr::tr("The disc image %1 changed on disk since it was read; "
                                               "import it again").arg(m_path));
    }
    return {};
}

Result<const IsoEntry *> IsoImage::findFile(QStringView path) const
{
    if (auto unchanged = checkUnchanged(); !unchanged)
        return unchanged.error();
    const IsoEntry *entry = find(path);
    if (!entry)
        return makeError("path.notfound", Tr::tr("No such file in %1: %2").arg(m_path, path.toString()));
    if (entry->directory)
        return makeError("path.notfile", Tr::tr("%1 is a folder in %2").arg(path.toString(), m_path));
    return entry;
}

Result<std::shared_ptr<const Netboot::Content>> IsoImage::content(QStringView path) const
{
    const auto entry = findFile(path);
    if (!entry)
        return entry.error();
    return std::shared_ptr<const Netboot::Content>(std::make_shared<Iso::IsoContent>(shared_from_this(), **entry));
}

Result<QByteArray> IsoImage::readFile(QStringView path, qint64 maxBytes) const
{
    const auto entry = findFile(path);
    if (!entry)
        return entry.error();
    if ((*entry)->size > maxBytes) {
        return makeError("file.toolarge", Tr::tr("%1 in %2 is larger than %3 bytes")
                                              .arg(path.toString(), m_path).arg(maxBytes));
    }
    QByteArray bytes((*entry)->size, Qt::Uninitialized);
    if (read(**entry, 0, bytes.data(), bytes.size()) != bytes.size())
        return makeError("file.read", Tr::tr("Cannot read %1 from %2").arg(path.toString(), m_path));
    return bytes;
}

qint64 IsoImage::read(const IsoEntry &entry, qint64 offset, char *into, qint64 length) const
{
    if (offset < 0 || length < 0 || offset > entry.size)
        return -1;
    length = qMin(length, entry.size - offset);
    qint64 done = 0;
    qint64 start = 0; // of the current extent within the file
    for (const IsoExtent &extent : entry.extents) {
        const qint64 from = offset + done - start;
        if (done < length && from < extent.length) {
            const qint64 n = qMin(length - done, extent.length - from);
            if (!Iso::readFully(m_fd, extent.offset + from, into + done, n))
                return -1;
            done += n;
        }
        start += extent.length;
    }
    return done;
}

} // namespace Crashcart::Distro
