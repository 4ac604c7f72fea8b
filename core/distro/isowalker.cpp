// SPDX-License-Identifier: GPL-3.0-or-later
#include "isowalker.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QtEndian>

#include <cdio/iso9660.h>

#include <cerrno>
#include <unistd.h>

namespace Crashcart::Distro::Iso {

Q_LOGGING_CATEGORY(lcWalker, "crashcart.distro.isowalker", QtInfoMsg)

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Distro::IsoImage)
};

constexpr qint64 kChunk = 32 * kBlock;
constexpr int kMaxContinuations = 16;

QString jolietName(QByteArrayView raw)
{
    QString name(raw.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < name.size(); ++i)
        name[i] = QChar(qFromBigEndian<quint16>(raw.data() + 2 * i));
    return name;
}

// "NAME.EXT;1" -> "NAME.EXT", "DIR." -> "DIR", case kept (libiso9660 lowercases at level 0).
QString isoName(const QByteArray &raw)
{
    QByteArray out(raw.size() + 1, '\0');
    const int n = iso9660_name_translate_ext(raw.constData(), out.data(), 1);
    return QString::fromLatin1(out.constData(), qMax(0, n));
}

QString dropVersion(QString name)
{
    const qsizetype semicolon = name.lastIndexOf(u';');
    if (semicolon >= 0) {
        bool number = false;
        name.mid(semicolon + 1).toUInt(&number);
        if (number)
            name.truncate(semicolon);
    }
    return name;
}

