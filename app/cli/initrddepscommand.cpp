// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrddepscommand.h"

#include "initrdedit.h"

#include "initrd/editsession.h"
#include "initrd/elfdeps.h"
#include "initrd/moduledeps.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace Crashcart::Cli {

using namespace Crashcart::Initrd;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Cli::InitrdDeps)
};

// One line per item: "+" added, "=" already in the image, "~" replaced; errors and warnings last.
void printPlan(QTextStream &out, const DepPlan &plan)
{
    int added = 0, present = 0;
    for (const PlanItem &item : plan.items) {
        const QChar mark = item.alreadyInImage ? u'=' : item.replaces ? u'~' : u'+';
        (item.alreadyInImage ? present : added)++;
        QString what;
        switch (item.kind) {
        case PlanItem::Kind::Directory: what = Tr::tr("directory"); break;
        case PlanItem::Kind::Symlink: what = Tr::tr("symlink -> %1").arg(item.linkTarget); break;
        case PlanItem::Kind::File:
            what = item.hostPath.isEmpty() ? Tr::tr("generated, %1 bytes").arg(item.data.size())
                                           : Tr::tr("from %1").arg(item.hostPath);
            break;
        }
        out << mark << ' ' << item.imagePath << "  (" << what;
        if (item.alreadyInImage)
            out << ", " << Tr::tr("already in the image");
        if (!item.reason.isEmpty())
            out << "; " << item.reason;
        out << ")\n";
    }
    for (const QString &warning : plan.warnings)
        out << Tr::tr("warning: %1").arg(warning) << '\n';
    for (const QString &error : plan.errors)
        out << Tr::tr("missing: %1").arg(error) << '\n';
    out << Tr::tr("%1 to add, %2 already in the image, %3 missing").arg(added).arg(present).arg(plan.errors.size())
        << '\n';
    out.flush();
}

} // namespace

InitrdDepsOptions::InitrdDepsOptions()
{
    dest.setDescription(Tr::tr("add-binary: put the program itself in DIR of the image (default: its path here)."));
    modulesDir.setDescription(
        Tr::tr("add-module: take dependencies from DIR (default: /lib/modules/<the module's kernel release>)."));
    kernelVersion.setDescription(
        Tr::tr("add-module: install for this kernel version (needed when the image has no lib/modules/)."));
    firmwareDir.setDescription(Tr::tr("add-module: look for firmware in DIR (default /lib/firmware)."));
    dryRun.setDescription(Tr::tr("add-binary, add-module: print what would be added and write nothing."));
}

void InitrdDepsOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({ dest, modulesDir, kernelVersion, firmwareDir, dryRun });
}

bool isDepsCommand(const QString &command)
{
    return command == QLatin1String("add-binary") || command == QLatin1String("add-module");
}

namespace {

// add-binary or add-module: what the program or the module needs that the image lacks.
Result<DepPlan> planFor(const QCommandLineParser &parser, const InitrdDepsOptions &options, const QString &command,
                        const QString &source, const ImageView &view)
{
    if (command == QLatin1String("add-binary")) {
        ElfDepsOptions elf;
        elf.destDir = parser.value(options.dest);
        return planBinary(source, view, elf);
    }
    ModuleDepsOptions modules;
    modules.modulesDir = parser.value(options.modulesDir);
    modules.kernelVersion = parser.value(options.kernelVersion);
    if (parser.isSet(options.firmwareDir))
        modules.firmwareDir = parser.value(options.firmwareDir);
    return planModule(source, view, modules);
}

} // namespace

int runDeps(const InitrdContext &c, const QCommandLineParser &parser, const InitrdDepsOptions &options,
            const QString &command, const QStringList &args)
{
    if (args.size() != 2)
        return c.usage();
    const bool dryRun = parser.isSet(options.dryRun);
    if (!dryRun && c.output.isEmpty()) {
        c.err << Tr::tr("Say where to write the result with -o OUT (OUT may be the image itself), or use --dry-run.")
              << Qt::endl;
        return Usage;
    }
    auto image = c.open(args[0]);
    if (!image)
        return c.fail(image.error());
    EditSession session(*image);
    auto plan = planFor(parser, options, command, args[1], session.view());
    if (!plan)
        return c.fail(plan.error());
    printPlan(c.out, *plan);
    if (!plan->ok()) {
        c.err << Tr::tr("Nothing written: %1").arg(plan->errors.first()) << Qt::endl;
        return Failed;
    }
    if (dryRun)
        return Ok;
    if (auto applied = session.applyPlan(*plan); !applied)
        return c.fail(applied.error());
    if (!session.hasChanges()) {
        c.out << Tr::tr("The image already has everything; nothing written.") << Qt::endl;
        return Ok;
    }
    return c.save(session);
}

} // namespace Crashcart::Cli
