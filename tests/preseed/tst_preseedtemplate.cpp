// SPDX-License-Identifier: GPL-3.0-or-later
// Preseed templates: the kickstart template renderer and host variables work in a preseed,
// errors land on the preseed's lines, and the shipped *.preseed snippets render, check clean
// (busybox sh -n and ShellCheck included) and post what the install API accepts.
#include "kickstart/hostvariables.h"
#include "kickstart/snippetlibrary.h"
#include "kickstart/templatelinter.h"
#include "preseed/parser.h"
#include "preseed/templatechecker.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Crashcart;
using namespace Crashcart::Preseed;

namespace {

const QString kToken = u"0123456789abcdef0123456789abcdef"_s;

Kickstart::TemplateVariables sampleVariables()
{
    Kickstart::HostFacts h;
    h.mac = *MacAddress::parse(u"52:54:00:12:34:56"_s);
    h.name = u"web01.example.org"_s;
    h.profile = u"debian12"_s;
    h.tags = { u"role=web"_s };
    return Kickstart::hostVariables(h, { u"192.0.2.1"_s, 8080, 69 }, kToken);
}

Kickstart::TemplateRenderer::SnippetSource preseedSnippets(const Kickstart::SnippetLibrary &library)
{
    return [&library](const QString &name) { return library.text(name); };
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out.append(u"%1:%2 %3 %4"_s.arg(d.line).arg(d.column).arg(d.code, d.message));
    return out.join(u'\n');
}

bool toolsInstalled()
{
    return !QStandardPaths::findExecutable(u"shellcheck"_s).isEmpty() && !QStandardPaths::findExecutable(u"busybox"_s).isEmpty();
}

} // namespace

class tst_PreseedTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostVariablesRender();
    void errorsOnPreseedLines();
    void checkerFindingsOnTemplateLines();
    void libraryKeepsFormatsApart();
    void snippetsCheckClean_data();
    void snippetsCheckClean();
    void earlyCommandPostsWhatTheApiAccepts();
};

void tst_PreseedTemplate::hostVariablesRender()
{
    const QByteArray source = "#_preseed_V1\n"
                              "d-i netcfg/get_hostname string {{ host.name }}\n"
                              "d-i mirror/http/proxy string {{ server.url }}/proxy\n"
                              "d-i preseed/late_command string echo {{ install.token | quote }} > /target/etc/crashcart\n"
                              "d-i apt-setup/local0/comment string {{ tag.role | default \"none\" }}\n";
    const Kickstart::Rendered r = Kickstart::TemplateRenderer(sampleVariables()).render(source);
    QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
    const Document doc = Parser::parse(r.text);
    QCOMPARE(doc.entries.size(), 4);
    QCOMPARE(doc.entries[0].value.text, "web01.example.org"_ba);
    QCOMPARE(doc.entries[1].value.text, "http://192.0.2.1:8080/proxy"_ba);
    QCOMPARE(doc.entries[2].value.text, "echo '" + kToken.toLatin1() + "' > /target/etc/crashcart");
    QCOMPARE(doc.entries[3].value.text, "web"_ba);
}

void tst_PreseedTemplate::errorsOnPreseedLines()
{
    // host.hostname is not a variable (the name is host.name): the error names the preseed line.
    const QByteArray source = "# head\n"
                              "d-i a/b string \\\n"
                              "    x\n"
                              "d-i netcfg/get_hostname string {{ host.hostname }}\n"
                              "{{> no-such-snippet }}\n";
    const Kickstart::SnippetLibrary library(QString(), Kickstart::SnippetLibrary::Format::Preseed);
    const Kickstart::Rendered r = Kickstart::TemplateRenderer(sampleVariables(), preseedSnippets(library)).render(source);
    QCOMPARE(r.errors.size(), 2);
    QCOMPARE(r.errors[0].code, u"template-unknown-variable"_s);
    QCOMPARE(r.errors[0].line, 4);
    QCOMPARE(r.errors[0].column, 32);
    QCOMPARE(r.errors[1].code, u"template-unknown-snippet"_s);
    QCOMPARE(r.errors[1].line, 5);
}

