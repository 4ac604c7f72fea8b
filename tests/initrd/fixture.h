// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Initramfs images made from scratch for the tests: newc records written here, independently
// of the library's writer, and compressed by the system's own tools.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Fixture {

struct Record
{
    QByteArray name {};
    quint32 mode = 0100644; // with the file type bits
    quint32 uid = 0;
    quint32 gid = 0;
    quint32 nlink = 1;
    quint32 ino = 0; // 0: a fresh one
    QByteArray data {};
    quint32 rdevMajor = 0;
    quint32 rdevMinor = 0;
    quint32 mtime = 1700000000;
    qint64 nameSizeOverride = -1; // hostile headers
    qint64 fileSizeOverride = -1;
};

inline Record dir(const char *name, quint32 mode = 0755) { return Record { name, 0040000 | mode, 0, 0, 2 }; }
inline Record file(const char *name, const QByteArray &data, quint32 mode = 0644)
{
    Record r { name, 0100000 | mode };
    r.data = data;
    return r;
}
inline Record symlink(const char *name, const QByteArray &target)
{
    Record r { name, 0120777 };
    r.data = target;
    return r;
}
inline Record device(const char *name, bool block, quint32 major, quint32 minor, quint32 mode = 0600)
{
    Record r { name, (block ? 0060000u : 0020000u) | mode };
    r.rdevMajor = major;
    r.rdevMinor = minor;
    return r;
}

inline QByteArray hex8(quint64 v)
{
    return QByteArray::number(v, 16).toUpper().rightJustified(8, '0');
}

inline void pad4(QByteArray &out)
{
    while (out.size() % 4)
        out.append('\0');
}

// One newc archive with its trailer, padded to `blockSize` (GNU cpio pads to 512).
inline QByteArray newc(const QList<Record> &records, int blockSize = 4, bool trailer = true)
{
    QByteArray out;
    quint32 nextIno = 1000;
    auto add = [&](const Record &r) {
        const QByteArray name = r.name + '\0';
        out += "070701";
        out += hex8(r.ino ? r.ino : nextIno++);
        out += hex8(r.mode) + hex8(r.uid) + hex8(r.gid) + hex8(r.nlink) + hex8(r.mtime);
        out += hex8(r.fileSizeOverride >= 0 ? quint64(r.fileSizeOverride) : quint64(r.data.size()));
        out += hex8(8) + hex8(1) + hex8(r.rdevMajor) + hex8(r.rdevMinor);
        out += hex8(r.nameSizeOverride >= 0 ? quint64(r.nameSizeOverride) : quint64(name.size()));
        out += hex8(0);
        out += name;
        pad4(out);
        out += r.data;
        pad4(out);
    };
    for (const Record &r : records)
        add(r);
    if (trailer) {
        Record end { "TRAILER!!!", 0 };
        add(end);
    }
    while (out.size() % blockSize)
        out.append('\0');
    return out;
}

// Pipes `data` through a system tool ("gzip -c", "xz --check=crc32 -c", ...).
inline QByteArray run(const QString &command, const QByteArray &data)
{
    QStringList argv = QProcess::splitCommand(command);
    QProcess p;
    p.start(argv.takeFirst(), argv);
    if (!p.waitForStarted())
        return {};
    p.write(data);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
}

inline QString compressor(const QString &compression)
{
    if (compression == QLatin1String("gzip"))
        return QStringLiteral("gzip -c -n");
    if (compression == QLatin1String("xz"))
        return QStringLiteral("xz --check=crc32 -c");
    if (compression == QLatin1String("lzma"))
        return QStringLiteral("xz --format=lzma -c");
    if (compression == QLatin1String("zstd"))
        return QStringLiteral("zstd -q -c");
    if (compression == QLatin1String("lz4"))
        return QStringLiteral("lz4 -l -q -c");
    if (compression == QLatin1String("bzip2"))
        return QStringLiteral("bzip2 -c");
    return QStringLiteral("cat");
}

