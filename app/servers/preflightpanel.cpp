// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflightpanel.h"

#include "serverconfigform.h"

#include "common/workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTime>
#include <QVBoxLayout>

#include <algorithm>

namespace Crashcart::App {

using namespace Crashcart::Netboot;
using namespace Qt::StringLiterals;

namespace {

QStyle::StandardPixmap iconFor(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Problem: return QStyle::SP_MessageBoxCritical;
    case Finding::Severity::Warning: return QStyle::SP_MessageBoxWarning;
    case Finding::Severity::Notice: return QStyle::SP_MessageBoxInformation;
    case Finding::Severity::Ok: return QStyle::SP_DialogApplyButton;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

PreflightPanel::PreflightPanel(const ServerConfigForm &form, const Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_form(form), m_workspace(workspace), m_preflight(new Preflight(this))
{
    makeWidgets();
    layOut();
    connect(m_checkButton, &QPushButton::clicked, this, &PreflightPanel::run);
    connect(m_preflight, &Preflight::finished, this, &PreflightPanel::showFindings);
}

void PreflightPanel::makeWidgets()
{
    m_checkButton = new QPushButton(tr("Check"), this);
    m_checkButton->setToolTip(tr("Look for what would keep the servers from working: ports taken, privileges, "
                                 "boot loaders, other DHCP servers"));
    m_status = new QLabel(tr("Not checked yet: the check looks for ports taken, missing privileges and boot "
                             "loaders, and other DHCP servers on the network."),
                          this);
    m_status->setWordWrap(true);
    // Rows of icon and rich text (the finding in bold, the advice below), word-wrapped in any language.
    m_findings = new QScrollArea(this);
    m_findings->setWidgetResizable(true);
    m_findings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_findings->setMinimumHeight(fontMetrics().height() * 3);
    auto *list = new QWidget(m_findings);
    list->setBackgroundRole(QPalette::Base);
    list->setAutoFillBackground(true);
    m_rows = new QVBoxLayout(list);
    m_rows->setContentsMargins(4, 4, 4, 4);
    m_rows->addStretch();
    m_findings->setWidget(list);
}

void PreflightPanel::layOut()
{
    auto *row = new QHBoxLayout;
    row->addWidget(m_checkButton);
    row->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_findings, 1);
}

bool PreflightPanel::isRunning() const
{
    return m_preflight->isRunning();
}

void PreflightPanel::run()
{
    if (m_preflight->isRunning())
        return;
    auto config = m_form.config();
    if (!config) {
        showFindings({ { Finding::Severity::Problem, std::nullopt, config.error().message, QString() } });
        return;
    }
    PreflightRequest request;
    request.config = *config;
    request.dhcp = config->dhcpMode != DhcpMode::Off;
    request.tftpRoot = m_workspace.tftpRoot();
    m_checkButton->setEnabled(false);
    Q_EMIT runningChanged(true);
    m_status->setText(request.dhcp ? tr("Checking… asking the network for other DHCP servers (6 s)") : tr("Checking…"));
    m_preflight->run(request);
}

void PreflightPanel::showFindings(const QList<Finding> &found)
{
    QList<Finding> findings = found;
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    const auto problems = int(std::count_if(findings.cbegin(), findings.cend(),
                                            [](const Finding &f) { return f.severity == Finding::Severity::Problem; }));
    const auto warnings = int(std::count_if(findings.cbegin(), findings.cend(),
                                            [](const Finding &f) { return f.severity == Finding::Severity::Warning; }));
    if (problems == 0 && warnings == 0)
        findings.prepend({ Finding::Severity::Ok, std::nullopt, tr("Nothing in the way: the servers can start."), QString() });
    clearRows();
    for (const Finding &f : std::as_const(findings))
        addRow(f);
    m_checkButton->setEnabled(true);
    Q_EMIT runningChanged(false);
    m_status->setText(tr("Checked at %1: %2, %3")
                          .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat),
                               tr("%n problem(s)", nullptr, problems), tr("%n warning(s)", nullptr, warnings)));
}

void PreflightPanel::clearRows()
{
    while (m_rows->count() > 1) { // all but the closing stretch
        QLayoutItem *item = m_rows->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_findingTexts.clear();
}

void PreflightPanel::addRow(const Finding &f)
{
    const QString message = f.server ? tr("%1: %2").arg(serverName(*f.server), f.message) : f.message;
    m_findingTexts.append(f.advice.isEmpty() ? message : message + u'\n' + f.advice);
    auto *row = new QWidget;
    auto *icon = new QLabel(row);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(iconFor(f.severity)).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    auto *text = new QLabel(row);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setText(u"<b>"_s + message.toHtmlEscaped() + u"</b>"_s
                  + (f.advice.isEmpty() ? QString() : u"<br>"_s + f.advice.toHtmlEscaped()));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 2, 0, 4);
    layout->addWidget(icon);
    layout->addWidget(text, 1);
    m_rows->insertWidget(m_rows->count() - 1, row);
}

} // namespace Crashcart::App
