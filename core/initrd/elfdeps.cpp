// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/elfdeps.h"

#include "initrd/imageplanner.h"
#include "initrd/ldcache.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

namespace Crashcart::Initrd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Initrd::ElfDeps)
};

constexpr qsizetype MaxObjects = 2048;
constexpr quint16 EmI386 = 3, EmX8664 = 62, EmAarch64 = 183;

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

// What Debian's glibc substitutes for $PLATFORM and $LIB.
QString platformOf(quint16 machine)
{
    switch (machine) {
    case EmX8664: return QStringLiteral("x86_64");
    case EmI386: return QStringLiteral("i686");
    case EmAarch64: return QStringLiteral("aarch64");
    default: return {};
    }
}

QString libOf(quint16 machine)
{
    switch (machine) {
    case EmX8664: return QStringLiteral("lib/x86_64-linux-gnu");
    case EmI386: return QStringLiteral("lib/i386-linux-gnu");
    case EmAarch64: return QStringLiteral("lib/aarch64-linux-gnu");
    default: return QStringLiteral("lib");
    }
}

class Resolver
{
public:
    explicit Resolver(const ElfDepsOptions &options) : m_options(options), m_host(options.sysroot) { }

    Result<LibraryResolution> run(const QString &binary);

private:
    struct Found
    {
        QString path;
        QString real;
        ElfInfo info;
        LoadedObject::Via via;
    };

    std::optional<Found> search(const QString &name, qsizetype requester);
    std::optional<Found> tryPath(const QString &path, LoadedObject::Via via);
    QStringList expand(const QStringList &dirs, qsizetype object);

    const ElfDepsOptions &m_options;
    HostFs m_host;
    std::optional<LdCache> m_cache;
    LibraryResolution m_result;
    QStringList m_origins; // $ORIGIN of each object
    QHash<QString, qsizetype> m_byName; // DT_NEEDED names and sonames seen, -1 when not found
    QHash<QString, qsizetype> m_byReal;
};

QStringList Resolver::expand(const QStringList &dirs, qsizetype object)
{
    const ElfInfo &main = m_result.objects.first().info;
    QStringList result;
    for (QString dir : dirs) {
        dir.replace(QLatin1String("${ORIGIN}"), m_origins.at(object)).replace(QLatin1String("$ORIGIN"), m_origins.at(object));
        dir.replace(QLatin1String("${PLATFORM}"), platformOf(main.machine)).replace(QLatin1String("$PLATFORM"), platformOf(main.machine));
        dir.replace(QLatin1String("${LIB}"), libOf(main.machine)).replace(QLatin1String("$LIB"), libOf(main.machine));
        if (!dir.startsWith(u'/')) {
            // Relative to whatever the working directory is at run time: unknowable here.
            m_result.warnings.append(Tr::tr("%1: the search path entry \"%2\" is relative and was ignored")
                                         .arg(m_result.objects.at(object).path, dir));
            continue;
        }
        result.append(QDir::cleanPath(dir));
    }
    return result;
}

std::optional<Resolver::Found> Resolver::tryPath(const QString &path, LoadedObject::Via via)
{
    const auto real = m_host.realPath(path);
    if (!real || m_host.lstat(*real).type != HostFs::Node::Type::File)
        return std::nullopt;
    auto info = readElfFile(m_host.onDisk(*real));
    if (!info) {
        if (info.error().code != QLatin1String("elf.notelf"))
            m_result.warnings.append(info.error().message);
        return std::nullopt;
    }
    if (!info->compatibleWith(m_result.objects.first().info) || info->type != Elf::EtDyn)
        return std::nullopt;
    return Found { QDir::cleanPath(path), *real, *info, via };
}

std::optional<Resolver::Found> Resolver::search(const QString &name, qsizetype requester)
{
    const LoadedObject &object = m_result.objects.at(requester);
    if (name.contains(u'/')) // used as given, relative to the working directory if relative
        return tryPath(name.startsWith(u'/') ? name : u'/' + name, LoadedObject::Via::Path);
    using Via = LoadedObject::Via;
    QList<std::pair<QString, Via>> dirs;
    if (!object.info.hasRunpath) {
        for (qsizetype l = requester; l >= 0; l = m_result.objects.at(l).loader) {
            if (!m_result.objects.at(l).info.hasRunpath) {
                for (const QString &dir : expand(m_result.objects.at(l).info.rpath, l))
                    dirs.append({ dir, Via::Rpath });
            }
        }
    }
    for (const QString &dir : expand(object.info.runpath, requester))
        dirs.append({ dir, Via::Runpath });
    for (const auto &[dir, via] : std::as_const(dirs)) {
        if (auto found = tryPath(dir + u'/' + name, via))
            return found;
    }
    if (object.info.noDefaultLib)
        return std::nullopt;
    if (m_cache) {
        for (const QString &path : m_cache->lookup(name)) {
            if (auto found = tryPath(path, Via::Cache))
                return found;
        }
    }
    for (const QString &dir : m_options.defaultDirs) {
        if (auto found = tryPath(dir + u'/' + name, Via::DefaultDir))
            return found;
    }
    return std::nullopt;
}