// Control characters shown as \xNN in messages.
QString printable(const QString &name)
{
    QString out;
    for (QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

bool validName(const QString &name)
{
    if (name.isEmpty() || name == u"." || name == u"..")
        return false;
    for (QChar c : name) {
        if (c == u'/' || c == u'\\' || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    return true;
}

} // namespace

Walker::Walker(int fd, qint64 imageSize, QString imagePath)
    : m_fd(fd), m_imageSize(imageSize), m_imagePath(std::move(imagePath))
{
}

bool readFully(int fd, qint64 offset, char *into, qint64 length)
{
    qint64 done = 0;
    while (done < length) {
        const ssize_t n = ::pread(fd, into + done, size_t(length - done), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

bool Walker::readAt(qint64 offset, char *into, qint64 length) const
{
    if (offset < 0 || length < 0 || offset > m_imageSize || length > m_imageSize - offset)
        return false;
    return readFully(m_fd, offset, into, length);
}

Error Walker::hostile(const QString &isoPath, const QString &why) const
{
    return makeError("iso.hostile", Tr::tr("The disc image %1 is damaged or crafted: %2 (at %3)")
                                        .arg(m_imagePath, why, isoPath));
}

QString Walker::childPath(const QString &name) const
{
    const QString &parent = m_tree.entries.at(m_current).path;
    if (parent == u"/")
        return u'/' + name;
    return parent + u'/' + name;
}

std::optional<int> Walker::rockRidgeSkip(const Record &root)
{
    QByteArray block(kBlock, '\0');
    Record self;
    if (!readAt(qint64(root.extent) * kBlock, block.data(), kBlock) || parseRecord(block, self))
        return std::nullopt;
    RockRidge rr;
    parseSystemUse(self.systemUse, rr);
    m_skip = qMax(0, rr.skip);
    readRockRidge(self, rr); // the RRIP fields may sit in a continuation area
    if (rr.skip < 0 || !rr.present)
        return std::nullopt;
    return rr.skip;
}

void Walker::readRockRidge(const Record &record, RockRidge &rr) const
{
    if (m_skip < record.systemUse.size())
        parseSystemUse(record.systemUse.sliced(m_skip), rr);
    QByteArray area;
    for (int hops = 0; rr.continuation && hops < kMaxContinuations; ++hops) {
        if (++m_continuations > kMaxEntries)
            return; // bounds the time a crafted image can take; the names stay ISO 9660's
        const Continuation ce = *rr.continuation;
        rr.continuation.reset();
        if (ce.offset >= kBlock || ce.length > kBlock - ce.offset)
            return;
        area.resize(ce.length);
        if (!readAt(qint64(ce.block) * kBlock + ce.offset, area.data(), ce.length))
            return;
        parseSystemUse(area, rr);
    }
}

Result<Tree> Walker::walk(const Record &root, Names names, int suspSkip)
{
    m_names = names;
    m_skip = suspSkip;
    if (const auto why = checkExtent(root, true))
        return hostile(QStringLiteral("/"), *why);
    IsoEntry entry { QStringLiteral("/"), true, root.size, root.recorded,
                     { IsoExtent { qint64(root.extent) * kBlock, root.size } } };
    m_tree.entries.append(entry);
    m_tree.children.append({ 0, 0 });
    m_tree.index.insert(entry.path, 0);
    m_depth.append(0);
    m_visited.insert(root.extent);
    for (qsizetype i = 0; i < m_tree.entries.size(); ++i) {
        if (!m_tree.entries.at(i).directory)
            continue;
        if (auto ok = readDirectory(i); !ok)
            return ok.error();
    }
    return std::move(m_tree);
}

Result<void> Walker::readDirectory(qsizetype index)
{
    m_current = index;
    const IsoExtent extent = m_tree.entries.at(index).extents.constFirst();
    m_directoryBytes += extent.length;
    if (m_directoryBytes > kMaxDirectoryBytes)
        return hostile(m_tree.entries.at(index).path, Tr::tr("the folders hold more than 1 GiB of records"));
    m_tree.children[index].first = m_tree.entries.size();
    QByteArray chunk;
    for (qint64 done = 0; done < extent.length; done += kChunk) {
        const qint64 want = qMin(kChunk, extent.length - done);
        chunk.resize(want);
        if (!readAt(extent.offset + done, chunk.data(), want))
            return hostile(m_tree.entries.at(index).path, Tr::tr("a folder cannot be read"));
        for (qint64 at = 0; at < want; at += kBlock) {
            if (auto ok = readBlock(QByteArrayView(chunk).sliced(at, qMin(kBlock, want - at))); !ok)
                return ok;
        }
    }
    if (m_pending)
        return hostile(childPath(isoName(m_pending->first.name)), Tr::tr("a multi-extent file has no last part"));
    m_tree.children[index].second = m_tree.entries.size() - m_tree.children[index].first;
    return {};
}

Result<void> Walker::readBlock(QByteArrayView block)
{
    qsizetype at = 0;
    while (at < block.size() && block[at] != 0) { // a zero length pads to the block's end
        Record record;
        if (const auto why = parseRecord(block.sliced(at), record))
            return hostile(m_tree.entries.at(m_current).path, Tr::tr("invalid folder record (%1)").arg(*why));
        at += record.length;
        if (++m_records > kMaxEntries)
            return hostile(m_tree.entries.at(m_current).path, Tr::tr("more than 1,000,000 entries"));
        if (record.isSelfOrParent() || record.isAssociated())
            continue;
        if (auto ok = addRecord(record); !ok)
            return ok;
    }
    return {};
}

Result<QString> Walker::entryName(const Record &record, const RockRidge &rr) const
{
    QString name;
    if (m_names == Names::RockRidge && rr.hasName)
        name = rr.name;
    else if (m_names == Names::Joliet)
        name = dropVersion(jolietName(record.name));
    else if (std::any_of(record.name.cbegin(), record.name.cend(), [](char c) { return uchar(c) < 0x20; }))
        name.clear(); // refused below, before libiso9660 would cut it at a NUL
    else
        name = isoName(record.name);
    if (!validName(name)) {
        const QString shown = name.isEmpty() ? QString::fromLatin1(record.name) : name;
        return hostile(childPath(printable(shown)), Tr::tr("a name is empty, \".\" or \"..\", or holds '/', '\\' or a control character"));
    }
    return name;
}

std::optional<QString> Walker::checkExtent(const Record &record, bool directory) const
{
    const qint64 start = qint64(record.extent) * kBlock;
    if (record.size > 0 && (start >= m_imageSize || qint64(record.size) > m_imageSize - start))
        return Tr::tr("its data lies past the end of the image");
    if (directory && record.size == 0)
        return Tr::tr("a folder has no records");
    return std::nullopt;
}

Result<void> Walker::addRecord(const Record &record)
{
    RockRidge rr;
    if (m_names == Names::RockRidge)
        readRockRidge(record, rr);
    if (rr.symlink || rr.special || rr.relocated || rr.childLink) {
        qCDebug(lcWalker) << "skipping a symlink, device or relocated folder in" << m_tree.entries.at(m_current).path;
        return {};
    }
    const auto name = entryName(record, rr);
    if (!name)
        return name.error();
    const QString path = childPath(*name);
    if (const auto why = checkExtent(record, record.isDirectory()))
        return hostile(path, *why);
    const IsoExtent extent { qint64(record.extent) * kBlock, record.size };
    if (m_pending) {
        if (m_pending->first.name != record.name || record.isDirectory())
            return hostile(path, Tr::tr("a multi-extent file is followed by another name"));
        m_pending->second.extents.append(extent);
        m_pending->second.size += record.size;
    } else {
        const QDateTime modified = rr.modified.isValid() ? rr.modified : record.recorded;
        m_pending.emplace(record, IsoEntry { path, record.isDirectory(), record.size, modified, { extent } });
    }
    if (record.isMultiExtent()) {
        if (record.isDirectory() || record.size % kBlock != 0 || record.size == 0)
            return hostile(path, Tr::tr("a part of a multi-extent file is not whole blocks"));
        return {};
    }
    auto [first, entry] = std::move(*m_pending);
    m_pending.reset();
    return addEntry(first, std::move(entry));
}

Result<void> Walker::addEntry(const Record &first, IsoEntry entry)
{
    if (m_tree.index.contains(entry.path))
        return hostile(entry.path, Tr::tr("two entries have the same name"));
    if (entry.size == 0 && !entry.directory)
        entry.extents.clear();
    if (entry.directory) {
        const int depth = m_depth.at(m_current) + 1;
        if (depth > kMaxDepth)
            return hostile(entry.path, Tr::tr("folders nest deeper than %1 levels").arg(kMaxDepth));
        if (m_visited.contains(first.extent))
            return hostile(entry.path, Tr::tr("a folder points back at a folder already read (a loop)"));
        m_visited.insert(first.extent);
        m_depth.append(depth);
    } else {
        m_depth.append(0);
    }
    m_tree.index.insert(entry.path, m_tree.entries.size());
    m_tree.entries.append(std::move(entry));
    m_tree.children.append({ 0, 0 });
    return {};
}

} // namespace Crashcart::Distro::Iso
