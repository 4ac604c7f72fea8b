// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Crashcart::App {

// Filters the event log by words (each must appear in the host's address, its MAC, the
// server or the message: "52:54:00 kernel" narrows as expected) and by server.
class EventFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventFilterProxy)

public:
    explicit EventFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    // Empty: every server.
    void setServer(const QString &server);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_server;
};

} // namespace Crashcart::App
