// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/ldcache.h"

#include <QProcess>
#include <QTest>
#include <QtEndian>

using namespace Crashcart::Initrd;
using namespace Qt::StringLiterals;

namespace {

// A cache in glibc's format 1.1, optionally behind an old-format table.
QByteArray makeCache(const QList<std::pair<QByteArray, QByteArray>> &entries, bool bigEndian, bool withOld = false)
{
    const auto u32 = [&](QByteArray &b, qsizetype at, quint32 v) {
        if (bigEndian)
            qToBigEndian(v, b.data() + at);
        else
            qToLittleEndian(v, b.data() + at);
    };
    const qsizetype header = 48, entry = 24;
    QByteArray strings;
    QList<std::pair<quint32, quint32>> offsets;
    const qsizetype stringsAt = header + entries.size() * entry;
    for (const auto &[key, value] : entries) {
        const auto k = quint32(stringsAt + strings.size());
        strings += key + '\0';
        const auto v = quint32(stringsAt + strings.size());
        strings += value + '\0';
        offsets.append({ k, v });
    }
    QByteArray b(stringsAt, '\0');
    b.replace(0, 20, "glibc-ld.so.cache1.1");
    u32(b, 20, quint32(entries.size()));
    u32(b, 24, quint32(strings.size()));
    b[28] = char(bigEndian ? 3 : 2);
    for (qsizetype i = 0; i < offsets.size(); ++i) {
        u32(b, header + i * entry, 0x303);
        u32(b, header + i * entry + 4, offsets.at(i).first);
        u32(b, header + i * entry + 8, offsets.at(i).second);
    }
    b += strings;
    if (!withOld)
        return b;
    QByteArray old(16 + 2 * 12, '\0'); // two old entries, then padding to 8 bytes
    old.replace(0, 11, "ld.so-1.7.0");
    qToLittleEndian(quint32(2), old.data() + 12);
    return old + b;
}

const QList<std::pair<QByteArray, QByteArray>> Sample = {
    { "libz.so.1", "/lib/x86_64-linux-gnu/libz.so.1" },
    { "libc.so.6", "/lib/x86_64-linux-gnu/libc.so.6" },
    { "libc.so.6", "/lib32/libc.so.6" },
};

} // namespace

class TestLdCache : public QObject
{
    Q_OBJECT

private slots:
    void parsesCraftedCaches_data();
    void parsesCraftedCaches();
    void refusesHostileCaches_data();
    void refusesHostileCaches();
    void everyTruncationIsRefused();
    void agreesWithLdconfig();
};

void TestLdCache::parsesCraftedCaches_data()
{
    QTest::addColumn<bool>("bigEndian");
    QTest::addColumn<bool>("withOld");
    QTest::newRow("little") << false << false;
    QTest::newRow("big") << true << false;
    QTest::newRow("behind the old format") << false << true;
}

void TestLdCache::parsesCraftedCaches()
{
    QFETCH(bool, bigEndian);
    QFETCH(bool, withOld);
    const auto cache = LdCache::parse(makeCache(Sample, bigEndian, withOld));
    QVERIFY2(cache.ok(), cache.ok() ? "" : qPrintable(cache.error().message));
    QCOMPARE(cache->size(), 3);
    QCOMPARE(cache->lookup(u"libc.so.6"_s), QStringList({ u"/lib/x86_64-linux-gnu/libc.so.6"_s, u"/lib32/libc.so.6"_s }));
    QCOMPARE(cache->lookup(u"libz.so.1"_s), QStringList({ u"/lib/x86_64-linux-gnu/libz.so.1"_s }));
    QVERIFY(cache->lookup(u"libnone.so"_s).isEmpty());
}

void TestLdCache::refusesHostileCaches_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    const QByteArray good = makeCache(Sample, false);
    const auto patched = [&](qsizetype at, quint32 v) {
        QByteArray b = good;
        qToLittleEndian(v, b.data() + at);
        return b;
    };
    QTest::newRow("empty") << QByteArray() << u"ldcache.format"_s;
    QTest::newRow("other file") << QByteArray("#!/bin/sh\n") << u"ldcache.format"_s;
    QTest::newRow("old format only") << QByteArray("ld.so-1.7.0\0\0\0\0\0", 16) << u"ldcache.format"_s;
    QTest::newRow("old count huge") << (QByteArray("ld.so-1.7.0\0\xff\xff\xff\x7f", 16) + good) << u"ldcache.malformed"_s;
    QTest::newRow("count huge") << patched(20, 0x7fffffff) << u"ldcache.malformed"_s;
    QTest::newRow("key past the end") << patched(48 + 4, 0x7fffffff) << u"ldcache.malformed"_s;
    QTest::newRow("value past the end") << patched(48 + 24 + 8, quint32(good.size())) << u"ldcache.malformed"_s;
    QByteArray unterminated = good;
    unterminated.chop(1);
    QTest::newRow("last string unterminated") << unterminated << u"ldcache.malformed"_s;
    QByteArray order = good;
    order[28] = 9;
    QTest::newRow("unknown byte order") << order << u"ldcache.malformed"_s;
}

void TestLdCache::refusesHostileCaches()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    const auto cache = LdCache::parse(bytes);
    QVERIFY(!cache.ok());
    QCOMPARE(cache.error().code, code);
}

void TestLdCache::everyTruncationIsRefused()
{
    const QByteArray good = makeCache(Sample, true, true);
    QVERIFY(LdCache::parse(good).ok());
    for (qsizetype n = 0; n < good.size(); ++n)
        QVERIFY2(!LdCache::parse(good.left(n)).ok(), qPrintable(u"prefix %1 accepted"_s.arg(n)));
}

void TestLdCache::agreesWithLdconfig()
{
    const auto cache = LdCache::load(u"/etc/ld.so.cache"_s);
    QVERIFY2(cache.ok(), cache.ok() ? "" : qPrintable(cache.error().message));
    QProcess ldconfig;
    ldconfig.start(u"/sbin/ldconfig"_s, { u"-p"_s });
    QVERIFY(ldconfig.waitForFinished(30000));
    const QStringList lines = QString::fromUtf8(ldconfig.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 1);
    QCOMPARE(cache->size(), lines.first().section(u' ', 0, 0).toInt()); // "771 libs found in cache"
    for (const QString &line : lines.mid(1)) {
        if (!line.contains("=> "_L1))
            continue; // "Cache generated by: ldconfig ..."
        const QString name = line.trimmed().section(u' ', 0, 0);
        const QString path = line.section(u"=> "_s, 1);
        QVERIFY2(cache->lookup(name).contains(path), qPrintable(line));
    }
}

QTEST_APPLESS_MAIN(TestLdCache)
#include "tst_ldcache.moc"
