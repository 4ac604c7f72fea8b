// SPDX-License-Identifier: GPL-3.0-or-later
#include "hosts/hostsview.h"
#include "initrd/initrdview.h"
#include "kickstart/kickstartview.h"
#include "mainwindow.h"
#include "notifier.h"
#include "servers/servercontrols.h"
#include "servers/serversview.h"

#include "bmc/credentialstore.h"
#include "bootconfig/eventrecorder.h"
#include "bootconfig/inventoryboot.h"
#include "common/appsettings.h"
#include "common/i18n.h"
#include "common/workspace.h"
#include "install/installtracker.h"
#include "inventory/database.h"
#include "inventory/databaseuri.h"
#include "inventory/hostrepository.h"
#include "inventory/profile.h"
#include "netboot/netbootservice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QStatusBar>

using namespace Crashcart;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("crashcart"));
    QApplication::setApplicationDisplayName(QStringLiteral("Crashcart"));
    QApplication::setOrganizationDomain(QStringLiteral("crashcart.org"));
    QApplication::setApplicationVersion(QStringLiteral(CRASHCART_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(CRASHCART_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.crashcart.Crashcart.svg")));

    AppSettings settings;
    QCommandLineParser parser;
    // Also the man page crashcart(1): packaging/man/genman.cmake makes it from this help.
    parser.setApplicationDescription(QApplication::translate(
        "main",
        "Installs Linux on bare-metal servers over the network: hosts, profiles, kickstart\n"
        "and preseed files, initramfs images and the netboot servers (DHCP, TFTP, HTTP)\n"
        "in one window. crashcart-cli(1) does the same without a screen.\n"
        "\n"
        "Exit status:\n"
        "  0  the window was closed\n"
        "  1  the workspace or its inventory cannot be opened (a message says why)\n"
        "\n"
        "Environment:\n"
        "  LANG, LC_ALL, LANGUAGE  the language when --language and the settings name none\n"
        "  XDG_CONFIG_HOME         where the settings file is (default: ~/.config)\n"
        "  XDG_DATA_HOME           where the default workspace is (default: ~/.local/share)\n"
        "  QT_QPA_PLATFORM         Qt's display platform (offscreen: no window)\n"
        "\n"
        "Files:\n"
        "  $XDG_CONFIG_HOME/crashcart.org/crashcart.conf\n"
        "                          the settings: the workspace, the language, the servers'\n"
        "                          last settings, the window's layout\n"
        "  $XDG_DATA_HOME/crashcart\n"
        "                          the workspace unless --workspace or the settings name one\n"
        "  WORKSPACE/crashcart.db  the inventory: hosts, profiles, distributions, events"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             QApplication::translate("main", "Use the workspace in DIR."),
                                             QStringLiteral("DIR"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QApplication::translate("main", "Show the interface in LANG (en, zh_CN)."),
                                            QStringLiteral("LANG"));
    // For a laptop that should serve from the moment it starts (an autostart entry), and for
    // the tests that kill the app while machines boot from it.
    const QCommandLineOption startServersOption(
        QStringLiteral("start-servers"),
        QApplication::translate("main", "Start the servers at launch with the Servers view's last settings (as Servers › Start All Servers)."));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QApplication::translate("main", "Use the inventory at URI, a PostgreSQL server (postgresql://USER@HOST/DB), or "
                                        "'sqlite' for the workspace's own file, instead of the workspace's setting."),
        QStringLiteral("URI"));
    parser.addOptions({ workspaceOption, languageOption, startServersOption, databaseOption });
    parser.process(app);

    const QString language = parser.isSet(languageOption) ? parser.value(languageOption) : settings.value(AppSettings::Language);
    I18n::install(app, language);

    if (parser.isSet(databaseOption)) {
        const QString uri = parser.value(databaseOption);
        if (uri != QLatin1String("sqlite")) {
            if (auto parsed = Inventory::DatabaseUri::parse(uri); !parsed) {
                QMessageBox::critical(nullptr, QApplication::translate("main", "Crashcart"), parsed.error().message);
                return 2;
            }
        }
        qputenv("CRASHCART_DATABASE", uri.toUtf8()); // what Workspace::open reads, as crashcart-cli does
    }

    QString path = parser.value(workspaceOption);
    if (path.isEmpty())
        path = settings.value(AppSettings::WorkspacePath);
    if (path.isEmpty())
        path = Workspace::defaultPath();
    auto workspace = Workspace::open(path);
    if (!workspace) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Crashcart"), workspace.error().message);
        return 1;
    }
    // A server's password that ~/.pgpass lacks comes from the keychain, as crashcart-cli's does.
    auto database = Inventory::Database::open(*workspace, [](const Inventory::DatabaseUri &uri) {
        return Bmc::CredentialStore(Bmc::CredentialStore::databaseService()).readSecret(uri.display());
    });
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Crashcart"), database.error().message);
        return 1;
    }
    Inventory::HostRepository hosts(**database);
    Inventory::ProfileRepository profiles(**database);

    // The servers answer from the inventory (per-host configs, profiles, kickstarts) and
    // every exchange goes on the host's timeline. Before the window, so the servers outlive
    // the view that shows them; they stop with it, then the last events are written.
    BootConfig::InventoryBoot boot(**database, *workspace);
    if (auto loaded = boot.reload(); !loaded) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Crashcart"), loaded.error().message);
        return 1;
    }
    boot.watch(1000); // crashcart-cli (hosts arm, profiles set) writes from another process
    Netboot::NetbootService netboot(boot.content());
    boot.attach(netboot);
    App::MainWindow window(settings, workspace->path());
    auto *hostsView = new App::HostsView(hosts, profiles, *workspace, settings, &window);
    window.addView(hostsView);
    // Queued: the drop handler returns before the import dialog opens its own loop.
    QObject::connect(
        &window, &App::MainWindow::imageDropped, hostsView,
        [hostsView](const QString &path) { hostsView->importDistribution(path); }, Qt::QueuedConnection);
    QObject::connect(hostsView, &App::HostsView::inventoryChanged, &boot, &BootConfig::InventoryBoot::scheduleReload);
    QObject::connect(boot.recorder(), &BootConfig::EventRecorder::written, hostsView, &App::HostsView::refreshHosts);
    QObject::connect(boot.recorder(), &BootConfig::EventRecorder::writeFailed, &window, [&window](const QString &message) {
        window.statusBar()->showMessage(QApplication::translate("main", "Events not recorded: %1").arg(message));
    });
    QObject::connect(&boot, &BootConfig::InventoryBoot::installsChanged, hostsView, &App::HostsView::refreshHosts);
    // An install that ends reaches the admin on the desktop, wherever they are looking.
    App::Notifier notifier;
    QObject::connect(boot.tracker(), &Install::InstallTracker::ended, &window,
                     [&notifier, &window, &hosts](const MacAddress &mac, int state, const QString &outcome) {
                         const auto host = hosts.find(mac);
                         const QString name = host && *host && !(*host)->hostname.isEmpty() ? (*host)->hostname : mac.toString();
                         const bool done = Install::InstallState(state) == Install::InstallState::Installed;
                         const QString summary = done ? QApplication::translate("main", "%1 is installed").arg(name)
                                                      : QApplication::translate("main", "%1: the install failed").arg(name);
                         notifier.notify(summary, Install::outcomeLabel(outcome), !done);
                         window.statusBar()->showMessage(summary + u": " + Install::outcomeLabel(outcome));
                     });
    // Its BMC no longer names the network as the next boot (one that ignores "once").
    QObject::connect(boot.tracker(), &Install::InstallTracker::ended, hostsView, &App::HostsView::clearBootOverride);
    hostsView->setServerEndpointSource([&boot] { return boot.endpoint(); });
    QObject::connect(&boot, &BootConfig::InventoryBoot::reloadFailed, &window, [&window](const QString &message) {
        window.statusBar()->showMessage(QApplication::translate("main", "The inventory cannot be read: %1").arg(message));
    });
    auto *kickstartView = new App::KickstartView(hosts, *workspace, settings, &window);
    kickstartView->setServerEndpointSource([&boot] { return boot.endpoint(); }); // what the servers announce
    window.addView(kickstartView);
    window.addView(new App::InitrdView(settings, &window));
    auto *serversView = new App::ServersView(netboot, *workspace, settings, &window);
    window.addView(serversView);
    window.restoreLayout();
    window.show();
    if (parser.isSet(startServersOption))
        serversView->controls()->startAll();
    return app.exec();
}
