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

// The RHEL 7 and 8 GRUB (2.02) boots kernels under Secure Boot with linuxefi/initrdefi only.
bool efiCommandsFor(const Inventory::Distribution *d)
{
    if (!d || d->family != QLatin1String("rhel"))
        return false;
    bool ok = false;
    const int major = d->version.section(u'.', 0, 0).toInt(&ok);
    return ok && major <= 8;
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

// What the installer is told on its command line: where its answers are (a kickstart, a
// preseed), where the distribution's packages are, and where to send its log.
QStringList BootContentProvider::installerArguments(const Snapshot &snapshot, const Inventory::Profile &p,
                                                    const MacAddress &mac) const
{
    const Settings now = settings();
    const QString base = QString::fromLatin1(now.httpBase());
    const Inventory::Distribution *d = snapshot.distributionOf(p);
    const QString tree = d && !d->repo.isEmpty() ? QStringLiteral("%1/distros/%2%3").arg(base, d->name, d->repo) : QString();
    QStringList args;
    if (p.installer == Inventory::InstallerKind::Preseed) {
        // The Debian installer: answers from the preseed before any question is asked.
        args << QStringLiteral("auto=true") << QStringLiteral("priority=critical");
        if (!p.kickstart.isEmpty())
            args << QStringLiteral("url=%1/preseed/%2.cfg").arg(base, dashes(mac));
        // The installer names the machine before it reads the preseed: tell it here.
        if (const Inventory::Host *host = snapshot.host(mac); host && !host->hostname.isEmpty()) {
            args << QStringLiteral("hostname=") + host->hostname.section(u'.', 0, 0);
            if (host->hostname.contains(u'.'))
                args << QStringLiteral("domain=") + host->hostname.section(u'.', 1);
        }
        if (!tree.isEmpty()) {
            args << QStringLiteral("mirror/country=manual") << QStringLiteral("mirror/protocol=http")
                 << QStringLiteral("mirror/http/hostname=%1:%2").arg(now.serverAddress).arg(now.httpPort)
                 << QStringLiteral("mirror/http/directory=/distros/%1%2").arg(d->name, d->repo == QLatin1String("/") ? QString() : d->repo)
                 << QStringLiteral("mirror/http/proxy=");
        }
        return args;
    }
    if (!tree.isEmpty())
        args.append(QStringLiteral("inst.repo=") + tree);
    if (!p.kickstart.isEmpty()) {
        args.append(QStringLiteral("inst.ks=%1/ks/%2.cfg").arg(base, dashes(mac)));
        args.append(QStringLiteral("inst.ks.sendmac"));
    }
    // Anaconda's rsyslog forwards everything there over TCP (our server takes UDP too).
    if (p.syslog && now.syslogPort != 0 && !now.serverAddress.isEmpty())
        args.append(QStringLiteral("inst.syslog=%1:%2").arg(now.serverAddress).arg(now.syslogPort));
    return args;
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
    const qsizetype initrds = initrdFiles(snapshot, p).size();
    for (qsizetype i = 0; i < initrds; ++i)
        e.initrds.append(QStringLiteral("profiles/%1/initrd%2.img").arg(p.name).arg(i));
    QStringList args;
    if (!p.kernelArgs.trimmed().isEmpty())
        args.append(p.kernelArgs.trimmed());
    args.append(installerArguments(snapshot, p, mac));
    e.arguments = args.join(u' ');
    e.efiCommands = efiCommandsFor(snapshot.distributionOf(p));
    return e;
}

ContentResult BootContentProvider::profileFile(const Snapshot &snapshot, const QString &name, const QString &file)
{
    const Inventory::Profile *p = snapshot.profile(name);
    if (!p)
        return notFound(QStringLiteral("profiles/%1/%2").arg(name, file));
    BootFile boot;
    static const QRegularExpression initrd(QStringLiteral("^initrd(\\d{1,2})\\.img$"));
    if (file == QLatin1String("vmlinuz")) {
        boot = kernelFile(snapshot, *p);
    } else if (const auto m = initrd.match(file); m.hasMatch()) {
        const QList<BootFile> initrds = initrdFiles(snapshot, *p);
        if (m.captured(1).toInt() < initrds.size())
            boot = initrds.at(m.captured(1).toInt());
    }
    if (boot.path.isEmpty())
        return notFound(QStringLiteral("profiles/%1/%2").arg(name, file));
    if (boot.distribution)
        return distroFile(snapshot, boot.distribution->name, boot.path);
    // Only the files a profile names are published, never their folders.
    const QFileInfo info(resolvePath(boot.path));
    if (!info.isFile()) {
        return makeError("path.notfound", Tr::tr("Profile %1 names %2, which is not a file on this machine")
                                              .arg(name, info.filePath()));
    }
    auto opened = m_cache.open(info.canonicalFilePath());
    if (!opened)
        return opened.error();
    return std::shared_ptr<const Netboot::Content>(*opened);
}

// A file of a distribution's tree. A moved or changed image is an error (file.*: the servers
// answer 403/ERROR and the event names it), never old bytes.
ContentResult BootContentProvider::distroFile(const Snapshot &snapshot, const QString &name, const QString &path)
{
    const Inventory::Distribution *d = snapshot.distribution(name);
    if (!d)
        return notFound(QStringLiteral("distros/%1/%2").arg(name, path));
    auto tree = m_trees.tree(*d);
    if (!tree) {
        return makeError("file.distro", tree.error().message);
    }
    return (*tree)->content(path);
}

// The running install's token: only this host's kickstart carries it. An armed host without an
// install record (a database written by hand) gets a fresh one its callbacks cannot use.
QString BootContentProvider::tokenFor(const Snapshot &snapshot, const MacAddress &mac)
{
    const QString token = snapshot.installToken(mac);
    return token.isEmpty() ? Kickstart::newInstallToken() : token;
}

ContentResult BootContentProvider::answerFile(const Snapshot &snapshot, const MacAddress &mac,
                                             Inventory::InstallerKind kind) const
{
    const auto install = installFor(snapshot, mac);
    const bool preseed = kind == Inventory::InstallerKind::Preseed;
    if (!install || install->profile->kickstart.isEmpty() || install->profile->installer != kind)
        return notFound(QStringLiteral("%1/%2.cfg").arg(preseed ? QStringLiteral("preseed") : QStringLiteral("ks"), dashes(mac)));
    QFile file(resolvePath(install->profile->kickstart));
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError("file.unreadable", Tr::tr("The answer file template %1 of profile %2 cannot be read: %3")
                                                .arg(file.fileName(), install->profile->name, file.errorString()));
    }
    const Settings now = settings();
    const Kickstart::SnippetLibrary snippets(m_settings.snippetFolder, preseed ? Kickstart::SnippetLibrary::Format::Preseed
                                                                              : Kickstart::SnippetLibrary::Format::Kickstart);
    const Kickstart::Rendered rendered = renderHostKickstart(*install->host, file.readAll(),
                                                             { now.serverAddress, now.httpPort, now.tftpPort },
                                                             tokenFor(snapshot, mac), snippets);
    if (!rendered.ok()) {
        // An installer given half a kickstart would go on interactively: refuse it whole.
        return makeError("file.template", Tr::tr("The answer file template %1 has errors for %2 (line %3: %4)")
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
    if (name.startsWith(QLatin1String("distros/")) && name.count(u'/') >= 2)
        return distroFile(*snapshot, name.section(u'/', 1, 1), name.section(u'/', 2));
    if ((dir == QLatin1String("ks") || dir == QLatin1String("preseed")) && base.endsWith(QLatin1String(".cfg"))) {
        const auto mac = MacAddress::parse(QStringView(base).chopped(4));
        if (mac) {
            return answerFile(*snapshot, *mac, dir == QLatin1String("ks") ? Inventory::InstallerKind::Kickstart
                                                                          : Inventory::InstallerKind::Preseed);
        }
    }
    if (name == QLatin1String("ks.cfg") && !request.mac.isNull())
        return answerFile(*snapshot, request.mac, Inventory::InstallerKind::Kickstart);
    return fromBehind(request);
}

} // namespace Crashcart::BootConfig
