// SPDX-License-Identifier: GPL-3.0-or-later
#include "installplan.h"

#include "distro/distrotree.h"

#include "bootconfig/hostkickstart.h"
#include "inventory/bmcsettings.h"
#include "inventory/database.h"
#include "inventory/hostrepository.h"
#include "kickstart/commandtable.h"
#include "kickstart/hostvariables.h"
#include "kickstart/linter.h"
#include "kickstart/parser.h"
#include "kickstart/snippetlibrary.h"
#include "preseed/checker.h"
#include "preseed/parser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QTcpSocket>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace Crashcart::Deploy {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Deploy::Plan)
};

Finding problem(const char *code, const QString &message)
{
    return { Finding::Severity::Problem, QString::fromLatin1(code), message };
}

Finding warning(const char *code, const QString &message)
{
    return { Finding::Severity::Warning, QString::fromLatin1(code), message };
}

QString resolve(const QString &fileBase, const QString &path)
{
    return QFileInfo(path).isAbsolute() || fileBase.isEmpty() ? path : QDir(fileBase).filePath(path);
}

// A profile's file: a problem when it is named and missing or unreadable.
void checkFile(HostPlan &plan, const PlanOptions &options, const QString &what, const QString &path, bool required)
{
    if (path.isEmpty()) {
        if (required)
            plan.findings.append(problem("profile.incomplete", Tr::tr("Profile %1 names no %2").arg(plan.profile->name, what)));
        return;
    }
    const QFileInfo info(resolve(options.fileBase, path));
    if (!info.isFile() || !info.isReadable())
        plan.findings.append(problem("profile.file", Tr::tr("Profile %1: the %2 %3 is not a readable file on this machine")
                                                         .arg(plan.profile->name, what, info.filePath())));
}

QString words(const Kickstart::Statement &statement)
{
    QStringList out;
    for (const auto &word : statement.split.words)
        out.append(QString::fromUtf8(word.value));
    return out.join(QLatin1Char(' '));
}

// What in the rendered kickstart wipes disks.
QStringList eraseReasons(const QByteArray &text)
{
    const Kickstart::Document doc = Kickstart::Parser::parse(text);
    QStringList reasons;
    for (const Kickstart::Statement &s : doc.commands) {
        if (s.split.words.isEmpty())
            continue;
        const QByteArray command = s.split.words.first().value;
        bool erases = command == "zerombr";
        if (command == "clearpart") {
            erases = true;
            for (const auto &word : s.split.words) {
                if (word.value == "--none")
                    erases = false;
            }
        }
        if (erases)
            reasons.append(Tr::tr("\"%1\" (line %2)").arg(words(s).left(120)).arg(s.line));
    }
    // Scripts that build RAID sets or wipe signatures (the %pre of a RAID layout).
    static const QList<QByteArray> wipers = { "mdadm --create", "mdadm -C", "wipefs", "sgdisk --zap", "sgdisk -Z",
                                              "mklabel", "dd if=/dev/zero", "blkdiscard" };
    for (const Kickstart::Section &section : doc.sections) {
        if (section.name != "%pre" && section.name != "%post")
            continue;
        for (const Kickstart::BodyLine &line : section.body) {
            const QByteArray body = text.mid(line.begin, line.end - line.begin).trimmed();
            if (body.startsWith('#'))
                continue;
            for (const QByteArray &wiper : wipers) {
                if (body.contains(wiper)) {
                    reasons.append(Tr::tr("%1: \"%2\" (line %3)")
                                       .arg(QString::fromUtf8(section.name), QString::fromUtf8(body.left(120)))
                                       .arg(line.line));
                    break;
                }
            }
        }
    }
    return reasons;
}

// The profile's distribution, when it names one that is there and whose image is as imported.
std::optional<Inventory::Distribution> checkDistribution(HostPlan &plan, Inventory::Database &db)
{
    const Inventory::Profile &profile = *plan.profile;
    if (profile.distribution.isEmpty())
        return std::nullopt;
    auto found = Inventory::DistributionRepository(db).find(profile.distribution);
    if (!found || !*found) {
        plan.findings.append(problem("distro.missing", found ? Tr::tr("Profile %1 boots the distribution %2, which is not there")
                                                                   .arg(profile.name, profile.distribution)
                                                             : found.error().message));
        return std::nullopt;
    }
    if (auto source = Distro::checkSource(**found); !source) {
        plan.findings.append(problem("distro.source", source.error().message));
        return std::nullopt;
    }
    return **found;
}

