// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content.h"

#include "common/result.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

#include <array>
#include <memory>

namespace Crashcart::Netboot {

// A file open for reading at any offset from any thread (pread). Concurrent transfers of the
// same file share one descriptor. Not mapped: a file truncated while mapped would kill the
// server with SIGBUS, while a short read here just fails the one transfer.
class SharedFile final : public Content
{
public:
    ~SharedFile() override;
    Q_DISABLE_COPY_MOVE(SharedFile)

    qint64 size() const override { return m_size; }
    QString path() const { return m_path; }
    QDateTime modified() const override { return m_modified; }
    qint64 read(qint64 offset, char *into, qint64 length) const override;
    int descriptor() const override { return m_fd; }

private:
    friend class FileCache;
    SharedFile() = default;
    int m_fd = -1;
    QString m_path;
    QDateTime m_modified;
    qint64 m_size = 0;
    qint64 m_mtimeNs = 0;
    quint64 m_device = 0;
    quint64 m_inode = 0;
};

// Hands out shared files; one is closed when its last user lets go. A file changed on disk
// (size, time or inode) is opened anew for new readers; running transfers keep the old one.
// The last few small files opened stay open after their last reader, so that a small file
// asked for again and again (a config, a kickstart, a benchmark's 4 KiB) is not opened and
// closed for each request; each request still stat()s it.
class FileCache
{
public:
    Result<std::shared_ptr<const SharedFile>> open(const QString &canonicalPath);

private:
    static constexpr qint64 kKeptSize = 1 << 20;
    static constexpr int kKept = 16;

    QMutex m_mutex;
    QHash<QString, std::weak_ptr<const SharedFile>> m_files;
    std::array<std::shared_ptr<const SharedFile>, kKept> m_kept; // under m_mutex
    int m_nextKept = 0;
};

} // namespace Crashcart::Netboot
