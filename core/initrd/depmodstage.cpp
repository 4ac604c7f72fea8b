// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrd/depmodstage.h"

#include "initrd/elffile.h"
#include "initrd/imageplanner.h"
#include "initrd/moduleinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace Crashcart::Initrd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Initrd::Depmod)
};

constexpr int DepmodTimeoutMs = 120000;
// depmod's inputs besides the modules; everything else named modules.* is its output.
const QStringList Inputs = { QStringLiteral("modules.order"), QStringLiteral("modules.builtin"),
                             QStringLiteral("modules.builtin.modinfo") };

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        return makeError("depmod.staging", Tr::tr("Cannot create %1").arg(QFileInfo(path).path()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return makeError("depmod.staging", Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

// The image's modules and depmod inputs, copied into the staging tree (the added files are
// staged on their own and win).
Result<void> stageImageModules(const ImageView &image, const DepmodInput &input, const QString &tree)
{
    const auto dir = resolveInImage(image, input.imageModuleDir);
    if (!dir)
        return {};
    QHash<QString, QString> targets; // image path -> staging file
    for (const QString &relative : listImageFiles(image, *dir)) {
        if (!isModuleFileName(relative) && !Inputs.contains(relative))
            continue;
        if (relative.split(u'/').contains(QLatin1String("..")) || input.addedFiles.contains(relative))
            continue;
        const QString target = tree + u'/' + relative;
        if (!QDir().mkpath(QFileInfo(target).path()))
            return makeError("depmod.staging", Tr::tr("Cannot create %1").arg(QFileInfo(target).path()));
        targets.insert(*dir + u'/' + relative, target);
    }
    if (image.extractTo)
        return image.extractTo(targets);
    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        auto bytes = image.read(it.key());
        if (!bytes)
            return bytes.error();
        if (auto written = writeFile(it.value(), *bytes); !written)
            return written;
    }
    return {};
}

Result<void> stageAddedFiles(const DepmodInput &input, const QString &tree)
{
    for (auto it = input.addedFiles.cbegin(); it != input.addedFiles.cend(); ++it) {
        auto bytes = readFileBounded(it.value(), qint64(512) << 20);
        if (!bytes)
            return bytes.error();
        if (auto written = writeFile(tree + u'/' + it.key(), *bytes); !written)
            return written;
    }
    return {};
}

// New modules go at the end of modules.order (which depmod reads for priorities), so the
// image's list stays complete and depmod has no reason to complain about it. Returns the new
// modules.order when it changed (or the image had none).
Result<std::optional<QByteArray>> appendToOrder(const DepmodInput &input, const QString &tree)
{
    const QString orderPath = tree + QStringLiteral("/modules.order");
    QByteArray order;
    const auto existing = readFileBounded(orderPath, qint64(64) << 20);
    if (existing)
        order = *existing;
    const QByteArray before = order;
    for (auto it = input.addedFiles.cbegin(); it != input.addedFiles.cend(); ++it) {
        const QByteArray line = it.key().toUtf8();
        if (!isModuleFileName(it.key()) || order.split('\n').contains(line))
            continue;
        if (!order.isEmpty() && !order.endsWith('\n'))
            order += '\n';
        order += line + '\n';
    }
    if (order == before && existing)
        return std::optional<QByteArray>();
    if (auto written = writeFile(orderPath, order); !written)
        return written.error();
    return std::optional(order);
}

// The image's depmod configuration, not this system's.
void stageConfig(const ImageView &image, const QString &config)
{
    QDir().mkpath(config);
    const auto dir = resolveInImage(image, QStringLiteral("etc/depmod.d"));
    if (!dir)
        return;
    for (const QString &relative : listImageFiles(image, *dir)) {
        if (!relative.endsWith(QLatin1String(".conf")) || relative.contains(u'/'))
            continue;
        auto bytes = image.read(*dir + u'/' + relative);
        if (bytes)
            (void)writeFile(config + u'/' + relative, *bytes);
    }
}

// Runs depmod on the staging tree; returns what it said on stderr.
Result<QString> execDepmod(const DepmodInput &input, const QString &base, const QString &config)
{
    QProcess depmod;
    depmod.setProgram(input.depmod);
    depmod.setArguments({ QStringLiteral("-b"), base, QStringLiteral("-C"), config, input.version });
    depmod.start();
    if (!depmod.waitForFinished(DepmodTimeoutMs)) {
        depmod.kill();
        depmod.waitForFinished();
        return makeError("depmod.failed", Tr::tr("depmod did not finish within %1 s").arg(DepmodTimeoutMs / 1000));
    }
    const QString said = QString::fromUtf8(depmod.readAllStandardError()).trimmed();
    if (depmod.exitStatus() != QProcess::NormalExit || depmod.exitCode() != 0)
        return makeError("depmod.failed", Tr::tr("depmod failed: %1").arg(said));
    return said;
}

// Every index depmod wrote (everything named modules.* that is not one of its inputs).
Result<void> collectIndexes(const QString &tree, DepmodOutput &output)
{
    const QDir dir(tree);
    for (const QString &name : dir.entryList({ QStringLiteral("modules.*") }, QDir::Files, QDir::Name)) {
        if (Inputs.contains(name))
            continue;
        auto bytes = readFileBounded(dir.filePath(name), qint64(256) << 20);
        if (!bytes)
            return bytes.error();
        output.files.insert(name, *bytes);
    }
    if (!output.files.contains(QStringLiteral("modules.dep")))
        return makeError("depmod.failed", Tr::tr("depmod wrote no modules.dep"));
    return {};
}

} // namespace

Result<DepmodOutput> runDepmod(const ImageView &image, const DepmodInput &input)
{
    if (!QFileInfo(input.depmod).isExecutable())
        return makeError("depmod.missing", Tr::tr("%1 not found: install the kmod package").arg(input.depmod));
    if (input.version.isEmpty() || input.version.contains(u'/') || input.version.startsWith(u'.'))
        return makeError("depmod.version", Tr::tr("Invalid kernel version \"%1\"").arg(input.version));
    QTemporaryDir staging;
    if (!staging.isValid())
        return makeError("depmod.staging", Tr::tr("Cannot create a temporary directory: %1").arg(staging.errorString()));
    const QString tree = staging.filePath(QStringLiteral("lib/modules/") + input.version);
    if (!QDir().mkpath(tree))
        return makeError("depmod.staging", Tr::tr("Cannot create %1").arg(tree));
    if (auto staged = stageImageModules(image, input, tree); !staged)
        return staged.error();
    if (auto staged = stageAddedFiles(input, tree); !staged)
        return staged.error();
    auto order = appendToOrder(input, tree);
    if (!order)
        return order.error();
    const QString config = staging.filePath(QStringLiteral("depmod.d"));
    stageConfig(image, config);
    auto said = execDepmod(input, staging.path(), config);
    if (!said)
        return said.error();

    DepmodOutput output;
    if (*order)
        output.files.insert(QStringLiteral("modules.order"), **order);
    if (!said->isEmpty())
        output.warnings = said->split(u'\n');
    if (auto collected = collectIndexes(tree, output); !collected)
        return collected.error();
    return output;
}

} // namespace Crashcart::Initrd