// The kernel and initrds: the profile's own files must be there; a distribution's are checked
// with its image (checkDistribution).
void checkBootFiles(HostPlan &plan, const PlanOptions &options, const std::optional<Inventory::Distribution> &distribution)
{
    const Inventory::Profile &profile = *plan.profile;
    const bool distroKernel = profile.kernel.isEmpty() && distribution && !distribution->kernel.isEmpty();
    if (!distroKernel)
        checkFile(plan, options, Tr::tr("kernel"), profile.kernel, true);
    if (profile.initrds.isEmpty() && !(distroKernel && !distribution->initrd.isEmpty()))
        checkFile(plan, options, Tr::tr("initrd"), QString(), true);
    for (const QString &initrd : std::as_const(profile.initrds))
        checkFile(plan, options, Tr::tr("initrd"), initrd, true);
}

// Which UEFI boot chain the host gets, and why: the distribution's own signed shim for Secure
// Boot, or the servers' chain. BIOS hosts get pxelinux.
void checkFirmwareChain(HostPlan &plan, const std::optional<Inventory::Distribution> &distribution)
{
    const Inventory::Profile &profile = *plan.profile;
    if (profile.firmware != Inventory::Firmware::Uefi) {
        plan.findings.append({ Finding::Severity::Notice, QStringLiteral("firmware.chain"),
                               Tr::tr("BIOS: pxelinux from the TFTP folder") });
        return;
    }
    if (!profile.secureBoot) {
        plan.findings.append({ Finding::Severity::Notice, QStringLiteral("firmware.chain"),
                               Tr::tr("UEFI: the servers' UEFI loader (Settings); Secure Boot must be off on the host") });
        return;
    }
    if (!distribution || distribution->shim.isEmpty() || distribution->grub.isEmpty()) {
        plan.findings.append(warning("firmware.chain", Tr::tr("UEFI with Secure Boot: profile %1's distribution has no signed "
                                                              "shim and GRUB, so the servers' UEFI loader is used; with "
                                                              "Secure Boot on, the host refuses an unsigned one")
                                                           .arg(profile.name)));
        return;
    }
    QString text = Tr::tr("UEFI with Secure Boot: %1's own signed shim (%2) and GRUB (%3), from its image, so the vendor that "
                          "signed the kernel signed the whole chain")
                       .arg(distribution->name, distribution->shim, distribution->grub);
    if (distribution->family == QLatin1String("debian") || distribution->family == QLatin1String("ubuntu")) {
        text += u' ' + Tr::tr("Debian's GRUB 2.06 reads its boot server only from the site DHCP's answer: with proxyDHCP, "
                              "the site DHCP must name this machine as next-server");
    }
    plan.findings.append({ Finding::Severity::Notice, QStringLiteral("firmware.chain"), text });
}

// Errors block (the installer would stop on them); warnings are shown, the first few.
void reportLint(HostPlan &plan, const char *code, const QString &name, const QString &checkedAs,
                const Kickstart::Diagnostics &found)
{
    int errors = 0;
    int warnings = 0;
    for (const auto &d : found) {
        const QString text = Tr::tr("%1:%2: %3 (%4)").arg(name).arg(d.line).arg(d.message, checkedAs);
        if (d.isError() && ++errors <= 5)
            plan.findings.append(problem(code, text));
        else if (!d.isError() && ++warnings <= 3)
            plan.findings.append(warning(code, text));
    }
    if (errors > 5)
        plan.findings.append(problem(code, Tr::tr("%1: %n more error(s)", nullptr, errors - 5).arg(name)));
    if (warnings > 3)
        plan.findings.append(warning(code, Tr::tr("%1: %n more warning(s)", nullptr, warnings - 3).arg(name)));
}

struct RenderedAnswer
{
    QString path;
    QString name;
    Kickstart::Rendered rendered;
};

