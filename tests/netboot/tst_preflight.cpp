// SPDX-License-Identifier: GPL-3.0-or-later
// What the pre-flight check says, against a fake /proc: ports taken and by whom, privileged
// ports, the listen address, missing boot loaders; and what the DHCP probe's answers mean.
#include "netboot/preflight.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Crashcart::Netboot;
using namespace Qt::StringLiterals;
using Severity = Finding::Severity;

namespace {

const QByteArray kHeader = "   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n";

// A /proc/net line for |address| (IPv4, network order) and |port|.
QByteArray line(const char *hexAddress, quint16 port, int state, uint uid, quint64 inode)
{
    return "   0: " + QByteArray(hexAddress) + ':' + QByteArray::number(port, 16).toUpper().rightJustified(4, '0')
        + " 00000000:0000 " + QByteArray::number(state, 16).toUpper().rightJustified(2, '0')
        + " 00000000:00000000 00:00000000 00000000 " + QByteArray::number(uid) + " 0 " + QByteArray::number(inode)
        + " 2 0000000000000000 0\n";
}

class FakeSystem
{
public:
    FakeSystem()
    {
        view.procRoot = m_dir.path() + u"/proc"_s;
        view.systemPrefix = m_dir.path() + u"/root"_s;
        view.uid = 1000;
        view.pid = 4321;
        view.localAddresses = { QHostAddress::LocalHost, QHostAddress(u"192.168.1.5"_s) };
        write(u"self/status"_s, "CapEff:\t000001ffffffffff\n");
        write(u"sys/net/ipv4/ip_unprivileged_port_start"_s, "1024\n");
        for (const char *f : { "udp", "udp6", "tcp", "tcp6" })
            write(u"net/"_s + QLatin1String(f), kHeader);
    }
    void write(const QString &relative, const QByteArray &bytes)
    {
        const QString path = view.procRoot + u'/' + relative;
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    void process(qint64 pid, const QByteArray &name, quint64 inode)
    {
        write(QString::number(pid) + u"/comm"_s, name + '\n');
        QDir().mkpath(view.procRoot + u"/%1/fd"_s.arg(pid));
        QVERIFY(QFile::link(u"socket:[%1]"_s.arg(inode), view.procRoot + u"/%1/fd/5"_s.arg(pid)));
    }
    SystemView view;

private:
    QTemporaryDir m_dir;
};

PreflightRequest request(quint16 tftpPort, quint16 httpPort, const QHostAddress &listen = QHostAddress::AnyIPv4)
{
    PreflightRequest r;
    r.config.listen = listen;
    r.config.tftpPort = tftpPort;
    r.config.httpPort = httpPort;
    return r;
}

QList<Finding> about(const QList<Finding> &findings, ServerKind server)
{
    QList<Finding> out;
    for (const Finding &f : findings) {
        if (f.server == server)
            out.append(f);
    }
    return out;
}

} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void portTakenByAnotherProgram();
    void addressesThatDoNotOverlap();
    void ourOwnServerIsANotice();
    void unidentifiedOwner();
    void httpCountsListeningSocketsOnly();
    void privilegedPorts_data();
    void privilegedPorts();
    void missingBootloaders();
    void listenAddressAndInterface();
    void dhcpAnswers_data();
    void dhcpAnswers();
    void describesHolders();
};

void TestPreflight::portTakenByAnotherProgram()
{
    FakeSystem sys;
    sys.write(u"net/udp"_s, kHeader + line("00000000", 69, 7, 0, 4242));
    sys.process(812, "in.tftpd", 4242);
    const auto findings = checkLocal(request(69, 8080), sys.view);
    const auto tftp = about(findings, ServerKind::Tftp);
    QCOMPARE(tftp.size(), 1);
    QCOMPARE(tftp[0].severity, Severity::Problem);
    QVERIFY2(tftp[0].message.contains(u"in.tftpd (process 812)"_s), qPrintable(tftp[0].message));
    QVERIFY(tftp[0].message.contains(u"69"_s));
    QVERIFY(tftp[0].advice.contains(u"TFTP port"_s));
    QVERIFY(about(findings, ServerKind::Http).isEmpty());
}

