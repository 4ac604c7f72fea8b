// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;
class QTextStream;

namespace Crashcart {
class Workspace;
}

namespace Crashcart::Cli {

// `serve`: the netboot servers without a window, until SIGINT or SIGTERM.
struct ServeOptions
{
    QCommandLineOption root { QStringLiteral("root"), QString(), QStringLiteral("DIR") };
    QCommandLineOption listen { QStringLiteral("listen"), QString(), QStringLiteral("ADDR"), QStringLiteral("0.0.0.0") };
    QCommandLineOption tftpPort { QStringLiteral("tftp-port"), QString(), QStringLiteral("N"), QStringLiteral("69") };
    QCommandLineOption httpPort { QStringLiteral("http-port"), QString(), QStringLiteral("N"), QStringLiteral("80") };
    QCommandLineOption dhcp { QStringLiteral("dhcp"), QString(), QStringLiteral("off|proxy|full"), QStringLiteral("off") };
    QCommandLineOption interface { QStringLiteral("interface"), QString(), QStringLiteral("IF") };
    QCommandLineOption dhcpPort { QStringLiteral("dhcp-port"), QString(), QStringLiteral("N"), QStringLiteral("67") };
    QCommandLineOption pxePort { QStringLiteral("pxe-port"), QString(), QStringLiteral("N"), QStringLiteral("4011") };
    QCommandLineOption syslogPort { QStringLiteral("syslog-port"), QString(), QStringLiteral("N|off"), QStringLiteral("off") };
    QCommandLineOption pool { QStringLiteral("pool"), QString(), QStringLiteral("FIRST-LAST") };
    QCommandLineOption router { QStringLiteral("router"), QString(), QStringLiteral("ADDR") };
    QCommandLineOption dns { QStringLiteral("dns"), QString(), QStringLiteral("ADDR,...") };
    QCommandLineOption unknownHosts { QStringLiteral("unknown-hosts"), QString(), QStringLiteral("local|ignore"), QStringLiteral("local") };
    QCommandLineOption uefiLoader { QStringLiteral("uefi-loader"), QString(), QStringLiteral("ipxe|shim"), QStringLiteral("ipxe") };
    QCommandLineOption check { QStringLiteral("check") };

    ServeOptions();
    void addTo(QCommandLineParser &parser) const;
};

// |workspace| may be null when --root is given. With --check it runs the pre-flight for the
// settings instead of the servers (servecheck.h). Returns the exit status.
int runServe(const QCommandLineParser &parser, const ServeOptions &options, const Workspace *workspace,
             QTextStream &out, QTextStream &err);

} // namespace Crashcart::Cli
