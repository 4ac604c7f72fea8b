// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/cpiowriter.h"

#include <cstring>

namespace Crashcart::Initrd {

namespace {
void hex8(char *p, quint64 value)
{
    static const char digits[] = "0123456789ABCDEF";
    const quint32 v = quint32(std::min<quint64>(value, 0xffffffffu));
    for (int i = 7; i >= 0; --i)
        p[7 - i] = digits[(v >> (4 * i)) & 0xf];
}
} // namespace

Result<void> CpioWriter::append(QByteArrayView bytes)
{
    m_written += bytes.size();
    if (m_buffer.size() + bytes.size() > bufferSize) {
        if (auto r = flush(); !r)
            return r;
        if (bytes.size() >= bufferSize)
            return m_encoder.write(bytes);
    }
    m_buffer.append(bytes);
    return {};
}

Result<void> CpioWriter::flush()
{
    if (m_buffer.isEmpty())
        return {};
    auto r = m_encoder.write(m_buffer);
    m_buffer.resize(0);
    return r;
}

Result<void> CpioWriter::pad()
{
    static const char zeros[4] = {};
    const qint64 n = (4 - (m_written & 3)) & 3;
    return n ? append(QByteArrayView(zeros, n)) : Result<void>();
}

Result<void> CpioWriter::header(const Entry &entry, quint32 inode, quint32 nlink, qint64 dataSize)
{
    const QByteArray name = entry.path.toUtf8();
    char h[110];
    std::memcpy(h, "070701", 6);
    const bool device = entry.type == EntryType::CharDevice || entry.type == EntryType::BlockDevice;
    const quint64 fields[13] = {
        inode,
        typeBits(entry.type) | (entry.mode & 07777),
        entry.uid,
        entry.gid,
        nlink,
        quint64(std::max<qint64>(entry.mtime, 0)),
        quint64(dataSize),
        0,
        0,
        device ? entry.devMajor : 0,
        device ? entry.devMinor : 0,
        quint64(name.size() + 1),
        0,
    };
    for (int i = 0; i < 13; ++i)
        hex8(h + 6 + 8 * i, fields[i]);
    if (auto r = append(QByteArrayView(h, sizeof h)); !r)
        return r;
    if (auto r = append(QByteArrayView(name.constData(), name.size() + 1)); !r)
        return r;
    return pad();
}

Result<void> CpioWriter::data(QByteArrayView chunk)
{
    return append(chunk);
}

Result<void> CpioWriter::endEntry()
{
    return pad();
}

Result<void> CpioWriter::trailer()
{
    Entry end;
    end.path = QStringLiteral("TRAILER!!!");
    end.type = EntryType::File;
    if (auto r = header(end, 0, 1, 0); !r)
        return r;
    return flush();
}

} // namespace Crashcart::Initrd
