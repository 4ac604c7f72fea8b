// SPDX-License-Identifier: GPL-3.0-or-later
// One host's kickstart three ways: the editor's preview, `crashcart-cli ks render` given the
// server as `serve` takes it, and what the running HTTP server hands the installer. They must
// be the same bytes (the install token aside: the preview shows a stand-in, the server a fresh
// one per install), snippets from the workspace included.
#include "bootconfig/inventoryboot.h"
#include "common/workspace.h"
#include "inventory/database.h"
#include "inventory/hostrepository.h"
#include "inventory/profile.h"
#include "kickstart/commandtable.h"
#include "kickstart/snippetlibrary.h"
#include "kickstart/previewpane.h"
#include "netboot/netbootservice.h"

#include <QComboBox>
#include <QDir>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart;
using namespace Qt::StringLiterals;

namespace {

const MacAddress kHost = *MacAddress::parse(u"52:54:00:00:00:21"_s);

// Everything a template can pull in that depends on where it is rendered: host fields and
// tags, the server's address, both ports and URL, a built-in and a workspace snippet.
const QByteArray kTemplate = "text\n"
                             "network --hostname={{ host.name }} --ip={{ host.ip }} --bootproto={{ host.bootproto }}\n"
                             "url --url={{ server.url }}/distros/rhel9\n"
                             "# {{ server.address }} {{ server.http_port }} {{ server.tftp_port }} {{ tag.rack }}\n"
                             "# token {{ install.token }}\n"
                             "%pre\n"
                             "{{> site-banner }}\n"
                             "{{> progress-start }}\n"
                             "%end\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(path.section(u'/', 0, -2));
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The text with its install token (the template prints it on a line of its own, and the
// progress snippet puts it in its URLs) replaced by TOKEN.
QString withoutToken(const QString &text, QString *token)
{
    static const QRegularExpression line(u"^# token (\\S+)$"_s, QRegularExpression::MultilineOption);
    *token = line.match(text).captured(1);
    return token->isEmpty() ? text : QString(text).replace(*token, u"TOKEN"_s);
}

} // namespace

class TestKickstartRendering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewRenderAndServerAgree();
};

void TestKickstartRendering::previewRenderAndServerAgree()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"curl"_s).isEmpty(), "curl is missing (packaging/dev.sh test installs it)");
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(u"ws"_s));
    QVERIFY(workspace);
    auto db = Inventory::Database::open(*workspace);
    QVERIFY(db);
    const QString ks = workspace->path() + u"/ks/web.ks"_s;
    QVERIFY(writeFile(ks, kTemplate));
    QVERIFY(writeFile(workspace->snippetsDir() + u"/site-banner.ks"_s, "# Site banner\necho 'rack {{ tag.rack }}'\n"));
    QVERIFY(writeFile(workspace->path() + u"/images/vmlinuz"_s, "KERNEL"));
    QVERIFY(Inventory::ProfileRepository(**db).save({ u"rhel9"_s, {}, u"images/vmlinuz"_s, {}, {}, u"ks/web.ks"_s }));
    Inventory::Host host;
    host.mac = kHost;
    host.hostname = u"web21"_s;
    host.ip = u"10.0.0.21"_s;
    host.profile = u"rhel9"_s;
    host.tags = { u"rack=r7"_s };
    Inventory::HostRepository hosts(**db);
    QVERIFY(hosts.add(host));
    QVERIFY(hosts.setArmed({ kHost }, true));

    // The server, as the app runs it.
    BootConfig::InventoryBoot boot(**db, *workspace);
    QVERIFY(boot.reload());
    Netboot::NetbootService service(boot.content());
    QSignalSpy started(&service, &Netboot::NetbootService::started);
    Netboot::ServiceConfig config;
    config.listen = QHostAddress::LocalHost;
    config.tftpPort = 0;
    config.httpPort = 0;
    service.start(Netboot::ServerKind::Http, config);
    service.start(Netboot::ServerKind::Tftp, config);
    QTRY_COMPARE(started.size(), 2);
    const quint16 http = service.port(Netboot::ServerKind::Http);
    const quint16 tftp = service.port(Netboot::ServerKind::Tftp);
    QProcess curl;
    curl.start(u"curl"_s, { u"-sS"_s, u"--max-time"_s, u"10"_s, u"http://127.0.0.1:%1/ks/52-54-00-00-00-21.cfg"_s.arg(http) });
    QVERIFY(curl.waitForFinished(15000));
    const QString served = QString::fromUtf8(curl.readAllStandardOutput());
    QVERIFY2(served.contains(u"--hostname=web21"_s), qPrintable(served + QString::fromUtf8(curl.readAllStandardError())));

    // The CLI, told the server as `serve` is.
    QProcess cli;
    cli.start(QStringLiteral(CRASHCART_CLI), { u"ks"_s, u"render"_s, u"--workspace"_s, workspace->path(), u"--host"_s,
                                               kHost.toString(), u"--listen"_s, u"127.0.0.1"_s, u"--http-port"_s,
                                               QString::number(http), u"--tftp-port"_s, QString::number(tftp), u"--no-lint"_s, ks });
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QString rendered = QString::fromUtf8(cli.readAllStandardOutput());

    // The editor's preview, asking the running servers where they are.
    Kickstart::SnippetLibrary snippets(workspace->snippetsDir());
    App::PreviewPane preview(hosts);
    preview.setEndpointSource([&boot] { return boot.endpoint(); });
    preview.reloadHosts();
    preview.hostBox()->setCurrentIndex(preview.hostBox()->findData(kHost.toString()));
    preview.render(kTemplate, *Kickstart::CommandTable::forRelease(u"RHEL9"_s), snippets, workspace->path());
    const QString previewed = preview.text()->toPlainText();

    QString servedToken, renderedToken, previewToken;
    const QString servedText = withoutToken(served, &servedToken);
    QVERIFY2(servedText.contains(u"url --url=http://127.0.0.1:%1/distros/rhel9"_s.arg(http)), qPrintable(servedText));
    QVERIFY2(servedText.contains(u"127.0.0.1 %1 %2 r7"_s.arg(http).arg(tftp)), qPrintable(servedText));
    QVERIFY2(servedText.contains(u"echo 'rack r7'"_s), qPrintable(servedText));
    // Line by line, so a difference names its line.
    QCOMPARE(withoutToken(rendered, &renderedToken).split(u'\n'), servedText.split(u'\n'));
    QCOMPARE(withoutToken(previewed, &previewToken).split(u'\n'), servedText.split(u'\n'));
    QVERIFY2(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(servedToken).hasMatch(), qPrintable(servedToken));
    QVERIFY2(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(renderedToken).hasMatch(), qPrintable(renderedToken));
    QCOMPARE(previewToken, u"preview"_s);
}

QTEST_MAIN(TestKickstartRendering)
#include "tst_kickstartrendering.moc"
