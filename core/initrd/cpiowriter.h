// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: writes newc ("070701") records into an encoder. Any owner, mode, device number
// and link count can be written without privileges: they are only numbers in a header.

#include "initrd/codec.h"
#include "initrd/entry.h"

#include <QByteArray>

namespace Crashcart::Initrd {

class CpioWriter
{
public:
    explicit CpioWriter(Codec::Encoder &encoder) : m_encoder(encoder) { m_buffer.reserve(bufferSize + 8192); }

    Result<void> header(const Entry &entry, quint32 inode, quint32 nlink, qint64 dataSize);
    Result<void> data(QByteArrayView chunk);
    Result<void> endEntry(); // the padding after the data
    Result<void> trailer(); // TRAILER!!!, padded to 4 bytes
    Result<void> flush();
    qint64 written() const { return m_written; }

private:
    static constexpr qsizetype bufferSize = 256 * 1024;
    Result<void> append(QByteArrayView bytes);
    Result<void> pad();

    Codec::Encoder &m_encoder;
    QByteArray m_buffer;
    qint64 m_written = 0;
};

} // namespace Crashcart::Initrd