void TestPreflight::addressesThatDoNotOverlap()
{
    FakeSystem sys;
    // 127.0.0.1:6969 and [::1]:6969 are taken; 192.168.1.5:6969 is free, the wildcard is not.
    sys.write(u"net/udp"_s, kHeader + line("0100007F", 6969, 7, 1000, 11));
    sys.write(u"net/udp6"_s, kHeader + line("00000000000000000000000001000000", 6969, 7, 1000, 12));
    sys.process(700, "other", 11);
    QVERIFY(about(checkLocal(request(6969, 0, QHostAddress(u"192.168.1.5"_s)), sys.view), ServerKind::Tftp).isEmpty());
    QCOMPARE(about(checkLocal(request(6969, 0, QHostAddress::LocalHost), sys.view), ServerKind::Tftp).size(), 1);
    const auto any = about(checkLocal(request(6969, 0), sys.view), ServerKind::Tftp);
    QCOMPARE(any.size(), 1); // the IPv6 one does not stop an IPv4 bind
    // A dual-stack wildcard socket does.
    sys.write(u"net/udp6"_s, kHeader + line("00000000000000000000000000000000", 7000, 7, 1000, 13));
    QCOMPARE(about(checkLocal(request(7000, 0, QHostAddress(u"192.168.1.5"_s)), sys.view), ServerKind::Tftp).size(), 1);
    // Port 0 picks a free one: nothing to check.
    QVERIFY(about(checkLocal(request(0, 0), sys.view), ServerKind::Tftp).isEmpty());
}

void TestPreflight::ourOwnServerIsANotice()
{
    FakeSystem sys;
    sys.write(u"net/tcp"_s, kHeader + line("00000000", 8080, 0x0A, 1000, 77));
    sys.process(sys.view.pid, "crashcart", 77);
    const auto http = about(checkLocal(request(0, 8080), sys.view), ServerKind::Http);
    QCOMPARE(http.size(), 1);
    QCOMPARE(http[0].severity, Severity::Notice);
    QVERIFY(http[0].message.contains(u"running"_s));
}

void TestPreflight::unidentifiedOwner()
{
    FakeSystem sys;
    sys.write(u"net/udp"_s, kHeader + line("00000000", 6969, 7, 0, 99));
    const auto tftp = about(checkLocal(request(6969, 0), sys.view), ServerKind::Tftp);
    QCOMPARE(tftp.size(), 1);
    QCOMPARE(tftp[0].severity, Severity::Problem);
    QVERIFY2(tftp[0].message.contains(u"could not be identified (user root)"_s), qPrintable(tftp[0].message));
}

void TestPreflight::httpCountsListeningSocketsOnly()
{
    FakeSystem sys;
    sys.write(u"net/tcp"_s, kHeader + line("00000000", 8080, 0x01, 1000, 5)); // an established connection
    QVERIFY(about(checkLocal(request(0, 8080), sys.view), ServerKind::Http).isEmpty());
    sys.write(u"net/tcp6"_s, kHeader + line("00000000000000000000000000000000", 8080, 0x0A, 1000, 6));
    sys.process(50, "nginx", 6);
    const auto http = about(checkLocal(request(0, 8080), sys.view), ServerKind::Http);
    QCOMPARE(http.size(), 1);
    QVERIFY(http[0].message.contains(u"nginx"_s));
    QVERIFY(http[0].message.contains(u"TCP"_s));
}

