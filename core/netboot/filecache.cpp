// SPDX-License-Identifier: GPL-3.0-or-later
#include "filecache.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Crashcart::Netboot {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Netboot::FileCache)
};

qint64 mtimeNs(const struct stat &st)
{
    return qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

} // namespace

SharedFile::~SharedFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

qint64 SharedFile::read(qint64 offset, char *into, qint64 length) const
{
    qint64 done = 0;
    while (done < length) {
        const ssize_t n = ::pread(m_fd, into + done, size_t(length - done), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        done += n;
    }
    return done;
}

Result<std::shared_ptr<const SharedFile>> FileCache::open(const QString &canonicalPath)
{
    // stat() rather than QFileInfo, whose lastModified() converts to local time each request.
    const QByteArray name = QFile::encodeName(canonicalPath);
    struct stat st {};
    if (::stat(name.constData(), &st) != 0) {
        return makeError("file.open", Tr::tr("Cannot open %1: %2")
                                          .arg(canonicalPath, QString::fromLocal8Bit(std::strerror(errno))));
    }
    const auto same = [](const SharedFile &f, const struct stat &s) {
        // The inode too: a file replaced by rename (rsync, a package update) may keep size and time.
        return f.m_size == s.st_size && f.m_mtimeNs == mtimeNs(s) && f.m_device == quint64(s.st_dev)
            && f.m_inode == quint64(s.st_ino);
    };
    QMutexLocker lock(&m_mutex);
    if (auto existing = m_files.value(canonicalPath).lock()) {
        if (same(*existing, st))
            return existing;
    }
    std::shared_ptr<SharedFile> file(new SharedFile);
    file->m_path = canonicalPath;
    file->m_fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (file->m_fd < 0) {
        return makeError("file.open", Tr::tr("Cannot open %1: %2")
                                          .arg(canonicalPath, QString::fromLocal8Bit(std::strerror(errno))));
    }
    if (::fstat(file->m_fd, &st) != 0 || !S_ISREG(st.st_mode))
        return makeError("file.open", Tr::tr("%1 is not a regular file").arg(canonicalPath));
    file->m_size = st.st_size;
    file->m_mtimeNs = mtimeNs(st);
    file->m_device = quint64(st.st_dev);
    file->m_inode = quint64(st.st_ino);
    file->m_modified = QDateTime::fromMSecsSinceEpoch(file->m_mtimeNs / 1000000, Qt::UTC);
    // A changed file's old copy is let go when its replacement comes in.
    auto kept = std::find_if(m_kept.begin(), m_kept.end(), [&](const auto &k) { return k && k->m_path == canonicalPath; });
    if (kept != m_kept.end())
        kept->reset();
    if (file->m_size <= kKeptSize) {
        if (kept == m_kept.end()) {
            kept = m_kept.begin() + m_nextKept;
            m_nextKept = (m_nextKept + 1) % kKept;
        }
        *kept = file;
    }
    for (auto it = m_files.begin(); it != m_files.end();)
        it = it->expired() ? m_files.erase(it) : std::next(it);
    m_files.insert(canonicalPath, file);
    return std::shared_ptr<const SharedFile>(file);
}

} // namespace Crashcart::Netboot