void tst_PreseedTemplate::checkerFindingsOnTemplateLines()
{
    // The checker reads the rendered text; its findings come back on the template's lines
    // and columns, after a substitution that changed the line's length.
    const QByteArray source = "d-i netcfg/get_hostname string {{ host.name }}\n"
                              "\n"
                              "d-i mirror/http/proxy string {{ server.url }}\n"
                              "d-i clock-setup/utc boolean {{ tag.utc | default \"yes\" }}\n"
                              "{{> progress-late }}\n";
    const Kickstart::SnippetLibrary library(QString(), Kickstart::SnippetLibrary::Format::Preseed);
    CheckOptions options;
    options.checkCommands = false;
    const Diagnostics found = checkTemplate(source, sampleVariables(), preseedSnippets(library), options);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].code, u"invalid-boolean"_s);
    QCOMPARE(found[0].line, 4);
    QCOMPARE(found[0].column, 29);
    // With placeholders (the editor), every name renders and the same finding shows.
    const Diagnostics editor = checkTemplate(source, Kickstart::placeholderVariables(), preseedSnippets(library), options);
    QCOMPARE(editor.size(), 1);
    QCOMPARE(editor[0].line, 4);
}

void tst_PreseedTemplate::libraryKeepsFormatsApart()
{
    const Kickstart::SnippetLibrary preseed(QString(), Kickstart::SnippetLibrary::Format::Preseed);
    QStringList names;
    for (const auto &s : preseed.snippets())
        names.append(s.name);
    QCOMPARE(names, QStringList({ u"progress-early"_s, u"progress-late"_s }));
    QVERIFY(!preseed.text(u"hwcheck"_s));
    QVERIFY(preseed.snippets().first().summary.startsWith(u"Progress and hardware report"_s));
    const Kickstart::SnippetLibrary kickstart;
    QVERIFY(!kickstart.text(u"progress-early"_s));
    QVERIFY(kickstart.text(u"hwcheck"_s));

    QTemporaryDir dir;
    QFile own(dir.filePath(u"progress-late.preseed"_s));
    QVERIFY(own.open(QIODevice::WriteOnly));
    own.write("# mine\nd-i preseed/late_command string true\n");
    own.close();
    const Kickstart::SnippetLibrary workspace(dir.path(), Kickstart::SnippetLibrary::Format::Preseed);
    QCOMPARE(*workspace.text(u"progress-late"_s), "# mine\nd-i preseed/late_command string true\n"_ba);
}

void tst_PreseedTemplate::snippetsCheckClean_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("progress-early") << u"progress-early"_s;
    QTest::newRow("progress-late") << u"progress-late"_s;
}

void tst_PreseedTemplate::snippetsCheckClean()
{
    QFETCH(QString, name);
    if (!toolsInstalled())
        QSKIP("needs shellcheck and busybox (apt-get install shellcheck busybox)");
    const Kickstart::SnippetLibrary library(QString(), Kickstart::SnippetLibrary::Format::Preseed);
    const QByteArray source = "#_preseed_V1\nd-i debian-installer/locale string en_US\n{{> " + name.toUtf8() + " }}\n";
    CheckOptions options;
    options.kernelArguments = QStringList { u"auto=true"_s, u"url=http://192.0.2.1/p.cfg"_s };
    const Diagnostics found = checkTemplate(source, sampleVariables(), preseedSnippets(library), options);
    QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
    // The snippet's own text, tags and all, checks clean in the editor too.
    const Diagnostics editor = checkTemplate(*library.text(name), Kickstart::placeholderVariables(), {}, options);
    QVERIFY2(editor.isEmpty(), qPrintable(describe(editor)));
}

