// SPDX-License-Identifier: GPL-3.0-or-later
#include "hosttablemodel.h"

#include "install/installrepository.h"

#include "inventory/eventlog.h"
#include "inventory/hostrepository.h"

#include <QHostAddress>
#include <QLocale>

namespace Crashcart::App {

using namespace Crashcart::Inventory;

namespace {

// IPs sort by value, not as text (10.0.0.9 before 10.0.0.10); DHCP hosts sort first.
QByteArray ipSortKey(const QString &ip)
{
    if (ip.isEmpty())
        return {};
    const Q_IPV6ADDR a = QHostAddress(ip).toIPv6Address();
    return QByteArray(reinterpret_cast<const char *>(a.c), 16);
}

} // namespace

// What the Progress column says: the stage and percent while installing, waiting while armed,
// how it ended afterwards.
QString HostTableModel::progressText(int row) const
{
    const auto i = install(row);
    if (!i)
        return {};
    switch (i->state) {
    case Install::InstallState::Ready: return tr("waiting for boot");
    case Install::InstallState::Installing:
        return i->stage.isEmpty() ? tr("%1%").arg(i->percent) : tr("%1 · %2%").arg(i->stage).arg(i->percent);
    case Install::InstallState::Installed: return tr("done");
    case Install::InstallState::Failed: {
        // The column is narrow: the reason in short (the tooltip and the timeline say it all).
        const QString detail = i->outcome.section(QStringLiteral(": "), 1);
        return detail.isEmpty() ? tr("failed") : tr("failed: %1").arg(detail);
    }
    case Install::InstallState::Cancelled: return tr("cancelled");
    }
    return {};
}

HostTableModel::HostTableModel(HostRepository &repository, QObject *parent)
    : QAbstractTableModel(parent), m_repository(repository)
{
}

bool HostTableModel::reload()
{
    auto hosts = m_repository.all();
    if (!hosts) {
        Q_EMIT editFailed(hosts.error().message);
        return false;
    }
    auto installs = Install::InstallRepository(m_repository.database()).latestForAll();
    if (!installs) {
        Q_EMIT editFailed(installs.error().message);
        return false;
    }
    auto bmc = Inventory::BmcSettingsRepository(m_repository.database()).all();
    if (!bmc) {
        Q_EMIT editFailed(bmc.error().message);
        return false;
    }
    beginResetModel();
    m_hosts = std::move(*hosts);
    m_installs = std::move(*installs);
    m_bmc = std::move(*bmc);
    m_ipKeys.clear();
    m_ipKeys.reserve(m_hosts.size());
    m_rows.clear();
    m_rows.reserve(m_hosts.size());
    for (int i = 0; i < m_hosts.size(); ++i) {
        m_ipKeys.append(ipSortKey(m_hosts[i].ip));
        m_rows.insert(m_hosts[i].mac, i);
    }
    endResetModel();
    return true;
}

void HostTableModel::refreshHosts(const QList<MacAddress> &macs)
{
    for (const MacAddress &mac : macs) {
        const int row = rowOf(mac);
        if (row < 0)
            continue; // not shown (added elsewhere): the next reload brings it
        auto stored = m_repository.find(mac);
        if (!stored || !stored->has_value())
            continue; // deleted elsewhere: the row stays until the next reload
        m_hosts[row] = **stored;
        m_ipKeys[row] = ipSortKey(m_hosts[row].ip);
        if (auto latest = Install::InstallRepository(m_repository.database()).latest(mac); latest && *latest)
            m_installs.insert(mac, **latest);
        if (auto bmc = Inventory::BmcSettingsRepository(m_repository.database()).find(mac))
            m_bmc.insert(mac, *bmc);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

QString HostTableModel::powerText(const Inventory::Host &h) const
{
    if (h.bmcAddress.isEmpty())
        return QString();
    const auto it = m_bmc.constFind(h.mac);
    if (it == m_bmc.cend() || it->powerState.isEmpty())
        return tr("unknown");
    return it->powerState == QLatin1String("on") ? tr("on") : tr("off");
}

std::optional<Install::Install> HostTableModel::install(int row) const
{
    const auto it = m_installs.constFind(m_hosts.at(row).mac);
    return it == m_installs.cend() ? std::nullopt : std::optional<Install::Install>(*it);
}

int HostTableModel::rowOf(const MacAddress &mac) const
{
    return m_rows.value(mac, -1);
}

QStringList HostTableModel::profiles() const
{
    QStringList names;
    for (const Host &h : m_hosts) {
        if (!h.profile.isEmpty() && !names.contains(h.profile))
            names.append(h.profile);
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

int HostTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hosts.size());
}

int HostTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HostTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Host &h = m_hosts.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == Ip && h.ip.isEmpty())
            return tr("DHCP");
        if (column == State)
            return stateLabel(h.state);
        if (column == Progress)
            return progressText(index.row());
        if (column == Power)
            return powerText(h);
        if (column == LastEvent) {
            if (!h.lastEventAt.isValid())
                return QString();
            // Today's events show the time only: the column stays narrow and the date is in
            // the tooltip.
            const QDateTime local = h.lastEventAt.toLocalTime();
            const QString when = local.date() == QDate::currentDate()
                ? QLocale().toString(local.time(), QLocale::ShortFormat)
                : QLocale().toString(local.date(), QLocale::ShortFormat);
            return tr("%1 · %2").arg(when, EventLog::kindLabel(h.lastEvent));
        }
        if (column == Notes)
            return h.notes.section(u'\n', 0, 0);
        if (column == Tags)
            return h.tags.join(QStringLiteral(", "));
        return h.field(fieldOf(column));
    case Qt::EditRole:
        if (column == Ip && h.ip.isEmpty())
            return QString();
        return isEditable(column) ? QVariant(h.field(fieldOf(column))) : QVariant();
    case Qt::ToolTipRole:
        if (column == Notes && !h.notes.isEmpty())
            return h.notes;
        if (column == LastEvent && h.lastEventAt.isValid())
            return QLocale().toString(h.lastEventAt.toLocalTime(), QLocale::LongFormat);
        if (column == Power) {
            const auto it = m_bmc.constFind(h.mac);
            if (it != m_bmc.cend() && it->powerAt.isValid())
                return tr("Read from the BMC %1").arg(QLocale().toString(it->powerAt.toLocalTime(), QLocale::LongFormat));
            return {};
        }
        if (column == Progress) {
            if (const auto i = install(index.row()); i && i->endedAt.isValid())
                return Install::outcomeLabel(i->outcome);
        }
        return {};
    case ProgressRole: {
        const auto i = column == Progress ? install(index.row()) : std::nullopt;
        return i && i->state == Install::InstallState::Installing ? QVariant(i->percent / 100.0) : QVariant(-1.0);
    }
    case Qt::FontRole:
        return {};
    case RawRole:
        switch (column) {
        case Ip: return m_ipKeys.at(index.row());
        case State: return int(h.state);
        case Power: return powerText(h);
        case LastEvent: return h.lastEventAt.isValid() ? h.lastEventAt.toMSecsSinceEpoch() : qint64(0);
        case Progress: {
            const auto i = install(index.row());
            return i && Install::isRunning(i->state) ? i->percent : -1;
        }
        default: return h.field(fieldOf(column));
        }
    default:
        return {};
    }
}

QVariant HostTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == State)
        return tr("State");
    if (section == Progress)
        return tr("Install");
    if (section == Power)
        return tr("Power");
    if (section == LastEvent)
        return tr("Last event");
    return fieldLabel(fieldOf(section));
}

Qt::ItemFlags HostTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (isEditable(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool HostTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !isEditable(index.column()))
        return false;
    const Host &current = m_hosts.at(index.row());
    Host edited = current;
    if (auto r = edited.setField(fieldOf(index.column()), value.toString()); !r) {
        Q_EMIT editFailed(r.error().message);
        return false;
    }
    if (edited == current)
        return true;
    if (auto r = m_repository.update(current.mac, edited); !r) {
        Q_EMIT editFailed(r.error().message);
        return false;
    }
    // Read back what was stored (the edit stamped a new last event).
    auto stored = m_repository.find(edited.mac);
    if (stored && stored->has_value())
        edited = **stored;
    m_hosts[index.row()] = edited;
    m_ipKeys[index.row()] = ipSortKey(edited.ip);
    if (edited.mac != current.mac) {
        m_rows.remove(current.mac);
        m_rows.insert(edited.mac, index.row());
    }
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT hostEdited(edited.mac);
    return true;
}

} // namespace Crashcart::App
