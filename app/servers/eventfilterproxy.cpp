// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfilterproxy.h"

#include "eventlogmodel.h"

namespace Crashcart::App {

EventFilterProxy::EventFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EventLogModel::RawRole);
}

void EventFilterProxy::setText(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void EventFilterProxy::setServer(const QString &server)
{
    if (server == m_server)
        return;
    m_server = server;
    invalidateFilter();
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const EventLogModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const ServerEvent &e = model->event(sourceRow);
    if (!m_server.isEmpty() && e.server != m_server)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString host = e.host.toString();
    const QString mac = e.mac.isNull() ? QString() : e.mac.toString();
    for (const QString &word : m_words) {
        if (!host.contains(word, Qt::CaseInsensitive) && !mac.contains(word, Qt::CaseInsensitive)
            && !e.server.contains(word, Qt::CaseInsensitive) && !e.message.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace Crashcart::App
