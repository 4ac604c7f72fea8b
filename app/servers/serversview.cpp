// SPDX-License-Identifier: GPL-3.0-or-later
#include "serversview.h"

#include "../errorlabel.h"
#include "eventfilterproxy.h"
#include "eventlogmodel.h"
#include "progressdelegate.h"
#include "serverconfigform.h"
#include "transfermodel.h"

#include "common/appsettings.h"
#include "common/workspace.h"
#include "netboot/netbootservice.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace Crashcart::App {

using namespace Crashcart::Netboot;
using namespace Qt::StringLiterals;

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

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

// Widths from the text they hold, so that no language's words are cut off.
int widthFor(const QWidget *w, const QString &sample)
{
    return w->fontMetrics().horizontalAdvance(sample) + 24;
}

} // namespace

ServersView::ServersView(NetbootService &service, const Workspace &workspace, AppSettings &settings, QWidget *parent)
    : View(parent), m_service(service), m_workspace(workspace), m_settings(settings)
{
    m_form = new ServerConfigForm(settings, this);
    m_preflight = new Preflight(this);
    m_transfers = new TransferModel(this);
    m_log = new EventLogModel(10000, this);
    m_logFilter = new EventFilterProxy(this);
    m_logFilter->setSourceModel(m_log);

    auto *network = new QGroupBox(tr("Network"), this);
    (new QVBoxLayout(network))->addWidget(m_form);
    auto *servers = new QGroupBox(tr("Servers"), this);
    (new QVBoxLayout(servers))->addWidget(makeServersBox());
    auto *check = new QGroupBox(tr("Pre-flight check"), this);
    (new QVBoxLayout(check))->addWidget(makeCheckBox());
    // The settings beside the servers they start: a short row, so that the check, the transfers
    // and the log below keep the height, whatever the font and the language.
    auto *top = new QHBoxLayout;
    top->addWidget(network, 3);
    top->addWidget(servers, 2);

    auto *transfers = new QGroupBox(tr("Transfers"), this);
    (new QVBoxLayout(transfers))->addWidget(makeTransfersBox());
    auto *log = new QGroupBox(tr("Event log"), this);
    (new QVBoxLayout(log))->addWidget(makeLogBox());
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(check);
    m_splitter->addWidget(transfers);
    m_splitter->addWidget(log);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 4);
    if (!m_splitter->restoreState(settings.value(AppSettings::ServersSplitter))) {
        const int line = fontMetrics().height();
        m_splitter->setSizes({ line * 9, line * 11, line * 14 });
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

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
    connect(m_startAllAction, &QAction::triggered, this, &ServersView::startAll);
    connect(m_stopAllAction, &QAction::triggered, this, [this] { m_service.stopAll(); });
    connect(m_checkAction, &QAction::triggered, this, &ServersView::runCheck);
    connect(m_clearLogAction, &QAction::triggered, this, [this] {
        m_log->clear();
        updateLogCount();
    });
    connect(m_form, &ServerConfigForm::dhcpModeChanged, this, [this] { updateServer(ServerKind::Dhcp); });
    connect(m_preflight, &Preflight::finished, this, &ServersView::showFindings);

    auto *prune = new QTimer(this);
    connect(prune, &QTimer::timeout, m_transfers, &TransferModel::prune);
    prune->start(1000);

    connectService();
    for (int s = 0; s < ServerKindCount; ++s)
        updateServer(ServerKind(s));
    updateLogCount();
}

ServersView::~ServersView() = default;

QWidget *ServersView::makeServersBox()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int s = 0; s < ServerKindCount; ++s) {
        ServerRow &row = m_servers[size_t(s)];
        row.indicator = new QLabel(box);
        auto *name = new QLabel(QStringLiteral("<b>%1</b>").arg(serverName(ServerKind(s))), box);
        row.status = new QLabel(box);
        row.status->setWordWrap(true);
        row.status->setMinimumWidth(widthFor(this, QStringLiteral("255.255.255.255:65535")));
        row.toggle = new QPushButton(box);
        connect(row.toggle, &QPushButton::clicked, this, [this, s] { toggle(ServerKind(s)); });
        grid->addWidget(row.indicator, s, 0);
        grid->addWidget(name, s, 1);
        grid->addWidget(row.status, s, 2);
        grid->addWidget(row.toggle, s, 3);
    }
    grid->setColumnStretch(2, 1);
    m_serverError = makeErrorLabel(box);
    grid->addWidget(m_serverError, ServerKindCount, 0, 1, 4);
    grid->setRowStretch(ServerKindCount + 1, 1);
    return box;
}

