// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingchangespanel.h"

#include "initrd/changeset.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Crashcart::App {

using namespace Crashcart::Initrd;

PendingChangesPanel::PendingChangesPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_note(new QLabel(this)), m_list(new QListWidget(this)),
      m_undoButton(new QPushButton(tr("&Undo Change"), this)), m_discardButton(new QPushButton(tr("&Discard All"), this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setText(tr("Pending changes: %1").arg(0));
    m_note->setWordWrap(true);
    m_note->hide();
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_undoButton->setToolTip(tr("Takes back the selected change, or the last one"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_discardButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    connect(m_undoButton, &QPushButton::clicked, this, &PendingChangesPanel::undoRequested);
    connect(m_discardButton, &QPushButton::clicked, this, &PendingChangesPanel::discardRequested);
    connect(m_list, &QListWidget::currentRowChanged, this, &PendingChangesPanel::currentRowChanged);
}

void PendingChangesPanel::showChanges(const ChangeSet &changes)
{
    m_list->clear();
    for (const Change &change : changes.changes()) {
        auto *item = new QListWidgetItem(ChangeSet::describe(change), m_list);
        item->setToolTip(item->text());
    }
    m_list->scrollToBottom();
    m_title->setText(tr("Pending changes: %1").arg(changes.size()));
    m_note->setText(changes.needsRepack() ? tr("Removals and renames need a repack: an overlay can only add to the image.")
                                          : QString());
    m_note->setVisible(changes.needsRepack());
}

void PendingChangesPanel::setButtonsEnabled(bool enabled)
{
    m_undoButton->setEnabled(enabled);
    m_discardButton->setEnabled(enabled);
}

int PendingChangesPanel::undoRow() const
{
    const int row = m_list->currentRow();
    return row >= 0 ? row : m_list->count() - 1;
}

} // namespace Crashcart::App
