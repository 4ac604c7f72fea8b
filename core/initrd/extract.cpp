// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/extract.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace Crashcart::Initrd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Initrd::Image)
};

class Fd
{
public:
    explicit Fd(int fd = -1) : m_fd(fd) { }
    ~Fd() { reset(); }
    Fd(Fd &&other) noexcept : m_fd(std::exchange(other.m_fd, -1)) { }
    Fd &operator=(Fd &&other) noexcept
    {
        reset(std::exchange(other.m_fd, -1));
        return *this;
    }
    void reset(int fd = -1)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }
    int get() const { return m_fd; }

private:
    int m_fd;
};

// What failed, as a whole translatable sentence per operation (%1 the path, %2 the reason).
enum class Op { Open, CreateFolder, CreateFile, CreateHardLink, CreateSymlink, CreateFifo, Write };

Error systemError(const QString &path, Op op)
{
    const QString reason = QString::fromLocal8Bit(std::strerror(errno)); // before anything else sets errno
    QString message;
    switch (op) {
    case Op::Open: message = Tr::tr("%1: cannot open: %2"); break;
    case Op::CreateFolder: message = Tr::tr("%1: cannot create the folder: %2"); break;
    case Op::CreateFile: message = Tr::tr("%1: cannot create the file: %2"); break;
    case Op::CreateHardLink: message = Tr::tr("%1: cannot create the hard link: %2"); break;
    case Op::CreateSymlink: message = Tr::tr("%1: cannot create the symlink: %2"); break;
    case Op::CreateFifo: message = Tr::tr("%1: cannot create the FIFO: %2"); break;
    case Op::Write: message = Tr::tr("%1: cannot write: %2"); break;
    }
    return makeError("initrd.io", message.arg(path, reason));
}

class Extractor
{
public:
    Extractor(const QString &root, const ExtractOptions &options) : m_root(root), m_options(options) { }

