// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>
#include <QList>

#include <utility>

namespace Crashcart::Inventory {

// Where a team inventory lives: a libpq connection URI (postgresql://user@host:port/db, or
// postgresql://user@/db?host=/run/postgresql for a Unix socket), taken apart into libpq's
// connection parameters (Qt's driver hands libpq a key=value string, not a URI). A password never travels in the URI: it would end up in the
// settings file, argv and shell history. It comes from ~/.pgpass (libpq) or the keychain.
class DatabaseUri
{
public:
    static Result<DatabaseUri> parse(const QString &text);

    QString uri() const { return m_uri; }
    QString user() const { return m_user; }
    QString host() const { return m_host; } // a folder for a Unix socket, empty for libpq's default
    int port() const { return m_port; }     // 0: libpq's default
    QString database() const { return m_database; }
    bool hasParameter(const QString &name) const;
    // The query's other libpq parameters (sslmode, connect_timeout, ...), in order.
    QList<std::pair<QString, QString>> options() const;

    // user@host:port/db, for messages; the keychain entry's key too.
    QString display() const;
    // The same server and options, another database (tests make one per case).
    DatabaseUri withDatabase(const QString &name) const;

private:
    QString m_uri;
    QString m_user;
    QString m_host;
    int m_port = 0;
    QString m_database;
    QList<std::pair<QString, QString>> m_parameters;
};

} // namespace Crashcart::Inventory
