// SPDX-License-Identifier: GPL-3.0-or-later
#include "kickstart/commandtable.h"
#include "kickstart/linter.h"
#include "kickstart/template.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Crashcart::Kickstart;

namespace {

TemplateVariables variables()
{
    TemplateVariables v;
    v.values = { { u"host.name"_s, u"web01"_s },       { u"host.mac"_s, u"52:54:00:00:00:01"_s },
                 { u"host.ip"_s, QString() },          { u"tag.rack"_s, u"r7"_s },
                 { u"tag.gpu"_s, u"true"_s },          { u"has.gpu"_s, u"true"_s },
                 { u"server.url"_s, u"http://10.0.0.5:8080"_s }, { u"quoted"_s, u"it's"_s } };
    return v;
}

std::optional<QByteArray> snippets(const QString &name)
{
    if (name == u"two")
        return QByteArray("%post\necho {{ host.name }}\n%end\n");
    if (name == u"bad")
        return QByteArray("one\n{{ nope }}\n");
    if (name == u"loop")
        return QByteArray("{{> loop }}\n");
    if (name == u"nested")
        return QByteArray("a\n{{> two }}\nb\n");
    return std::nullopt;
}

} // namespace

class TestTemplateRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
    void errors_data();
    void errors();
    void lineMap();
    void placeholderRendersUnknownNames();
    void lintOnTemplateLines();
};

void TestTemplateRenderer::render_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("plain") << QByteArray("text\n") << QByteArray("text\n") << QList<int> { 1 };
    QTest::newRow("variable") << QByteArray("network --hostname={{ host.name }}\n")
                              << QByteArray("network --hostname=web01\n") << QList<int> { 1 };
    QTest::newRow("tight") << QByteArray("{{host.mac}}") << QByteArray("52:54:00:00:00:01") << QList<int> { 1 };
    QTest::newRow("two on a line") << QByteArray("{{ host.name }}.{{ tag.rack }}\n") << QByteArray("web01.r7\n") << QList<int> { 1 };
    QTest::newRow("shell untouched") << QByteArray("echo $HOME ${x} $(date) @x@ { a; }\n")
                                     << QByteArray("echo $HOME ${x} $(date) @x@ { a; }\n") << QList<int> { 1 };
    QTest::newRow("default used") << QByteArray("{{ tag.nope | default \"x\" }}") << QByteArray("x") << QList<int> { 1 };
    QTest::newRow("default on unset") << QByteArray("{{ host.ip | default 'dhcp' }}") << QByteArray("dhcp") << QList<int> { 1 };
    QTest::newRow("default unused") << QByteArray("{{ tag.rack | default \"x\" }}") << QByteArray("r7") << QList<int> { 1 };
    QTest::newRow("quote") << QByteArray("{{ quoted | quote }}") << QByteArray("'it'\\''s'") << QList<int> { 1 };
    QTest::newRow("has true") << QByteArray("{{ has.gpu }}") << QByteArray("true") << QList<int> { 1 };
    QTest::newRow("has false") << QByteArray("{{ has.fpga }}") << QByteArray("false") << QList<int> { 1 };
    QTest::newRow("literal braces") << QByteArray("{{ \"{{\" }}") << QByteArray("{{") << QList<int> { 1 };
    QTest::newRow("comment") << QByteArray("a{{# note }}b\n") << QByteArray("ab\n") << QList<int> { 1 };
    QTest::newRow("snippet") << QByteArray("x\n  {{> two }}\ny\n") << QByteArray("x\n%post\necho web01\n%end\ny\n")
                             << QList<int> { 1, 2, 2, 2, 3 };
    QTest::newRow("nested snippet") << QByteArray("{{> nested }}\nz\n") << QByteArray("a\n%post\necho web01\n%end\nb\nz\n")
                                    << QList<int> { 1, 1, 1, 1, 1, 2 };
    QTest::newRow("placeholder off") << QByteArray("{{ has.x }}") << QByteArray("false") << QList<int> { 1 };
    QTest::newRow("utf-8 kept") << QByteArray("# größe {{ host.name }}\n") << QByteArray("# größe web01\n") << QList<int> { 1 };
}

void TestTemplateRenderer::render()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, expected);
    QFETCH(QList<int>, lines);
    const Rendered r = TemplateRenderer(variables(), snippets).render(source);
    QVERIFY2(r.ok(), qPrintable(r.errors.value(0).message));
    QCOMPARE(r.text, expected);
    QList<int> got;
    for (const LineOrigin &o : r.lines)
        got.append(o.line);
    QCOMPARE(got, lines);
}

