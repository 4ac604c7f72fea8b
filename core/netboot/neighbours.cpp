// SPDX-License-Identifier: GPL-3.0-or-later
#include "neighbours.h"

#include <QFile>

namespace Crashcart::Netboot {

QHash<quint32, MacAddress> parseArpTable(QByteArrayView text)
{
    QHash<quint32, MacAddress> table;
    const QList<QByteArray> lines = text.toByteArray().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // the first line is the header
        const QList<QByteArray> fields = lines[i].simplified().split(' ');
        if (fields.size() < 4)
            continue;
        QHostAddress ip;
        if (!ip.setAddress(QString::fromLatin1(fields[0])) || ip.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        const auto mac = MacAddress::parse(QString::fromLatin1(fields[3]));
        if (mac)
            table.insert(ip.toIPv4Address(), *mac);
    }
    return table;
}

MacAddress NeighbourCache::lookup(const QHostAddress &address)
{
    bool v4 = false;
    const quint32 ip = address.toIPv4Address(&v4);
    if (!v4 || address.isLoopback())
        return {};
    if (const auto it = m_table.constFind(ip); it != m_table.constEnd())
        return *it;
    if (m_lastRead.isValid() && m_lastRead.elapsed() < 1000)
        return {};
    m_lastRead.start();
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    m_table = parseArpTable(file.readAll());
    return m_table.value(ip);
}

} // namespace Crashcart::Netboot
