// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <array>

namespace Crashcart {

// A NIC's 48-bit unicast hardware address, the key of every host.
class MacAddress
{
public:
    MacAddress() = default;
    explicit MacAddress(const std::array<quint8, 6> &bytes) : m_bytes(bytes), m_valid(true) { }

    // Accepts aa:bb:cc:dd:ee:ff, AA-BB-CC-DD-EE-FF, aabb.ccdd.eeff and aabbccddeeff
    // (surrounding blanks ignored); refuses multicast and all-zero addresses.
    static Result<MacAddress> parse(QStringView text);

    bool isNull() const { return !m_valid; }
    const std::array<quint8, 6> &bytes() const { return m_bytes; }
    // Lower-case, colon-separated: the stored and displayed form.
    QString toString() const;

    friend bool operator==(const MacAddress &a, const MacAddress &b) = default;
    friend auto operator<=>(const MacAddress &a, const MacAddress &b) = default;

private:
    std::array<quint8, 6> m_bytes {};
    bool m_valid = false;
};

inline size_t qHash(const MacAddress &mac, size_t seed = 0)
{
    return qHashRange(mac.bytes().begin(), mac.bytes().end(), seed);
}

} // namespace Crashcart
