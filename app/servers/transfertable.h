// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace Crashcart::App {

class TransferModel;

// The live TFTP transfers: a progress bar each, columns as wide as their values, the file
// name taking the rest. Finished transfers fade out of the model once a second.
class TransferTable final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferTable)

public:
    explicit TransferTable(QWidget *parent = nullptr);

    TransferModel *transfers() const { return m_transfers; }

private:
    void sizeColumns();

    TransferModel *m_transfers = nullptr;
};

} // namespace Crashcart::App
