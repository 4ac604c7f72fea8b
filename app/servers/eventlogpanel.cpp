// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlogpanel.h"

#include "eventfilterproxy.h"
#include "eventlogmodel.h"
#include "tablesetup.h"

#include "netboot/serviceconfig.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace Crashcart::App {

using namespace Crashcart::Netboot;

EventLogPanel::EventLogPanel(QWidget *parent) : QWidget(parent)
{
    m_log = new EventLogModel(10000, this);
    m_logFilter = new EventFilterProxy(this);
    m_logFilter->setSourceModel(m_log);
    makeWidgets();
    layOut();
    connectFilters();
    followNewEvents();
    updateCount();
}

void EventLogPanel::makeWidgets()
{
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by host, MAC or text…"));
    m_filter->setClearButtonEnabled(true);
    m_serverFilter = new QComboBox(this);
    m_serverFilter->addItem(tr("All servers"), QString());
    for (int s = 0; s < ServerKindCount; ++s)
        m_serverFilter->addItem(serverName(ServerKind(s)), serverName(ServerKind(s)));
    m_count = new QLabel(this);
    m_table = makeReadOnlyTable(m_logFilter, this);
    m_table->setColumnWidth(EventLogModel::Time, widthForText(this, QStringLiteral("88:88:88.888")));
    m_table->setColumnWidth(EventLogModel::Host, widthForText(this, QStringLiteral("00:00:00:00:00:00 (192.168.100.200)")));
    m_table->setColumnWidth(EventLogModel::Server, widthForText(this, QStringLiteral("DHCPX")));
    m_table->setToolTip(tr("Double-click a host to show only its events"));
}

void EventLogPanel::layOut()
{
    auto *row = new QHBoxLayout;
    row->addWidget(m_filter, 1);
    row->addWidget(m_serverFilter);
    row->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
}

void EventLogPanel::connectFilters()
{
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_logFilter->setText(text);
        updateCount();
    });
    connect(m_serverFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_logFilter->setServer(m_serverFilter->currentData().toString());
        updateCount();
    });
    connect(m_table, &QTableView::doubleClicked, this, &EventLogPanel::showOnlyHostOf);
    connect(m_logFilter, &QAbstractItemModel::rowsRemoved, this, &EventLogPanel::updateCount);
}

// Follow new events while the view is scrolled to the bottom; stay put while the user reads.
void EventLogPanel::followNewEvents()
{
    auto follow = std::make_shared<bool>(true);
    connect(m_logFilter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this, follow] {
        const QScrollBar *bar = m_table->verticalScrollBar();
        *follow = bar->value() >= bar->maximum() - 2;
    });
    connect(m_logFilter, &QAbstractItemModel::rowsInserted, this, [this, follow] {
        if (*follow)
            m_table->scrollToBottom();
        updateCount();
    });
}

void EventLogPanel::showOnlyHostOf(const QModelIndex &index)
{
    const ServerEvent &e = m_log->event(m_logFilter->mapToSource(index).row());
    const QString host = !e.mac.isNull() ? e.mac.toString() : e.host.isNull() ? QString() : e.host.toString();
    if (!host.isEmpty())
        m_filter->setText(host);
}

void EventLogPanel::clear()
{
    m_log->clear();
    updateCount();
}

void EventLogPanel::updateCount()
{
    const int shown = m_logFilter->rowCount();
    const int total = m_log->rowCount();
    m_count->setText(shown == total ? tr("%n event(s)", nullptr, total) : tr("%1 of %2 events").arg(shown).arg(total));
    m_count->setToolTip(tr("The last %1 events are kept").arg(QLocale().toString(m_log->maxEvents())));
}

} // namespace Crashcart::App
