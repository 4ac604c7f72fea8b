// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprange.h"

#include <optional>

namespace Crashcart::Netboot::Http {

namespace {

std::optional<qint64> digits(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 v = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

} // namespace

RangeDecision decideRange(QByteArrayView header, qint64 size)
{
    RangeDecision whole { RangeDecision::Whole, 0, size - 1 };
    QByteArrayView h = header.trimmed();
    if (!h.startsWith("bytes="))
        return whole;
    h = h.sliced(6).trimmed();
    if (h.contains(','))
        return whole;
    const qsizetype dash = h.indexOf('-');
    if (dash < 0)
        return whole;
    const QByteArrayView a = h.first(dash).trimmed();
    const QByteArrayView b = h.sliced(dash + 1).trimmed();
    RangeDecision d { RangeDecision::Partial, 0, 0 };
    if (a.isEmpty()) { // suffix: the last n bytes
        const auto n = digits(b);
        if (!n)
            return whole;
        if (*n == 0 || size == 0)
            return { RangeDecision::Unsatisfiable, 0, -1 };
        d.first = std::max<qint64>(0, size - *n);
        d.last = size - 1;
        return d;
    }
    const auto first = digits(a);
    if (!first)
        return whole;
    std::optional<qint64> last;
    if (!b.isEmpty()) {
        last = digits(b);
        if (!last || *last < *first)
            return whole;
    }
    if (*first >= size)
        return { RangeDecision::Unsatisfiable, 0, -1 };
    d.first = *first;
    d.last = last ? std::min(*last, size - 1) : size - 1;
    return d;
}

} // namespace Crashcart::Netboot::Http
