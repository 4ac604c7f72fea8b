// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace Crashcart::Netboot::Http {

// The answer to a Range header (RFC 9110 section 14) for a resource of a given size.
struct RangeDecision
{
    enum Kind {
        Whole,         // no usable Range: 200 with everything
        Partial,       // 206 with [first, last]
        Unsatisfiable, // 416
    };
    Kind kind = Whole;
    qint64 first = 0;
    qint64 last = -1; // inclusive
    qint64 length() const { return last - first + 1; }
};

// One byte range ("bytes=a-b", "bytes=a-", "bytes=-n") is honoured. A header with several
// ranges, another unit or a syntax error is ignored, as the RFC allows: the client gets the
// whole resource. A range starting past the end is unsatisfiable.
RangeDecision decideRange(QByteArrayView header, qint64 size);

} // namespace Crashcart::Netboot::Http