void tst_PreseedTemplate::earlyCommandPostsWhatTheApiAccepts()
{
    // Runs the rendered early_command under busybox sh, with an nc function (busybox's shell
    // prefers its own applets to PATH) that keeps each request it is given and answers 200, on
    // this machine's /proc and /sys. Debian 12's installer has busybox wget without POST, so
    // the snippets speak HTTP/1.0 through nc; the e2e test sends them to a real server.
    const QString busybox = QStandardPaths::findExecutable(u"busybox"_s);
    if (busybox.isEmpty())
        QSKIP("needs busybox (apt-get install busybox)");
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"log"_s));
    const QByteArray fakeNc = "nc() { n=$(ls \"$NC_LOG\" | grep -c to$); printf '%s %s\\n' \"$3\" \"$4\" > \"$NC_LOG/$n.to\"; "
                              "cat > \"$NC_LOG/$n.request\"; printf 'HTTP/1.0 200 OK\\r\\n\\r\\n'; }; ";

    const Kickstart::SnippetLibrary library(QString(), Kickstart::SnippetLibrary::Format::Preseed);
    const Kickstart::Rendered r = Kickstart::TemplateRenderer(sampleVariables()).render(*library.text(u"progress-early"_s));
    QVERIFY(r.ok());
    const Document doc = Parser::parse(r.text);
    QCOMPARE(doc.entries.size(), 1);
    QProcess sh;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NC_LOG"_s, dir.filePath(u"log"_s));
    sh.setProcessEnvironment(env);
    sh.setWorkingDirectory(dir.path());
    sh.start(busybox, { u"sh"_s, u"-c"_s, QString::fromUtf8(fakeNc + doc.entries.first().value.text) });
    QVERIFY(sh.waitForFinished(30000));
    QVERIFY2(sh.exitCode() == 0, sh.readAllStandardError().constData());

    // Each request: its destination, request line, headers and a body of Content-Length bytes.
    const auto request = [&dir](int n, QByteArray *line, QByteArray *body) {
        QFile to(dir.filePath(u"log/%1.to"_s.arg(n)));
        QFile f(dir.filePath(u"log/%1.request"_s.arg(n)));
        if (!to.open(QIODevice::ReadOnly) || !f.open(QIODevice::ReadOnly))
            return QByteArray();
        const QByteArray raw = f.readAll();
        const qsizetype end = raw.indexOf("\r\n\r\n");
        const QByteArray head = raw.left(end);
        *line = head.left(head.indexOf("\r\n"));
        *body = raw.mid(end + 4);
        const QByteArray length = head.mid(head.indexOf("Content-Length: ") + 16).split('\r').first();
        return length.toInt() == body->size() && head.contains("Content-Type: application/json") ? to.readAll().trimmed() : QByteArray("bad");
    };
    QByteArray line;
    QByteArray body;
    QCOMPARE(request(0, &line, &body), "192.0.2.1 8080"_ba);
    QCOMPARE(line, "POST /api/install/" + kToken.toLatin1() + "/progress HTTP/1.0");
    const QJsonObject progress = QJsonDocument::fromJson(body).object();
    QCOMPARE(progress.value(u"stage").toString(), u"pre"_s);
    QCOMPARE(progress.value(u"status").toString(), u"running"_s);
    QCOMPARE(request(1, &line, &body), "192.0.2.1 8080"_ba);
    QCOMPARE(line, "POST /api/install/" + kToken.toLatin1() + "/report HTTP/1.0");
    QJsonParseError error {};
    const QJsonDocument report = QJsonDocument::fromJson(body, &error);
    QVERIFY2(error.error == QJsonParseError::NoError && report.isObject(), body.constData());
    const QJsonObject o = report.object();
    QCOMPARE(o.value(u"mac").toString(), u"52:54:00:12:34:56"_s);
    QVERIFY(o.value(u"cpu").toObject().value(u"count").toInt() >= 1);
    QVERIFY(o.value(u"memory_kb").toDouble() > 0);
    QVERIFY(o.value(u"disks").isArray());
    QVERIFY(o.value(u"nics").isArray());
}

QTEST_GUILESS_MAIN(tst_PreseedTemplate)
#include "tst_preseedtemplate.moc"
