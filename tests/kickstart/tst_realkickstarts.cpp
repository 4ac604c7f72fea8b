// SPDX-License-Identifier: GPL-3.0-or-later
// The real-world corpus: our verdict against the reference validator's, file by file.
#include "kickstart/linter.h"
#include "kickstart/parser.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Crashcart::Kickstart;
using namespace Qt::StringLiterals;

class TestRealKickstarts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdicts_data();
    void verdicts();
};

void TestRealKickstarts::verdicts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("release");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QList<int>>("lines");

    const QDir dir(QStringLiteral(KICKSTART_REAL_DIR));
    QFile index(dir.filePath(u"index.json"_s));
    if (!index.open(QIODevice::ReadOnly))
        QSKIP("The real-world corpus (../shared/testdata/kickstart/real/index.json) is not present on this machine");
    const QJsonArray entries = QJsonDocument::fromJson(index.readAll()).array();
    QVERIFY(!entries.isEmpty());
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        const QJsonObject pk = e.value(u"pykickstart").toObject();
        const QJsonArray errors = pk.value(u"errors").toArray();
        QList<int> lines;
        for (const QJsonValue &x : errors)
            lines.append(x.toObject().value(u"lineno").toInt());
        QString release = e.value(u"target").toString();
        if (release == u"RHEL6")
            release = u"RHEL7"_s; // as the shared conformance script does
        const QString file = e.value(u"file").toString();
        QTest::newRow(qPrintable(file)) << dir.filePath(file) << release
                                        << (errors.isEmpty() && pk.value(u"fatal").isNull()) << lines;
    }
}

void TestRealKickstarts::verdicts()
{
    QFETCH(QString, file);
    QFETCH(QString, release);
    QFETCH(bool, valid);
    QFETCH(QList<int>, lines);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Document doc = Parser::parse(f.readAll());
    auto table = CommandTable::forRelease(release);
    QVERIFY2(table.ok(), qPrintable(release));
    LintOptions options;
    options.checkScripts = false; // the reference does not run scripts either
    options.baseDirectory = QFileInfo(file).absolutePath();
    QSet<int> ours;
    QStringList shown;
    for (const Diagnostic &d : Linter(*table).lint(doc, options)) {
        if (d.isError()) {
            ours.insert(d.line);
            shown.append(u"%1: %2"_s.arg(d.line).arg(d.message));
        }
    }
    if (valid) {
        QVERIFY2(ours.isEmpty(), qPrintable(shown.join(u"; ")));
    } else {
        QVERIFY(!ours.isEmpty());
        bool shared = lines.isEmpty();
        for (int l : lines)
            shared = shared || ours.contains(l);
        QVERIFY2(shared, qPrintable(shown.join(u"; ")));
    }
}

QTEST_APPLESS_MAIN(TestRealKickstarts)
#include "tst_realkickstarts.moc"
