// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/entry.h"

#include <QCoreApplication>
#include <QHash>

namespace Crashcart::Initrd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Initrd::Image)
};
} // namespace

QString typeName(EntryType type)
{
    switch (type) {
    case EntryType::File:
        return QStringLiteral("file");
    case EntryType::Directory:
        return QStringLiteral("dir");
    case EntryType::Symlink:
        return QStringLiteral("symlink");
    case EntryType::HardLink:
        return QStringLiteral("hardlink");
    case EntryType::CharDevice:
        return QStringLiteral("char");
    case EntryType::BlockDevice:
        return QStringLiteral("block");
    case EntryType::Fifo:
        return QStringLiteral("fifo");
    case EntryType::Socket:
        return QStringLiteral("socket");
    }
    return {};
}

QString typeDisplayName(EntryType type)
{
    switch (type) {
    case EntryType::File:
        return Tr::tr("File");
    case EntryType::Directory:
        return Tr::tr("Folder");
    case EntryType::Symlink:
        return Tr::tr("Symbolic link");
    case EntryType::HardLink:
        return Tr::tr("Hard link");
    case EntryType::CharDevice:
        return Tr::tr("Character device");
    case EntryType::BlockDevice:
        return Tr::tr("Block device");
    case EntryType::Fifo:
        return Tr::tr("FIFO");
    case EntryType::Socket:
        return Tr::tr("Socket");
    }
    return {};
}

quint32 typeBits(EntryType type)
{
    switch (type) {
    case EntryType::File:
    case EntryType::HardLink:
        return 0100000;
    case EntryType::Directory:
        return 0040000;
    case EntryType::Symlink:
        return 0120000;
    case EntryType::CharDevice:
        return 0020000;
    case EntryType::BlockDevice:
        return 0060000;
    case EntryType::Fifo:
        return 0010000;
    case EntryType::Socket:
        return 0140000;
    }
    return 0;
}

QString modeString(EntryType type, quint32 mode)
{
    QString s(10, u'-');
    switch (type) {
    case EntryType::Directory:
        s[0] = u'd';
        break;
    case EntryType::Symlink:
        s[0] = u'l';
        break;
    case EntryType::CharDevice:
        s[0] = u'c';
        break;
    case EntryType::BlockDevice:
        s[0] = u'b';
        break;
    case EntryType::Fifo:
        s[0] = u'p';
        break;
    case EntryType::Socket:
        s[0] = u's';
        break;
    default:
        break;
    }
    const char16_t rwx[] = u"rwxrwxrwx";
    for (int i = 0; i < 9; ++i) {
        if (mode & (0400u >> i))
            s[i + 1] = QChar(rwx[i]);
    }
    const auto special = [&s](int at, bool exec, char16_t set, char16_t setNoExec) { s[at] = exec ? set : setNoExec; };
    if (mode & 04000)
        special(3, mode & 0100, u's', u'S');
    if (mode & 02000)
        special(6, mode & 0010, u's', u'S');
    if (mode & 01000)
        special(9, mode & 0001, u't', u'T');
    return s;
}

Result<QString> normalizePath(const QString &name, bool allowAbsolute)
{
    if (name.isEmpty())
        return makeError("initrd.path.empty", Tr::tr("The name is empty."));
    if (name.contains(QChar(0)))
        return makeError("initrd.path.invalid", Tr::tr("The name \"%1\" contains a NUL byte.").arg(name));
    if (name.startsWith(u'/') && !allowAbsolute)
        return makeError("initrd.path.absolute", Tr::tr("The name \"%1\" is absolute.").arg(name));
    QStringList parts;
    for (const QString &part : name.split(u'/', Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String(".."))
            return makeError("initrd.path.escape", Tr::tr("The name \"%1\" escapes with \"..\".").arg(name));
        parts << part;
    }
    if (parts.isEmpty())
        return QStringLiteral(".");
    return parts.join(u'/');
}

QString parentPath(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

QString baseName(const QString &path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

bool isSameOrBelow(const QString &path, const QString &ancestor)
{
    if (ancestor == QLatin1String("."))
        return true;
    return path == ancestor || (path.size() > ancestor.size() && path.startsWith(ancestor) && path[ancestor.size()] == u'/');
}

QList<Entry> effectiveEntries(const QList<Entry> &entries)
{
    QList<Entry> result;
    result.reserve(entries.size());
    QHash<QString, qsizetype> position;
    position.reserve(entries.size());
    for (const Entry &entry : entries) {
        const auto it = position.constFind(entry.path);
        if (it != position.constEnd()) {
            result[*it] = entry;
        } else {
            position.insert(entry.path, result.size());
            result.append(entry);
        }
    }
    return result;
}

} // namespace Crashcart::Initrd
