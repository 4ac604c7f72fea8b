// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content.h"

#include "common/result.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

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
};

// Hands out shared files; one is closed when its last user lets go. A file changed on disk
// (size or time) is opened anew for new readers; running transfers keep the old one.
class FileCache
{
public:
    Result<std::shared_ptr<const SharedFile>> open(const QString &canonicalPath);

private:
    QMutex m_mutex;
    QHash<QString, std::weak_ptr<const SharedFile>> m_files;
};

} // namespace Crashcart::Netboot