Result<LibraryResolution> Resolver::run(const QString &binary)
{
    const QString path = QDir::cleanPath(binary.startsWith(u'/') || !m_options.sysroot.isEmpty()
                                             ? u'/' + binary
                                             : QDir::current().absoluteFilePath(binary));
    const auto real = m_host.realPath(path);
    if (!real)
        return real.error();
    auto info = readElfFile(m_host.onDisk(*real));
    if (!info)
        return info.error();
    if (info->type != Elf::EtExec && info->type != Elf::EtDyn)
        return makeError("elf.notprogram", Tr::tr("%1 is not a program or shared library").arg(path));
    m_result.interpreter = info->interpreter;
    m_result.objects.append({ path, path, *info, -1, LoadedObject::Via::Binary });
    m_origins.append(parentOf(*real));
    m_byReal.insert(*real, 0);

    auto cache = LdCache::load(m_host.onDisk(m_options.ldCache));
    if (cache)
        m_cache = std::move(*cache);
    else if (cache.error().code != QLatin1String("file.missing"))
        m_result.warnings.append(cache.error().message);

    for (qsizetype i = 0; i < m_result.objects.size(); ++i) {
        const QStringList needed = m_result.objects.at(i).info.needed;
        for (const QString &name : needed) {
            if (m_byName.contains(name))
                continue;
            const auto found = search(name, i);
            if (!found) {
                m_result.errors.append(
                    Tr::tr("%1 needed by %2: not found on this system").arg(name, m_result.objects.at(i).path));
                m_byName.insert(name, -1);
                continue;
            }
            if (const auto same = m_byReal.constFind(found->real); same != m_byReal.cend()) {
                m_byName.insert(name, *same);
                continue;
            }
            if (m_result.objects.size() >= MaxObjects)
                return makeError("elf.toomany", Tr::tr("%1 needs more than %2 libraries").arg(path).arg(MaxObjects));
            if (found->via == LoadedObject::Via::Cache && !m_options.defaultDirs.contains(parentOf(found->path))) {
                m_result.warnings.append(Tr::tr("%1 was found through /etc/ld.so.cache in %2, where the image's loader "
                                                "does not look unless the image has its own cache")
                                             .arg(name, parentOf(found->path)));
            }
            const qsizetype index = m_result.objects.size();
            m_result.objects.append({ name, found->path, found->info, i, found->via });
            m_origins.append(parentOf(found->path));
            m_byName.insert(name, index);
            m_byReal.insert(found->real, index);
            if (!found->info.soname.isEmpty())
                m_byName.insert(found->info.soname, index);
        }
    }
    return std::move(m_result);
}

} // namespace

Result<LibraryResolution> resolveLibraries(const QString &binary, const ElfDepsOptions &options)
{
    return Resolver(options).run(binary);
}

Result<DepPlan> planBinary(const QString &binary, const ImageView &image, const ElfDepsOptions &options)
{
    auto resolution = resolveLibraries(binary, options);
    if (!resolution)
        return resolution.error();
    const HostFs host(options.sysroot);
    ImagePlanner planner(image, host);
    DepPlan &plan = planner.plan();
    const LoadedObject &main = resolution->objects.first();
    const auto placed = options.destDir.isEmpty()
                            ? planner.placeAsOnHost(main.path, Tr::tr("the binary"))
                            : planner.placeFile(main.path, options.destDir + u'/' + main.path.section(u'/', -1),
                                                Tr::tr("the binary"));
    if (!placed)
        plan.errors.append(placed.error().message);
    if (!resolution->interpreter.isEmpty()) {
        const auto interpreter = planner.placeAsOnHost(resolution->interpreter, Tr::tr("interpreter of %1").arg(main.path));
        if (!interpreter)
            plan.errors.append(Tr::tr("The interpreter of %1 cannot be added: %2").arg(main.path, interpreter.error().message));
    }
    for (qsizetype i = 1; i < resolution->objects.size(); ++i) {
        const LoadedObject &object = resolution->objects.at(i);
        const auto library = planner.placeAsOnHost(
            object.path, Tr::tr("needed by %1").arg(resolution->objects.at(object.loader).path));
        if (!library)
            plan.errors.append(library.error().message);
    }
    plan.errors += resolution->errors;
    plan.warnings += resolution->warnings;
    return plan;
}

} // namespace Crashcart::Initrd
