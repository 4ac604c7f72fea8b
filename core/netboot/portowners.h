// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Crashcart::Netboot {

// One line of /proc/net/{udp,udp6,tcp,tcp6}.
struct SocketEntry
{
    QHostAddress address;
    quint16 port = 0;
    int state = 0;   // TCP_LISTEN is 0x0A; UDP sockets are 0x07 (unconnected) or 0x01
    uint uid = 0;
    quint64 inode = 0;
};
constexpr int TcpListen = 0x0A;

// Malformed lines are skipped.
QList<SocketEntry> parseProcNetSockets(QByteArrayView text);
// "socket:[12345]" -> 12345
std::optional<quint64> socketInode(QStringView link);
// Whether the effective capability set in /proc/<pid>/status text holds |capability|.
bool hasEffectiveCapability(QByteArrayView procStatus, int capability);
constexpr int CapNetBindService = 10;
constexpr int CapNetRaw = 13;

struct ProcessRef
{
    qint64 pid = 0;
    QString name; // /proc/<pid>/comm
};

struct OwnerScan
{
    QHash<quint64, ProcessRef> owners; // socket inode -> process
    bool incomplete = false;           // some processes' descriptors could not be read
};

// Which processes hold the sockets |inodes|, from the symlinks in <procRoot>/<pid>/fd.
// A process whose fd folder is unreadable (another user's, without privilege) makes the
// scan incomplete rather than failing it.
OwnerScan findSocketOwners(const QString &procRoot, const QSet<quint64> &inodes);

} // namespace Crashcart::Netboot
