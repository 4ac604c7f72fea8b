// SPDX-License-Identifier: GPL-3.0-or-later
#include "bootcontent.h"

#include "hostkickstart.h"
#include "loaderconfigs.h"
#include "snapshot.h"

#include "kickstart/snippetlibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Crashcart::BootConfig {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::BootConfig::BootContent)
};

using ContentResult = Result<std::shared_ptr<const Netboot::Content>>;

ContentResult generated(QByteArray bytes)
{
    return std::shared_ptr<const Netboot::Content>(std::make_shared<Netboot::BufferContent>(std::move(bytes)));
}

ContentResult notFound(const QString &name)
{
    return makeError("path.notfound", Tr::tr("No such file: %1").arg(name));
}

// "01-" followed by a MAC in any notation the loaders use (dashes, or GRUB's colons).
MacAddress macAfter01(const QString &text)
{
    if (!text.startsWith(QLatin1String("01-")))
        return {};
    auto mac = MacAddress::parse(QStringView(text).mid(3));
    return mac ? *mac : MacAddress();
}

QString dashes(const MacAddress &mac)
{
    return mac.toString().replace(u':', u'-');
}

bool isGenericFallbackError(const Error &e)
{
    return e.code == QLatin1String("path.notfound") || e.code == QLatin1String("path.notfile");
}

} // namespace

BootContentProvider::BootContentProvider(const SnapshotHolder &snapshots, Settings settings,
                                         QList<Netboot::ContentProvider *> behind)
    : m_snapshots(snapshots), m_settings(std::move(settings)), m_behind(std::move(behind)), m_httpPort(m_settings.httpPort),
      m_tftpPort(m_settings.tftpPort), m_syslogPort(m_settings.syslogPort), m_serverAddress(m_settings.serverAddress)
{
}

void BootContentProvider::setServerAddress(const QString &address)
{
    QMutexLocker lock(&m_addressMutex);
    m_serverAddress = address;
}

Settings BootContentProvider::settings() const
{
    Settings s = m_settings;
    s.httpPort = m_httpPort.load();
    s.tftpPort = m_tftpPort.load();
    s.syslogPort = m_syslogPort.load();
    QMutexLocker lock(&m_addressMutex);
    s.serverAddress = m_serverAddress;
    return s;
}

ContentResult BootContentProvider::fromBehind(const Netboot::ContentRequest &request) const
{
    ContentResult last = notFound(QString::fromUtf8(request.name));
    for (Netboot::ContentProvider *p : m_behind) {
        last = p->open(request);
        if (last || !isGenericFallbackError(last.error()))
            return last;
    }
    return last;
}

QString BootContentProvider::resolvePath(const QString &path) const
{
    return QFileInfo(path).isAbsolute() ? path : QDir(m_settings.fileBase).filePath(path);
}

std::optional<BootEntry> BootContentProvider::entryFor(const Snapshot &snapshot, const MacAddress &mac) const
{
    const auto install = installFor(snapshot, mac);
    if (!install)
        return std::nullopt;
    const Inventory::Profile &p = *install->profile;
    BootEntry e;
    e.label = Tr::tr("Install %1 with %2").arg(install->host->hostname.isEmpty() ? mac.toString() : install->host->hostname, p.name);
    e.kernel = QStringLiteral("profiles/%1/vmlinuz").arg(p.name);
    for (int i = 0; i < p.initrds.size(); ++i)
        e.initrds.append(QStringLiteral("profiles/%1/initrd%2.img").arg(p.name).arg(i));
    QStringList args;
    if (!p.kernelArgs.trimmed().isEmpty())
        args.append(p.kernelArgs.trimmed());
    if (!p.kickstart.isEmpty()) {
        args.append(QStringLiteral("inst.ks=%1/ks/%2.cfg").arg(QString::fromLatin1(settings().httpBase()), dashes(mac)));
        args.append(QStringLiteral("inst.ks.sendmac"));
    }
    // Anaconda's rsyslog forwards everything there over TCP (our server takes UDP too).
    const Settings now = settings();
    if (p.syslog && now.syslogPort != 0 && !now.serverAddress.isEmpty())
        args.append(QStringLiteral("inst.syslog=%1:%2").arg(now.serverAddress).arg(now.syslogPort));
    e.arguments = args.join(u' ');
    return e;
}

