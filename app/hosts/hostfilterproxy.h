// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Crashcart::App {

// Sorts by comparing the hosts themselves and filters by free text (any column), profile and state.
class HostFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostFilterProxy)

public:
    explicit HostFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    // An empty profile matches every host; use NoProfile to find hosts without one.
    void setProfile(const QString &profile);
    // -1 matches every state.
    void setState(int state);

    static const QString NoProfile;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Compares the hosts themselves: with 100k rows, going through QVariant per comparison
    // costs seconds.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words;
    QString m_profile;
    int m_state = -1;
};

} // namespace Crashcart::App