// The profile's answer file (a kickstart, or a preseed when |preseed|) rendered for the host
// with a token of the right shape (the real one is made when the host is armed). Nothing, with
// the finding recorded, when it names none, cannot be read or does not render.
std::optional<RenderedAnswer> renderAnswerFile(HostPlan &plan, const PlanOptions &options,
                                               const Kickstart::SnippetLibrary &snippets, bool preseed)
{
    const Inventory::Profile &profile = *plan.profile;
    if (profile.kickstart.isEmpty()) {
        plan.findings.append(preseed ? warning("preseed.none", Tr::tr("Profile %1 names no preseed: the installer will wait "
                                                                      "for someone at the console")
                                                                   .arg(profile.name))
                                     : warning("kickstart.none", Tr::tr("Profile %1 names no kickstart: the installer will "
                                                                        "wait for someone at the console")
                                                                     .arg(profile.name)));
        return std::nullopt;
    }
    RenderedAnswer answer;
    answer.path = resolve(options.fileBase, profile.kickstart);
    QFile file(answer.path);
    if (!file.open(QIODevice::ReadOnly)) {
        plan.findings.append(problem("profile.file", (preseed ? Tr::tr("Profile %1: cannot read the preseed %2: %3")
                                                              : Tr::tr("Profile %1: cannot read the kickstart %2: %3"))
                                                         .arg(profile.name, answer.path, file.errorString())));
        return std::nullopt;
    }
    answer.rendered = BootConfig::renderHostKickstart(plan.host, file.readAll(), options.server, Kickstart::newInstallToken(),
                                                      snippets);
    answer.name = QFileInfo(answer.path).fileName();
    for (const auto &d : answer.rendered.errors) {
        plan.findings.append(problem(preseed ? "preseed.template" : "kickstart.template",
                                     Tr::tr("%1:%2: %3").arg(answer.name).arg(d.line).arg(d.message)));
    }
    if (!answer.rendered.ok())
        return std::nullopt;
    return answer;
}

// A preseed for the Debian installer: rendered for the host, checked (Crashcart hands it out by
// url=, so its delivery is not in question); partman's automatic partitioning erases a disk.
void checkPreseed(HostPlan &plan, const PlanOptions &options, const Kickstart::SnippetLibrary &snippets)
{
    const auto answer = renderAnswerFile(plan, options, snippets, true);
    if (!answer)
        return;
    const Kickstart::Rendered &rendered = answer->rendered;
    Preseed::CheckOptions check;
    check.deliveredByCrashcart = true;
    reportLint(plan, "preseed.lint", answer->name, Tr::tr("preseed"),
               rendered.toTemplate(Preseed::Checker::check(rendered.text, check)));
    const Preseed::Document doc = Preseed::Parser::parse(rendered.text);
    for (const Preseed::Entry &e : doc.entries) {
        if (e.question.text == "partman-auto/method" && !e.value.text.trimmed().isEmpty()) {
            plan.eraseReasons.append(Tr::tr("preseed: \"%1\" (line %2)").arg(QString::fromUtf8(e.text.left(120))).arg(e.line));
        }
    }
    plan.erasesDisks = !plan.eraseReasons.isEmpty();
}

void checkKickstart(HostPlan &plan, const PlanOptions &options, const Kickstart::SnippetLibrary &snippets,
                    QHash<QString, bool> &scriptsLinted, const std::optional<Inventory::Distribution> &distribution)
{
    const Inventory::Profile &profile = *plan.profile;
    // The distribution says which installer reads it; else the Kickstart view's choice.
    QString release = distribution ? distribution->release : QString();
    if (release.isEmpty() && options.releaseFor)
        release = options.releaseFor(profile.name);
    auto table = Kickstart::CommandTable::forRelease(release.isEmpty() ? Kickstart::CommandTable::defaultRelease() : release);
    if (!table) {
        plan.findings.append(problem("kickstart.release", table.error().message));
        return;
    }
    const auto answer = renderAnswerFile(plan, options, snippets, false);
    if (!answer)
        return;
    const Kickstart::Rendered &rendered = answer->rendered;
    const QString &name = answer->name;
    Kickstart::LintOptions lint;
    lint.baseDirectory = QFileInfo(answer->path).absolutePath();
    // Script bodies (ShellCheck) once per profile: they seldom differ from host to host.
    lint.checkScripts = !scriptsLinted.value(profile.name);
    scriptsLinted.insert(profile.name, true);
    const auto found = rendered.toTemplate(Kickstart::Linter(*table).lint(rendered.text, lint));
    reportLint(plan, "kickstart.lint", name, table->release(), found);
    plan.eraseReasons = eraseReasons(rendered.text);
    plan.erasesDisks = !plan.eraseReasons.isEmpty();
}

