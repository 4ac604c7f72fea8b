// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/macaddress.h"

#include <QByteArrayView>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>

namespace Crashcart::Netboot {

// IPv4 address -> MAC from the kernel's neighbour table as /proc/net/arp shows it.
// Incomplete entries (all-zero MAC) are left out.
QHash<quint32, MacAddress> parseArpTable(QByteArrayView text);

// TFTP and plain HTTP carry no MAC: the kernel learnt it when the client talked to us.
// Re-reads the table on a miss, at most once a second. One thread only.
class NeighbourCache
{
public:
    explicit NeighbourCache(QString arpFile = QStringLiteral("/proc/net/arp")) : m_file(std::move(arpFile)) { }
    MacAddress lookup(const QHostAddress &address);

private:
    QString m_file;
    QHash<quint32, MacAddress> m_table;
    QElapsedTimer m_lastRead;
};

} // namespace Crashcart::Netboot
