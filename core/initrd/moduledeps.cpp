// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/moduledeps.h"

#include "initrd/depmodstage.h"
#include "initrd/elffile.h"
#include "initrd/imageplanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace Crashcart::Initrd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Initrd::ModuleDeps)
};

constexpr qsizetype MaxScannedModules = 100000;

// Where the modules that depends= names come from: a modules tree with its modules.dep, or any
// folder of .ko files. Names are kmod's ('-' and '_' alike).
class SourceIndex
{
public:
    explicit SourceIndex(QString dir) : m_dir(QDir::cleanPath(std::move(dir)))
    {
        const auto dep = readFileBounded(m_dir + QStringLiteral("/modules.dep"), qint64(64) << 20);
        m_isTree = dep.ok();
        if (!m_isTree)
            return;
        for (const QByteArray &line : dep->split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0) {
                const QString path = QString::fromUtf8(line.first(colon));
                m_paths.insert(moduleNameOf(path), path);
            }
        }
    }

    // Path relative to the folder, or empty.
    QString find(const QString &name)
    {
        const QString known = m_paths.value(name);
        if (!known.isEmpty() && QFileInfo(m_dir + u'/' + known).isFile())
            return known;
        if (!m_scanned) {
            m_scanned = true;
            QDirIterator it(m_dir, QDir::Files, QDirIterator::Subdirectories);
            for (qsizetype n = 0; it.hasNext() && n < MaxScannedModules; ++n) {
                const QString path = it.next();
                if (isModuleFileName(path))
                    m_scan.insert(moduleNameOf(path), QDir(m_dir).relativeFilePath(path));
            }
        }
        return m_scan.value(name);
    }

    // Where a file of this folder goes under the image's lib/modules/<version>/.
    QString imageRelative(const QString &relative) const
    {
        return m_isTree ? relative : QStringLiteral("extra/") + relative;
    }
    const QString &dir() const { return m_dir; }

private:
    QString m_dir;
    bool m_isTree = false;
    bool m_scanned = false;
    QHash<QString, QString> m_paths;
    QHash<QString, QString> m_scan;
};

QString mismatch(const QString &module, const ModuleInfo &info, const QStringList &versions)
{
    return Tr::tr("%1 was built for kernel %2 (vermagic \"%3\"), but the image carries modules for %4")
        .arg(module, info.release(), info.vermagic.trimmed(),
             versions.isEmpty() ? Tr::tr("no kernel") : versions.join(QStringLiteral(", ")));
}

void addFirmware(ImagePlanner &planner, const ModuleInfo &info, const ModuleDepsOptions &options)
{
    for (const QString &name : info.firmware) {
        if (name.startsWith(u'/') || name.split(u'/').contains(QLatin1String(".."))) {
            planner.plan().warnings.append(Tr::tr("%1 names the firmware \"%2\", which is not a plain path; skipped")
                                               .arg(info.name, name));
            continue;
        }
        QString found;
        for (const QString &suffix : { QString(), QStringLiteral(".xz"), QStringLiteral(".zst") }) {
            if (QFileInfo(options.firmwareDir + u'/' + name + suffix).isFile()) {
                found = name + suffix;
                break;
            }
        }
        if (found.isEmpty()) {
            planner.plan().warnings.append(Tr::tr("Firmware %1 for %2 is not in %3; the module may not work without it")
                                               .arg(name, info.name, options.firmwareDir));
            continue;
        }
        auto placed = planner.placeFile(options.firmwareDir + u'/' + found, QStringLiteral("lib/firmware/") + found,
                                        Tr::tr("firmware for %1").arg(info.name));
        if (!placed)
            planner.plan().warnings.append(placed.error().message);
    }
}

} // namespace

QStringList imageKernelVersions(const ImageView &image)
{
    QStringList versions;
    for (const QString &base : { QStringLiteral("lib/modules"), QStringLiteral("usr/lib/modules") }) {
        const auto dir = resolveInImage(image, base);
        if (!dir || !image.list)
            continue;
        for (const QString &name : image.list(*dir)) {
            const auto node = image.lookup(*dir + u'/' + name);
            if (node && node->type == ImageNode::Type::Directory && !versions.contains(name))
                versions.append(name);
        }
    }
    versions.sort();
    return versions;
}

