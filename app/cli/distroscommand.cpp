// SPDX-License-Identifier: GPL-3.0-or-later
#include "distroscommand.h"

#include "clihelp.h"
#include "cliworkspace.h"

#include "distro/distrotree.h"
#include "distro/importer.h"
#include "inventory/distribution.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <csignal>
#include <unistd.h>

namespace Crashcart::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Cli::Distros)
};

enum Status { Ok = 0, Failed = 1, Usage = 2, Cancelled = 130 };

std::atomic<bool> s_cancel { false };

QJsonObject toJson(const Inventory::Distribution &d)
{
    const auto status = Distro::checkSource(d);
    return { { QStringLiteral("name"), d.name },
             { QStringLiteral("family"), d.family },
             { QStringLiteral("product"), d.product },
             { QStringLiteral("version"), d.version },
             { QStringLiteral("release"), d.release },
             { QStringLiteral("arch"), d.arch },
             { QStringLiteral("installer"), Inventory::installerKindName(d.installer()) },
             { QStringLiteral("source"), d.source },
             { QStringLiteral("sha256"), d.sha256 },
             { QStringLiteral("size"), d.size },
             { QStringLiteral("kernel"), d.kernel },
             { QStringLiteral("initrd"), d.initrd },
             { QStringLiteral("shim"), d.shim },
             { QStringLiteral("grub"), d.grub },
             { QStringLiteral("repo"), d.repo },
             { QStringLiteral("stage2"), d.stage2 },
             { QStringLiteral("imported_at"), d.importedAt.toString(Qt::ISODateWithMs) },
             { QStringLiteral("status"), status ? QStringLiteral("ok") : status.error().code },
             { QStringLiteral("problem"), status ? QString() : status.error().message } };
}

int list(Inventory::Database &db, bool json, QTextStream &out, QTextStream &err)
{
    auto all = Inventory::DistributionRepository(db).all();
    if (!all) {
        err << all.error().message << Qt::endl;
        return Failed;
    }
    if (json) {
        QJsonArray array;
        for (const auto &d : std::as_const(*all))
            array.append(toJson(d));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const auto &d : std::as_const(*all)) {
        const auto status = Distro::checkSource(d);
        out << d.name << '\t' << d.product << ' ' << d.version << '\t' << d.arch << '\t' << d.source << '\t'
            << (status ? Tr::tr("ok") : status.error().message) << '\n';
    }
    return Ok;
}

// Progress on a terminal only, at most every half second.
Distro::ImportProgress progressPrinter(QTextStream &err)
{
    if (!::isatty(STDERR_FILENO))
        return {};
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [&err, timer](qint64 done, qint64 total) {
        if (timer->elapsed() < 500 && done < total)
            return;
        timer->restart();
        err << '\r' << Tr::tr("Checking the image: %1%").arg(total > 0 ? done * 100 / total : 100) << Qt::flush;
    };
}

int import(Inventory::Database &db, const QString &source, const QString &name, bool json, QTextStream &out,
           QTextStream &err)
{
    std::signal(SIGINT, [](int) { s_cancel.store(true); });
    Distro::ImportRequest request { source, name, progressPrinter(err), &s_cancel };
    auto result = Distro::importDistribution(db, request);
    std::signal(SIGINT, SIG_DFL);
    if (::isatty(STDERR_FILENO))
        err << '\r' << QString(40, u' ') << '\r' << Qt::flush;
    if (!result) {
        err << result.error().message << Qt::endl;
        return result.error().code == QLatin1String("import.cancelled") ? Cancelled : Failed;
    }
    const Inventory::Distribution &d = result->distribution;
    if (json) {
        QJsonObject o = toJson(d);
        o.insert(QStringLiteral("existing"), result->existing);
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else if (result->existing) {
        out << Tr::tr("This image was imported before, as %1 (%2 %3)").arg(d.name, d.product, d.version) << Qt::endl;
    } else {
        out << Tr::tr("Imported %1: %2 %3 %4, served under /distros/%1/").arg(d.name, d.product, d.version, d.arch) << Qt::endl;
    }
    return Ok;
}

} // namespace

int runDistros(QTextStream &out, QTextStream &err, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption workspace = workspaceOption();
    const QCommandLineOption json { QStringLiteral("json"), Tr::tr("Print JSON.") };
    const QCommandLineOption name { QStringLiteral("name"), Tr::tr("The distribution's name (default: from what the image is)."),
                                    QStringLiteral("NAME") };
    parser.addOptions({ workspace, json, name });
    parser.addHelpOption();
    if (!parser.parse(QStringList { QStringLiteral("distros") } + args)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    const bool shapeOk = (verb == QLatin1String("list") && positional.size() == 1)
        || ((verb == QLatin1String("import") || verb == QLatin1String("remove")) && positional.size() == 2);
    const QString usage = Tr::tr("usage: crashcart-cli distros import FILE.iso|DIR [--name NAME] [--json]\n"
                                 "       crashcart-cli distros list [--json]\n"
                                 "       crashcart-cli distros remove NAME\n"
                                 "An image is read in place, never mounted or copied: keep it where it is.");
    if (const auto answered = helpOrUsage(out, err, usage, parser, shapeOk))
        return *answered;
    auto opened = openWorkspace(parser.value(workspace));
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return Failed;
    }
    if (verb == QLatin1String("list"))
        return list(*opened->db, parser.isSet(json), out, err);
    if (verb == QLatin1String("import"))
        return import(*opened->db, positional[1], parser.value(name), parser.isSet(json), out, err);
    if (auto r = Inventory::DistributionRepository(*opened->db).remove(positional[1]); !r) {
        err << r.error().message << Qt::endl;
        return Failed;
    }
    return Ok;
}

} // namespace Crashcart::Cli
