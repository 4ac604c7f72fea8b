// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilescommand.h"

#include "common/workspace.h"
#include "inventory/database.h"
#include "inventory/profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Crashcart::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Cli::Profiles)
};

enum Status { Ok = 0, Failed = 1, Usage = 2 };

QJsonObject toJson(const Inventory::Profile &p)
{
    return { { QStringLiteral("name"), p.name },
             { QStringLiteral("description"), p.description },
             { QStringLiteral("kernel"), p.kernel },
             { QStringLiteral("initrds"), QJsonArray::fromStringList(p.initrds) },
             { QStringLiteral("args"), p.kernelArgs },
             { QStringLiteral("kickstart"), p.kickstart } };
}

// A file given on the command line is stored as given when it is inside the workspace
// (relative names stay portable with it), else made absolute.
QString stored(const QString &path, const Workspace &workspace)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    const QString base = QFileInfo(workspace.path()).absoluteFilePath() + u'/';
    return absolute.startsWith(base) ? absolute.mid(base.size()) : absolute;
}

} // namespace

int runProfiles(QTextStream &out, QTextStream &err, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), Tr::tr("Use the workspace in DIR."), QStringLiteral("DIR"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    const QCommandLineOption kernel(QStringLiteral("kernel"), Tr::tr("The kernel file."), QStringLiteral("FILE"));
    const QCommandLineOption initrd(QStringLiteral("initrd"), Tr::tr("An initrd file; repeat for more, loaded in order."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption kernelArgs(QStringLiteral("args"), Tr::tr("Kernel arguments (inst.repo=..., console=...)."),
                                        QStringLiteral("ARGS"));
    const QCommandLineOption kickstart(QStringLiteral("kickstart"), Tr::tr("A kickstart template, rendered for each host."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption description(QStringLiteral("description"), Tr::tr("A description."), QStringLiteral("TEXT"));
    parser.addOptions({ workspaceOption, json, kernel, initrd, kernelArgs, kickstart, description });
    parser.addHelpOption();
    if (!parser.parse(QStringList { QStringLiteral("profiles") } + args)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    const bool shapeOk = (verb == QLatin1String("list") && positional.size() == 1)
        || ((verb == QLatin1String("set") || verb == QLatin1String("remove")) && positional.size() == 2);
    if (parser.isSet(QStringLiteral("help")) || !shapeOk) {
        (shapeOk ? out : err) << Tr::tr("usage: crashcart-cli profiles list [--json]\n"
                                        "       crashcart-cli profiles set NAME [--kernel FILE] [--initrd FILE]... [--args ARGS]\n"
                                        "                                       [--kickstart FILE] [--description TEXT]\n"
                                        "       crashcart-cli profiles remove NAME")
                              << Qt::endl;
        return shapeOk ? Ok : Usage;
    }
    auto workspace = Workspace::open(Workspace::resolvePath(parser.value(workspaceOption)));
    if (!workspace) {
        err << workspace.error().message << Qt::endl;
        return Failed;
    }
    auto db = Inventory::Database::openSqlite(workspace->databasePath());
    if (!db) {
        err << db.error().message << Qt::endl;
        return Failed;
    }
    Inventory::ProfileRepository profiles(**db);

    if (verb == QLatin1String("list")) {
        auto all = profiles.all();
        if (!all) {
            err << all.error().message << Qt::endl;
            return Failed;
        }
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const auto &p : *all)
                array.append(toJson(p));
            out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return Ok;
        }
        for (const auto &p : *all) {
            out << p.name << '\t' << p.kernel << '\t' << p.initrds.join(u',') << '\t' << p.kernelArgs << '\t' << p.kickstart
                << '\n';
        }
        return Ok;
    }
    const QString name = positional[1];
    if (verb == QLatin1String("remove")) {
        if (auto r = profiles.remove(name); !r) {
            err << r.error().message << Qt::endl;
            return Failed;
        }
        return Ok;
    }
    auto existing = profiles.find(name);
    if (!existing) {
        err << existing.error().message << Qt::endl;
        return Failed;
    }
    Inventory::Profile p = existing->value_or(Inventory::Profile { name, {}, {}, {}, {}, {} });
    // Files must exist now: a typo found at boot time costs a walk to the rack.
    for (const QCommandLineOption *o : { &kernel, &initrd, &kickstart }) {
        for (const QString &file : parser.values(*o)) {
            if (!QFileInfo(file).isFile()) {
                err << Tr::tr("--%1: %2 is not a file").arg(o->names().constFirst(), file) << Qt::endl;
                return Failed;
            }
        }
    }
    if (parser.isSet(kernel))
        p.kernel = stored(parser.value(kernel), *workspace);
    if (parser.isSet(initrd)) {
        p.initrds.clear();
        for (const QString &file : parser.values(initrd))
            p.initrds.append(stored(file, *workspace));
    }
    if (parser.isSet(kernelArgs))
        p.kernelArgs = parser.value(kernelArgs);
    if (parser.isSet(kickstart))
        p.kickstart = stored(parser.value(kickstart), *workspace);
    if (parser.isSet(description))
        p.description = parser.value(description);
    if (auto r = profiles.save(p); !r) {
        err << r.error().message << Qt::endl;
        return Failed;
    }
    return Ok;
}

} // namespace Crashcart::Cli
