// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipaddress.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Crashcart::IpAddress {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::IpAddress)
};

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

Error bad(QStringView text, const QString &why)
{
    return makeError("ip.syntax", Tr::tr("'%1' is not a usable IP address: %2").arg(text.left(60).toString(), why));
}

} // namespace

bool looksLikeIpv4(QStringView text)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (QStringView p : parts) {
        if (p.isEmpty() || p.size() > 3)
            return false;
        for (QChar c : p) {
            if (!isAsciiDigit(c))
                return false;
        }
    }
    return true;
}

Result<QString> normalize(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return makeError("ip.empty", Tr::tr("The IP address is empty"));
    if (text.size() > 45)
        return bad(text, Tr::tr("too long"));

    QHostAddress address;
    if (text.contains(u':')) {
        if (text.contains(u'%'))
            return bad(text, Tr::tr("a scope (%) belongs to an interface, not to a host"));
        for (QChar c : text) {
            if (!(isAsciiDigit(c) || (c.toLower() >= u'a' && c.toLower() <= u'f') || c == u':' || c == u'.'))
                return bad(text, Tr::tr("unexpected character"));
        }
        if (!address.setAddress(text.toString()) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return bad(text, Tr::tr("not an IPv6 address"));
    } else {
        if (!looksLikeIpv4(text))
            return bad(text, Tr::tr("expected four numbers separated by dots"));
        for (QStringView part : text.split(u'.')) {
            if (part.size() > 1 && part.startsWith(u'0'))
                return bad(text, Tr::tr("leading zeros are ambiguous (octal or decimal?)"));
            if (part.toInt() > 255)
                return bad(text, Tr::tr("each number must be 0 to 255"));
        }
        address.setAddress(text.toString());
    }

    if (address.isLoopback())
        return bad(text, Tr::tr("it is a loopback address"));
    if (address.isNull() || address == QHostAddress(QHostAddress::AnyIPv4) || address == QHostAddress(QHostAddress::AnyIPv6))
        return bad(text, Tr::tr("it is the unspecified address"));
    if (address.isMulticast() || address.isBroadcast())
        return bad(text, Tr::tr("it is a multicast or broadcast address"));
    return address.toString();
}

} // namespace Crashcart::IpAddress