void checkBmc(HostPlan &plan, Inventory::Database &db, const PlanOptions &options)
{
    auto settings = bmcSettings(db, plan.host);
    if (settings)
        plan.bmc = *settings;
    else if (settings.error().code != QLatin1String("bmc.none") || options.requireBmc)
        plan.findings.append({ Finding::Severity::Problem, settings.error().code, settings.error().message });
}

// A fixed address outside the servers' subnet: its DHCP requests reach Crashcart only through
// a relay, and its installer may not reach the servers. A warning: relays exist.
void checkSubnet(HostPlan &plan, const PlanOptions &options)
{
    const QHostAddress hostIp(plan.host.ip);
    const QHostAddress server(options.server.address);
    if (hostIp.isNull() || server.isNull())
        return;
    for (const QNetworkInterface &nic : QNetworkInterface::allInterfaces()) {
        for (const QNetworkAddressEntry &entry : nic.addressEntries()) {
            if (!entry.ip().isEqual(server))
                continue;
            if (!hostIp.isInSubnet(entry.ip(), entry.prefixLength()))
                plan.findings.append(warning("network.subnet", Tr::tr("Its address %1 is not on the servers' network %2/%3 (%4): "
                                                                      "it boots from Crashcart only through a DHCP relay")
                                                                   .arg(plan.host.ip, entry.ip().toString())
                                                                   .arg(entry.prefixLength())
                                                                   .arg(nic.name())));
            return;
        }
    }
}

} // namespace

Result<Bmc::Settings> bmcSettings(Inventory::Database &db, const Inventory::Host &host)
{
    if (host.bmcAddress.isEmpty())
        return makeError("bmc.none", Tr::tr("No BMC address: Crashcart cannot power it (arm it and boot it by hand)"));
    if (host.bmcType.isEmpty())
        return makeError("bmc.none", Tr::tr("No BMC type (ipmi or redfish): Crashcart cannot power it"));
    auto protocol = Bmc::protocolForType(host.bmcType);
    if (!protocol)
        return makeError("bmc.type", protocol.error().message);
    auto endpoint = Bmc::Endpoint::parse(host.bmcAddress);
    if (!endpoint)
        return makeError("bmc.address", endpoint.error().message);
    auto stored = Inventory::BmcSettingsRepository(db).find(host.mac);
    if (!stored)
        return makeError("bmc.settings", stored.error().message);
    Bmc::Settings settings;
    settings.protocol = *protocol;
    settings.endpoint = *endpoint;
    settings.ipmiCipherSuite = stored->cipherSuite;
    settings.tlsFingerprint = stored->tlsFingerprint;
    // The PXE NIC is one of the system's interfaces: it picks the system behind a Redfish
    // service that manages several.
    settings.systemHint = host.mac.toString();
    return settings;
}

bool HostPlan::blocked() const
{
    return !problems().isEmpty();
}

QList<Finding> HostPlan::problems() const
{
    QList<Finding> out;
    for (const Finding &f : findings) {
        if (f.severity == Finding::Severity::Problem)
            out.append(f);
    }
    return out;
}

QList<HostPlan> planHosts(Inventory::Database &db, const QList<MacAddress> &macs, const PlanOptions &options)
{
    Inventory::HostRepository hosts(db);
    Inventory::ProfileRepository profiles(db);
    const Kickstart::SnippetLibrary snippets(options.snippetsDir);
    const Kickstart::SnippetLibrary preseedSnippets(options.snippetsDir, Kickstart::SnippetLibrary::Format::Preseed);
    QHash<QString, bool> scriptsLinted;
    QList<HostPlan> plans;
    for (const MacAddress &mac : macs) {
        HostPlan plan;
        plan.host.mac = mac;
        auto found = hosts.find(mac);
        if (!found || !*found) {
            plan.findings.append(problem("host.unknown", found ? Tr::tr("%1 is not in the inventory").arg(mac.toString())
                                                               : found.error().message));
            plans.append(plan);
            continue;
        }
        plan.host = **found;
        if (plan.host.profile.isEmpty()) {
            plan.findings.append(problem("profile.none", Tr::tr("No profile: nothing to install")));
        } else if (auto profile = profiles.find(plan.host.profile); !profile) {
            plan.findings.append(problem("profile.read", profile.error().message));
        } else if (!*profile) {
            plan.findings.append(problem("profile.missing", Tr::tr("Profile %1 is not defined (Hosts → Profiles)").arg(plan.host.profile)));
        } else {
            plan.profile = **profile;
            const auto distribution = checkDistribution(plan, db);
            checkBootFiles(plan, options, distribution);
            checkFirmwareChain(plan, distribution);
            if (plan.profile->installer == Inventory::InstallerKind::Preseed)
                checkPreseed(plan, options, preseedSnippets);
            else
                checkKickstart(plan, options, snippets, scriptsLinted, distribution);
        }
        checkSubnet(plan, options);
        checkBmc(plan, db, options);
        plans.append(plan);
    }
    return plans;
}

