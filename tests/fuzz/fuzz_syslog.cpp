// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: syslog datagrams as the server receives them, then Anaconda's progress
// matcher on the text that parsed and on the raw bytes read as UTF-8.
#include "netboot/syslog/anacondaprogress.h"
#include "netboot/syslog/syslogmessage.h"

using namespace Crashcart::Netboot::Syslog;

namespace {

void checkProgress(const QString &line)
{
    const auto progress = anacondaProgress(line);
    if (progress && (progress->stage.isEmpty() || (progress->percent && (*progress->percent < 0 || *progress->percent > 100))))
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkProgress(QString::fromUtf8(bytes));
    const QDateTime now(QDate(2026, 12, 10), QTime(12, 0), Qt::UTC);
    const auto message = parseSyslog(bytes, now);
    if (!message)
        return 0;
    // What parsed keeps the codec's promises: ranges, a bounded text, no control characters.
    if (message->facility < 0 || message->facility > 23 || message->severity < 0 || message->severity > 7
        || message->text.size() > kMaxText)
        __builtin_trap();
    for (const QChar c : message->text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            __builtin_trap();
    }
    checkProgress(message->text);
    return 0;
}