QWidget *ServersView::makeCheckBox()
{
    auto *box = new QWidget(this);
    m_checkButton = new QPushButton(tr("Check"), box);
    m_checkButton->setToolTip(tr("Look for what would keep the servers from working: ports taken, privileges, "
                                 "boot loaders, other DHCP servers"));
    m_checkStatus = new QLabel(tr("Not checked yet: the check looks for ports taken, missing privileges and boot "
                                  "loaders, and other DHCP servers on the network."),
                               box);
    m_checkStatus->setWordWrap(true);
    // Rows of icon and rich text (the finding in bold, the advice below), word-wrapped in any language.
    m_findings = new QScrollArea(box);
    m_findings->setWidgetResizable(true);
    m_findings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_findings->setMinimumHeight(fontMetrics().height() * 3);
    auto *list = new QWidget(m_findings);
    list->setBackgroundRole(QPalette::Base);
    list->setAutoFillBackground(true);
    m_findingRows = new QVBoxLayout(list);
    m_findingRows->setContentsMargins(4, 4, 4, 4);
    m_findingRows->addStretch();
    m_findings->setWidget(list);
    auto *row = new QHBoxLayout;
    row->addWidget(m_checkButton);
    row->addWidget(m_checkStatus, 1);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_findings, 1);
    connect(m_checkButton, &QPushButton::clicked, this, &ServersView::runCheck);
    return box;
}

QWidget *ServersView::makeTransfersBox()
{
    m_transferTable = makeTable(m_transfers, this);
    m_transferTable->setItemDelegateForColumn(TransferModel::Progress,
                                              new ProgressDelegate(TransferModel::ProgressRole, TransferModel::OpacityRole, this));
    const std::pair<int, QString> widths[] = {
        { TransferModel::Client, QStringLiteral("192.168.100.200:65535") },
        { TransferModel::Mac, QStringLiteral("00:00:00:00:00:00") },
        { TransferModel::Progress, QStringLiteral("XXXXXXXXXXXXXXXXXXXXXXX") },
        { TransferModel::Bytes, m_transfers->tr("%1 of %2").arg(QStringLiteral("888.8 MiB"), QStringLiteral("888.8 MiB")) },
        { TransferModel::Rate, TransferModel::formatRate(888.8e6) },
        { TransferModel::Retransmits, m_transfers->headerData(TransferModel::Retransmits, Qt::Horizontal).toString() },
    };
    for (const auto &[column, sample] : widths)
        m_transferTable->setColumnWidth(column, widthFor(this, sample));
    // The file name takes what the fixed columns leave.
    m_transferTable->horizontalHeader()->setStretchLastSection(false);
    m_transferTable->horizontalHeader()->setSectionResizeMode(TransferModel::File, QHeaderView::Stretch);
    m_transferTable->setColumnWidth(TransferModel::State, widthFor(this, m_transfers->tr("Sending") + u"XXXXXX"_s));
    return m_transferTable;
}

