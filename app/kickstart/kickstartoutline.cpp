// SPDX-License-Identifier: GPL-3.0-or-later
#include "kickstartoutline.h"

#include "kickstart/document.h"

#include <QHeaderView>

#include <map>

namespace Crashcart::App {

using namespace Crashcart::Kickstart;

namespace {

QString words(const Statement &s, qsizetype from, qsizetype count)
{
    QStringList out;
    for (qsizetype i = from; i < std::min(s.split.words.size(), from + count); ++i)
        out.append(QString::fromUtf8(s.split.words[i].value));
    return out.join(u' ');
}

} // namespace

KickstartOutline::KickstartOutline(QWidget *parent) : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setColumnCount(2);
    header()->setStretchLastSection(true);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString include = item->data(0, IncludeRole).toString();
        if (!include.isEmpty())
            Q_EMIT includeActivated(include);
        else if (item->data(0, LineRole).toInt() > 0)
            Q_EMIT lineActivated(item->data(0, LineRole).toInt());
    });
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, LineRole).toInt() > 0)
            Q_EMIT lineActivated(item->data(0, LineRole).toInt());
    });
}

void KickstartOutline::rebuild(const Document &doc)
{
    // Keep the user's view: which groups were collapsed survives the rebuild.
    QSet<QString> collapsed;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (!topLevelItem(i)->isExpanded())
            collapsed.insert(topLevelItem(i)->text(0));
    }
    clear();
    std::map<int, QTreeWidgetItem *> byLine; // file order
    auto *commands = new QTreeWidgetItem({ tr("Commands") });
    for (const Statement &s : doc.commands) {
        if (s.split.words.isEmpty())
            continue;
        const QString name = QString::fromUtf8(s.split.words.first().value);
        QTreeWidgetItem *item = nullptr;
        if (name == u"{{>") { // a template snippet
            item = new QTreeWidgetItem({ tr("snippet %1").arg(words(s, 1, 1)) });
            byLine[s.line] = item;
        } else {
            item = new QTreeWidgetItem(commands, { name, words(s, 1, 3) });
        }
        item->setData(0, LineRole, s.line);
    }
    if (commands->childCount() > 0)
        byLine[commands->child(0)->data(0, LineRole).toInt()] = commands;
    else
        delete commands;
    for (const Section &section : doc.sections) {
        auto *item = new QTreeWidgetItem({ QString::fromUtf8(section.name), words(section.header, 1, 4) });
        item->setData(0, LineRole, section.header.line);
        byLine[section.header.line] = item;
    }
    for (const Include &include : doc.includes) {
        const QString path = words(include.statement, 1, 1);
        auto *item = new QTreeWidgetItem({ QStringLiteral("%include"), path });
        item->setData(0, LineRole, include.statement.line);
        item->setData(0, IncludeRole, path);
        item->setToolTip(0, tr("Double-click to open %1").arg(path));
        byLine[include.statement.line] = item;
    }
    for (const auto &[line, item] : byLine) {
        addTopLevelItem(item);
        item->setExpanded(!collapsed.contains(item->text(0)));
    }
    resizeColumnToContents(0);
}

} // namespace Crashcart::App
