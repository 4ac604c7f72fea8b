// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/cpioreader.h"

#include <QCoreApplication>

namespace Crashcart::Initrd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Initrd::Image)
};

constexpr qint64 headerSize = 110;
constexpr qint64 maxName = 4096; // the kernel's PATH_MAX
constexpr qint64 maxLinkTarget = 4096;

bool parseHex(const char *p, quint32 *value)
{
    quint32 v = 0;
    for (int i = 0; i < 8; ++i) {
        const char c = p[i];
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return false;
        v = (v << 4) | quint32(digit);
    }
    *value = v;
    return true;
}

std::optional<EntryType> typeFromMode(quint32 mode)
{
    switch (mode & 0170000) {
    case 0100000:
        return EntryType::File;
    case 0040000:
        return EntryType::Directory;
    case 0120000:
        return EntryType::Symlink;
    case 0020000:
        return EntryType::CharDevice;
    case 0060000:
        return EntryType::BlockDevice;
    case 0010000:
        return EntryType::Fifo;
    case 0140000:
        return EntryType::Socket;
    default:
        return std::nullopt;
    }
}
} // namespace

Result<CpioRecord> CpioReader::next()
{
    if (auto magic = checkMagic(); !magic)
        return magic.error();
    auto header = readHeader();
    if (!header)
        return header.error();
    auto name = readName(header->nameSize);
    if (!name)
        return name.error();
    if (*name == "TRAILER!!!")
        return skipTrailer(header->record, header->nameSize);
    return readEntry(*header, QString::fromUtf8(*name));
}

Result<void> CpioReader::checkMagic()
{
    auto magic = m_stream.need(6);
    if (!magic)
        return magic.error();
    const char *h = magic->data();
    if (h[0] == '0' && h[1] == '7' && h[2] == '0' && h[3] == '7' && h[4] == '0' && (h[5] == '1' || h[5] == '2'))
        return {};
    const QString other = unsupportedFormatName(magic->first(std::min<qsizetype>(magic->size(), 8)));
    if (!other.isEmpty())
        return m_stream.located("initrd.unsupported",
                                Tr::tr("%1 archives are not supported (the kernel reads only newc)").arg(other));
    return m_stream.located("initrd.magic", Tr::tr("no cpio header here (wrong magic)"));
}

Result<CpioReader::Header> CpioReader::readHeader()
{
    auto head = m_stream.need(headerSize);
    if (!head)
        return head.error();
    const char *h = head->data();
    quint32 f[13];
    for (int i = 0; i < 13; ++i) {
        if (!parseHex(h + 6 + 8 * i, &f[i]))
            return m_stream.located("initrd.header", Tr::tr("the cpio header has a field that is not hexadecimal"));
    }
    Header header;
    CpioRecord &record = header.record;
    record.crcFormat = h[5] == '2';
    record.entry.headerOffset = m_stream.position();
    record.entry.inode = f[0];
    header.mode = f[1];
    record.entry.uid = f[2];
    record.entry.gid = f[3];
    record.entry.nlink = f[4];
    record.entry.mtime = f[5];
    record.storedSize = f[6];
    record.fsMajor = f[7];
    record.fsMinor = f[8];
    record.entry.devMajor = f[9];
    record.entry.devMinor = f[10];
    header.nameSize = f[11];
    if (header.nameSize == 0 || header.nameSize > maxName)
        return m_stream.located("initrd.header", Tr::tr("the cpio header gives a name size of %1 bytes").arg(header.nameSize));
    return header;
}

// The name after the header, without its terminating NUL; the stream stays at the header.
Result<QByteArray> CpioReader::readName(qint64 nameSize)
{
    auto named = m_stream.need(headerSize + nameSize);
    if (!named)
        return named.error();
    const QByteArrayView rawName = named->sliced(headerSize, nameSize);
    if (rawName.back() != '\0' || rawName.first(nameSize - 1).contains('\0'))
        return m_stream.located("initrd.header", Tr::tr("the cpio name is not terminated where its size says"));
    return rawName.first(nameSize - 1).toByteArray();
}

Result<CpioRecord> CpioReader::skipTrailer(CpioRecord record, qint64 nameSize)
{
    record.trailer = true;
    m_stream.consume(headerSize + nameSize);
    if (auto r = m_stream.skip(padding(m_stream.position()) + record.storedSize); !r)
        return r.error();
    if (auto r = m_stream.skip(padding(m_stream.position())); !r)
        return r.error();
    return record;
}

Result<CpioRecord> CpioReader::readEntry(Header header, const QString &name)
{
    CpioRecord &record = header.record;
    auto path = normalizePath(name);
    if (!path)
        return m_stream.located(path.error());
    record.entry.path = *path;
    const auto type = typeFromMode(header.mode);
    if (!type)
        return m_stream.located("initrd.header",
                                Tr::tr("\"%1\" has an unknown file type (mode %2)").arg(name).arg(header.mode, 0, 8));
    record.entry.type = *type;
    record.entry.mode = header.mode & 07777;
    if (*type != EntryType::CharDevice && *type != EntryType::BlockDevice)
        record.entry.devMajor = record.entry.devMinor = 0;
    m_stream.consume(headerSize + header.nameSize);
    if (auto r = m_stream.skip(padding(m_stream.position())); !r)
        return r.error();
    record.dataOffset = m_stream.position();
    record.entry.size = record.storedSize;
    if (*type == EntryType::Symlink) {
        if (auto r = readLinkTarget(record, name); !r)
            return r.error();
    }
    return record;
}

Result<void> CpioReader::readLinkTarget(CpioRecord &record, const QString &name)
{
    if (record.storedSize == 0 || record.storedSize > maxLinkTarget)
        return m_stream.located("initrd.header",
                                Tr::tr("the symlink \"%1\" has a target of %2 bytes").arg(name).arg(record.storedSize));
    auto target = m_stream.need(record.storedSize);
    if (!target)
        return target.error();
    record.entry.linkTarget = QString::fromUtf8(target->first(record.storedSize));
    if (record.entry.linkTarget.contains(QChar(0)))
        return m_stream.located("initrd.header", Tr::tr("the symlink \"%1\" has a NUL byte in its target").arg(name));
    return {};
}

Result<void> CpioReader::finishData(const CpioRecord &record, const std::function<Result<void>(QByteArrayView)> &observe)
{
    const qint64 left = record.dataOffset + record.storedSize - m_stream.position();
    if (auto r = m_stream.skip(left, observe); !r)
        return r;
    return m_stream.skip(padding(m_stream.position()));
}

Result<bool> CpioReader::skipPaddingToNextArchive()
{
    for (;;) {
        auto avail = m_stream.some();
        if (!avail)
            return avail.error();
        if (avail->isEmpty())
            return false;
        qsizetype zeros = 0;
        while (zeros < avail->size() && (*avail)[zeros] == '\0')
            ++zeros;
        m_stream.consume(zeros);
        if (zeros < avail->size()) {
            if ((*avail)[zeros] != '0')
                return m_stream.located("initrd.magic", Tr::tr("junk after the last cpio archive of the segment"));
            beginArchive();
            return true;
        }
    }
}

} // namespace Crashcart::Initrd
