// SPDX-License-Identifier: GPL-3.0-or-later
#include "entrytreeview.h"

#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QMimeData>

namespace Crashcart::App {

EntryTreeView::EntryTreeView(QWidget *parent) : QTreeView(parent)
{
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setDropIndicatorShown(true);
    setAutoExpandDelay(700);
}

void EntryTreeView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!(event->possibleActions() & Qt::CopyAction) || !event->mimeData()->hasUrls()) {
        event->ignore();
        return;
    }
    QTreeView::dragEnterEvent(event);
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void EntryTreeView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!(event->possibleActions() & Qt::CopyAction) || !event->mimeData()->hasUrls()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    QTreeView::dragMoveEvent(event); // drop indicator, auto-expand and auto-scroll
    if (!event->isAccepted() && !indexAt(event->position().toPoint()).isValid()) {
        event->setDropAction(Qt::CopyAction);
        event->accept(); // the empty area is the root folder
        return;
    }
    if (event->isAccepted())
        event->setDropAction(Qt::CopyAction);
}

void EntryTreeView::dropEvent(QDropEvent *event)
{
    if (!(event->possibleActions() & Qt::CopyAction) || !model()) {
        event->ignore();
        return;
    }
    const QModelIndex index = indexAt(event->position().toPoint());
    if (model()->dropMimeData(event->mimeData(), Qt::CopyAction, -1, -1, index.siblingAtColumn(0))) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
    stopAutoScroll();
    setState(NoState);
    viewport()->update();
}

} // namespace Crashcart::App