namespace {

Finding bmcFinding(const Error &error)
{
    const char *code = "bmc.failed";
    if (error.code == QLatin1String(Bmc::Errors::Unreachable))
        code = "bmc.unreachable";
    else if (error.code == QLatin1String(Bmc::Errors::Auth))
        code = "bmc.auth";
    else if (error.code == QLatin1String(Bmc::Errors::TlsUnknown))
        code = "bmc.tls.unknown";
    else if (error.code == QLatin1String(Bmc::Errors::TlsChanged))
        code = "bmc.tls.changed";
    return problem(code, error.message);
}

// Connects to the HTTP server the kickstart names; empty when it answers.
QString serverProblem(const Kickstart::ServerEndpoint &server)
{
    if (server.address.isEmpty())
        return Tr::tr("The servers have no address hosts can reach (start them, or choose an interface)");
    QTcpSocket socket;
    socket.connectToHost(server.address, server.httpPort);
    if (socket.waitForConnected(2000)) {
        socket.disconnectFromHost();
        return {};
    }
    return Tr::tr("Nothing answers at http://%1:%2/ (%3): start the servers before installing")
        .arg(server.address)
        .arg(server.httpPort)
        .arg(socket.errorString());
}

} // namespace

void probeHosts(QList<HostPlan> &plans, const PlanOptions &planOptions, const ProbeOptions &options)
{
    // Credentials first, on this thread: the keychain is one service, asked one at a time.
    for (HostPlan &plan : plans) {
        if (!plan.bmc)
            continue;
        auto credentials = options.credentials ? options.credentials(plan.host.mac) : Result<Bmc::Credentials>(Bmc::Credentials {});
        if (!credentials) {
            plan.findings.append(problem("bmc.keychain", credentials.error().message));
            plan.bmc.reset();
        } else if (credentials->isEmpty()) {
            plan.findings.append(problem("bmc.credentials", Tr::tr("No BMC user and password stored for it (set them once; "
                                                                   "they are kept in the system keychain)")));
            plan.bmc.reset();
        } else {
            plan.bmc->credentials = *credentials;
        }
    }
    QList<HostPlan *> asked;
    for (HostPlan &plan : plans) {
        if (plan.bmc)
            asked.append(&plan);
    }
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, options.parallel));
    QtConcurrent::blockingMap(&pool, asked, [&options](HostPlan *plan) {
        const auto client = options.makeClient(*plan->bmc);
        auto state = client->powerState();
        if (state)
            plan->power = *state;
        else
            plan->findings.append(bmcFinding(state.error()));
        plan->presentedFingerprint = client->presentedFingerprint();
    });
    if (options.checkServer && !plans.isEmpty()) {
        const QString problemText = serverProblem(planOptions.server);
        if (!problemText.isEmpty()) {
            for (HostPlan &plan : plans)
                plan.findings.append(problem("server.down", problemText));
        }
    }
}

QStringList erasingHosts(const QList<HostPlan> &plans)
{
    QStringList names;
    for (const HostPlan &plan : plans) {
        if (plan.erasesDisks && !plan.blocked())
            names.append(plan.host.hostname.isEmpty() ? plan.host.mac.toString() : plan.host.hostname);
    }
    return names;
}

QString severityName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Notice:
        return QStringLiteral("notice");
    case Finding::Severity::Warning:
        return QStringLiteral("warning");
    case Finding::Severity::Problem:
        break;
    }
    return QStringLiteral("problem");
}

} // namespace Crashcart::Deploy
