// SPDX-License-Identifier: GPL-3.0-or-later
#include "portowners.h"

#include <QFile>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace Crashcart::Netboot {

namespace {

// The kernel prints each 32-bit word of the address as a native integer (%08X): the word's
// bytes in memory are the address's bytes in network order.
std::optional<QHostAddress> parseAddress(QByteArrayView hex)
{
    if (hex.size() != 8 && hex.size() != 32)
        return std::nullopt;
    quint8 bytes[16];
    for (qsizetype word = 0; word < hex.size() / 8; ++word) {
        bool ok = false;
        const quint32 value = hex.sliced(word * 8, 8).toByteArray().toUInt(&ok, 16);
        if (!ok)
            return std::nullopt;
        std::memcpy(bytes + word * 4, &value, 4);
    }
    if (hex.size() == 8)
        return QHostAddress(qFromBigEndian<quint32>(bytes));
    return QHostAddress(bytes);
}

} // namespace

QList<SocketEntry> parseProcNetSockets(QByteArrayView text)
{
    QList<SocketEntry> entries;
    const QList<QByteArray> lines = text.toByteArray().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> f = line.simplified().split(' ');
        // sl local rem st tx:rx tr:when retrnsmt uid timeout inode ...
        if (f.size() < 10 || !f[0].endsWith(':'))
            continue;
        const qsizetype colon = f[1].indexOf(':');
        if (colon < 0)
            continue;
        const auto address = parseAddress(QByteArrayView(f[1]).first(colon));
        bool portOk = false, stateOk = false, uidOk = false, inodeOk = false;
        const uint port = f[1].mid(colon + 1).toUInt(&portOk, 16);
        SocketEntry e;
        e.state = f[3].toInt(&stateOk, 16);
        e.uid = f[7].toUInt(&uidOk);
        e.inode = f[9].toULongLong(&inodeOk);
        if (!address || !portOk || port > 65535 || !stateOk || !uidOk || !inodeOk)
            continue;
        e.address = *address;
        e.port = quint16(port);
        entries.append(e);
    }
    return entries;
}

std::optional<quint64> socketInode(QStringView link)
{
    if (!link.startsWith(u"socket:[") || !link.endsWith(u']'))
        return std::nullopt;
    bool ok = false;
    const quint64 inode = link.sliced(8, link.size() - 9).toULongLong(&ok);
    return ok ? std::optional(inode) : std::nullopt;
}

bool hasEffectiveCapability(QByteArrayView procStatus, int capability)
{
    const QList<QByteArray> lines = procStatus.toByteArray().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith("CapEff:"))
            continue;
        bool ok = false;
        const quint64 mask = line.mid(7).trimmed().toULongLong(&ok, 16);
        return ok && capability >= 0 && capability < 64 && (mask >> capability) & 1;
    }
    return false;
}

OwnerScan findSocketOwners(const QString &procRoot, const QSet<quint64> &inodes)
{
    OwnerScan scan;
    if (inodes.isEmpty())
        return scan;
    const QByteArray root = QFile::encodeName(procRoot);
    DIR *proc = ::opendir(root.constData());
    if (!proc) {
        scan.incomplete = true;
        return scan;
    }
    while (const dirent *entry = ::readdir(proc)) {
        char *end = nullptr;
        const long long pid = std::strtoll(entry->d_name, &end, 10);
        if (pid <= 0 || *end != '\0')
            continue;
        const QByteArray fdPath = root + '/' + entry->d_name + "/fd";
        DIR *fds = ::opendir(fdPath.constData());
        if (!fds) {
            if (errno == EACCES || errno == EPERM)
                scan.incomplete = true;
            continue; // or the process just ended
        }
        char target[64];
        while (const dirent *fd = ::readdir(fds)) {
            if (fd->d_name[0] == '.')
                continue;
            const ssize_t n = ::readlinkat(::dirfd(fds), fd->d_name, target, sizeof target - 1);
            if (n <= 8 || std::strncmp(target, "socket:[", 8) != 0)
                continue;
            const auto inode = socketInode(QString::fromLatin1(target, n));
            if (!inode || !inodes.contains(*inode) || scan.owners.contains(*inode))
                continue;
            QFile comm(QString::fromLocal8Bit(root + '/' + entry->d_name + "/comm"));
            const QString name = comm.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(comm.readAll()).trimmed() : QString();
            scan.owners.insert(*inode, { pid, name });
        }
        ::closedir(fds);
        if (scan.owners.size() == inodes.size())
            break;
    }
    ::closedir(proc);
    return scan;
}

} // namespace Crashcart::Netboot
