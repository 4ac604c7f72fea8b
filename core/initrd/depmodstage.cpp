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

    if (const auto dir = resolveInImage(image, input.imageModuleDir)) {
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
        if (image.extractTo) {
            if (auto extracted = image.extractTo(targets); !extracted)
                return extracted.error();
        } else {
            for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
                auto bytes = image.read(it.key());
                if (!bytes)
                    return bytes.error();
                if (auto written = writeFile(it.value(), *bytes); !written)
                    return written.error();
            }
        }
    }
    for (auto it = input.addedFiles.cbegin(); it != input.addedFiles.cend(); ++it) {
        auto bytes = readFileBounded(it.value(), qint64(512) << 20);
        if (!bytes)
            return bytes.error();
        if (auto written = writeFile(tree + u'/' + it.key(), *bytes); !written)
            return written.error();
    }
    // New modules go at the end of modules.order (which depmod reads for priorities), so the
    // image's list stays complete and depmod has no reason to complain about it.
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
    const bool orderChanged = order != before || !existing;
    if (orderChanged) {
        if (auto written = writeFile(orderPath, order); !written)
            return written.error();
    }

    // The image's depmod configuration, not this system's.
    const QString config = staging.filePath(QStringLiteral("depmod.d"));
    QDir().mkpath(config);
    if (const auto dir = resolveInImage(image, QStringLiteral("etc/depmod.d"))) {
        for (const QString &relative : listImageFiles(image, *dir)) {
            if (!relative.endsWith(QLatin1String(".conf")) || relative.contains(u'/'))
                continue;
            auto bytes = image.read(*dir + u'/' + relative);
            if (bytes)
                (void)writeFile(config + u'/' + relative, *bytes);
        }
    }

    QProcess depmod;
    depmod.setProgram(input.depmod);
    depmod.setArguments({ QStringLiteral("-b"), staging.path(), QStringLiteral("-C"), config, input.version });
    depmod.start();
    if (!depmod.waitForFinished(DepmodTimeoutMs)) {
        depmod.kill();
        depmod.waitForFinished();
        return makeError("depmod.failed", Tr::tr("depmod did not finish within %1 s").arg(DepmodTimeoutMs / 1000));
    }
    const QString said = QString::fromUtf8(depmod.readAllStandardError()).trimmed();
    if (depmod.exitStatus() != QProcess::NormalExit || depmod.exitCode() != 0)
        return makeError("depmod.failed", Tr::tr("depmod failed: %1").arg(said));

    DepmodOutput output;
    if (orderChanged)
        output.files.insert(QStringLiteral("modules.order"), order);
    if (!said.isEmpty())
        output.warnings = said.split(u'\n');
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
    return output;
}

} // namespace Crashcart::Initrd
