// SPDX-License-Identifier: GPL-3.0-or-later
#include "hosttimeline.h"

#include "install/hardwarereport.h"
#include "install/installrepository.h"
#include "inventory/eventlog.h"
#include "inventory/hostrepository.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Crashcart::App {

namespace {

// The source names stay as the CLI prints them (dhcp, tftp, ...): protocol names, the same in
// every language; the app shows them translated where a word is a word.
QString sourceLabel(const QString &source)
{
    if (source == QLatin1String("callback"))
        return HostTimeline::tr("installer");
    if (source == QLatin1String("install"))
        return HostTimeline::tr("install");
    if (source == QLatin1String("inventory"))
        return HostTimeline::tr("inventory");
    if (source == QLatin1String("boot"))
        return HostTimeline::tr("boot");
    return source.toUpper(); // DHCP, TFTP, HTTP, SYSLOG
}

QTreeWidget *makeTree(const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

HostTimeline::HostTimeline(Inventory::Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    m_heading = new QLabel(tr("Select a host to see its timeline: every boot step and what its installer reported."), this);
    m_heading->setWordWrap(true);
    m_events = makeTree({ tr("Time"), tr("Source"), tr("Event"), tr("Details") }, this);
    m_report = makeTree({ tr("Hardware"), tr("Value") }, this);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("An install that fails posts the end of its log here."));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_events, tr("&Timeline"));
    m_tabs->addTab(m_report, tr("Hard&ware"));
    m_tabs->addTab(m_log, tr("Lo&g"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
}

void HostTimeline::showHost(const MacAddress &mac)
{
    if (mac == m_mac && !mac.isNull())
        return;
    m_mac = mac;
    load();
}

void HostTimeline::refresh(const QList<MacAddress> &macs)
{
    if (!m_mac.isNull() && macs.contains(m_mac))
        load();
}

void HostTimeline::load()
{
    m_events->clear();
    m_report->clear();
    m_log->clear();
    if (m_mac.isNull()) {
        m_heading->setText(tr("Select a host to see its timeline: every boot step and what its installer reported."));
        return;
    }
    loadInstall();
    loadEvents();
}

void HostTimeline::loadEvents()
{
    auto events = Inventory::EventLog(m_db).forHost(m_mac, 5000);
    if (!events) {
        m_heading->setText(events.error().message);
        return;
    }
    QList<QTreeWidgetItem *> items;
    items.reserve(events->size());
    for (auto it = events->crbegin(); it != events->crend(); ++it) {
        const QString source = Inventory::EventLog::sourceOf(it->kind);
        auto *item = new QTreeWidgetItem({ QLocale().toString(it->at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                           sourceLabel(source), Inventory::EventLog::kindLabel(it->kind), it->message });
        item->setToolTip(3, it->message);
        if (it->kind == QLatin1String("install.failed") || it->kind == QLatin1String("install.refused")
            || it->kind == QLatin1String("boot.tftp-failed") || it->kind == QLatin1String("boot.refused"))
            item->setForeground(2, QColor(0xd3, 0x2f, 0x2f));
        else if (it->kind == QLatin1String("install.done"))
            item->setForeground(2, QColor(0x2e, 0x7d, 0x32));
        items.append(item);
    }
    m_events->addTopLevelItems(items);
    for (int c = 0; c < 3; ++c)
        m_events->resizeColumnToContents(c);
    m_events->scrollToBottom();
}

void HostTimeline::loadInstall()
{
    const auto host = Inventory::HostRepository(m_db).find(m_mac);
    const QString name = host && *host && !(*host)->hostname.isEmpty() ? (*host)->hostname : m_mac.toString();
    Install::InstallRepository installs(m_db);
    const auto latest = installs.latest(m_mac);
    if (!latest || !*latest) {
        m_heading->setText(tr("%1: never installed by Crashcart").arg(name));
        return;
    }
    const Install::Install &i = **latest;
    QString state = Install::stateLabel(i.state);
    if (i.state == Install::InstallState::Installing)
        state += u" · " + (i.stage.isEmpty() ? QString() : i.stage + u' ') + tr("%1%").arg(i.percent);
    else if (i.endedAt.isValid())
        state += u" · " + Install::outcomeLabel(i.outcome);
    m_heading->setText(tr("<b>%1</b> (%2), profile %3, armed %4 by %5: %6")
                           .arg(name.toHtmlEscaped(), m_mac.toString(), i.profile.toHtmlEscaped(),
                                QLocale().toString(i.armedAt.toLocalTime(), QLocale::ShortFormat),
                                (i.armedBy.isEmpty() ? tr("someone") : i.armedBy).toHtmlEscaped(), state.toHtmlEscaped()));
    // The report and the log of the latest install that posted one.
    auto all = installs.forHost(m_mac);
    for (auto it = all ? all->crbegin() : QList<Install::Install>::const_reverse_iterator(); all && it != all->crend(); ++it) {
        if (it->hasReport && m_report->topLevelItemCount() == 0) {
            if (auto report = installs.report(it->id)) {
                for (const auto &row : Install::summarizeReport(*report))
                    new QTreeWidgetItem(m_report, { row.label, row.value });
                m_report->resizeColumnToContents(0);
            }
        }
        if (it->hasLog && m_log->document()->isEmpty()) {
            if (auto log = installs.log(it->id))
                m_log->setPlainText(*log);
        }
    }
}

} // namespace Crashcart::App
