// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace Crashcart {

// The folder that holds everything Crashcart writes for one site: the inventory database
// and the roots the servers publish. Nothing is written outside it.
class Workspace
{
public:
    // Where a workspace lives when none is named: QStandardPaths::AppDataLocation.
    static QString defaultPath();
    // The workspace a command means: |given| (--workspace), else $CRASHCART_WORKSPACE, else
    // defaultPath().
    static QString resolvePath(const QString &given);
    // Creates the folder and its layout where missing; refuses a path that is a file or
    // cannot be written.
    static Result<Workspace> open(const QString &path);

    QString path() const { return m_path; }
    QString databasePath() const;
    // Where the inventory lives when it is not the SQLite file databasePath(): a PostgreSQL
    // URI, from $CRASHCART_DATABASE (crashcart-cli and the app set it from --database) or else
    // the workspace's own setting (settingsPath()); empty for the SQLite file. "sqlite" in the
    // environment means the file even when the workspace names a server.
    QString databaseUri() const { return m_databaseUri; }
    // Stores |uri| as the workspace's database (empty: back to the SQLite file). The caller
    // checks it first (Inventory::DatabaseUri); it never holds a password.
    Result<void> setDatabaseUri(const QString &uri);
    // The workspace's own settings (an INI file), beside the inventory.
    QString settingsPath() const;
    QString tftpRoot() const;
    QString httpRoot() const;
    QString distributionsDir() const;
    QString logsDir() const;
    // The admin's own kickstart snippets, beside the built-in library.
    QString snippetsDir() const;
    // Full DHCP's leases (written by the DHCP server, read back when it starts).
    QString dhcpLeasesPath() const;

private:
    explicit Workspace(QString path) : m_path(std::move(path)) { }
    QString m_path;
    QString m_databaseUri;
};

} // namespace Crashcart
