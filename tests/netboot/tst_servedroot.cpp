// SPDX-License-Identifier: GPL-3.0-or-later
#include "netboot/servedroot.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Crashcart::Netboot::ServedRoot;
using namespace Qt::StringLiterals;

class TestServedRoot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resolve_data();
    void resolve();
    void notAFolder();
    void rootSwappedForASymlink();

private:
    QTemporaryDir m_outside;
    QTemporaryDir m_dir;
    QString m_root;
};

void TestServedRoot::initTestCase()
{
    m_root = m_dir.filePath(u"root"_s);
    QVERIFY(QDir().mkpath(m_root + u"/pxelinux.cfg"_s));
    QVERIFY(QDir().mkpath(m_root + u"/inner"_s));
    for (const QString &name : { u"pxelinux.0"_s, u"pxelinux.cfg/default"_s, u"inner/file"_s }) {
        QFile f(m_root + u'/' + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    QFile secret(m_outside.filePath(u"secret"_s));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("secret");
    secret.close();
    QVERIFY(QFile::link(secret.fileName(), m_root + u"/escape"_s));
    QVERIFY(QFile::link(m_outside.path(), m_root + u"/escapedir"_s));
    QVERIFY(QFile::link(m_root + u"/inner/file"_s, m_root + u"/goodlink"_s));
    QVERIFY(QFile::link(u"/etc/passwd"_s, m_root + u"/inner/passwd"_s));
    QVERIFY(QFile::link(m_root + u"/inner"_s, m_root + u"/innerlink"_s));
}

void TestServedRoot::resolve_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("result"); // a path below the root, or an error code

    QTest::newRow("plain") << QByteArray("pxelinux.0") << u"pxelinux.0"_s;
    QTest::newRow("subdir") << QByteArray("pxelinux.cfg/default") << u"pxelinux.cfg/default"_s;
    QTest::newRow("leading slash") << QByteArray("/pxelinux.0") << u"pxelinux.0"_s;
    QTest::newRow("double slash") << QByteArray("pxelinux.cfg//default") << u"pxelinux.cfg/default"_s;
    QTest::newRow("dot") << QByteArray("./pxelinux.0") << u"pxelinux.0"_s;
    QTest::newRow("symlink inside") << QByteArray("goodlink") << u"inner/file"_s;
    QTest::newRow("symlinked folder inside") << QByteArray("innerlink/file") << u"inner/file"_s;

    QTest::newRow("dotdot") << QByteArray("../etc/passwd") << u"path.traversal"_s;
    QTest::newRow("dotdot middle") << QByteArray("inner/../../etc/passwd") << u"path.traversal"_s;
    QTest::newRow("dotdot harmless-looking") << QByteArray("inner/../pxelinux.0") << u"path.traversal"_s;
    QTest::newRow("dotdot only") << QByteArray("..") << u"path.traversal"_s;
    QTest::newRow("absolute outside") << QByteArray("/etc/passwd") << u"path.notfound"_s;
    QTest::newRow("backslash") << QByteArray("..\\..\\etc\\passwd") << u"path.traversal"_s;
    QTest::newRow("backslash plain") << QByteArray("inner\\file") << u"path.traversal"_s;
    QTest::newRow("symlink out") << QByteArray("escape") << u"path.outside"_s;
    QTest::newRow("symlink dir out") << QByteArray("escapedir/secret") << u"path.outside"_s;
    QTest::newRow("symlink to etc") << QByteArray("inner/passwd") << u"path.outside"_s;
    QTest::newRow("nul") << QByteArray("pxelinux.0\0.txt", 15) << u"path.invalid"_s;
    QTest::newRow("control") << QByteArray("pxe\nlinux.0") << u"path.invalid"_s;
    QTest::newRow("bad utf8") << QByteArray("\xc0\xae\xc0\xae/etc/passwd") << u"path.invalid"_s;
    QTest::newRow("empty") << QByteArray() << u"path.invalid"_s;
    QTest::newRow("root") << QByteArray("/") << u"path.notfile"_s;
    QTest::newRow("directory") << QByteArray("inner") << u"path.notfile"_s;
    QTest::newRow("missing") << QByteArray("nope") << u"path.notfound"_s;
    QTest::newRow("missing in a folder") << QByteArray("pxelinux.cfg/nope") << u"path.notfound"_s;
    QTest::newRow("below a file") << QByteArray("pxelinux.0/default") << u"path.notfound"_s;
    QTest::newRow("too long") << QByteArray(5000, 'a') << u"path.invalid"_s;
    // Percent-encoding is HTTP's to decode; a literal "%2e%2e" is just a (missing) name.
    QTest::newRow("literal percent") << QByteArray("%2e%2e/etc/passwd") << u"path.notfound"_s;
}

void TestServedRoot::resolve()
{
    QFETCH(QByteArray, name);
    QFETCH(QString, result);
    const ServedRoot root(m_root);
    const auto r = root.resolve(name);
    if (result.startsWith(u"path."_s)) {
        QVERIFY2(!r.ok(), qPrintable(r.ok() ? *r : QString()));
        QCOMPARE(r.error().code, result);
    } else {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(*r, QFileInfo(m_root + u'/' + result).canonicalFilePath());
    }
}

void TestServedRoot::notAFolder()
{
    const ServedRoot root(m_dir.filePath(u"missing"_s));
    QVERIFY(!root.isValid());
    QVERIFY(!root.resolve("x").ok());
}

void TestServedRoot::rootSwappedForASymlink()
{
    // The root's path was canonical when it was opened; a symlink put in its place later
    // leads outside, and is refused as such.
    const QString path = m_dir.filePath(u"swapped"_s);
    QVERIFY(QDir().mkpath(path));
    QFile file(path + u"/secret"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const ServedRoot root(path);
    QVERIFY(root.resolve("secret").ok());
    QVERIFY(QDir().rename(path, path + u".old"_s));
    QVERIFY(QFile::link(m_outside.path(), path));
    const auto r = root.resolve("secret");
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"path.outside"_s);
}

QTEST_GUILESS_MAIN(TestServedRoot)
#include "tst_servedroot.moc"
