// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercontrols.h"

#include "../errorlabel.h"
#include "serverconfigform.h"
#include "tablesetup.h"

#include "common/workspace.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>

namespace Crashcart::App {

using namespace Crashcart::Netboot;

namespace {

QPixmap dot(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(130));
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return pixmap;
}

} // namespace

ServerControls::ServerControls(NetbootService &service, ServerConfigForm &form, const Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_service(service), m_form(form), m_workspace(workspace)
{
    makeRows();
    connectService();
    connect(&m_form, &ServerConfigForm::dhcpModeChanged, this, [this] { refresh(ServerKind::Dhcp); });
    for (int s = 0; s < ServerKindCount; ++s)
        refresh(ServerKind(s));
}

void ServerControls::makeRows()
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int s = 0; s < ServerKindCount; ++s) {
        Row &row = m_rows[size_t(s)];
        row.indicator = new QLabel(this);
        auto *name = new QLabel(QStringLiteral("<b>%1</b>").arg(serverName(ServerKind(s))), this);
        row.status = new QLabel(this);
        row.status->setWordWrap(true);
        row.status->setMinimumWidth(widthForText(this, QStringLiteral("255.255.255.255:65535")));
        row.toggle = new QPushButton(this);
        connect(row.toggle, &QPushButton::clicked, this, [this, s] { toggle(ServerKind(s)); });
        grid->addWidget(row.indicator, s, 0);
        grid->addWidget(name, s, 1);
        grid->addWidget(row.status, s, 2);
        grid->addWidget(row.toggle, s, 3);
    }
    grid->setColumnStretch(2, 1);
    m_error = makeErrorLabel(this);
    grid->addWidget(m_error, ServerKindCount, 0, 1, 4);
    grid->setRowStretch(ServerKindCount + 1, 1);
}

void ServerControls::connectService()
{
    connect(&m_service, &NetbootService::started, this, &ServerControls::refresh);
    connect(&m_service, &NetbootService::failed, this, [this](ServerKind server, const QString &message) {
        m_lastError[size_t(server)] = message;
        refresh(server);
    });
    connect(&m_service, &NetbootService::stopped, this, &ServerControls::refresh);
}

void ServerControls::toggle(ServerKind server)
{
    if (m_service.state(server) == NetbootService::State::Running)
        m_service.stop(server);
    else
        start(server);
}

void ServerControls::start(ServerKind server)
{
    auto config = m_form.config();
    if (!config) {
        setError(m_error, config.error().message);
        return;
    }
    if (server == ServerKind::Dhcp && config->dhcpMode == DhcpMode::Off)
        return;
    if (server == ServerKind::Dhcp && config->dhcpMode == DhcpMode::Full) {
        // Checked here too, so that a mistake reads next to the button, not only in the log.
        auto pool = m_form.poolCheck();
        if (!pool) {
            m_lastError[size_t(server)] = pool.error().message;
            refresh(server);
            return;
        }
        config->pool = *pool;
        config->pool.leaseFile = m_workspace.dhcpLeasesPath();
    }
    m_form.save();
    m_lastError[size_t(server)].clear();
    m_service.start(server, *config);
    refresh(server);
}

// The boot servers. Syslog is off unless its own button asks for it: it listens on one more
// port and is only of use to profiles that send their log.
bool ServerControls::inStartAll(ServerKind server)
{
    return server != ServerKind::Syslog;
}

void ServerControls::startAll()
{
    for (int s = 0; s < ServerKindCount; ++s) {
        const auto server = ServerKind(s);
        if (inStartAll(server) && startable(server, m_service.state(server)))
            start(server);
    }
}

bool ServerControls::startable(ServerKind server, NetbootService::State state) const
{
    return state == NetbootService::State::Stopped && (server != ServerKind::Dhcp || m_form.dhcpMode() != DhcpMode::Off);
}

bool ServerControls::canStartAny() const
{
    for (int s = 0; s < ServerKindCount; ++s) {
        if (inStartAll(ServerKind(s)) && startable(ServerKind(s), m_service.state(ServerKind(s))))
            return true;
    }
    return false;
}

bool ServerControls::anyRunning() const
{
    for (int s = 0; s < ServerKindCount; ++s) {
        if (m_service.state(ServerKind(s)) == NetbootService::State::Running)
            return true;
    }
    return false;
}

ServerControls::Look ServerControls::lookOf(ServerKind server, NetbootService::State state) const
{
    switch (state) {
    case NetbootService::State::Stopped:
        if (!m_lastError[size_t(server)].isEmpty())
            return { QColor(0xc0, 0x1c, 0x28), tr("Failed to start") };
        if (server == ServerKind::Dhcp && m_form.dhcpMode() == DhcpMode::Off)
            return { QColor(0x9a, 0x99, 0x96), tr("Off: choose a DHCP mode") };
        return { QColor(0x9a, 0x99, 0x96), tr("Stopped") };
    case NetbootService::State::Starting: return { QColor(0xe5, 0xa5, 0x0a), tr("Starting…") };
    case NetbootService::State::Stopping: return { QColor(0xe5, 0xa5, 0x0a), tr("Stopping…") };
    case NetbootService::State::Running: break;
    }
    const auto config = m_form.config();
    if (config && server != ServerKind::Dhcp)
        return { QColor(0x26, 0xa2, 0x69), tr("Running on %1:%2").arg(config->listen.toString()).arg(m_service.port(server)) };
    return { QColor(0x26, 0xa2, 0x69), tr("Running on port %1").arg(m_service.port(server)) };
}

void ServerControls::refresh(ServerKind server)
{
    Row &row = m_rows[size_t(server)];
    const auto state = m_service.state(server);
    const Look look = lookOf(server, state);
    const int size = fontMetrics().height() * 3 / 4;
    row.indicator->setPixmap(dot(look.color, size));
    row.status->setText(look.status);
    row.status->setToolTip(m_lastError[size_t(server)]);
    const bool running = state == NetbootService::State::Running;
    row.toggle->setText(running ? tr("Stop") : tr("Start"));
    row.toggle->setEnabled(startable(server, state) || running);
    m_form.setServerBusy(server, state != NetbootService::State::Stopped);
    showErrors();
    Q_EMIT availabilityChanged();
}

void ServerControls::showErrors()
{
    QStringList errors;
    for (int s = 0; s < ServerKindCount; ++s) {
        if (!m_lastError[size_t(s)].isEmpty())
            errors.append(tr("%1: %2").arg(serverName(ServerKind(s)), m_lastError[size_t(s)]));
    }
    setError(m_error, errors.join(u'\n'));
}

} // namespace Crashcart::App
