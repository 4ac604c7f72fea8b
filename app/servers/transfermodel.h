// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/macaddress.h"
#include "netboot/tftp/tftpserver.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>

#include <functional>

namespace Crashcart::App {

// The TFTP transfers running now and those that ended a little while ago: finished ones fade
// out and go after keepFinishedMs; the table never holds more than maxRows (running
// transfers are never dropped; the server bounds how many run at once).
class TransferModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferModel)

public:
    enum Column { File, Client, Mac, Progress, Bytes, Rate, Retransmits, State, ColumnCount };
    enum Role {
        RawRole = Qt::UserRole + 1, // the value itself, for sorting
        ProgressRole,               // double 0..1, or -1 when the size is unknown
        OpacityRole,                // double 1 (new) .. 0 (about to go)
    };
    enum class TransferState { Running, Done, Failed };

    struct Transfer
    {
        quint64 id = 0;
        QString file;
        QHostAddress client;
        quint16 clientPort = 0;
        MacAddress mac;
        qint64 size = 0;
        qint64 bytes = 0;
        int retransmits = 0;
        double bytesPerSecond = 0;
        TransferState state = TransferState::Running;
        QString message;
        qint64 startedMs = 0;
        qint64 lastProgressMs = 0;
        qint64 finishedMs = 0;
    };

    explicit TransferModel(QObject *parent = nullptr);

    // Milliseconds from any fixed origin; tests pass their own clock.
    void setClock(std::function<qint64()> now);
    void setLimits(int maxRows, qint64 keepFinishedMs);

    void start(const Netboot::Tftp::TransferInfo &info, const MacAddress &mac);
    void progress(quint64 id, qint64 bytes, qint64 size, int retransmits);
    void finish(quint64 id, bool ok, const QString &message, qint64 bytes, qint64 elapsedMs);
    // Drops what has been shown long enough and refreshes the fading rows. Call it now and then.
    void prune();

    const Transfer *transfer(quint64 id) const;
    const Transfer &at(int row) const { return m_rows.at(row); }
    int runningCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatRate(double bytesPerSecond);

private:
    int rowOf(quint64 id) const;
    double opacity(const Transfer &t) const;

    QList<Transfer> m_rows;
    std::function<qint64()> m_now;
    QElapsedTimer m_clock;
    int m_maxRows = 200;
    qint64 m_keepFinishedMs = 30000;
};

} // namespace Crashcart::App