Result<DepPlan> planModule(const QString &modulePath, const ImageView &image, const ModuleDepsOptions &options)
{
    const QString moduleFile = QFileInfo(modulePath).absoluteFilePath();
    auto info = readModuleInfo(moduleFile);
    if (!info)
        return info.error();
    const QStringList versions = imageKernelVersions(image);
    DepPlan refused;
    QString version = options.kernelVersion;
    if (version.isEmpty() && versions.isEmpty()) {
        refused.errors.append(Tr::tr("The image has no lib/modules/<version>/ folder: name the kernel version to "
                                     "install into (--kernel-version %1)")
                                  .arg(info->release()));
        return refused;
    }
    if (version.isEmpty() && versions.contains(info->release()))
        version = info->release();
    if (version != info->release()) {
        refused.errors.append(mismatch(moduleFile, *info, version.isEmpty() ? versions : QStringList { version }));
        return refused;
    }

    QString base = QStringLiteral("lib/modules/") + version;
    if (!resolveInImage(image, base) && resolveInImage(image, QStringLiteral("usr/lib/modules/") + version))
        base = QStringLiteral("usr/lib/modules/") + version;
    QHash<QString, QString> inImage; // module name -> path below base
    if (const auto dir = resolveInImage(image, base)) {
        for (const QString &relative : listImageFiles(image, *dir)) {
            if (isModuleFileName(relative))
                inImage.insert(moduleNameOf(relative), relative);
        }
    }

    SourceIndex source(options.modulesDir.isEmpty() ? QStringLiteral("/lib/modules/") + info->release()
                                                    : options.modulesDir);
    const HostFs host;
    ImagePlanner planner(image, host);
    DepPlan &plan = planner.plan();
    QMap<QString, QString> added; // relative to base -> host file, for depmod

    const QString canonical = QFileInfo(moduleFile).canonicalFilePath();
    const QString sourceCanonical = QFileInfo(source.dir()).canonicalFilePath();
    const QString relative = !sourceCanonical.isEmpty() && canonical.startsWith(sourceCanonical + u'/')
                                 ? source.imageRelative(canonical.mid(sourceCanonical.size() + 1))
                                 : QStringLiteral("extra/") + QFileInfo(moduleFile).fileName();
    if (const QString existing = inImage.value(info->name); !existing.isEmpty() && existing != relative) {
        plan.warnings.append(Tr::tr("The image already has a module %1 at %2; the new one is added at %3")
                                 .arg(info->name, existing, relative));
    }
    if (auto placed = planner.placeFile(moduleFile, base + u'/' + relative, Tr::tr("the module"), true); !placed)
        return placed.error();
    added.insert(relative, moduleFile);
    addFirmware(planner, *info, options);

    // depends= transitively, breadth first; what the image has is shown, not added again.
    QList<std::pair<QString, QString>> queue; // name, needed by
    for (const QString &dep : info->depends)
        queue.append({ dep, info->name });
    QSet<QString> seen { info->name };
    while (!queue.isEmpty()) {
        const auto [name, neededBy] = queue.takeFirst();
        if (seen.contains(name))
            continue;
        seen.insert(name);
        if (const QString existing = inImage.value(name); !existing.isEmpty()) {
            plan.items.append({ PlanItem::Kind::File, base + u'/' + existing, {}, {}, {}, 0644, true, false,
                                Tr::tr("dependency of %1").arg(neededBy) });
            continue;
        }
        const QString found = source.find(name);
        if (found.isEmpty()) {
            plan.errors.append(Tr::tr("Module %1, needed by %2, is not in %3").arg(name, neededBy, source.dir()));
            continue;
        }
        const QString hostFile = source.dir() + u'/' + found;
        auto depInfo = readModuleInfo(hostFile);
        if (!depInfo) {
            plan.errors.append(depInfo.error().message);
            continue;
        }
        if (depInfo->release() != version) {
            plan.errors.append(mismatch(hostFile, *depInfo, { version }));
            continue;
        }
        const QString depRelative = source.imageRelative(found);
        auto placed = planner.placeFile(hostFile, base + u'/' + depRelative, Tr::tr("dependency of %1").arg(neededBy));
        if (!placed) {
            plan.errors.append(placed.error().message);
            continue;
        }
        added.insert(depRelative, hostFile);
        addFirmware(planner, *depInfo, options);
        for (const QString &dep : depInfo->depends)
            queue.append({ dep, name });
    }
    if (!plan.ok() || !options.regenerateIndexes)
        return plan;

    // A fresh tree gets the kernel's list of built-in modules, so modprobe of one is no error.
    for (const QString &name : { QStringLiteral("modules.builtin"), QStringLiteral("modules.builtin.modinfo") }) {
        const QString hostFile = source.dir() + u'/' + name;
        if (!planner.lookup(base + u'/' + name) && QFileInfo(hostFile).isFile() && info->release() == version) {
            if (planner.placeFile(hostFile, base + u'/' + name, Tr::tr("the kernel's built-in modules")))
                added.insert(name, hostFile);
        }
    }
    auto depmod = runDepmod(image, { base, version, added, options.depmod });
    if (!depmod) {
        plan.errors.append(depmod.error().message);
        return plan;
    }
    plan.warnings += depmod->warnings;
    for (auto it = depmod->files.cbegin(); it != depmod->files.cend(); ++it)
        (void)planner.placeData(it.value(), base + u'/' + it.key(), Tr::tr("regenerated by depmod"));
    return plan;
}

} // namespace Crashcart::Initrd
