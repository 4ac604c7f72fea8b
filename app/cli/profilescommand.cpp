// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilescommand.h"

#include "clihelp.h"
#include "cliworkspace.h"

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
             { QStringLiteral("kickstart"), p.kickstart },
             { QStringLiteral("syslog"), p.syslog },
             { QStringLiteral("timeout_minutes"), p.installTimeoutMinutes },
             { QStringLiteral("firmware"), Inventory::firmwareName(p.firmware) },
             { QStringLiteral("distribution"), p.distribution },
             { QStringLiteral("installer"), Inventory::installerKindName(p.installer) },
             { QStringLiteral("secure_boot"), p.secureBoot } };
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

struct ProfileOptions
{
    QCommandLineOption workspace = workspaceOption();
    QCommandLineOption json { QStringLiteral("json"), Tr::tr("Print JSON.") };
    QCommandLineOption kernel { QStringLiteral("kernel"), Tr::tr("The kernel file."), QStringLiteral("FILE") };
    QCommandLineOption initrd { QStringLiteral("initrd"), Tr::tr("An initrd file; repeat for more, loaded in order."), QStringLiteral("FILE") };
    QCommandLineOption kernelArgs { QStringLiteral("args"), Tr::tr("Kernel arguments (inst.repo=..., console=...)."), QStringLiteral("ARGS") };
    QCommandLineOption kickstart { QStringLiteral("kickstart"), Tr::tr("A kickstart template, rendered for each host."), QStringLiteral("FILE") };
    QCommandLineOption description { QStringLiteral("description"), Tr::tr("A description."), QStringLiteral("TEXT") };
    QCommandLineOption syslog { QStringLiteral("syslog"),
                                Tr::tr("on: the installer sends its log to serve's syslog server (inst.syslog=, while it runs)."),
                                QStringLiteral("on|off") };
    QCommandLineOption timeout { QStringLiteral("timeout"),
                                 Tr::tr("Minutes an install may stay silent before it has stalled and fails (default 60)."),
                                 QStringLiteral("MIN") };
    QCommandLineOption firmware { QStringLiteral("firmware"),
                                  Tr::tr("bios or uefi: how the BMC boots the hosts from the network (default bios)."),
                                  QStringLiteral("bios|uefi") };
    QCommandLineOption distribution { QStringLiteral("distribution"),
                                      Tr::tr("A distribution (distros list) whose kernel, initrd and package tree the hosts "
                                             "boot; \"\" for none."),
                                      QStringLiteral("NAME") };
    QCommandLineOption preseed { QStringLiteral("preseed"), Tr::tr("A preseed template for the Debian installer, rendered for each host."),
                                 QStringLiteral("FILE") };
    QCommandLineOption secureBoot { QStringLiteral("secure-boot"),
                                    Tr::tr("on: UEFI hosts boot the distribution's own signed shim and GRUB."),
                                    QStringLiteral("on|off") };
};

// on|off options; false with a message on anything else.
bool onOff(const QCommandLineParser &parser, const QCommandLineOption &option, bool *value, QTextStream &err)
{
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option);
    if (text != QLatin1String("on") && text != QLatin1String("off")) {
        err << Tr::tr("--%1 takes on or off").arg(option.names().constFirst()) << Qt::endl;
        return false;
    }
    *value = text == QLatin1String("on");
    return true;
}

// --distribution: it must exist; the answer file's kind follows its family unless given.
bool setDistribution(Inventory::Database &db, const QString &name, Inventory::Profile &p, QTextStream &err)
{
    p.distribution = name;
    if (name.isEmpty())
        return true;
    auto found = Inventory::DistributionRepository(db).find(name);
    if (!found || !*found) {
        err << (found ? Tr::tr("No distribution is named %1 (crashcart-cli distros list)").arg(name) : found.error().message)
            << Qt::endl;
        return false;
    }
    p.installer = (*found)->installer();
    return true;
}

int listProfiles(Inventory::ProfileRepository &profiles, bool json, QTextStream &out, QTextStream &err)
{
    auto all = profiles.all();
    if (!all) {
        err << all.error().message << Qt::endl;
        return Failed;
    }
    if (json) {
        QJsonArray array;
        for (const auto &p : *all)
            array.append(toJson(p));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const auto &p : *all)
        out << p.name << '\t' << p.kernel << '\t' << p.initrds.join(u',') << '\t' << p.kernelArgs << '\t' << p.kickstart << '\n';
    return Ok;
}

