// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bootpolicy.h"
#include "distro/distrotree.h"
#include "netboot/content.h"
#include "netboot/filecache.h"

#include <QList>
#include <QMutex>

#include <atomic>

namespace Crashcart::BootConfig {

class SnapshotHolder;

// The names a booting machine asks for, answered from the inventory; every other name goes
// to the folders behind (the workspace's TFTP or HTTP root). Served names, for TFTP and HTTP:
//   pxelinux.cfg/01-<mac>       that host's pxelinux config (unknown hosts: not found, so
//                               pxelinux goes on to pxelinux.cfg/default)
//   pxelinux.cfg/default        the folder's file, else a local-disk boot
//   [any/]grub.cfg              the folder's file, else a dispatcher to grub.cfg-01-<mac>
//   [any/]grub.cfg-01-<mac>     that host's GRUB config
//   boot.ipxe                   the folder's file, else a dispatcher to ipxe/<mac>.ipxe
//   ipxe/<mac>.ipxe             that host's iPXE script
//   profiles/<name>/vmlinuz     the profile's kernel; initrd<N>.img its initrds, in order (a
//                               distribution's own first, then the profile's overlays)
//   ks/<mac>.cfg, ks.cfg        the host's kickstart, rendered (ks.cfg: MAC from Anaconda's
//                               X-RHN-Provisioning-MAC header)
//   preseed/<mac>.cfg           the host's preseed (profiles of the Debian installer), rendered
//   distros/<name>/<path>       a distribution's tree, read in place from its image or folder
// Thread-safe: the servers call it from their threads.
class BootContentProvider final : public Netboot::ContentProvider
{
public:
    BootContentProvider(const SnapshotHolder &snapshots, Settings settings, QList<Netboot::ContentProvider *> behind);

    Result<std::shared_ptr<const Netboot::Content>> open(const Netboot::ContentRequest &request) override;
    // The HTTP port generated URLs name, once the HTTP server has bound it (port 0 picks one).
    void setHttpPort(quint16 port) { m_httpPort.store(port); }
    // The address clients reach the servers at, once known (the interface chosen, the
    // listen address). Both setters may be called from any thread while requests are served.
    void setServerAddress(const QString &address);
    void setTftpPort(quint16 port) { m_tftpPort.store(port); }
    // Where the syslog server listens; 0 while it does not run. Profiles with syslog on get
    // inst.syslog=ADDRESS:PORT only while it is not 0.
    void setSyslogPort(quint16 port) { m_syslogPort.store(port); }
    // The settings with the address and ports as they are now.
    Settings settings() const;

private:
    Result<std::shared_ptr<const Netboot::Content>> fromBehind(const Netboot::ContentRequest &request) const;
    Result<std::shared_ptr<const Netboot::Content>> profileFile(const Snapshot &snapshot, const QString &profile,
                                                                const QString &file);
    Result<std::shared_ptr<const Netboot::Content>> distroFile(const Snapshot &snapshot, const QString &name,
                                                               const QString &path);
    Result<std::shared_ptr<const Netboot::Content>> answerFile(const Snapshot &snapshot, const MacAddress &mac,
                                                               Inventory::InstallerKind kind) const;
    QStringList installerArguments(const Snapshot &snapshot, const Inventory::Profile &p, const MacAddress &mac) const;
    static QString tokenFor(const Snapshot &snapshot, const MacAddress &mac);
    std::optional<struct BootEntry> entryFor(const Snapshot &snapshot, const MacAddress &mac) const;
    QString resolvePath(const QString &path) const;

    const SnapshotHolder &m_snapshots;
    Settings m_settings;
    QList<Netboot::ContentProvider *> m_behind;
    Netboot::FileCache m_cache;
    Distro::DistroTrees m_trees;
    std::atomic<quint16> m_httpPort;
    std::atomic<quint16> m_tftpPort;
    std::atomic<quint16> m_syslogPort;
    mutable QMutex m_addressMutex;
    QString m_serverAddress;
};

} // namespace Crashcart::BootConfig