    Result<void> begin()
    {
        if (!QDir().mkpath(m_root))
            return makeError("initrd.io", Tr::tr("Cannot create %1.").arg(m_root));
        m_rootFd.reset(::open(QFile::encodeName(m_root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        if (m_rootFd.get() < 0)
            return systemError(m_root, Op::Open);
        return {};
    }

    // Opens the folder holding `path`, one component at a time, never following a symlink:
    // an entry reaching through a symlink in the tree would write outside the target folder.
    Result<Fd> openParent(const QString &path)
    {
        Fd current(::dup(m_rootFd.get()));
        const QStringList parts = parentPath(path).split(u'/', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const QByteArray name = QFile::encodeName(part);
            int fd = ::openat(current.get(), name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (fd < 0 && errno == ENOENT) {
                ::mkdirat(current.get(), name.constData(), 0755);
                fd = ::openat(current.get(), name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            }
            if (fd < 0)
                return makeError("initrd.path.escape",
                                 Tr::tr("%1: refused, \"%2\" in its path is not a folder (a symlink?)").arg(path, part));
            current.reset(fd);
        }
        return current;
    }

    // Makes room for a new entry of `type` at the name, as the kernel does: a folder stays
    // a folder, anything else is replaced.
    bool clear(int dirFd, const QByteArray &name, EntryType type)
    {
        struct stat st {};
        if (::fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            return false;
        if (S_ISDIR(st.st_mode)) {
            if (type == EntryType::Directory)
                return true;
            ::unlinkat(dirFd, name.constData(), AT_REMOVEDIR);
            return false;
        }
        ::unlinkat(dirFd, name.constData(), 0);
        return false;
    }

    Result<void> entry(const Entry &e)
    {
        m_data.reset();
        if (e.path == QLatin1String("."))
            return {};
        auto parent = openParent(e.path);
        if (!parent)
            return parent.error();
        const int dirFd = parent->get();
        const QByteArray name = QFile::encodeName(baseName(e.path));
        const bool exists = clear(dirFd, name, e.type);
        switch (e.type) {
        case EntryType::Directory:
            if (!exists && ::mkdirat(dirFd, name.constData(), 0700) != 0)
                return systemError(e.path, Op::CreateFolder);
            m_folders.append(e);
            break;
        case EntryType::File: {
            const int fd = ::openat(dirFd, name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
            if (fd < 0)
                return systemError(e.path, Op::CreateFile);
            m_data.reset(fd);
            break;
        }
        case EntryType::HardLink: {
            auto headParent = openParent(e.linkTarget);
            if (!headParent)
                return headParent.error();
            const QByteArray head = QFile::encodeName(baseName(e.linkTarget));
            if (::linkat(headParent->get(), head.constData(), dirFd, name.constData(), 0) != 0)
                return systemError(e.path, Op::CreateHardLink);
            m_data.reset(::openat(dirFd, name.constData(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC));
            break;
        }
        case EntryType::Symlink:
            if (::symlinkat(QFile::encodeName(e.linkTarget).constData(), dirFd, name.constData()) != 0)
                return systemError(e.path, Op::CreateSymlink);
            break;
        case EntryType::Fifo:
            if (::mkfifoat(dirFd, name.constData(), 0600) != 0)
                return systemError(e.path, Op::CreateFifo);
            break;
        case EntryType::CharDevice:
        case EntryType::BlockDevice: {
            const mode_t kind = e.type == EntryType::CharDevice ? S_IFCHR : S_IFBLK;
            if (::mknodat(dirFd, name.constData(), kind | 0600, makedev(e.devMajor, e.devMinor)) != 0) {
                m_report.skipped << Tr::tr("%1: device node %2:%3 not created (needs root)").arg(e.path).arg(e.devMajor).arg(e.devMinor);
                return {};
            }
            break;
        }
        case EntryType::Socket:
            m_report.skipped << Tr::tr("%1: sockets are not extracted").arg(e.path);
            return {};
        }
        ++m_report.written;
        if (e.type != EntryType::Directory)
            finishAttributes(dirFd, name, e);
        return {};
    }

    Result<void> chunk(const Entry &e, QByteArrayView bytes)
    {
        if (m_data.get() < 0)
            return {};
        while (!bytes.isEmpty()) {
            const ssize_t n = ::write(m_data.get(), bytes.data(), size_t(bytes.size()));
            if (n <= 0)
                return systemError(e.path, Op::Write);
            bytes = bytes.sliced(n);
        }
        return {};
    }

    void finishAttributes(int dirFd, const QByteArray &name, const Entry &e)
    {
        if (m_options.keepOwnership)
            ::fchownat(dirFd, name.constData(), e.uid, e.gid, AT_SYMLINK_NOFOLLOW);
        if (e.type != EntryType::Symlink)
            ::fchmodat(dirFd, name.constData(), e.mode & 07777, 0);
        const struct timespec times[2] = { { e.mtime, 0 }, { e.mtime, 0 } };
        ::utimensat(dirFd, name.constData(), times, AT_SYMLINK_NOFOLLOW);
    }

    // Folder modes last, deepest first, so a read-only folder was writable while filling it.
    Result<ExtractReport> end()
    {
        m_data.reset();
        for (qsizetype i = m_folders.size() - 1; i >= 0; --i) {
            auto parent = openParent(m_folders[i].path);
            if (!parent)
                return parent.error();
            finishAttributes(parent->get(), QFile::encodeName(baseName(m_folders[i].path)), m_folders[i]);
        }
        return m_report;
    }

private:
    QString m_root;
    const ExtractOptions &m_options;
    Fd m_rootFd;
    Fd m_data;
    QList<Entry> m_folders;
    ExtractReport m_report;
};
} // namespace

Result<ExtractReport> extract(const Image &image, const QString &directory, const ExtractOptions &options)
{
    Extractor extractor(QDir(directory).absolutePath(), options);
    if (auto r = extractor.begin(); !r)
        return r.error();
    Image::Visitor visitor;
    visitor.entry = [&extractor](const Entry &e) { return extractor.entry(e); };
    visitor.chunk = [&extractor](const Entry &e, QByteArrayView bytes) { return extractor.chunk(e, bytes); };
    OpenOptions walkOptions;
    walkOptions.progress = options.progress;
    walkOptions.cancel = options.cancel;
    if (auto r = image.walk(visitor, walkOptions); !r)
        return r.error();
    return extractor.end();
}

} // namespace Crashcart::Initrd