QWidget *ServersView::makeLogBox()
{
    auto *box = new QWidget(this);
    m_filter = new QLineEdit(box);
    m_filter->setPlaceholderText(tr("Filter by host, MAC or text…"));
    m_filter->setClearButtonEnabled(true);
    m_serverFilter = new QComboBox(box);
    m_serverFilter->addItem(tr("All servers"), QString());
    for (int s = 0; s < ServerKindCount; ++s)
        m_serverFilter->addItem(serverName(ServerKind(s)), serverName(ServerKind(s)));
    m_logCount = new QLabel(box);
    m_logTable = makeTable(m_logFilter, box);
    m_logTable->setColumnWidth(EventLogModel::Time, widthFor(this, QStringLiteral("88:88:88.888")));
    m_logTable->setColumnWidth(EventLogModel::Host, widthFor(this, QStringLiteral("00:00:00:00:00:00 (192.168.100.200)")));
    m_logTable->setColumnWidth(EventLogModel::Server, widthFor(this, QStringLiteral("DHCPX")));
    m_logTable->setToolTip(tr("Double-click a host to show only its events"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_filter, 1);
    row->addWidget(m_serverFilter);
    row->addWidget(m_logCount);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_logTable, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_logFilter->setText(text);
        updateLogCount();
    });
    connect(m_serverFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_logFilter->setServer(m_serverFilter->currentData().toString());
        updateLogCount();
    });
    connect(m_logTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const ServerEvent &e = m_log->event(m_logFilter->mapToSource(index).row());
        const QString host = !e.mac.isNull() ? e.mac.toString() : e.host.isNull() ? QString() : e.host.toString();
        if (!host.isEmpty())
            m_filter->setText(host);
    });
    // Follow new events while the view is scrolled to the bottom; stay put while the user reads.
    auto follow = std::make_shared<bool>(true);
    connect(m_logFilter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this, follow] {
        const QScrollBar *bar = m_logTable->verticalScrollBar();
        *follow = bar->value() >= bar->maximum() - 2;
    });
    connect(m_logFilter, &QAbstractItemModel::rowsInserted, this, [this, follow] {
        if (*follow)
            m_logTable->scrollToBottom();
        updateLogCount();
    });
    connect(m_logFilter, &QAbstractItemModel::rowsRemoved, this, &ServersView::updateLogCount);
    return box;
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
    const int running = m_transfers->runningCount();
    if (running == 0)
        return true;
    return QMessageBox::question(this, tr("Transfers are running"),
                                 tr("%n transfer(s) are still running. Stop the servers and quit?", nullptr, running),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void ServersView::toggle(ServerKind server)
{
    if (m_service.state(server) == NetbootService::State::Running)
        m_service.stop(server);
    else
        startServer(server);
}

void ServersView::startServer(ServerKind server)
{
    auto config = m_form->config();
    if (!config) {
        setError(m_serverError, config.error().message);
        return;
    }
    if (server == ServerKind::Dhcp && config->dhcpMode == DhcpMode::Off)
        return;
    if (server == ServerKind::Dhcp && config->dhcpMode == DhcpMode::Full) {
        // Checked here too, so that a mistake reads next to the button, not only in the log.
        auto pool = m_form->poolCheck();
        if (!pool) {
            m_lastError[size_t(server)] = pool.error().message;
            updateServer(server);
            return;
        }
        config->pool = *pool;
        config->pool.leaseFile = m_workspace.dhcpLeasesPath();
    }
    m_form->save();
    m_lastError[size_t(server)].clear();
    m_service.start(server, *config);
    updateServer(server);
}

bool ServersView::dhcpOffNow() const
{
    return m_form->dhcpMode() == DhcpMode::Off;
}

void ServersView::startAll()
{
    for (int s = 0; s < ServerKindCount; ++s) {
        const auto server = ServerKind(s);
        if (m_service.state(server) == NetbootService::State::Stopped && (server != ServerKind::Dhcp || !dhcpOffNow()))
            startServer(server);
    }
}

void ServersView::updateServer(ServerKind server)
{
    ServerRow &row = m_servers[size_t(server)];
    const auto state = m_service.state(server);
    const bool dhcpOff = server == ServerKind::Dhcp && dhcpOffNow();
    const bool failed = !m_lastError[size_t(server)].isEmpty();
    QColor color(0x9a, 0x99, 0x96);
    QString status;
    switch (state) {
    case NetbootService::State::Stopped:
        if (failed) {
            color = QColor(0xc0, 0x1c, 0x28);
            status = tr("Failed to start");
        } else {
            status = dhcpOff ? tr("Off: choose a DHCP mode") : tr("Stopped");
        }
        break;
    case NetbootService::State::Starting: color = QColor(0xe5, 0xa5, 0x0a); status = tr("Starting…"); break;
    case NetbootService::State::Stopping: color = QColor(0xe5, 0xa5, 0x0a); status = tr("Stopping…"); break;
    case NetbootService::State::Running: {
        color = QColor(0x26, 0xa2, 0x69);
        const auto config = m_form->config();
        status = tr("Running on port %1").arg(m_service.port(server));
        if (config && server != ServerKind::Dhcp)
            status = tr("Running on %1:%2").arg(config->listen.toString()).arg(m_service.port(server));
        break;
    }
    }
    const int size = fontMetrics().height() * 3 / 4;
    row.indicator->setPixmap(dot(color, size));
    row.status->setText(status);
    row.status->setToolTip(m_lastError[size_t(server)]);
    const bool running = state == NetbootService::State::Running;
    row.toggle->setText(running ? tr("Stop") : tr("Start"));
    row.toggle->setEnabled((state == NetbootService::State::Stopped && !dhcpOff) || running);
    m_form->setServerBusy(server, state != NetbootService::State::Stopped);

    QStringList errors;
    for (int s = 0; s < ServerKindCount; ++s) {
        if (!m_lastError[size_t(s)].isEmpty())
            errors.append(tr("%1: %2").arg(serverName(ServerKind(s)), m_lastError[size_t(s)]));
    }
    setError(m_serverError, errors.join(u'\n'));
    bool anyStartable = false, anyRunning = false;
    for (int s = 0; s < ServerKindCount; ++s) {
        const auto st = m_service.state(ServerKind(s));
        anyStartable = anyStartable || (st == NetbootService::State::Stopped && (ServerKind(s) != ServerKind::Dhcp || !dhcpOffNow()));
        anyRunning = anyRunning || st == NetbootService::State::Running;
    }
    m_startAllAction->setEnabled(anyStartable);
    m_stopAllAction->setEnabled(anyRunning);
}

void ServersView::runCheck()
{
    if (m_preflight->isRunning())
        return;
    auto config = m_form->config();
    if (!config) {
        showFindings({ { Finding::Severity::Problem, std::nullopt, config.error().message, QString() } });
        return;
    }
    PreflightRequest request;
    request.config = *config;
    request.dhcp = config->dhcpMode != DhcpMode::Off;
    request.tftpRoot = m_workspace.tftpRoot();
    m_checkButton->setEnabled(false);
    m_checkAction->setEnabled(false);
    m_checkStatus->setText(request.dhcp ? tr("Checking… asking the network for other DHCP servers (3 s)") : tr("Checking…"));
    m_preflight->run(request);
}

void ServersView::showFindings(const QList<Finding> &found)
{
    QList<Finding> findings = found;
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    int problems = 0, warnings = 0;
    for (const Finding &f : std::as_const(findings)) {
        problems += f.severity == Finding::Severity::Problem;
        warnings += f.severity == Finding::Severity::Warning;
    }
    if (problems == 0 && warnings == 0)
        findings.prepend({ Finding::Severity::Ok, std::nullopt, tr("Nothing in the way: the servers can start."), QString() });
    while (m_findingRows->count() > 1) { // all but the closing stretch
        QLayoutItem *item = m_findingRows->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_findingTexts.clear();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (const Finding &f : std::as_const(findings)) {
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        switch (f.severity) {
        case Finding::Severity::Problem: icon = QStyle::SP_MessageBoxCritical; break;
        case Finding::Severity::Warning: icon = QStyle::SP_MessageBoxWarning; break;
        case Finding::Severity::Notice: icon = QStyle::SP_MessageBoxInformation; break;
        case Finding::Severity::Ok: icon = QStyle::SP_DialogApplyButton; break;
        }
        const QString message = f.server ? tr("%1: %2").arg(serverName(*f.server), f.message) : f.message;
        m_findingTexts.append(f.advice.isEmpty() ? message : message + u'\n' + f.advice);
        auto *row = new QWidget;
        auto *iconLabel = new QLabel(row);
        iconLabel->setPixmap(style()->standardIcon(icon).pixmap(iconSize, iconSize));
        iconLabel->setAlignment(Qt::AlignTop);
        auto *text = new QLabel(row);
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setText(u"<b>"_s + message.toHtmlEscaped() + u"</b>"_s
                      + (f.advice.isEmpty() ? QString() : u"<br>"_s + f.advice.toHtmlEscaped()));
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 2, 0, 4);
        rowLayout->addWidget(iconLabel);
        rowLayout->addWidget(text, 1);
        m_findingRows->insertWidget(m_findingRows->count() - 1, row);
    }
    m_checkButton->setEnabled(true);
    m_checkAction->setEnabled(true);
    m_checkStatus->setText(tr("Checked at %1: %2, %3")
                               .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat),
                                    tr("%n problem(s)", nullptr, problems), tr("%n warning(s)", nullptr, warnings)));
}

void ServersView::updateLogCount()
{
    const int shown = m_logFilter->rowCount();
    const int total = m_log->rowCount();
    m_logCount->setText(shown == total ? tr("%n event(s)", nullptr, total) : tr("%1 of %2 events").arg(shown).arg(total));
    m_logCount->setToolTip(tr("The last %1 events are kept").arg(QLocale().toString(m_log->maxEvents())));
}

} // namespace Crashcart::App
