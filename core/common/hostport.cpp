// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostport.h"

#include "hostname.h"
#include "ipaddress.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Crashcart {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::HostPort)
};

Error bad(const QString &text, const QString &why)
{
    return makeError("hostport", Tr::tr("'%1': %2").arg(text.left(80), why));
}

} // namespace

Result<HostPort> HostPort::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return bad(text, Tr::tr("empty"));
    QString host = trimmed;
    QString port;
    if (trimmed.startsWith(QLatin1Char('['))) {
        const qsizetype close = trimmed.indexOf(QLatin1Char(']'));
        if (close < 0)
            return bad(text, Tr::tr("'[' without ']'"));
        host = trimmed.mid(1, close - 1);
        const QString rest = trimmed.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return bad(text, Tr::tr("expected ':port' after ']'"));
            port = rest.mid(1);
        }
        QHostAddress address;
        if (!address.setAddress(host) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return bad(text, Tr::tr("'%1' between brackets is not an IPv6 address").arg(host.left(60)));
    } else if (trimmed.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
        host = trimmed.left(colon);
        port = trimmed.mid(colon + 1);
    }
    HostPort out;
    if (!port.isNull()) {
        bool ok = false;
        const uint value = port.toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return bad(text, Tr::tr("'%1' is not a port (1-65535)").arg(port.left(20)));
        out.port = quint16(value);
    }
    if (const QHostAddress address(host); !address.isNull() && address.isLoopback()) {
        out.host = address.toString();
        return out;
    }
    if (auto address = IpAddress::normalize(host)) {
        out.host = *address;
        return out;
    }
    auto name = Hostname::normalize(host);
    if (!name)
        return bad(text, Tr::tr("'%1' is neither an IP address nor a host name").arg(host.left(60)));
    out.host = *name;
    return out;
}

QString HostPort::toString() const
{
    const bool v6 = host.contains(QLatin1Char(':'));
    if (!port)
        return host;
    return (v6 ? QLatin1Char('[') + host + QLatin1Char(']') : host) + QLatin1Char(':') + QString::number(port);
}

} // namespace Crashcart
