// SPDX-License-Identifier: GPL-3.0-or-later
#include "bootpolicy.h"

#include "snapshot.h"

namespace Crashcart::BootConfig {

QByteArray Settings::httpBase() const
{
    return "http://" + serverAddress.toLatin1() + ':' + QByteArray::number(httpPort);
}

std::optional<Install> installFor(const Snapshot &snapshot, const MacAddress &mac)
{
    const Inventory::Host *host = snapshot.host(mac);
    if (!host || host->profile.isEmpty())
        return std::nullopt;
    if (host->state != Inventory::HostState::Ready && host->state != Inventory::HostState::Installing)
        return std::nullopt;
    const Inventory::Profile *profile = snapshot.profile(host->profile);
    if (!profile)
        return std::nullopt;
    const Inventory::Distribution *distribution = snapshot.distributionOf(*profile);
    if (profile->kernel.isEmpty() && (!distribution || distribution->kernel.isEmpty()))
        return std::nullopt;
    return Install { host, profile };
}

BootFile kernelFile(const Snapshot &snapshot, const Inventory::Profile &profile)
{
    if (!profile.kernel.isEmpty())
        return { nullptr, profile.kernel };
    const Inventory::Distribution *d = snapshot.distributionOf(profile);
    return d ? BootFile { d, d->kernel } : BootFile {};
}

QList<BootFile> initrdFiles(const Snapshot &snapshot, const Inventory::Profile &profile)
{
    QList<BootFile> files;
    const Inventory::Distribution *d = snapshot.distributionOf(profile);
    // A profile that names its own kernel boots its own initrds only: the distribution's
    // initrd belongs to the distribution's kernel.
    if (d && profile.kernel.isEmpty() && !d->initrd.isEmpty())
        files.append({ d, d->initrd });
    for (const QString &path : profile.initrds)
        files.append({ nullptr, path });
    return files;
}

QString distributionShim(const Snapshot &snapshot, const MacAddress &mac)
{
    const auto install = installFor(snapshot, mac);
    if (!install || !install->profile->secureBoot)
        return {};
    const Inventory::Distribution *d = snapshot.distributionOf(*install->profile);
    if (!d || d->shim.isEmpty() || d->grub.isEmpty())
        return {};
    return QStringLiteral("distros/") + d->name + d->shim;
}

std::optional<Netboot::Dhcp::BootSpec> decide(const Snapshot &snapshot, const Settings &settings,
                                              const Netboot::Dhcp::BootQuestion &q)
{
    using Netboot::Dhcp::Architecture;
    using Netboot::Dhcp::BootSpec;
    if (settings.unknown == UnknownHosts::Ignore && !snapshot.host(q.mac))
        return std::nullopt;
    const QByteArray base = settings.httpBase();
    if (q.ipxe)
        return BootSpec { base + "/boot.ipxe" };
    QByteArray uefiFile = Netboot::uefiBootFile(settings.uefi).toLatin1();
    if (const QString shim = distributionShim(snapshot, q.mac); !shim.isEmpty())
        uefiFile = shim.toUtf8();
    switch (q.architecture.value_or(Architecture::BiosX86)) {
    case Architecture::EfiX86_64Http: return BootSpec { base + '/' + uefiFile };
    case Architecture::EfiX86_64:
    case Architecture::EfiBc: return BootSpec { uefiFile };
    case Architecture::EfiArm64Http:
    case Architecture::EfiArm64:
    case Architecture::EfiIa32: return std::nullopt; // no loader of ours for these yet
    default: return BootSpec { "pxelinux.0" };
    }
}

} // namespace Crashcart::BootConfig