void TestPreflight::privilegedPorts_data()
{
    QTest::addColumn<QByteArray>("capEff");
    QTest::addColumn<QByteArray>("unprivilegedStart");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("refused");
    QTest::newRow("user, 69") << QByteArray("0000000000000000") << QByteArray("1024") << 69 << true;
    QTest::newRow("user, 1024") << QByteArray("0000000000000000") << QByteArray("1024") << 1024 << false;
    QTest::newRow("setcap, 69") << QByteArray("0000000000000400") << QByteArray("1024") << 69 << false;
    QTest::newRow("sysctl lowered") << QByteArray("0000000000000000") << QByteArray("0") << 69 << false;
    QTest::newRow("no sysctl file") << QByteArray("0000000000000000") << QByteArray() << 80 << true;
}

void TestPreflight::privilegedPorts()
{
    QFETCH(QByteArray, capEff);
    QFETCH(QByteArray, unprivilegedStart);
    QFETCH(int, port);
    QFETCH(bool, refused);
    FakeSystem sys;
    sys.write(u"self/status"_s, "CapEff:\t" + capEff + '\n');
    sys.write(u"sys/net/ipv4/ip_unprivileged_port_start"_s, unprivilegedStart);
    const auto tftp = about(checkLocal(request(quint16(port), 0), sys.view), ServerKind::Tftp);
    QCOMPARE(tftp.size(), refused ? 1 : 0);
    if (refused) {
        QCOMPARE(tftp[0].severity, Severity::Problem);
        QVERIFY(tftp[0].advice.contains(u"setcap cap_net_bind_service=+ep"_s));
    }
}

void TestPreflight::missingBootloaders()
{
    FakeSystem sys;
    QTemporaryDir tftpRoot;
    PreflightRequest r = request(0, 0);
    r.tftpRoot = tftpRoot.path();
    QDir().mkpath(sys.view.systemPrefix + u"/usr/lib/PXELINUX"_s);
    QFile loader(sys.view.systemPrefix + u"/usr/lib/PXELINUX/pxelinux.0"_s);
    QVERIFY(loader.open(QIODevice::WriteOnly));
    loader.close();
    auto tftp = about(checkLocal(r, sys.view), ServerKind::Tftp); // pxelinux, ldlinux, and iPXE for UEFI
    QCOMPARE(tftp.size(), 3);
    QVERIFY(tftp[0].message.contains(u"pxelinux.0"_s));
    QVERIFY(tftp[0].advice.contains(u"cp "_s));               // installed: copy it
    QVERIFY(tftp[1].advice.contains(u"apt-get install syslinux-common"_s));
    QFile present(tftpRoot.filePath(u"pxelinux.0"_s));
    QVERIFY(present.open(QIODevice::WriteOnly));
    present.close();
    QCOMPARE(about(checkLocal(r, sys.view), ServerKind::Tftp).size(), 2);
    r.config.uefi = UefiChain::ShimGrub; // shim and GRUB instead of iPXE
    QCOMPARE(about(checkLocal(r, sys.view), ServerKind::Tftp).size(), 3);
    r.tftp = false; // HTTP alone needs no loaders
    QVERIFY(about(checkLocal(r, sys.view), ServerKind::Tftp).isEmpty());
}

void TestPreflight::listenAddressAndInterface()
{
    FakeSystem sys;
    auto findings = checkLocal(request(0, 0, QHostAddress(u"10.9.9.9"_s)), sys.view);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].severity, Severity::Problem);
    QVERIFY(findings[0].message.contains(u"10.9.9.9"_s));

    PreflightRequest r = request(0, 0, QHostAddress(u"192.168.1.5"_s));
    r.dhcp = true;
    r.config.dhcpPort = 0;
    r.config.pxePort = 0;
    r.config.dhcpMode = DhcpMode::Full;
    r.config.interface = u"nosuchif0"_s;
    const auto dhcp = about(checkLocal(r, sys.view), ServerKind::Dhcp);
    QCOMPARE(dhcp.size(), 2);
    QVERIFY(dhcp[0].message.contains(u"Full DHCP"_s));
    QVERIFY(dhcp[1].message.contains(u"nosuchif0"_s));
    QCOMPARE(dhcp[1].severity, Severity::Problem);
}

