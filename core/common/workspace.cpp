// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Crashcart {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Workspace)
};

const char *const kSubdirs[] = { "tftp", "http", "distributions", "logs" };
constexpr char kDatabaseKey[] = "database/uri";

} // namespace

QString Workspace::resolvePath(const QString &given)
{
    if (!given.isEmpty())
        return given;
    const QString fromEnvironment = qEnvironmentVariable("CRASHCART_WORKSPACE");
    return fromEnvironment.isEmpty() ? defaultPath() : fromEnvironment;
}

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<Workspace> Workspace::open(const QString &path)
{
    if (path.isEmpty())
        return makeError("workspace.empty", Tr::tr("No workspace folder was given"));
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return makeError("workspace.notdir", Tr::tr("The workspace %1 is a file, not a folder").arg(path));

    QDir dir(info.absoluteFilePath());
    if (!dir.mkpath(QStringLiteral(".")))
        return makeError("workspace.create", Tr::tr("Cannot create the workspace folder %1").arg(dir.path()));
    for (const char *sub : kSubdirs) {
        if (!dir.mkpath(QLatin1String(sub))) {
            return makeError("workspace.create",
                             Tr::tr("Cannot create %1 in the workspace %2").arg(QLatin1String(sub), dir.path()));
        }
    }
    if (!QFileInfo(dir.path()).isWritable())
        return makeError("workspace.readonly", Tr::tr("The workspace %1 is not writable").arg(dir.path()));
    Workspace workspace(dir.canonicalPath());
    const QString fromEnvironment = qEnvironmentVariable("CRASHCART_DATABASE").trimmed();
    if (fromEnvironment == QLatin1String("sqlite"))
        return workspace;
    if (!fromEnvironment.isEmpty()) {
        workspace.m_databaseUri = fromEnvironment;
        return workspace;
    }
    const QSettings settings(workspace.settingsPath(), QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return makeError("workspace.settings", Tr::tr("The workspace settings %1 cannot be read").arg(workspace.settingsPath()));
    workspace.m_databaseUri = settings.value(QLatin1String(kDatabaseKey)).toString().trimmed();
    return workspace;
}

Result<void> Workspace::setDatabaseUri(const QString &uri)
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    if (uri.isEmpty())
        settings.remove(QLatin1String(kDatabaseKey));
    else
        settings.setValue(QLatin1String(kDatabaseKey), uri);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return makeError("workspace.settings", Tr::tr("The workspace settings %1 cannot be written").arg(settingsPath()));
    m_databaseUri = uri;
    return {};
}

QString Workspace::databasePath() const { return m_path + QStringLiteral("/crashcart.db"); }
QString Workspace::settingsPath() const { return m_path + QStringLiteral("/workspace.ini"); }
QString Workspace::tftpRoot() const { return m_path + QStringLiteral("/tftp"); }
QString Workspace::httpRoot() const { return m_path + QStringLiteral("/http"); }
QString Workspace::distributionsDir() const { return m_path + QStringLiteral("/distributions"); }
QString Workspace::logsDir() const { return m_path + QStringLiteral("/logs"); }
QString Workspace::snippetsDir() const { return m_path + QStringLiteral("/snippets"); }
QString Workspace::dhcpLeasesPath() const { return m_path + QStringLiteral("/dhcp-leases.json"); }

} // namespace Crashcart
