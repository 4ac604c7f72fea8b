// SPDX-License-Identifier: GPL-3.0-or-later
#include "depplanview.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>

namespace Crashcart::App {

using namespace Crashcart::Initrd;

namespace {

bool isDark(const QWidget *widget)
{
    return widget->palette().color(QPalette::Base).lightness() < 128;
}

} // namespace

PlanOutcome PlanOutcome::of(const Result<DepPlan> &result)
{
    if (!result)
        return { false, {}, result.error().message };
    return { true, *result, {} };
}

DepPlanView::DepPlanView(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({ tr("In the image"), tr("Status"), tr("From"), tr("Why") });
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setTextElideMode(Qt::ElideMiddle); // the file name at the end of a long path matters most
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
}

QString DepPlanView::summary(const DepPlan &plan)
{
    qsizetype present = 0;
    for (const PlanItem &item : plan.items)
        present += item.alreadyInImage ? 1 : 0;
    return tr("%1 to add, %2 already in the image, %3 missing")
        .arg(plan.items.size() - present)
        .arg(present)
        .arg(plan.errors.size());
}

void DepPlanView::showPlan(const DepPlan &plan)
{
    clear();
    const QColor red = isDark(this) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    const QColor dim = palette().color(QPalette::Disabled, QPalette::Text);
    const QStyle *style = QApplication::style();
    for (const QString &error : plan.errors) {
        auto *row = new QTreeWidgetItem(this, { error, tr("missing"), QString(), QString() });
        row->setIcon(Path, style->standardIcon(QStyle::SP_MessageBoxCritical));
        row->setToolTip(Path, error);
        for (int c = 0; c < ColumnCount; ++c)
            row->setForeground(c, red);
    }
    for (const QString &warning : plan.warnings) {
        auto *row = new QTreeWidgetItem(this, { warning, tr("warning"), QString(), QString() });
        row->setIcon(Path, style->standardIcon(QStyle::SP_MessageBoxWarning));
        row->setToolTip(Path, warning);
    }
    for (const PlanItem &item : plan.items) {
        QString status = item.alreadyInImage ? tr("already in the image") : item.replaces ? tr("replaces") : tr("to add");
        QString source;
        switch (item.kind) {
        case PlanItem::Kind::Directory: source = tr("new folder"); break;
        case PlanItem::Kind::Symlink: source = tr("symlink to %1").arg(item.linkTarget); break;
        case PlanItem::Kind::File:
            source = item.hostPath.isEmpty() ? tr("generated, %1 bytes").arg(item.data.size()) : item.hostPath;
            break;
        }
        auto *row = new QTreeWidgetItem(this, { u'/' + item.imagePath, status, source, item.reason });
        row->setToolTip(Path, row->text(Path));
        row->setToolTip(Source, source);
        row->setToolTip(Reason, item.reason);
        if (item.alreadyInImage) {
            for (int c = 0; c < ColumnCount; ++c)
                row->setForeground(c, dim);
        } else {
            QFont bold = font();
            bold.setBold(true);
            row->setFont(Status, bold);
        }
    }
    // Long paths must not push the status out of sight.
    for (int c = 0; c < ColumnCount - 1; ++c) {
        resizeColumnToContents(c);
        header()->resizeSection(c, std::min(header()->sectionSize(c), viewport()->width() * 2 / 5));
    }
}

} // namespace Crashcart::App