ContentResult BootContentProvider::profileFile(const Snapshot &snapshot, const QString &name, const QString &file)
{
    const Inventory::Profile *p = snapshot.profile(name);
    if (!p)
        return notFound(QStringLiteral("profiles/%1/%2").arg(name, file));
    QString path;
    static const QRegularExpression initrd(QStringLiteral("^initrd(\\d{1,2})\\.img$"));
    if (file == QLatin1String("vmlinuz")) {
        path = p->kernel;
    } else if (const auto m = initrd.match(file); m.hasMatch() && m.captured(1).toInt() < p->initrds.size()) {
        path = p->initrds.at(m.captured(1).toInt());
    }
    if (path.isEmpty())
        return notFound(QStringLiteral("profiles/%1/%2").arg(name, file));
    // Only the files a profile names are published, never their folders.
    const QFileInfo info(resolvePath(path));
    if (!info.isFile()) {
        return makeError("path.notfound", Tr::tr("Profile %1 names %2, which is not a file on this machine")
                                              .arg(name, info.filePath()));
    }
    auto opened = m_cache.open(info.canonicalFilePath());
    if (!opened)
        return opened.error();
    return std::shared_ptr<const Netboot::Content>(*opened);
}

// The running install's token: only this host's kickstart carries it. An armed host without an
// install record (a database written by hand) gets a fresh one its callbacks cannot use.
QString BootContentProvider::tokenFor(const Snapshot &snapshot, const MacAddress &mac)
{
    const QString token = snapshot.installToken(mac);
    return token.isEmpty() ? Kickstart::newInstallToken() : token;
}

ContentResult BootContentProvider::kickstart(const Snapshot &snapshot, const MacAddress &mac) const
{
    const auto install = installFor(snapshot, mac);
    if (!install || install->profile->kickstart.isEmpty())
        return notFound(QStringLiteral("ks/%1.cfg").arg(dashes(mac)));
    QFile file(resolvePath(install->profile->kickstart));
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError("file.unreadable", Tr::tr("The kickstart template %1 of profile %2 cannot be read: %3")
                                                .arg(file.fileName(), install->profile->name, file.errorString()));
    }
    const Settings now = settings();
    const Kickstart::SnippetLibrary snippets(m_settings.snippetFolder);
    const Kickstart::Rendered rendered = renderHostKickstart(*install->host, file.readAll(),
                                                             { now.serverAddress, now.httpPort, now.tftpPort },
                                                             tokenFor(snapshot, mac), snippets);
    if (!rendered.ok()) {
        // An installer given half a kickstart would go on interactively: refuse it whole.
        return makeError("file.template", Tr::tr("The kickstart template %1 has errors for %2 (line %3: %4)")
                                              .arg(file.fileName(), mac.toString())
                                              .arg(rendered.errors.first().line)
                                              .arg(rendered.errors.first().message));
    }
    return generated(rendered.text);
}

ContentResult BootContentProvider::open(const Netboot::ContentRequest &request)
{
    QString name = QString::fromUtf8(request.name);
    while (name.startsWith(u'/'))
        name.remove(0, 1);
    const QString base = name.section(u'/', -1);
    const QString dir = name.section(u'/', 0, -2);
    const auto snapshot = m_snapshots.get();
    const bool knownOrLocal = m_settings.unknown == UnknownHosts::LocalBoot;

    if (dir == QLatin1String("pxelinux.cfg")) {
        if (const MacAddress mac = macAfter01(base); !mac.isNull()) {
            if (!snapshot->host(mac))
                return notFound(name); // pxelinux goes on to "default"
            return generated(pxelinuxConfig(entryFor(*snapshot, mac)));
        }
        if (base == QLatin1String("default")) {
            auto behind = fromBehind(request);
            if (behind || !isGenericFallbackError(behind.error()) || !knownOrLocal)
                return behind;
            return generated(pxelinuxConfig(std::nullopt));
        }
    }
    if (base.startsWith(QLatin1String("grub.cfg-"))) {
        const MacAddress mac = macAfter01(base.mid(9));
        if (!mac.isNull() && (snapshot->host(mac) || knownOrLocal))
            return generated(grubConfig(entryFor(*snapshot, mac)));
    }
    if (base == QLatin1String("grub.cfg") || name == QLatin1String("boot.ipxe")) {
        auto behind = fromBehind(request);
        if (behind || !isGenericFallbackError(behind.error()))
            return behind;
        return generated(base == QLatin1String("grub.cfg") ? grubDispatcher() : ipxeDispatcher());
    }
    if (dir == QLatin1String("ipxe") && base.endsWith(QLatin1String(".ipxe"))) {
        const auto mac = MacAddress::parse(QStringView(base).chopped(5));
        if (mac && (snapshot->host(*mac) || knownOrLocal))
            return generated(ipxeScript(entryFor(*snapshot, *mac)));
    }
    if (name.count(u'/') == 2 && name.startsWith(QLatin1String("profiles/")))
        return profileFile(*snapshot, name.section(u'/', 1, 1), base);
    if (dir == QLatin1String("ks") && base.endsWith(QLatin1String(".cfg"))) {
        const auto mac = MacAddress::parse(QStringView(base).chopped(4));
        if (mac)
            return kickstart(*snapshot, *mac);
    }
    if (name == QLatin1String("ks.cfg") && !request.mac.isNull())
        return kickstart(*snapshot, request.mac);
    return fromBehind(request);
}

} // namespace Crashcart::BootConfig
