// SPDX-License-Identifier: GPL-3.0-or-later
#include "macaddress.h"

#include <QCoreApplication>

namespace Crashcart {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::MacAddress)
};

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Reads |digits| hex digits (ASCII only: no full-width or other-script digits slip through).
bool readHex(QStringView text, quint64 *out)
{
    quint64 value = 0;
    for (QChar c : text) {
        const int v = hexValue(c);
        if (v < 0)
            return false;
        value = (value << 4) | quint64(v);
    }
    *out = value;
    return true;
}

Error invalid(QStringView text)
{
    return makeError("mac.syntax",
                     Tr::tr("'%1' is not a MAC address (expected aa:bb:cc:dd:ee:ff, "
                            "aa-bb-cc-dd-ee-ff, aabb.ccdd.eeff or aabbccddeeff)")
                         .arg(text.left(40).toString()));
}

} // namespace

Result<MacAddress> MacAddress::parse(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return makeError("mac.empty", Tr::tr("The MAC address is missing"));
    if (text.size() > 17)
        return invalid(text);

    quint64 value = 0;
    const qsizetype colons = text.count(u':');
    const qsizetype dashes = text.count(u'-');
    const qsizetype dots = text.count(u'.');
    if (colons == 5 || dashes == 5) {
        if (colons && dashes)
            return invalid(text);
        const QChar sep = colons ? u':' : u'-';
        const auto groups = text.split(sep);
        for (QStringView group : groups) {
            quint64 octet = 0;
            // One-digit groups are how some tools (arp on BSD, old switches) print them.
            if (group.isEmpty() || group.size() > 2 || !readHex(group, &octet))
                return invalid(text);
            value = (value << 8) | octet;
        }
    } else if (dots == 2 && colons == 0 && dashes == 0) {
        const auto groups = text.split(u'.');
        for (QStringView group : groups) {
            quint64 word = 0;
            if (group.size() != 4 || !readHex(group, &word))
                return invalid(text);
            value = (value << 16) | word;
        }
    } else if (colons == 0 && dashes == 0 && dots == 0 && text.size() == 12) {
        if (!readHex(text, &value))
            return invalid(text);
    } else {
        return invalid(text);
    }

    std::array<quint8, 6> bytes {};
    for (int i = 5; i >= 0; --i) {
        bytes[size_t(i)] = quint8(value & 0xff);
        value >>= 8;
    }
    MacAddress mac(bytes);
    if (bytes == std::array<quint8, 6> {})
        return makeError("mac.zero", Tr::tr("%1 is the all-zero address, not a NIC's").arg(mac.toString()));
    if (bytes[0] & 0x01)
        return makeError("mac.multicast",
                         Tr::tr("%1 is a multicast or broadcast address, not a NIC's").arg(mac.toString()));
    return mac;
}

QString MacAddress::toString() const
{
    if (!m_valid)
        return {};
    static const char digits[] = "0123456789abcdef";
    QString out(17, u':');
    for (int i = 0; i < 6; ++i) {
        out[i * 3] = QLatin1Char(digits[m_bytes[size_t(i)] >> 4]);
        out[i * 3 + 1] = QLatin1Char(digits[m_bytes[size_t(i)] & 0xf]);
    }
    return out;
}

} // namespace Crashcart
