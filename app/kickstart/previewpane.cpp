// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpane.h"

#include "kickstarthighlighter.h"

#include "bootconfig/hostkickstart.h"
#include "inventory/hostrepository.h"
#include "kickstart/linter.h"
#include "preseed/checker.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Crashcart::App {

using namespace Crashcart::Kickstart;

PreviewPane::PreviewPane(Inventory::HostRepository &hosts, QWidget *parent)
    : QWidget(parent), m_hosts(hosts), m_host(new QComboBox(this)), m_summary(new QLabel(this)),
      m_text(new QPlainTextEdit(this)), m_problems(new QTreeWidget(this))
{
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new KickstartHighlighter(m_text->document());
    m_problems->setHeaderLabels({ tr("Line"), tr("Template line"), tr("Message") });
    m_problems->setRootIsDecorated(false);
    m_host->setMinimumContentsLength(28);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Host:"), this));
    top->addWidget(m_host);
    top->addWidget(m_summary, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_text);
    split->addWidget(m_problems);
    split->setStretchFactor(0, 3);
    split->setSizes({ 300, 100 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split);

    connect(m_host, &QComboBox::currentIndexChanged, this, &PreviewPane::hostChanged);
    connect(m_problems, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int rendered = item->text(0).toInt();
        m_text->setTextCursor(QTextCursor(m_text->document()->findBlockByNumber(rendered - 1)));
        m_text->centerCursor();
        Q_EMIT templateLineActivated(item->text(1).toInt());
    });
}

void PreviewPane::reloadHosts()
{
    const QString current = m_host->currentData().toString();
    const QSignalBlocker blocker(m_host);
    m_host->clear();
    auto all = m_hosts.all();
    if (!all) {
        m_summary->setText(all.error().message);
        return;
    }
    for (const Inventory::Host &h : std::as_const(*all))
        m_host->addItem(Inventory::HostRepository::label(h), h.mac.toString());
    const int index = m_host->findData(current);
    m_host->setCurrentIndex(index >= 0 ? index : 0);
}

void PreviewPane::render(const QByteArray &source, const CommandTable &table, const SnippetLibrary &snippets,
                         const QString &baseDirectory, bool preseed)
{
    m_problems->clear();
    const auto mac = MacAddress::parse(m_host->currentData().toString());
    auto host = mac ? m_hosts.find(*mac) : Result<std::optional<Inventory::Host>>(mac.error());
    if (!host || !host->has_value()) {
        m_text->clear();
        m_summary->setText(host ? tr("Add a host to the inventory to preview its kickstart.") : host.error().message);
        return;
    }
    // The preview's token stands in for the one an install gets when it is armed.
    const ServerEndpoint server = m_endpoint ? m_endpoint() : BootConfig::serverEndpoint(Netboot::ServiceConfig());
    const Rendered rendered = BootConfig::renderHostKickstart(**host, source, server, QStringLiteral("preview"), snippets);
    Diagnostics found = rendered.errors;
    Diagnostics onRendered;
    if (rendered.ok() && preseed) {
        Preseed::CheckOptions options;
        options.checkCommands = false;
        onRendered = Preseed::Checker::check(rendered.text, options);
    } else if (rendered.ok()) {
        LintOptions options;
        options.baseDirectory = baseDirectory;
        options.checkScripts = false;
        onRendered = Linter(table).lint(rendered.text, options);
    }
    m_text->setPlainText(QString::fromUtf8(rendered.text));
    const Diagnostics mapped = rendered.toTemplate(onRendered);
    int errors = 0;
    for (qsizetype i = 0; i < onRendered.size(); ++i) {
        const Diagnostic &d = onRendered[i];
        errors += d.isError();
        auto *item = new QTreeWidgetItem(m_problems, { QString::number(d.line), QString::number(rendered.lines.value(d.line - 1).line),
                                                      (d.isError() ? tr("error") : tr("warning")) + u": " + d.message + u" [" + d.code + u']' });
        item->setForeground(2, d.isError() ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xb0, 0x6a, 0x00));
    }
    for (const Diagnostic &d : std::as_const(found)) {
        ++errors;
        auto *item = new QTreeWidgetItem(m_problems, { QString(), QString::number(d.line), d.message + u" [" + d.code + u']' });
        item->setForeground(2, QColor(0xd3, 0x2f, 0x2f));
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    m_summary->setText(tr("%n line(s), ", nullptr, int(rendered.lines.size())) + tr("%n error(s), ", nullptr, errors)
                       + tr("%n finding(s) in all", nullptr, int(found.size() + mapped.size())));
}

} // namespace Crashcart::App
