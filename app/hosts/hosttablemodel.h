// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "install/install.h"
#include "inventory/bmcsettings.h"
#include "inventory/host.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace Crashcart::Inventory {
class HostRepository;
}

namespace Crashcart::App {

// The inventory as a table. Edits are validated and written through the repository; a
// refused edit leaves the row as it was and says why through editFailed().
class HostTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostTableModel)

public:
    enum Column {
        Mac,
        Hostname,
        Ip,
        Profile,
        BmcAddress,
        BmcType,
        Tags,
        Notes,
        State,
        Progress,
        Power,
        LastEvent,
        ColumnCount
    };
    enum Role {
        RawRole = Qt::UserRole + 1, // comparable value for sorting and filtering
        ProgressRole,               // Progress: 0..1 while installing, -1 otherwise
    };

    explicit HostTableModel(Inventory::HostRepository &repository, QObject *parent = nullptr);

    // Reloads every host from the repository; false (and editFailed) if it cannot.
    bool reload();
    // Reads these hosts again (their state or last event changed elsewhere) without
    // resetting the model: a few rows of a 100k-host table, not all of them.
    void refreshHosts(const QList<MacAddress> &macs);
    const Inventory::Host &host(int row) const { return m_hosts.at(row); }
    // The host's latest install, if it ever had one.
    std::optional<Install::Install> install(int row) const;
    QList<Inventory::Host> hosts() const { return m_hosts; }
    int rowOf(const MacAddress &mac) const;
    QStringList profiles() const;
    // The IP as a fixed-width key that sorts by value (DHCP first); cached per row.
    const QByteArray &ipKey(int row) const { return m_ipKeys.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static bool isEditable(int column) { return column < State; }
    static Inventory::HostField fieldOf(int column) { return Inventory::HostField(column); }

Q_SIGNALS:
    void editFailed(const QString &message);
    // An edit in the table was stored.
    void hostEdited(const Crashcart::MacAddress &mac);

private:
    QString progressText(int row) const;
    QString powerText(const Inventory::Host &host) const;

    Inventory::HostRepository &m_repository;
    QList<Inventory::Host> m_hosts;
    QList<QByteArray> m_ipKeys;
    QHash<MacAddress, int> m_rows;
    QHash<MacAddress, Install::Install> m_installs; // each host's latest
    QHash<MacAddress, Inventory::BmcSettings> m_bmc; // hosts with BMC settings kept
};

} // namespace Crashcart::App