inline QString decompressor(const QString &compression)
{
    if (compression == QLatin1String("gzip"))
        return QStringLiteral("gzip -dc");
    if (compression == QLatin1String("xz"))
        return QStringLiteral("xz -dc");
    if (compression == QLatin1String("lzma"))
        return QStringLiteral("xz --format=lzma -dc");
    if (compression == QLatin1String("zstd"))
        return QStringLiteral("zstd -q -dc");
    if (compression == QLatin1String("lz4"))
        return QStringLiteral("lz4 -q -dc");
    if (compression == QLatin1String("bzip2"))
        return QStringLiteral("bzip2 -dc");
    return QStringLiteral("cat");
}

inline QByteArray microcode()
{
    QByteArray bytes;
    for (int i = 0; i < 3000; ++i)
        bytes.append(char((i * 7) & 0xff));
    return bytes;
}

// The layout of the acceptance check: an uncompressed early segment (microcode), padded to
// 512 bytes like dracut does, then an xz (CRC32) segment with a device node, a symlink, a
// hard link and a setuid file.
inline QByteArray earlySegment()
{
    return newc({ dir("kernel"), dir("kernel/x86"), dir("kernel/x86/microcode"),
                  file("kernel/x86/microcode/GenuineIntel.bin", microcode()), file("early_cpio", "1\n") },
                512);
}

inline QList<Record> mainRecords()
{
    Record root = dir(".");
    Record hostsA = file("etc/hosts", QByteArray(), 0644);
    hostsA.ino = 77;
    hostsA.nlink = 2;
    Record hostsB = file("etc/hosts.link", "127.0.0.1 localhost\n", 0644);
    hostsB.ino = 77;
    hostsB.nlink = 2;
    Record su = file("bin/su", QByteArray(4000, 's'), 04755);
    Record tty = device("dev/tty0", false, 4, 0, 0620);
    tty.gid = 5;
    Record fifo { "run/initctl", 0010600 };
    Record lockA = file("run/lock.a", QByteArray());
    lockA.ino = 88;
    lockA.nlink = 2;
    Record lockB = lockA;
    lockB.name = "run/lock.b";
    Record owned = file("home/user/notes", "mine\n", 0600);
    owned.uid = 1000;
    owned.gid = 1000;
    return { root,
             dir("bin"),
             file("bin/busybox", QByteArray(20000, 'b'), 0755),
             symlink("bin/sh", "busybox"),
             su,
             dir("dev"),
             device("dev/console", false, 5, 1),
             tty,
             device("dev/sda", true, 8, 0, 0660),
             dir("etc"),
             hostsA,
             hostsB,
             dir("run"),
             fifo,
             lockA,
             lockB,
             dir("home"),
             dir("home/user", 0700),
             owned };
}

inline QByteArray checkImage()
{
    return earlySegment() + run(compressor(QStringLiteral("xz")), newc(mainRecords(), 512));
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace Fixture

namespace Fixture {

// `bash -c script`; stdout, or a null array when it fails.
inline QByteArray shell(const QString &script, int *status = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("bash"), { QStringLiteral("-o"), QStringLiteral("pipefail"), QStringLiteral("-c"), script });
    p.waitForFinished(300000);
    if (status)
        *status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
}

inline QString quoted(const QString &path)
{
    return QLatin1Char('\'') + QString(path).replace(QLatin1String("'"), QLatin1String("'\\''")) + QLatin1Char('\'');
}

// The names `cpio -t` lists for the segment at `offset` (decompressed with `compression`),
// without "./" prefixes.
inline QStringList cpioNames(const QString &image, qint64 offset, const QString &compression)
{
    const QByteArray out = shell(QStringLiteral("tail -c +%1 %2 | %3 | cpio -t --quiet")
                                     .arg(offset + 1)
                                     .arg(quoted(image), decompressor(compression)));
    QStringList names;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QString name = QString::fromUtf8(line);
        if (name.startsWith(QLatin1String("./")))
            name = name.mid(2);
        names << name;
    }
    return names;
}

} // namespace Fixture
