// SPDX-License-Identifier: GPL-3.0-or-later
#include "filecache.h"

#include <QCoreApplication>
#include <QFileInfo>

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
    const QFileInfo info(canonicalPath);
    QMutexLocker lock(&m_mutex);
    if (auto existing = m_files.value(canonicalPath).lock()) {
        if (existing->m_size == info.size() && existing->m_modified == info.lastModified())
            return existing;
    }
    std::shared_ptr<SharedFile> file(new SharedFile);
    file->m_path = canonicalPath;
    file->m_fd = ::open(QFile::encodeName(canonicalPath).constData(), O_RDONLY | O_CLOEXEC);
    if (file->m_fd < 0) {
        return makeError("file.open", Tr::tr("Cannot open %1: %2")
                                          .arg(canonicalPath, QString::fromLocal8Bit(std::strerror(errno))));
    }
    struct stat st {};
    if (::fstat(file->m_fd, &st) != 0 || !S_ISREG(st.st_mode))
        return makeError("file.open", Tr::tr("%1 is not a regular file").arg(canonicalPath));
    file->m_size = st.st_size;
    file->m_modified = info.lastModified();
    for (auto it = m_files.begin(); it != m_files.end();)
        it = it->expired() ? m_files.erase(it) : std::next(it);
    m_files.insert(canonicalPath, file);
    return std::shared_ptr<const SharedFile>(file);
}

} // namespace Crashcart::Netboot
