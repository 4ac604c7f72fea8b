// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `crashcart-cli serve` or the app serving a workspace, as a process a test may kill: full DHCP
// on lo (standing in for the lab network), TFTP and HTTP on 127.0.0.1, never a port below 1024.

#include "simulatedboot.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTcpServer>

#include <csignal>
#include <memory>

namespace ServedProcess {

using namespace Qt::StringLiterals;
using SimulatedBoot::dashed;
using SimulatedBoot::tftpRead;

inline const QString PoolFirst = u"127.0.0.100"_s;
inline const QString PoolLast = u"127.0.0.120"_s;

struct Server
{
    std::unique_ptr<QProcess> process;
    SimulatedBoot::Ports ports;
    QString log; // its stdout and stderr
};

inline QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// `crashcart-cli serve` with full DHCP on lo, every port picked by the system.
inline void startCli(Server &s, const QProcessEnvironment &env, const QString &log)
{
    s.process = std::make_unique<QProcess>();
    s.log = log;
    s.process->setProcessEnvironment(env);
    s.process->setProcessChannelMode(QProcess::MergedChannels);
    s.process->setStandardOutputFile(s.log); // never a full pipe: it logs a line per event
    s.process->start(QStringLiteral(CRASHCART_CLI),
                     { u"serve"_s, u"--listen"_s, u"127.0.0.1"_s, u"--tftp-port"_s, u"0"_s, u"--http-port"_s, u"0"_s, u"--dhcp"_s,
                       u"full"_s, u"--interface"_s, u"lo"_s, u"--pool"_s, PoolFirst + u'-' + PoolLast, u"--dhcp-port"_s,
                       u"0"_s, u"--pxe-port"_s, u"0"_s });
    QVERIFY(s.process->waitForStarted());
    static const QRegularExpression tftp(u"tftp listening on 127\\.0\\.0\\.1:(\\d+)"_s);
    static const QRegularExpression http(u"http listening on 127\\.0\\.0\\.1:(\\d+)"_s);
    static const QRegularExpression dhcp(u"dhcp \\(full\\) listening on ports (\\d+) and"_s);
    const auto listening = [&] {
        const QString text = readAll(s.log);
        return tftp.match(text).hasMatch() && http.match(text).hasMatch() && dhcp.match(text).hasMatch();
    };
    QTRY_VERIFY_WITH_TIMEOUT(listening() || s.process->state() != QProcess::Running, 30000);
    const QString text = readAll(s.log);
    QVERIFY2(listening(), qPrintable(text));
    s.ports = { quint16(tftp.match(text).captured(1).toUInt()), quint16(http.match(text).captured(1).toUInt()),
                quint16(dhcp.match(text).captured(1).toUInt()) };
}

// The app, offscreen, told by its settings (as the Servers view saves them, under |home|) to
// serve full DHCP on lo at ports free now, and by --start-servers to start them. Serving once
// |mac|'s kickstart comes over HTTP, its config over TFTP and an offer over DHCP.
inline void startApp(Server &s, QProcessEnvironment env, const QString &home, const QString &log, const QString &workspace,
                     const QString &mac)
{
    std::vector<std::unique_ptr<QAbstractSocket>> held; // held until all are picked: four different ports
    const auto freePort = [&held](bool tcp) {
        if (tcp) {
            QTcpServer server;
            return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : quint16(0);
        }
        auto udp = std::make_unique<QUdpSocket>();
        const quint16 port = udp->bind(QHostAddress::LocalHost, 0) ? udp->localPort() : 0;
        held.push_back(std::move(udp));
        return port;
    };
    s.ports = { freePort(false), freePort(true), freePort(false) };
    const quint16 pxe = freePort(false);
    held.clear();
    QVERIFY(s.ports.tftp && s.ports.http && s.ports.dhcp && pxe);
    {
        QSettings ini(home + u"/config/crashcart.org/crashcart.conf"_s, QSettings::IniFormat);
        ini.setValue(u"servers/interface"_s, u"lo"_s);
        ini.setValue(u"servers/listen"_s, u"127.0.0.1"_s);
        ini.setValue(u"servers/tftpPort"_s, s.ports.tftp);
        ini.setValue(u"servers/httpPort"_s, s.ports.http);
        ini.setValue(u"servers/dhcpMode"_s, u"full"_s);
        ini.setValue(u"servers/dhcpPort"_s, s.ports.dhcp);
        ini.setValue(u"servers/pxePort"_s, pxe);
        ini.setValue(u"servers/poolFirst"_s, PoolFirst);
        ini.setValue(u"servers/poolLast"_s, PoolLast);
        ini.sync();
        QCOMPARE(ini.status(), QSettings::NoError);
    }
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    for (const char *name : { "CONFIG", "DATA", "CACHE", "STATE" })
        env.insert(u"XDG_%1_HOME"_s.arg(QLatin1String(name)), home + u'/' + QLatin1String(name).toString().toLower());
    s.process = std::make_unique<QProcess>();
    s.log = log;
    s.process->setProcessEnvironment(env);
    s.process->setProcessChannelMode(QProcess::MergedChannels);
    s.process->setStandardOutputFile(s.log);
    s.process->start(QStringLiteral(CRASHCART_APP), { u"--workspace"_s, workspace, u"--start-servers"_s });
    QVERIFY(s.process->waitForStarted());
    QNetworkAccessManager nam;
    SimulatedBoot::noProxy(nam);
    int status = 0;
    const QString ks = u"http://127.0.0.1:%1/ks/%2.cfg"_s.arg(s.ports.http).arg(dashed(mac));
    const auto answers = [&] { return SimulatedBoot::get(nam, ks, &status), status == 200; };
    QTRY_VERIFY_WITH_TIMEOUT(answers() || s.process->state() != QProcess::Running, 60000);
    QVERIFY2(status == 200, qPrintable(readAll(s.log)));
    QTRY_VERIFY_WITH_TIMEOUT(tftpRead(s.ports.tftp, u"pxelinux.cfg/01-"_s + dashed(mac)) > 0, 30000);
    QUdpSocket probe;
    QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
    const QByteArray hardware = QByteArray::fromHex(mac.toLatin1().replace(':', ""));
    const auto discover = DhcpTestClient::message(Crashcart::Netboot::Dhcp::MessageType::Discover, hardware);
    QTRY_VERIFY_WITH_TIMEOUT(DhcpTestClient::exchange(probe, discover, s.ports.dhcp).has_value(), 30000);
}

inline void kill(Server &s)
{
    if (s.process->state() == QProcess::Running)
        ::kill(pid_t(s.process->processId()), SIGKILL);
    if (s.process->state() != QProcess::NotRunning) // else it is gone already, killed from an answer's handler
        QVERIFY(s.process->waitForFinished(30000));
    QCOMPARE(s.process->exitStatus(), QProcess::CrashExit);
}

} // namespace ServedProcess
