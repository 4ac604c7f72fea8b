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

// The image's kernel version to install into: the one asked for, or the one the module was
// built for when the image carries it. The error is the plan's error.
Result<QString> chooseVersion(const QString &moduleFile, const ModuleInfo &info, const QStringList &versions,
                              const QString &asked)
{
    QString version = asked;
    if (version.isEmpty() && versions.isEmpty()) {
        return makeError("module.nokernel", Tr::tr("The image has no lib/modules/<version>/ folder: name the kernel version to "
                                                   "install into (--kernel-version %1)")
                                                .arg(info.release()));
    }
    if (version.isEmpty() && versions.contains(info.release()))
        version = info.release();
    if (version != info.release())
        return makeError("module.vermagic", mismatch(moduleFile, info, version.isEmpty() ? versions : QStringList { version }));
    return version;
}

// One planModule() run, once the kernel version is settled: the image's modules folder for it
// and the modules already there, the source of dependencies, and what the plan adds (which
// depmod needs).
class ModulePlanner
{
public:
    ModulePlanner(const ImageView &image, const ModuleDepsOptions &options, const ModuleInfo &info, QString version)
        : m_image(image), m_options(options), m_info(info), m_version(std::move(version)),
          m_source(options.modulesDir.isEmpty() ? QStringLiteral("/lib/modules/") + info.release() : options.modulesDir),
          m_planner(image, m_host)
    {
        m_base = QStringLiteral("lib/modules/") + m_version;
        if (!resolveInImage(image, m_base) && resolveInImage(image, QStringLiteral("usr/lib/modules/") + m_version))
            m_base = QStringLiteral("usr/lib/modules/") + m_version;
        if (const auto dir = resolveInImage(image, m_base)) {
            for (const QString &relative : listImageFiles(image, *dir)) {
                if (isModuleFileName(relative))
                    m_inImage.insert(moduleNameOf(relative), relative);
            }
        }
    }

    Result<DepPlan> run(const QString &moduleFile)
    {
        if (auto placed = placeModule(moduleFile); !placed)
            return placed.error();
        addFirmware(m_planner, m_info, m_options);
        addDependencies();
        if (!plan().ok() || !m_options.regenerateIndexes)
            return plan();
        addBuiltinLists();
        regenerateIndexes();
        return plan();
    }

private:
    DepPlan &plan() { return m_planner.plan(); }

    // The module keeps its place in the source tree (or goes to extra/), replacing what the
    // image has there.
    Result<void> placeModule(const QString &moduleFile)
    {
        const QString canonical = QFileInfo(moduleFile).canonicalFilePath();
        const QString sourceCanonical = QFileInfo(m_source.dir()).canonicalFilePath();
        const QString relative = !sourceCanonical.isEmpty() && canonical.startsWith(sourceCanonical + u'/')
            ? m_source.imageRelative(canonical.mid(sourceCanonical.size() + 1))
            : QStringLiteral("extra/") + QFileInfo(moduleFile).fileName();
        if (const QString existing = m_inImage.value(m_info.name); !existing.isEmpty() && existing != relative) {
            plan().warnings.append(Tr::tr("The image already has a module %1 at %2; the new one is added at %3")
                                       .arg(m_info.name, existing, relative));
        }
        if (auto placed = m_planner.placeFile(moduleFile, m_base + u'/' + relative, Tr::tr("the module"), true); !placed)
            return placed.error();
        m_added.insert(relative, moduleFile);
        return {};
    }

    // depends= transitively, breadth first; what the image has is shown, not added again.
    void addDependencies()
    {
        QList<std::pair<QString, QString>> queue; // name, needed by
        for (const QString &dep : m_info.depends)
            queue.append({ dep, m_info.name });
        QSet<QString> seen { m_info.name };
        while (!queue.isEmpty()) {
            const auto [name, neededBy] = queue.takeFirst();
            if (seen.contains(name))
                continue;
            seen.insert(name);
            for (const QString &dep : addDependency(name, neededBy))
                queue.append({ dep, name });
        }
    }

    // Plans one dependency; returns the modules it depends on in turn.
    QStringList addDependency(const QString &name, const QString &neededBy)
    {
        if (const QString existing = m_inImage.value(name); !existing.isEmpty()) {
            plan().items.append({ PlanItem::Kind::File, m_base + u'/' + existing, {}, {}, {}, 0644, true, false,
                                  Tr::tr("dependency of %1").arg(neededBy) });
            return {};
        }
        const QString found = m_source.find(name);
        if (found.isEmpty()) {
            plan().errors.append(Tr::tr("Module %1, needed by %2, is not in %3").arg(name, neededBy, m_source.dir()));
            return {};
        }
        const QString hostFile = m_source.dir() + u'/' + found;
        auto info = readModuleInfo(hostFile);
        if (!info) {
            plan().errors.append(info.error().message);
            return {};
        }
        if (info->release() != m_version) {
            plan().errors.append(mismatch(hostFile, *info, { m_version }));
            return {};
        }
        const QString relative = m_source.imageRelative(found);
        auto placed = m_planner.placeFile(hostFile, m_base + u'/' + relative, Tr::tr("dependency of %1").arg(neededBy));
        if (!placed) {
            plan().errors.append(placed.error().message);
            return {};
        }
        m_added.insert(relative, hostFile);
        addFirmware(m_planner, *info, m_options);
        return info->depends;
    }

    // A fresh tree gets the kernel's list of built-in modules, so modprobe of one is no error.
    void addBuiltinLists()
    {
        for (const QString &name : { QStringLiteral("modules.builtin"), QStringLiteral("modules.builtin.modinfo") }) {
            const QString hostFile = m_source.dir() + u'/' + name;
            if (!m_planner.lookup(m_base + u'/' + name) && QFileInfo(hostFile).isFile() && m_info.release() == m_version) {
                if (m_planner.placeFile(hostFile, m_base + u'/' + name, Tr::tr("the kernel's built-in modules")))
                    m_added.insert(name, hostFile);
            }
        }
    }

    void regenerateIndexes()
    {
        auto depmod = runDepmod(m_image, { m_base, m_version, m_added, m_options.depmod });
        if (!depmod) {
            plan().errors.append(depmod.error().message);
            return;
        }
        plan().warnings += depmod->warnings;
        for (auto it = depmod->files.cbegin(); it != depmod->files.cend(); ++it)
            (void)m_planner.placeData(it.value(), m_base + u'/' + it.key(), Tr::tr("regenerated by depmod"));
    }

    const ImageView &m_image;
    const ModuleDepsOptions &m_options;
    const ModuleInfo &m_info;
    QString m_version;
    QString m_base; // the image's modules folder for m_version
    QHash<QString, QString> m_inImage; // module name -> path below m_base
    SourceIndex m_source;
    const HostFs m_host;
    ImagePlanner m_planner;
    QMap<QString, QString> m_added; // relative to m_base -> host file, for depmod
};

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
    auto version = chooseVersion(moduleFile, *info, imageKernelVersions(image), options.kernelVersion);
    if (!version) {
        DepPlan refused;
        refused.errors.append(version.error().message);
        return refused;
    }
    return ModulePlanner(image, options, *info, *version).run(moduleFile);
}

} // namespace Crashcart::Initrd
