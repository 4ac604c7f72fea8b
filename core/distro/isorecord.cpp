// SPDX-License-Identifier: GPL-3.0-or-later
#include "isorecord.h"

#include <QtEndian>

#include <cdio/iso9660.h>

#include <cstddef>
#include <sys/stat.h>

namespace Crashcart::Distro::Iso {

// The layout libiso9660 declares is the one parsed here by offset.
static_assert(offsetof(iso9660_dir_t, extent) == 2);
static_assert(offsetof(iso9660_dir_t, size) == 10);
static_assert(offsetof(iso9660_dir_t, recording_time) == 18);
static_assert(offsetof(iso9660_dir_t, file_flags) == 25);
static_assert(offsetof(iso9660_dir_t, filename) == 32);
static_assert(sizeof(iso9660_dtime_t) == 7 && sizeof(iso9660_ltime_t) == 17);

namespace {

const uchar *bytesOf(QByteArrayView bytes)
{
    return reinterpret_cast<const uchar *>(bytes.data());
}

QDateTime makeTime(int year, int month, int day, int hour, int minute, int second, qint8 quarters)
{
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid() || quarters < -48 || quarters > 52)
        return {};
    return QDateTime(date, time, Qt::OffsetFromUTC, quarters * 15 * 60).toUTC();
}

int digits(QByteArrayView bytes, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        if (bytes[i] < '0' || bytes[i] > '9')
            return -1;
        value = value * 10 + (bytes[i] - '0');
    }
    return value;
}

// TF (RRIP 4.1.6): the stamps present, in bit order, each short or long form.
void parseTimes(QByteArrayView data, RockRidge &rr)
{
    if (data.isEmpty())
        return;
    const quint8 flags = quint8(data[0]);
    const qsizetype width = (flags & ISO_ROCK_TF_LONG_FORM) ? 17 : 7;
    qsizetype at = 1;
    if (flags & ISO_ROCK_TF_CREATE)
        at += width;
    if (!(flags & ISO_ROCK_TF_MODIFY) || at + width > data.size())
        return;
    const QByteArrayView stamp = data.sliced(at, width);
    rr.modified = width == 17 ? longTime(stamp) : shortTime(stamp);
}

void parseEntry(QByteArrayView sig, QByteArrayView data, RockRidge &rr, bool &nameContinues)
{
    if (sig == "SP" && data.size() >= 3 && quint8(data[0]) == 0xBE && quint8(data[1]) == 0xEF) {
        rr.skip = quint8(data[2]);
    } else if (sig == "NM" && !data.isEmpty()) {
        if (!nameContinues)
            rr.name.clear();
        const quint8 flags = quint8(data[0]);
        if (flags & ISO_ROCK_NM_CURRENT)
            rr.name += u'.';
        else if (flags & ISO_ROCK_NM_PARENT)
            rr.name += u"..";
        else
            rr.name += QString::fromUtf8(data.sliced(1));
        rr.hasName = rr.present = true;
        nameContinues = flags & ISO_ROCK_NM_CONTINUE;
    } else if (sig == "PX" && data.size() >= 8) {
        const auto mode = both32(data.first(8));
        rr.present = true;
        if (mode && S_ISLNK(*mode))
            rr.symlink = true;
        else if (mode && !S_ISREG(*mode) && !S_ISDIR(*mode))
            rr.special = true;
    } else if (sig == "TF") {
        rr.present = true;
        parseTimes(data, rr);
    } else if (sig == "SL") {
        rr.present = rr.symlink = true;
    } else if (sig == "RE") {
        rr.present = rr.relocated = true;
    } else if (sig == "CL") {
        rr.present = rr.childLink = true;
    } else if (sig == "CE" && data.size() >= 24) {
        const auto block = both32(data.sliced(0, 8));
        const auto offset = both32(data.sliced(8, 8));
        const auto length = both32(data.sliced(16, 8));
        if (block && offset && length)
            rr.continuation = Continuation { *block, *offset, *length };
    }
}

} // namespace

std::optional<quint32> both32(QByteArrayView bytes)
{
    const quint32 little = qFromLittleEndian<quint32>(bytesOf(bytes));
    if (little != qFromBigEndian<quint32>(bytesOf(bytes) + 4))
        return std::nullopt;
    return little;
}

std::optional<quint16> both16(QByteArrayView bytes)
{
    const quint16 little = qFromLittleEndian<quint16>(bytesOf(bytes));
    if (little != qFromBigEndian<quint16>(bytesOf(bytes) + 2))
        return std::nullopt;
    return little;
}

QDateTime shortTime(QByteArrayView bytes)
{
    const uchar *b = bytesOf(bytes);
    return makeTime(1900 + b[0], b[1], b[2], b[3], b[4], b[5], qint8(b[6]));
}

QDateTime longTime(QByteArrayView bytes)
{
    const int year = digits(bytes, 0, 4);
    if (year <= 0)
        return {};
    return makeTime(year, digits(bytes, 4, 2), digits(bytes, 6, 2), digits(bytes, 8, 2),
                    digits(bytes, 10, 2), digits(bytes, 12, 2), qint8(bytes[16]));
}

std::optional<QString> parseRecord(QByteArrayView bytes, Record &record)
{
    if (bytes.size() < kMinRecord)
        return QStringLiteral("a directory record crosses the end of its block");
    const int length = quint8(bytes[0]);
    const int nameLength = quint8(bytes[32]);
    if (length < kMinRecord || length > bytes.size() || 33 + nameLength > length || nameLength == 0)
        return QStringLiteral("a directory record has an impossible length");
    const auto extent = both32(bytes.sliced(2, 8));
    const auto size = both32(bytes.sliced(10, 8));
    if (!extent || !size)
        return QStringLiteral("a directory record's two byte orders disagree");
    if (bytes[26] != 0 || bytes[27] != 0)
        return QStringLiteral("an interleaved file is not supported");
    record.length = length;
    record.extent = *extent + quint8(bytes[1]); // data follows the extended attribute record
    record.size = *size;
    record.flags = quint8(bytes[25]);
    record.name = bytes.sliced(33, nameLength).toByteArray();
    record.recorded = shortTime(bytes.sliced(18, 7));
    const int suStart = 33 + nameLength + (nameLength % 2 == 0 ? 1 : 0);
    record.systemUse = suStart < length ? bytes.sliced(suStart, length - suStart) : QByteArrayView();
    return std::nullopt;
}

bool parseSystemUse(QByteArrayView area, RockRidge &rr)
{
    bool nameContinues = false;
    qsizetype at = 0;
    while (at + 4 <= area.size()) {
        const QByteArrayView sig = area.sliced(at, 2);
        const int length = quint8(area[at + 2]);
        if (length < 4 || at + length > area.size())
            return false;
        if (sig == "ST")
            return true;
        parseEntry(sig, area.sliced(at + 4, length - 4), rr, nameContinues);
        at += length;
    }
    return true;
}

} // namespace Crashcart::Distro::Iso
