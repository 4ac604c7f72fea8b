// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// For tests that measure the peak memory of a process they start.

#include <QByteArray>
#include <QtGlobal>

// AddressSanitizer keeps freed blocks aside (256 MiB by default) to catch their use after free:
// memory of its own that a measured peak would carry. In a sanitizer build, the processes this
// test starts from here on get a quarantine of 16 MiB, so that what is measured is what the
// program holds (its red zones around each block still count: ceilings stay generous).
inline void keepSanitizerQuarantineSmall()
{
#ifdef CRASHCART_SANITIZED
    QByteArray asan = qgetenv("ASAN_OPTIONS");
    if (!asan.isEmpty())
        asan.append(':');
    asan.append("quarantine_size_mb=16");
    qputenv("ASAN_OPTIONS", asan);
#endif
}