void TestPreflight::dhcpAnswers_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("checked");
    QTest::addColumn<QList<DhcpOffer>>("offers");
    QTest::addColumn<QList<int>>("severities");
    QTest::addColumn<QString>("says");

    const DhcpOffer site { QHostAddress(u"192.168.1.1"_s), QHostAddress(u"192.168.1.1"_s), QHostAddress(u"192.168.1.50"_s),
                           {}, {}, false };
    const DhcpOffer pxe { QHostAddress(u"192.168.1.9"_s), QHostAddress(u"192.168.1.9"_s), {}, QHostAddress(u"192.168.1.9"_s),
                          "undionly.kpxe", true };
    const DhcpOffer ours { QHostAddress(u"192.168.1.5"_s), QHostAddress(u"192.168.1.5"_s), {}, {}, "bootx64.efi", true };
    const int proxy = int(DhcpMode::Proxy), full = int(DhcpMode::Full);
    QTest::newRow("proxy next to the site's server") << proxy << true << QList<DhcpOffer> { site }
                                                     << QList<int> { int(Severity::Ok) } << u"192.168.1.50"_s;
    QTest::newRow("another PXE server") << proxy << true << QList<DhcpOffer> { site, pxe }
                                        << QList<int> { int(Severity::Ok), int(Severity::Warning) } << u"undionly.kpxe"_s;
    QTest::newRow("nobody hands out addresses") << proxy << true << QList<DhcpOffer> {}
                                                << QList<int> { int(Severity::Warning) } << u"No DHCP server"_s;
    QTest::newRow("our own answer") << proxy << true << QList<DhcpOffer> { ours, site }
                                    << QList<int> { int(Severity::Notice), int(Severity::Ok) } << u"This machine"_s;
    QTest::newRow("full next to a DHCP server") << full << true << QList<DhcpOffer> { site }
                                                << QList<int> { int(Severity::Problem) } << u"isolated"_s;
    QTest::newRow("full on an isolated network") << full << true << QList<DhcpOffer> {}
                                                 << QList<int> { int(Severity::Ok) } << u"isolated"_s;
    QTest::newRow("could not check") << proxy << false << QList<DhcpOffer> {}
                                     << QList<int> { int(Severity::Warning) } << u"Could not check"_s;
}

void TestPreflight::dhcpAnswers()
{
    QFETCH(int, mode);
    QFETCH(bool, checked);
    QFETCH(QList<DhcpOffer>, offers);
    QFETCH(QList<int>, severities);
    QFETCH(QString, says);
    FakeSystem sys;
    PreflightRequest r;
    r.dhcp = true;
    r.config.dhcpMode = DhcpMode(mode);
    const auto findings = dhcpFindings(r, checked, u"port 68 is busy"_s, offers, sys.view);
    QList<int> got;
    QString text;
    for (const Finding &f : findings) {
        got.append(int(f.severity));
        text += f.message + u' ' + f.advice + u'\n';
    }
    QCOMPARE(got, severities);
    QVERIFY2(text.contains(says), qPrintable(text));
    if (!checked)
        QVERIFY(text.contains(u"port 68 is busy"_s));
}

void TestPreflight::describesHolders()
{
    FakeSystem sys;
    sys.write(u"net/udp"_s, kHeader + line("00000000", 67, 7, 0, 31) + line("00000000", 67, 7, 0, 32));
    sys.process(31, "dnsmasq", 31);
    sys.process(32, "dhcpd", 32);
    const QString who = describePortHolders(false, 67, QHostAddress::AnyIPv4, sys.view);
    QVERIFY2(who.contains(u"dnsmasq (process 31)"_s) && who.contains(u"dhcpd (process 32)"_s), qPrintable(who));
    QVERIFY(describePortHolders(true, 67, QHostAddress::AnyIPv4, sys.view).isEmpty());
}

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