void TestTemplateRenderer::errors_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown") << QByteArray("a\nb {{ host.nmae }}\n") << 2 << 3 << u"template-unknown-variable"_s << u"host.nmae"_s;
    QTest::newRow("unset") << QByteArray("{{ host.ip }}") << 1 << 1 << u"template-unset-variable"_s << u"host.ip"_s;
    QTest::newRow("unclosed") << QByteArray("x\ny\nz {{ host.name\n") << 3 << 3 << u"template-unclosed"_s << QString();
    QTest::newRow("empty") << QByteArray("{{ }}") << 1 << 1 << u"template-syntax"_s << QString();
    QTest::newRow("bad name") << QByteArray("{{ $HOME }}") << 1 << 1 << u"template-syntax"_s << u"$HOME"_s;
    QTest::newRow("bad filter") << QByteArray("{{ host.name | upper }}") << 1 << 1 << u"template-syntax"_s << u"upper"_s;
    QTest::newRow("default unquoted") << QByteArray("{{ host.ip | default x }}") << 1 << 1 << u"template-syntax"_s << QString();
    QTest::newRow("unknown snippet") << QByteArray("\n\n{{> nope }}\n") << 3 << 1 << u"template-unknown-snippet"_s << u"nope"_s;
    QTest::newRow("snippet mid-line") << QByteArray("x {{> two }}\n") << 1 << 3 << u"template-syntax"_s << QString();
    QTest::newRow("error in snippet") << QByteArray("\n{{> bad }}\n") << 2 << 1 << u"template-unknown-variable"_s << u"bad, line 2"_s;
    QTest::newRow("recursion") << QByteArray("{{> loop }}\n") << 1 << 1 << u"template-snippet-depth"_s << QString();
}

void TestTemplateRenderer::errors()
{
    QFETCH(QByteArray, source);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    const Rendered r = TemplateRenderer(variables(), snippets).render(source);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.first().line, line);
    QCOMPARE(r.errors.first().column, column);
    QCOMPARE(r.errors.first().code, code);
    QVERIFY2(r.errors.first().message.contains(mentions), qPrintable(r.errors.first().message));
}

void TestTemplateRenderer::lineMap()
{
    const Rendered r = TemplateRenderer(variables(), snippets).render("{{ host.name }} --x\n{{> two }}\n");
    QVERIFY(r.ok());
    // "web01 --x": output column 7 is template column 17.
    const Diagnostics mapped = r.toTemplate({ { 1, 7, Diagnostic::Severity::Error, u"m"_s, u"c"_s },
                                              { 3, 6, Diagnostic::Severity::Warning, u"n"_s, u"d"_s } });
    QCOMPARE(mapped[0].line, 1);
    QCOMPARE(mapped[0].column, 17);
    QCOMPARE(mapped[1].line, 2);
    QVERIFY(mapped[1].message.contains(u"two, line 2"));
}

void TestTemplateRenderer::placeholderRendersUnknownNames()
{
    TemplateVariables v = variables();
    v.placeholder = u"0"_s;
    const Rendered r = TemplateRenderer(v).render("{{ host.name }} {{ tag.anything }} {{ host.ip }}");
    QVERIFY(r.ok());
    // Known names keep their values; unknown and unset ones take the placeholder.
    QCOMPARE(r.text, QByteArray("web01 0 0"));
}

void TestTemplateRenderer::lintOnTemplateLines()
{
    // Line 3 of the template expands to three lines; the bad command after it is template line 5.
    const QByteArray source = "lang en_US.UTF-8\n"
                              "rootpw --lock\n"
                              "{{> two }}\n"
                              "network --hostname={{ host.name }}\n"
                              "frobnicate\n";
    const Rendered r = TemplateRenderer(variables(), snippets).render(source);
    QVERIFY(r.ok());
    auto table = CommandTable::forRelease(u"RHEL9"_s);
    QVERIFY(table.ok());
    LintOptions options;
    options.checkScripts = false;
    const Diagnostics d = r.toTemplate(Linter(*table).lint(r.text, options));
    const auto unknown = std::find_if(d.begin(), d.end(), [](const Diagnostic &x) { return x.code == u"unknown-command"; });
    QVERIFY(unknown != d.end());
    QCOMPARE(unknown->line, 5);
}

QTEST_APPLESS_MAIN(TestTemplateRenderer)
#include "tst_templaterenderer.moc"