// Creates the profile or changes the fields given; the others stay.
int setProfile(Inventory::Database &db, const QString &name, const QCommandLineParser &parser, const ProfileOptions &o,
               const Workspace &workspace, QTextStream &err)
{
    Inventory::ProfileRepository profiles(db);
    auto existing = profiles.find(name);
    if (!existing) {
        err << existing.error().message << Qt::endl;
        return Failed;
    }
    Inventory::Profile p = existing->value_or(Inventory::Profile { name, {}, {}, {}, {}, {} });
    // Files must exist now: a typo found at boot time costs a walk to the rack.
    for (const QCommandLineOption *option : { &o.kernel, &o.initrd, &o.kickstart, &o.preseed }) {
        for (const QString &file : parser.values(*option)) {
            if (!QFileInfo(file).isFile()) {
                err << Tr::tr("--%1: %2 is not a file").arg(option->names().constFirst(), file) << Qt::endl;
                return Failed;
            }
        }
    }
    if (parser.isSet(o.kernel))
        p.kernel = stored(parser.value(o.kernel), workspace);
    if (parser.isSet(o.initrd)) {
        p.initrds.clear();
        for (const QString &file : parser.values(o.initrd))
            p.initrds.append(stored(file, workspace));
    }
    if (parser.isSet(o.kernelArgs))
        p.kernelArgs = parser.value(o.kernelArgs);
    if (parser.isSet(o.kickstart))
        p.kickstart = stored(parser.value(o.kickstart), workspace);
    if (parser.isSet(o.description))
        p.description = parser.value(o.description);
    if (!onOff(parser, o.syslog, &p.syslog, err) || !onOff(parser, o.secureBoot, &p.secureBoot, err))
        return Usage;
    if (parser.isSet(o.distribution) && !setDistribution(db, parser.value(o.distribution), p, err))
        return Failed;
    if (parser.isSet(o.preseed)) {
        p.kickstart = stored(parser.value(o.preseed), workspace);
        p.installer = Inventory::InstallerKind::Preseed;
    } else if (parser.isSet(o.kickstart)) {
        p.installer = Inventory::InstallerKind::Kickstart;
    }
    if (parser.isSet(o.timeout)) {
        bool ok = false;
        p.installTimeoutMinutes = parser.value(o.timeout).toInt(&ok);
        if (!ok) {
            err << Tr::tr("--timeout takes a number of minutes") << Qt::endl;
            return Usage;
        }
    }
    if (parser.isSet(o.firmware) && !Inventory::firmwareFromName(parser.value(o.firmware), &p.firmware)) {
        err << Tr::tr("--firmware takes bios or uefi") << Qt::endl;
        return Usage;
    }
    if (auto r = profiles.save(p); !r) {
        err << r.error().message << Qt::endl;
        return Failed;
    }
    return Ok;
}

} // namespace

int runProfiles(QTextStream &out, QTextStream &err, const QStringList &args)
{
    QCommandLineParser parser;
    const ProfileOptions o;
    parser.addOptions({ o.workspace, o.json, o.kernel, o.initrd, o.kernelArgs, o.kickstart, o.description, o.syslog, o.timeout, o.firmware,
                        o.distribution, o.preseed, o.secureBoot });
    parser.addHelpOption();
    if (!parser.parse(QStringList { QStringLiteral("profiles") } + args)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    const bool shapeOk = (verb == QLatin1String("list") && positional.size() == 1)
        || ((verb == QLatin1String("set") || verb == QLatin1String("remove")) && positional.size() == 2);
    const QString usage = Tr::tr("usage: crashcart-cli profiles list [--json]\n"
                                 "       crashcart-cli profiles set NAME [--kernel FILE] [--initrd FILE]... [--args ARGS]\n"
                                 "                                       [--kickstart FILE] [--description TEXT]\n"
                                 "                                       [--syslog on|off] [--timeout MIN] [--firmware bios|uefi]\n"
                                 "                                       [--distribution NAME] [--preseed FILE] [--secure-boot on|off]\n"
                                 "       crashcart-cli profiles remove NAME");
    if (const auto answered = helpOrUsage(out, err, usage, parser, shapeOk))
        return *answered;
    auto opened = openWorkspace(parser.value(o.workspace));
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return Failed;
    }
    Inventory::ProfileRepository profiles(*opened->db);
    if (verb == QLatin1String("list"))
        return listProfiles(profiles, parser.isSet(o.json), out, err);
    if (verb == QLatin1String("set"))
        return setProfile(*opened->db, positional[1], parser, o, opened->workspace, err);
    if (auto r = profiles.remove(positional[1]); !r) {
        err << r.error().message << Qt::endl;
        return Failed;
    }
    return Ok;
}

} // namespace Crashcart::Cli
