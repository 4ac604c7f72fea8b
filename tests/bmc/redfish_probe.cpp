// SPDX-License-Identifier: GPL-3.0-or-later
// redfish_probe: one Bmc::Client call against a Redfish BMC, for the e2e scripts.
//   redfish_probe HOST:PORT USER [--fingerprint HEX] [--hint MAC|UUID] [--http] COMMAND [ARGS]
// The password comes on stdin (first line), never on the command line. Commands:
//   power                         prints on|off
//   set-power on|off|cycle|reset|softoff
//   set-boot pxe|disk legacy|uefi|unknown once|continuous
//   boot                          prints DEVICE MODE once|continuous
//   clear-boot
// Prints "ok" (or the reading) and exits 0; on failure prints "error CODE", the message and
// "fingerprint HEX" (the certificate the BMC presented) and exits 2; bad usage exits 64.
#include "bmc/bmc.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

using namespace Crashcart::Bmc;
using namespace Qt::StringLiterals;

namespace {

int usage()
{
    std::fputs("usage: redfish_probe HOST:PORT USER [--fingerprint HEX] [--hint H] [--http] COMMAND [ARGS]\n", stderr);
    return 64;
}

template<typename T>
int fail(const Crashcart::Result<T> &result, const Client &client)
{
    QTextStream out(stdout);
    out << "error " << result.error().code << '\n' << result.error().message << '\n'
        << "fingerprint " << client.presentedFingerprint() << '\n';
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() < 3)
        return usage();
    Settings settings;
    settings.protocol = Protocol::Redfish;
    const QString endpoint = args.takeFirst();
    const qsizetype colon = endpoint.lastIndexOf(u':');
    if (colon <= 0)
        return usage();
    settings.endpoint.host = endpoint.left(colon);
    settings.endpoint.port = quint16(endpoint.mid(colon + 1).toUInt());
    settings.credentials.user = args.takeFirst();
    std::string password;
    std::getline(std::cin, password);
    settings.credentials.password = QString::fromStdString(password);
    settings.timeoutMs = 15000; // sushy-tools waits for libvirt on a busy machine
    while (!args.isEmpty() && args.first().startsWith(u"--"_s)) {
        const QString option = args.takeFirst();
        if (option == u"--http"_s)
            settings.plainHttp = true;
        else if (option == u"--fingerprint"_s && !args.isEmpty())
            settings.tlsFingerprint = args.takeFirst();
        else if (option == u"--hint"_s && !args.isEmpty())
            settings.systemHint = args.takeFirst();
        else
            return usage();
    }
    if (args.isEmpty())
        return usage();
    const QString command = args.takeFirst();
    auto client = makeRedfishClient(settings);
    QTextStream out(stdout);

    if (command == u"power"_s && args.isEmpty()) {
        auto state = client->powerState();
        if (!state)
            return fail(state, *client);
        out << (*state == PowerState::On ? "on" : "off") << '\n';
        return 0;
    }
    if (command == u"set-power"_s && args.size() == 1) {
        static const QHash<QString, PowerAction> actions { { u"on"_s, PowerAction::On }, { u"off"_s, PowerAction::Off },
                                                           { u"cycle"_s, PowerAction::Cycle }, { u"reset"_s, PowerAction::Reset },
                                                           { u"softoff"_s, PowerAction::SoftOff } };
        if (!actions.contains(args.first()))
            return usage();
        auto done = client->setPower(actions.value(args.first()));
        if (!done)
            return fail(done, *client);
        out << "ok\n";
        return 0;
    }
    if (command == u"set-boot"_s && args.size() == 3) {
        const BootDevice device = args[0] == u"disk"_s ? BootDevice::Disk : BootDevice::Pxe;
        const BootMode mode = args[1] == u"uefi"_s ? BootMode::Uefi
            : args[1] == u"legacy"_s             ? BootMode::Legacy
                                                 : BootMode::Unknown;
        auto done = client->setNextBoot(device, mode, args[2] == u"once"_s);
        if (!done)
            return fail(done, *client);
        out << "ok\n";
        return 0;
    }
    if (command == u"boot"_s && args.isEmpty()) {
        auto boot = client->nextBoot();
        if (!boot)
            return fail(boot, *client);
        out << bootDeviceName(boot->device) << ' ' << bootModeName(boot->mode) << ' ' << (boot->once ? "once" : "continuous")
            << '\n';
        return 0;
    }
    if (command == u"clear-boot"_s && args.isEmpty()) {
        auto done = client->clearNextBoot();
        if (!done)
            return fail(done, *client);
        out << "ok\n";
        return 0;
    }
    return usage();
}
