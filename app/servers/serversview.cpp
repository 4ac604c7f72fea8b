// SPDX-License-Identifier: GPL-3.0-or-later
#include "serversview.h"

#include "eventlogpanel.h"
#include "preflightpanel.h"
#include "serverconfigform.h"
#include "servercontrols.h"
#include "servereventfeed.h"
#include "transfermodel.h"
#include "transfertable.h"

#include "common/appsettings.h"
#include "netboot/netbootservice.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace Crashcart::App {

using namespace Crashcart::Netboot;

namespace {

QGroupBox *group(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    (new QVBoxLayout(box))->addWidget(content);
    return box;
}

} // namespace

ServersView::ServersView(NetbootService &service, const Workspace &workspace, AppSettings &settings, QWidget *parent)
    : View(parent), m_service(service), m_settings(settings)
{
    m_form = new ServerConfigForm(settings, this);
    m_controls = new ServerControls(service, *m_form, workspace, this);
    m_preflight = new PreflightPanel(*m_form, workspace, this);
    m_transfers = new TransferTable(this);
    m_eventLog = new EventLogPanel(this);
    // Owned by the view; nothing asks it anything once it is connected.
    new ServerEventFeed(service, *m_form, workspace, *m_eventLog->log(), *m_transfers->transfers(), this);
    layOut();
    makeActions();
    connectParts();
    updateActions();
}

ServersView::~ServersView() = default;

void ServersView::layOut()
{
    // The settings beside the servers they start: a short row, so that the check, the transfers
    // and the log below keep the height, whatever the font and the language.
    auto *top = new QHBoxLayout;
    top->addWidget(group(tr("Network"), m_form, this), 3);
    top->addWidget(group(tr("Servers"), m_controls, this), 2);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(group(tr("Pre-flight check"), m_preflight, this));
    m_splitter->addWidget(group(tr("Transfers"), m_transfers, this));
    m_splitter->addWidget(group(tr("Event log"), m_eventLog, this));
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 4);
    if (!m_splitter->restoreState(m_settings.value(AppSettings::ServersSplitter))) {
        const int line = fontMetrics().height();
        m_splitter->setSizes({ line * 9, line * 11, line * 14 });
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
}

void ServersView::makeActions()
{
    m_startAllAction = new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Start All Servers"), this);
    m_startAllAction->setIconText(tr("Start all"));
    m_startAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_stopAllAction = new QAction(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("S&top All Servers"), this);
    m_stopAllAction->setIconText(tr("Stop all"));
    m_checkAction = new QAction(QIcon::fromTheme(QStringLiteral("dialog-information")), tr("&Check Before Starting"), this);
    m_checkAction->setIconText(tr("Check"));
    m_checkAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_clearLogAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-clear")), tr("C&lear Event Log"), this);
    m_clearLogAction->setIconText(tr("Clear log"));
}

void ServersView::connectParts()
{
    connect(m_startAllAction, &QAction::triggered, m_controls, &ServerControls::startAll);
    connect(m_stopAllAction, &QAction::triggered, this, [this] { m_service.stopAll(); });
    connect(m_checkAction, &QAction::triggered, m_preflight, &PreflightPanel::run);
    connect(m_clearLogAction, &QAction::triggered, m_eventLog, &EventLogPanel::clear);
    connect(m_controls, &ServerControls::availabilityChanged, this, &ServersView::updateActions);
    connect(m_preflight, &PreflightPanel::runningChanged, m_checkAction, [this](bool running) {
        m_checkAction->setEnabled(!running);
    });
    connect(&m_service, &NetbootService::started, this, [this](ServerKind server) {
        Q_EMIT statusMessage(tr("%1 server started").arg(serverName(server)));
    });
    connect(&m_service, &NetbootService::failed, this, [this](ServerKind server) {
        Q_EMIT statusMessage(tr("%1 server could not start").arg(serverName(server)));
    });
}

void ServersView::updateActions()
{
    m_startAllAction->setEnabled(m_controls->canStartAny());
    m_stopAllAction->setEnabled(m_controls->anyRunning());
}

QString ServersView::title() const
{
    return tr("Servers");
}

QString ServersView::menuTitle() const
{
    return tr("&Servers");
}

QList<QAction *> ServersView::menuActions() const
{
    return { m_startAllAction, m_stopAllAction, nullptr, m_checkAction, nullptr, m_clearLogAction };
}

QList<QAction *> ServersView::toolBarActions() const
{
    return { m_startAllAction, m_stopAllAction, nullptr, m_checkAction, m_clearLogAction };
}

void ServersView::saveState()
{
    m_form->save();
    m_settings.setValue(AppSettings::ServersSplitter, m_splitter->saveState());
}

bool ServersView::maybeClose()
{
    const int running = m_transfers->transfers()->runningCount();
    if (running == 0)
        return true;
    return QMessageBox::question(this, tr("Transfers are running"),
                                 tr("%n transfer(s) are still running. Stop the servers and quit?", nullptr, running),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

} // namespace Crashcart::App
