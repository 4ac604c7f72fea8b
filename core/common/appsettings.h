// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace Crashcart {

// A setting: its key and its default, with the type carried by T.
template<typename T>
struct SettingKey
{
    const char *key;
    T defaultValue;
};

// The user's preferences (not the workspace's data). One object, created in main() and
// passed by reference to whoever needs it. The keys are listed in one table below.
class AppSettings
{
public:
    // An empty language means: follow the system locale.
    static inline const SettingKey<QString> Language { "ui/language", QString() };
    // An empty workspace means Workspace::defaultPath().
    static inline const SettingKey<QString> WorkspacePath { "workspace/path", QString() };
    static inline const SettingKey<QString> DefaultProfile { "hosts/defaultProfile", QString() };
    static inline const SettingKey<QByteArray> WindowGeometry { "window/geometry", QByteArray() };
    static inline const SettingKey<QByteArray> WindowState { "window/state", QByteArray() };
    static inline const SettingKey<QByteArray> HostTableHeader { "hosts/header", QByteArray() };
    static inline const SettingKey<QString> CsvFolder { "hosts/csvFolder", QString() };
    // The Servers view. An empty interface means any; ports as the servers' defaults.
    static inline const SettingKey<QString> ServersInterface { "servers/interface", QString() };
    static inline const SettingKey<QString> ServersListen { "servers/listen", QStringLiteral("0.0.0.0") };
    static inline const SettingKey<int> ServersTftpPort { "servers/tftpPort", 69 };
    static inline const SettingKey<int> ServersHttpPort { "servers/httpPort", 80 };
    static inline const SettingKey<QString> ServersDhcpMode { "servers/dhcpMode", QStringLiteral("off") };
    static inline const SettingKey<int> ServersDhcpPort { "servers/dhcpPort", 67 };
    static inline const SettingKey<int> ServersPxePort { "servers/pxePort", 4011 };
    static inline const SettingKey<int> ServersSyslogPort { "servers/syslogPort", 514 };
    static inline const SettingKey<QString> ServersUefiLoader { "servers/uefiLoader", QStringLiteral("ipxe") };
    // Full DHCP: the pool's first and last address, the router, DNS servers (comma-separated).
    static inline const SettingKey<QString> ServersPoolFirst { "servers/poolFirst", QString() };
    static inline const SettingKey<QString> ServersPoolLast { "servers/poolLast", QString() };
    static inline const SettingKey<QString> ServersRouter { "servers/router", QString() };
    static inline const SettingKey<QString> ServersDns { "servers/dns", QString() };
    static inline const SettingKey<QByteArray> ServersSplitter { "servers/splitter", QByteArray() };

    // The kickstart release a profile's templates are written for (the Kickstart view's
    // choice, and what the install pre-flight lints against); empty: the default release.
    QString kickstartRelease(const QString &profile) const
    {
        return m_settings.value(QLatin1String(kickstartReleaseKey(profile))).toString();
    }
    static QByteArray kickstartReleaseKey(const QString &profile)
    {
        return "kickstart/release/" + (profile.isEmpty() ? QByteArray("-") : profile.toUtf8());
    }

    AppSettings();
    // For tests and portable use: settings kept in the given ini file.
    explicit AppSettings(const QString &iniFile);

    template<typename T>
    T value(const SettingKey<T> &key) const
    {
        return m_settings.value(QLatin1String(key.key), QVariant::fromValue(key.defaultValue)).template value<T>();
    }

    template<typename T>
    void setValue(const SettingKey<T> &key, const T &value)
    {
        m_settings.setValue(QLatin1String(key.key), QVariant::fromValue(value));
    }

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace Crashcart
