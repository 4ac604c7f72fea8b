// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfertable.h"

#include "progressdelegate.h"
#include "tablesetup.h"
#include "transfermodel.h"

#include <QHeaderView>
#include <QTimer>

namespace Crashcart::App {

using namespace Qt::StringLiterals;

TransferTable::TransferTable(QWidget *parent) : QTableView(parent), m_transfers(new TransferModel(this))
{
    setUpReadOnlyTable(this, m_transfers);
    setItemDelegateForColumn(TransferModel::Progress,
                             new ProgressDelegate(TransferModel::ProgressRole, TransferModel::OpacityRole, this));
    sizeColumns();

    auto *prune = new QTimer(this);
    connect(prune, &QTimer::timeout, m_transfers, &TransferModel::prune);
    prune->start(1000);
}

void TransferTable::sizeColumns()
{
    const std::pair<int, QString> widths[] = {
        { TransferModel::Client, QStringLiteral("192.168.100.200:65535") },
        { TransferModel::Mac, QStringLiteral("00:00:00:00:00:00") },
        { TransferModel::Progress, QStringLiteral("XXXXXXXXXXXXXXXXXXXXXXX") },
        { TransferModel::Bytes, TransferModel::tr("%1 of %2").arg(QStringLiteral("888.8 MiB"), QStringLiteral("888.8 MiB")) },
        { TransferModel::Rate, TransferModel::formatRate(888.8e6) },
        { TransferModel::Retransmits, m_transfers->headerData(TransferModel::Retransmits, Qt::Horizontal).toString() },
    };
    for (const auto &[column, sample] : widths)
        setColumnWidth(column, widthForText(this, sample));
    // The file name takes what the fixed columns leave.
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(TransferModel::File, QHeaderView::Stretch);
    setColumnWidth(TransferModel::State, widthForText(this, TransferModel::tr("Sending") + u"XXXXXX"_s));
}

} // namespace Crashcart::App
