// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/savefile.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Crashcart::Initrd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Initrd::Image)
};

// What failed, as a whole translatable sentence per operation (%1 the path, %2 the reason).
enum class Op { Open, Sync, CreateIn, KeepOriginal, Replace };

Error ioError(Op op, const QString &path)
{
    const QString reason = QString::fromLocal8Bit(std::strerror(errno)); // before anything else sets errno
    QString message;
    switch (op) {
    case Op::Open: message = Tr::tr("Cannot open %1: %2"); break;
    case Op::Sync: message = Tr::tr("Cannot write %1 to disk (fsync): %2"); break;
    case Op::CreateIn: message = Tr::tr("Cannot create a file in %1: %2"); break;
    case Op::KeepOriginal: message = Tr::tr("Cannot keep the original as %1: %2"); break;
    case Op::Replace: message = Tr::tr("Cannot replace %1: %2"); break;
    }
    return makeError("initrd.io", message.arg(path, reason));
}

Result<void> syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return ioError(Op::Open, folder);
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        return ioError(Op::Sync, folder);
    return {};
}
} // namespace

SaveFile::SaveFile(QString output) : m_output(QFileInfo(output).absoluteFilePath()) { }

SaveFile::~SaveFile()
{
    if (!m_committed && !m_temp.isEmpty()) {
        m_file.close();
        ::unlink(QFile::encodeName(m_temp).constData());
    }
}

QString SaveFile::folder() const
{
    return QFileInfo(m_output).absolutePath();
}

Result<void> SaveFile::open()
{
    const QFileInfo target(m_output);
    if (target.isDir())
        return makeError("initrd.io", Tr::tr("%1 is a folder.").arg(m_output));
    QByteArray pattern = QFile::encodeName(folder() + u"/." + target.fileName() + u".crashcart-XXXXXX");
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd < 0)
        return ioError(Op::CreateIn, folder());
    m_temp = QFile::decodeName(pattern);
    struct stat st {};
    const mode_t umaskValue = ::umask(0);
    ::umask(umaskValue);
    const mode_t mode = ::stat(QFile::encodeName(m_output).constData(), &st) == 0 ? (st.st_mode & 07777) : (0644 & ~umaskValue);
    ::fchmod(fd, mode);
    if (!m_file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return makeError("initrd.io", Tr::tr("Cannot write %1: %2").arg(m_temp, m_file.errorString()));
    }
    return {};
}

Result<QString> SaveFile::commit(bool keepOriginal)
{
    if (!m_file.flush())
        return makeError("initrd.io", Tr::tr("Cannot write %1: %2").arg(m_temp, m_file.errorString()));
    if (::fsync(m_file.handle()) != 0)
        return ioError(Op::Sync, m_temp);
    m_file.close();
    QString backup;
    const QByteArray output = QFile::encodeName(m_output);
    struct stat st {};
    if (keepOriginal && ::lstat(output.constData(), &st) == 0 && S_ISREG(st.st_mode)) {
        backup = m_output + QStringLiteral(".orig");
        const QByteArray backupName = QFile::encodeName(backup);
        struct stat existing {};
        if (::lstat(backupName.constData(), &existing) != 0) {
            if (::link(output.constData(), backupName.constData()) != 0 && !QFile::copy(m_output, backup))
                return ioError(Op::KeepOriginal, backup);
        }
    }
    if (::rename(QFile::encodeName(m_temp).constData(), output.constData()) != 0)
        return ioError(Op::Replace, m_output);
    m_committed = true;
    if (auto r = syncFolder(folder()); !r)
        return r.error();
    return backup;
}

} // namespace Crashcart::Initrd
