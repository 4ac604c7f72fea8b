// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/changeset.h"

#include "initrd/changeplan.h"
#include "initrd/image.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

namespace Crashcart::Initrd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Initrd::Image)
};

Result<QString> destination(const QString &path)
{
    auto normalized = normalizePath(path, true);
    if (!normalized)
        return normalized.error();
    if (*normalized == QLatin1String("."))
        return makeError("initrd.path.root", Tr::tr("The root folder itself cannot be added, removed or renamed."));
    return normalized;
}

Result<QString> existing(const QString &path)
{
    return normalizePath(path, true);
}

Result<QString> readLink(const QString &hostPath)
{
    QByteArray buffer(4096, Qt::Uninitialized);
    const ssize_t n = ::readlink(QFile::encodeName(hostPath).constData(), buffer.data(), size_t(buffer.size()));
    if (n < 0 || n >= buffer.size())
        return makeError("initrd.io", Tr::tr("Cannot read the symlink %1.").arg(hostPath));
    return QFile::decodeName(buffer.first(n));
}
} // namespace

Result<void> ChangeSet::addFile(const QString &dest, const QString &hostPath, std::optional<quint32> mode)
{
    auto path = destination(dest);
    if (!path)
        return path.error();
    struct stat st {};
    if (::stat(QFile::encodeName(hostPath).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return makeError("initrd.io", Tr::tr("%1 is not a readable file.").arg(hostPath));
    Change change;
    change.kind = Change::Kind::AddFile;
    change.path = *path;
    change.hostPath = QFileInfo(hostPath).absoluteFilePath();
    change.mode = mode.value_or(quint32(st.st_mode) & 07777);
    change.mtime = st.st_mtime;
    m_changes.append(change);
    return {};
}

Result<void> ChangeSet::addBytes(const QString &dest, const QByteArray &bytes, quint32 mode)
{
    auto path = destination(dest);
    if (!path)
        return path.error();
    Change change;
    change.kind = Change::Kind::AddFile;
    change.path = *path;
    change.bytes = bytes;
    change.mode = mode & 07777;
    m_changes.append(change);
    return {};
}

Result<void> ChangeSet::addDirectory(const QString &dest, quint32 mode)
{
    auto path = destination(dest);
    if (!path)
        return path.error();
    Change change;
    change.kind = Change::Kind::AddDirectory;
    change.path = *path;
    change.mode = mode & 07777;
    m_changes.append(change);
    return {};
}

Result<void> ChangeSet::addSymlink(const QString &dest, const QString &target)
{
    auto path = destination(dest);
    if (!path)
        return path.error();
    if (target.isEmpty() || target.toUtf8().size() > 4096 || target.contains(QChar(0)))
        return makeError("initrd.path.invalid", Tr::tr("\"%1\" cannot be a symlink target.").arg(target));
    Change change;
    change.kind = Change::Kind::AddSymlink;
    change.path = *path;
    change.linkTarget = target;
    change.mode = 0777;
    m_changes.append(change);
    return {};
}

Result<void> ChangeSet::addDevice(const QString &dest, EntryType type, quint32 major, quint32 minor, quint32 mode)
{
    auto path = destination(dest);
    if (!path)
        return path.error();
    if (type != EntryType::CharDevice && type != EntryType::BlockDevice && type != EntryType::Fifo)
        return makeError("initrd.invalid", Tr::tr("Only character and block devices and FIFOs can be created this way."));
    Change change;
    change.kind = Change::Kind::AddDevice;
    change.path = *path;
    change.deviceType = type;
    change.devMajor = type == EntryType::Fifo ? 0 : major;
    change.devMinor = type == EntryType::Fifo ? 0 : minor;
    change.mode = mode & 07777;
    m_changes.append(change);
    return {};
}

Result<void> ChangeSet::addTree(const QString &dest, const QString &hostDirectory)
{
    auto root = destination(dest);
    if (!root)
        return root.error();
    const QFileInfo top(hostDirectory);
    if (!top.isDir() || top.isSymLink())
        return makeError("initrd.io", Tr::tr("%1 is not a folder.").arg(hostDirectory));
    const QList<Change> before = m_changes;
    auto fail = [this, &before](const Error &error) -> Result<void> {
        m_changes = before; // all or nothing
        return error;
    };
    struct stat st {};
    ::stat(QFile::encodeName(hostDirectory).constData(), &st);
    if (auto r = addDirectory(*root, quint32(st.st_mode) & 07777); !r)
        return fail(r.error());
    const QDir base(top.absoluteFilePath());
    QStringList paths;
    QDirIterator it(base.path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    paths.sort(); // parents before children
    for (const QString &host : std::as_const(paths)) {
        const QString target = *root + u'/' + base.relativeFilePath(host);
        struct stat ls {};
        if (::lstat(QFile::encodeName(host).constData(), &ls) != 0)
            return fail(makeError("initrd.io", Tr::tr("Cannot read %1.").arg(host)));
        Result<void> r;
        if (S_ISLNK(ls.st_mode)) {
            auto link = readLink(host);
            r = link ? addSymlink(target, *link) : Result<void>(link.error());
        } else if (S_ISDIR(ls.st_mode)) {
            r = addDirectory(target, quint32(ls.st_mode) & 07777);
        } else if (S_ISREG(ls.st_mode)) {
            r = addFile(target, host);
        } else {
            continue; // sockets and device nodes on the desktop are not what anyone drags in
        }
        if (!r)
            return fail(r.error());
    }
    return {};
}

Result<void> ChangeSet::remove(const QString &path)
{
    auto p = destination(path);
    if (!p)
        return p.error();
    Change change;
    change.kind = Change::Kind::Remove;
    change.path = *p;
    m_changes.append(change);
    return {};
}

Result<void> ChangeSet::rename(const QString &path, const QString &newPath)
{
    auto from = destination(path);
    if (!from)
        return from.error();
    auto to = destination(newPath);
    if (!to)
        return to.error();
    if (isSameOrBelow(*to, *from))
        return makeError("initrd.invalid", Tr::tr("%1 cannot be moved into itself.").arg(*from));
    Change change;
    change.kind = Change::Kind::Rename;
    change.path = *from;
    change.newPath = *to;
    m_changes.append(change);
    return {};
}

Result<void> ChangeSet::setMode(const QString &path, quint32 mode)
{
    auto p = existing(path);
    if (!p)
        return p.error();
    Change change;
    change.kind = Change::Kind::SetMode;
    change.path = *p;
    change.mode = mode & 07777;
    m_changes.append(change);
    return {};
}

Result<void> ChangeSet::setOwner(const QString &path, uint uid, uint gid)
{
    auto p = existing(path);
    if (!p)
        return p.error();
    Change change;
    change.kind = Change::Kind::SetOwner;
    change.path = *p;
    change.uid = uid;
    change.gid = gid;
    m_changes.append(change);
    return {};
}

void ChangeSet::removeAt(int index)
{
    if (index >= 0 && index < m_changes.size())
        m_changes.removeAt(index);
}

bool ChangeSet::needsRepack() const
{
    return std::any_of(m_changes.cbegin(), m_changes.cend(), [](const Change &c) {
        return c.kind == Change::Kind::Remove || c.kind == Change::Kind::Rename;
    });
}

QString ChangeSet::describe(const Change &change)
{
    const QString mode = QString::number(change.mode, 8).rightJustified(4, u'0');
    switch (change.kind) {
    case Change::Kind::AddFile:
        return change.hostPath.isEmpty()
            ? Tr::tr("Add file %1 (%2 bytes, mode %3)").arg(change.path).arg(change.bytes.size()).arg(mode)
            : Tr::tr("Add file %1 from %2 (mode %3)").arg(change.path, change.hostPath, mode);
    case Change::Kind::AddDirectory:
        return Tr::tr("Add folder %1 (mode %2)").arg(change.path, mode);
    case Change::Kind::AddSymlink:
        return Tr::tr("Add symlink %1 -> %2").arg(change.path, change.linkTarget);
    case Change::Kind::AddDevice:
        return Tr::tr("Add %1 %2 (%3:%4)")
            .arg(typeDisplayName(change.deviceType), change.path)
            .arg(change.devMajor)
            .arg(change.devMinor);
    case Change::Kind::Remove:
        return Tr::tr("Remove %1").arg(change.path);
    case Change::Kind::Rename:
        return Tr::tr("Rename %1 to %2").arg(change.path, change.newPath);
    case Change::Kind::SetMode:
        return Tr::tr("Change the mode of %1 to %2").arg(change.path, mode);
    case Change::Kind::SetOwner:
        return Tr::tr("Change the owner of %1 to %2:%3").arg(change.path).arg(change.uid).arg(change.gid);
    }
    return {};
}

Result<QList<Entry>> ChangeSet::apply(const Image &image) const
{
    return apply(image.entries(), -1);
}

Result<QList<Entry>> ChangeSet::apply(const QList<Entry> &entries, int newSegment) const
{
    auto planned = planChanges(*this, entries, newSegment);
    if (!planned)
        return planned.error();
    QList<Entry> result;
    result.reserve(planned->size());
    for (PlannedEntry &p : *planned)
        result.append(std::move(p.entry));
    return result;
}

} // namespace Crashcart::Initrd
